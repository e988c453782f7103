import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { a11yText, pressButton, ROOT, seriousViolations, waitForState, watchErrors } from './harness';
import { useWorkshopServer } from './workshop-fixture';

/**
 * A whole live workshop in Chromium, as a facilitator runs it: the set-up page served by the
 * workshop server creates it through the API, three teams join (each on its own host name, as on
 * its own laptop: its own storage), the console starts them, injects into one, mirrors that team's
 * feed, pauses and resumes all, a team reloads mid-session and carries on, and at the end the
 * board opens on every team's results from the server, no files moved.
 */
const HOSTS = { console: 'facilitator.test', Orcas: 'orcas.test', Lynx: 'lynx.test', Kites: 'kites.test' };
const workshop = useWorkshopServer(Object.values(HOSTS));

const textOf = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const bodyHas = (page: Page, text: string) =>
  page.waitForFunction((t) => document.body.textContent?.includes(t), text, { timeout: 60_000 });

describe('a live workshop run from the set-up page, the console and the board', () => {
  it('three teams: created on the server, started, injected, mirrored, paused, reloaded, and compared at the end', async () => {
    const origin = (host: string) => `http://${host}:${workshop.server().port}`;
    const setup = await workshop.browser().newPage();
    const setupErrors = watchErrors(setup);
    await setup.goto(`${origin(HOSTS.console)}/?view=workshop&lang=en`);
    await setup.selectOption('#ws-scenario', 'faulty-product');
    await setup.fill('#ws-seed', '11');
    await setup.fill('#ws-speed', '20');
    await setup.selectOption('#ws-lang', 'en');
    await setup.fill('#ws-teams', 'Orcas\nLynx\nKites');
    await setup.check('#ws-hold');
    await setup.locator('button[type="submit"]').click();
    await setup.locator('#ws-console').waitFor({ timeout: 30_000 });
    expect(await textOf(setup, '.ws-status')).toMatch(
      /^Workshop \S+ is on the server: 3 team links ready\.$/,
    );
    const links = await setup
      .locator('.ws-team-card .ws-url a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(3);
    const workshopId = new URL(links[0] ?? '').searchParams.get('workshop') ?? '';
    expect(workshop.server().registry.get(workshopId)?.meta.hold).toBe(true);
    expect(await setup.locator('.ws-team-card img').count()).toBe(3);
    expect(await seriousViolations(setup)).toEqual([]);
    await setup.screenshot({ path: join(ROOT, 'screenshots', 'workshop-setup-live.png'), fullPage: true });
    const consoleHref = await setup.locator('#ws-console').getAttribute('href');

    // Each team on its own laptop (host name), the link as handed out.
    const names = ['Orcas', 'Lynx', 'Kites'] as const;
    const teams: Page[] = [];
    const errors: string[][] = [];
    for (const [i, name] of names.entries()) {
      const link = new URL(links[i] ?? '');
      link.host = `${HOSTS[name]}:${workshop.server().port}`;
      link.searchParams.set('renderer', 'canvas');
      const page = await workshop.browser().newPage();
      errors.push(watchErrors(page));
      await page.goto(link.href);
      await waitForState(page, /briefing/);
      await page.waitForFunction(() => document.documentElement.dataset.workshopHold === 'true', undefined, {
        timeout: 60_000,
      });
      teams.push(page);
    }
    const [orcas, lynx, kites] = teams as [Page, Page, Page];

    const console = await workshop.browser().newPage();
    const consoleErrors = watchErrors(console);
    await console.goto(consoleHref ?? '');
    await console.locator('button[data-control="start"]').click();
    for (const team of teams) await waitForState(team, /live/);

    // An inject into Lynx only; the console's mirror of Lynx shows it, rebuilt from Lynx's log.
    await console
      .locator('#console-inject')
      .selectOption({ label: 'A leaked screenshot: the internal chat about the ad' });
    await console.locator('select[name="inject-to"]').selectOption({ label: 'Lynx' });
    await console.locator('button[data-control="inject"]').click();
    await bodyHas(lynx, 'Their marketing chat, in March');
    await console.locator('button[aria-label="Watch the feed of Lynx"]').click();
    await expect
      .poll(() => textOf(console, '.console-mirror'), { timeout: 30_000 })
      .toContain('Their marketing chat, in March');
    expect(await textOf(console, '#console-mirror-h')).toBe('Feed of Lynx (read only)');
    expect(await console.evaluate(() => document.activeElement?.id)).toBe('console-mirror-h');
    expect(await console.locator('.console-mirror button').count()).toBe(1);
    expect(await orcas.evaluate(() => document.body.textContent?.includes('Their marketing chat'))).toBe(
      false,
    );

    // Pause all: every team stops. Kites reloads its page and continues the same session.
    await console.locator('button[data-control="pause"]').click();
    for (const team of teams) await waitForState(team, /paused/);
    const held = () => workshop.server().registry.get(workshopId)?.teams[2]?.held ?? 0;
    const before = await kites.evaluate(
      () => window.cortafuegos?.actor.getSnapshot().context.session?.log.length ?? 0,
    );
    await expect.poll(held, { timeout: 30_000 }).toBe(before);
    await kites.reload();
    await waitForState(kites, /menu/);
    await expect.poll(() => a11yText(kites)).toMatch(/already in progress on this device/);
    await pressButton(kites, /^Continue “/);
    await waitForState(kites, /paused/);
    expect(await kites.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.team)).toBe('Kites');
    await expect.poll(held, { timeout: 30_000 }).toBeGreaterThanOrEqual(before);
    await console.screenshot({
      path: join(ROOT, 'screenshots', 'workshop-console-mirror.png'),
      fullPage: true,
    });
    expect(await seriousViolations(console)).toEqual([]);

    // Resume all at the highest speed; every team plays to its debrief.
    await console.locator('#console-speed').selectOption('64');
    await console.locator('button[data-control="speed"]').click();
    await console.locator('button[data-control="resume"]').click();
    for (const team of teams) await waitForState(team, /debrief/, 120_000);
    await expect
      .poll(
        () =>
          workshop
            .server()
            .registry.get(workshopId)
            ?.teams.map((t) => t.ended),
        { timeout: 60_000 },
      )
      .toEqual([true, true, true]);
    // Kites's log on the server is one session, whole: what it held before the reload, then the rest.
    const kitesLog = workshop.server().registry.get(workshopId)?.teams[2]?.events ?? [];
    expect(kitesLog.filter((e) => e.type === 'session_started')).toHaveLength(1);
    expect(kitesLog.filter((e) => e.type === 'session_ended')).toHaveLength(1);

    // The board, from the console's link, holds every team's results, each checked by replay.
    await expect
      .poll(() => textOf(console, '.console-board'), { timeout: 30_000 })
      .toContain('Every team has finished');
    await console.locator('#console-board').click();
    await console.waitForFunction(
      () => document.querySelector('.ws-board')?.getAttribute('data-checker') === 'ready',
    );
    await expect
      .poll(() => textOf(console, '#ws-live-status'), { timeout: 60_000 })
      .toBe('3 finished teams loaded from the server. Every team of the workshop has finished.');
    await expect
      .poll(() => textOf(console, '.ws-status[role="status"]:not(#ws-live-status)'), { timeout: 60_000 })
      .toMatch(/3 teams/);
    const ranked = await console.locator('.ws-ranking tbody tr').count();
    expect(ranked).toBe(3);
    expect(await console.locator('.ws-rejected').count()).toBe(0);
    // Asking again adds nothing twice.
    await console.locator('#ws-live-refresh').click();
    await expect.poll(() => textOf(console, '#ws-live-status')).toMatch(/^3 finished teams loaded/);
    expect(await console.locator('.ws-ranking tbody tr').count()).toBe(3);
    await console.screenshot({ path: join(ROOT, 'screenshots', 'workshop-board-live.png'), fullPage: true });
    expect(await seriousViolations(console)).toEqual([]);
    expect(setupErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(errors.flat()).toEqual([]);
    await Promise.all([setup.close(), console.close(), ...teams.map((t) => t.close())]);
  });
});
