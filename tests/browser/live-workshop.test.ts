import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/workshop-server';
import { realLibrary } from '../helpers';
import { launch, ROOT, seriousViolations, waitForState, watchErrors } from './harness';

/**
 * A team's page on the workshop server, opened by a host name (as a team opens the server's LAN
 * address: plain http, not a secure context), connects to its own origin under the game's CSP and
 * streams its log. Chromium maps the name to 127.0.0.1.
 */
const HOST = 'workshop.test';
let server: WorkshopServer;
let browser: BrowserContext;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cortafuegos-live-'));
  server = await startWorkshopServer({
    dataDir,
    distDir: join(ROOT, 'dist'),
    scenarios: realLibrary().scenarios,
    hosts: ['127.0.0.1'],
    port: 0,
  });
  browser = await launch({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a live workshop team in Chromium', () => {
  it('joins over plain http by host name, under the CSP, and the server holds its log', async () => {
    const origin = `http://${HOST}:${server.port}`;
    const res = await fetch(`http://127.0.0.1:${server.port}/api/workshops`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ scenario: 'faulty-product', lang: 'en', seed: 7, speed: 20, teams: ['Orcas'] }),
    });
    const created = (await res.json()) as { id: string; facilitatorKey: string; teams: { link: string }[] };
    const page = await browser.newPage();
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
    await page.keyboard.press('Enter');
    await waitForState(page, /live/);
    const events = async (): Promise<number> => {
      const state = await fetch(`http://127.0.0.1:${server.port}/api/workshops/${created.id}`, {
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
    const origin = `http://${HOST}:${server.port}`;
    const res = await fetch(`http://127.0.0.1:${server.port}/api/workshops`, {
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
    const team = await browser.newPage();
    await team.goto(`${origin}${created.teams[0]?.link}&renderer=canvas`);
    await waitForState(team, /briefing/);
    await team.keyboard.press('Enter');
    await waitForState(team, /live/);
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // The console speaks the facilitator's language (the browser's here), not the teams'.
    await page.goto(`${origin}${created.console}`);
    const row = (name: string) =>
      page.evaluate((n) => {
        const tr = [...document.querySelectorAll('tbody tr')].find((r) => r.getAttribute('data-team') === n);
        return tr ? [...tr.children].map((c) => c.textContent) : null;
      }, name);
    await expect.poll(async () => (await row('Orcas'))?.[1], { timeout: 60_000 }).toBe('connected');
    await expect
      .poll(async () => Number((await row('Orcas'))?.[2] ?? 0), { timeout: 60_000 })
      .toBeGreaterThan(0);
    expect((await row('Orcas'))?.[4]).toBe('playing');
    // The other team has not opened its link: not connected, nothing held; its name is text.
    expect((await row('<img src=x onerror=alert(1)>'))?.slice(1, 3)).toEqual(['not connected', '0']);
    expect(await page.locator('tbody img').count()).toBe(0);
    await page.screenshot({ path: join(ROOT, 'screenshots', 'workshop-console.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // A console link with another key is refused, and the page says why.
    const wrong = await browser.newPage();
    await wrong.goto(`${origin}${created.console.replace(/#key=.*/, '#key=not-the-key')}`);
    await expect
      .poll(() => wrong.evaluate(() => document.querySelector('.console-status')?.textContent ?? ''), {
        timeout: 20_000,
      })
      .toMatch(/refused the console \(401\)/);
    await Promise.all([team.close(), page.close(), wrong.close()]);
  });
});
