import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/workshop-server';
import { realLibrary } from '../helpers';
import { ROOT, waitForState, watchErrors } from './harness';

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
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cortafuegos-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
    ],
  });
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
});
