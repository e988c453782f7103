import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, seriousViolations, waitForState, watchErrors } from './harness';
import { useWorkshopServer } from './workshop-fixture';

/**
 * A team's page on the workshop server, opened by a host name (as a team opens the server's LAN
 * address: plain http, not a secure context), connects to its own origin under the game's CSP and
 * streams its log. Chromium maps the name to 127.0.0.1.
 */
const HOST = 'workshop.test';
const workshop = useWorkshopServer([HOST]);

/** The briefing is drawn and takes keys (the flow reaches it a moment before its scene starts). */
const briefingShown = (page: Page) =>
  page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('briefing'), undefined, {
    timeout: 60_000,
  });

describe('a live workshop team in Chromium', () => {
  it('joins over plain http by host name, under the CSP, and the server holds its log', async () => {
    const origin = `http://${HOST}:${workshop.server().port}`;
    const res = await fetch(`http://127.0.0.1:${workshop.server().port}/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: 'faulty-product', lang: 'en', seed: 7, speed: 20, teams: ['Orcas'] }),
    });
    const created = (await res.json()) as { id: string; facilitatorKey: string; teams: { link: string }[] };
    const page = await workshop.browser().newPage();
    const errors = watchErrors(page);
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${origin}${created.teams[0]?.link}&renderer=canvas`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await page.waitForFunction(() => document.documentElement.dataset.workshopLive === 'live', undefined, {
      timeout: 60_000,
    });
    await waitForState(page, /briefing/);
    await briefingShown(page);
    await page.keyboard.press('Enter');
    await waitForState(page, /live/);
    const events = async (): Promise<number> => {
      const state = await fetch(`http://127.0.0.1:${workshop.server().port}/api/workshops/${created.id}`, {
        headers: { Authorization: `Bearer ${created.facilitatorKey}` },
      });
      return ((await state.json()) as { teams: { events: number }[] }).teams[0]?.events ?? 0;
    };
    await expect.poll(events, { timeout: 60_000 }).toBeGreaterThan(0);
    const inPage = await page.evaluate(
      () => window.cortafuegos?.actor.getSnapshot().context.session?.log.length,
    );
    expect(inPage).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the console shows every team as the server holds it, and says so when its key is wrong', async () => {
    const origin = `http://${HOST}:${workshop.server().port}`;
    const res = await fetch(`http://127.0.0.1:${workshop.server().port}/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        scenario: 'troll-wave',
        lang: 'es',
        seed: 3,
        speed: 20,
        teams: ['Orcas', '<img src=x onerror=alert(1)>'],
      }),
    });
    const created = (await res.json()) as {
      id: string;
      console: string;
      teams: { link: string }[];
    };
    const team = await workshop.browser().newPage();
    await team.goto(`${origin}${created.teams[0]?.link}&renderer=canvas`);
    await waitForState(team, /briefing/);
    await briefingShown(team);
    await team.keyboard.press('Enter');
    await waitForState(team, /live/);
    const page = await workshop.browser().newPage();
    const errors = watchErrors(page);
    // The console speaks the facilitator's language (the browser's here), not the teams'.
    await page.goto(`${origin}${created.console}`);
    const row = (name: string) =>
      page.evaluate((n) => {
        const tr = [...document.querySelectorAll('tbody tr')].find((r) => r.getAttribute('data-team') === n);
        // Name, feed (a button), connection, events held, clock, state…
        return tr ? [...tr.children].map((c) => c.textContent) : null;
      }, name);
    await expect.poll(async () => (await row('Orcas'))?.[2], { timeout: 60_000 }).toBe('connected');
    await expect
      .poll(async () => Number((await row('Orcas'))?.[3] ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect((await row('Orcas'))?.[5]).toBe('playing');
    // The other team has not opened its link: not connected, nothing held; its name is text.
    expect((await row('<img src=x onerror=alert(1)>'))?.slice(2, 4)).toEqual(['not connected', '0']);
    expect(await page.locator('tbody img').count()).toBe(0);
    await page.screenshot({ path: join(ROOT, 'screenshots', 'workshop-console.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // A console link with another key is refused, and the page says why.
    const wrong = await workshop.browser().newPage();
    await wrong.goto(`${origin}${created.console.replace(/#key=.*/, '#key=not-the-key')}`);
    await expect
      .poll(() => wrong.evaluate(() => document.querySelector('.console-status')?.textContent ?? ''), {
        timeout: 20_000,
      })
      .toMatch(/refused the console \(401\)/);
    await Promise.all([team.close(), page.close(), wrong.close()]);
  });

  it('the console holds the teams until it starts them, injects into one team, messages and pauses all', async () => {
    const origin = `http://${HOST}:${workshop.server().port}`;
    const res = await fetch(`http://127.0.0.1:${workshop.server().port}/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        scenario: 'faulty-product',
        lang: 'en',
        seed: 5,
        speed: 4,
        teams: ['Orcas', 'Lynx'],
        hold: true,
      }),
    });
    const created = (await res.json()) as { id: string; console: string; teams: { link: string }[] };
    const teams = await Promise.all(created.teams.map(() => workshop.browser().newPage()));
    const errors = teams.map((p) => watchErrors(p));
    for (const [i, team] of teams.entries()) {
      await team.goto(`${origin}${created.teams[i]?.link}&renderer=canvas`);
      await waitForState(team, /briefing/);
      await team.waitForFunction(() => document.documentElement.dataset.workshopHold === 'true', undefined, {
        timeout: 60_000,
      });
      // Held: Start does nothing until the facilitator starts the workshop.
      await team.keyboard.press('Enter');
    }
    const state = (team: (typeof teams)[number]) =>
      team.evaluate(() => JSON.stringify(window.cortafuegos?.actor.getSnapshot().value));
    expect(await state(teams[0] as (typeof teams)[number])).toBe('"briefing"');
    const console = await workshop.browser().newPage();
    const consoleErrors = watchErrors(console);
    await console.goto(`${origin}${created.console}`);
    await console.locator('button[data-control="start"]').click();
    for (const team of teams) await waitForState(team, /live/);
    // The inject goes to Orcas only, picked by its name from the ink.
    await console
      .locator('#console-inject')
      .selectOption({ label: 'A leaked screenshot: the internal chat about the ad' });
    await console.locator('select[name="inject-to"]').selectOption({ label: 'Orcas' });
    await console.locator('button[data-control="inject"]').click();
    const [orcas, lynx] = teams as [(typeof teams)[number], (typeof teams)[number]];
    await orcas.waitForFunction(
      () => document.body.textContent?.includes('Their marketing chat, in March'),
      undefined,
      {
        timeout: 60_000,
      },
    );
    const held = () =>
      workshop
        .server()
        .registry.get(created.id)
        ?.teams.map((t) => t.events.filter((e) => e.type === 'inject')) ?? [];
    await expect.poll(() => held()[0]?.length ?? 0, { timeout: 30_000 }).toBe(1);
    expect(held()[0]?.[0]).toMatchObject({ type: 'inject', inject: 'leaked_memo' });
    expect(held()[1]).toEqual([]);
    expect(await lynx.evaluate(() => document.body.textContent?.includes('Their marketing chat'))).toBe(
      false,
    );
    // A message is shown as text, framed by the game.
    await console.locator('#console-message').fill('<b>Five</b> minutes left');
    await console.locator('button[data-control="message"]').click();
    for (const team of teams) {
      await team.waitForFunction(
        () => document.body.textContent?.includes('Message from the facilitator: <b>Five</b> minutes left'),
        undefined,
        { timeout: 30_000 },
      );
      expect(await team.locator('#a11y b').count()).toBe(0);
    }
    await console.locator('button[data-control="pause"]').click();
    for (const team of teams) await waitForState(team, /paused/);
    await expect
      .poll(() => console.evaluate(() => document.querySelector('.console-sent')?.textContent ?? ''))
      .toBe('Sent to Orcas, Lynx.');
    expect(await seriousViolations(console)).toEqual([]);
    expect(errors.flat()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await Promise.all([...teams.map((t) => t.close()), console.close()]);
  });
});
