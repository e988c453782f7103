import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { buildResults, type CurrentResults } from '../../src/debrief/results';
import { scoringText } from '../../src/scoring/i18n';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { parseCsv } from '../csv';
import { realLibrary } from '../helpers';
import { clearStorage, pressButton, SCREENSHOTS, useBuiltGame, waitForState, watchErrors } from './harness';

/** The results for HR: the history's CSV and the board's, as the browser downloads them. */
const game = useBuiltGame();

const BOM = '\uFEFF';

/** A downloaded CSV: its bytes must begin with the UTF-8 byte order mark, then strict RFC 4180. */
async function csvOf(download: Download): Promise<string[][]> {
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  return parseCsv(text.slice(BOM.length));
}

const menuReady = async (page: Page) => {
  await waitForState(page, /menu/);
  // The menu's own heading: coming back from the debrief, the debrief's h1 may still be shown
  // while the menu screen starts, and a key pressed then reaches neither.
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Cortafuegos');
};

/** Taps a canvas button by its zone id, at its middle. */
async function tapZone(page: Page, id: string): Promise<void> {
  await page.waitForFunction((zone) => window.cortafuegos?.zones().some((z) => z.id === zone), id);
  const z = await page.evaluate((zone) => window.cortafuegos?.zones().find((x) => x.id === zone), id);
  if (!z) throw new Error(`no zone ${id}`);
  await page.mouse.click(z.x + z.width / 2, z.y + z.height / 2);
}

describe('results for HR as CSV', () => {
  it('the history exports one row per finished attempt, from its canvas button, its key and its accessible button', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(game.url());
    await menuReady(page);
    await clearStorage(page);
    await page.goto(`${game.url()}?scenario=first-shift&lang=en&seed=4&speed=30`);
    await waitForState(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitForState(page, /live/);
    await page.evaluate(() => {
      const s = window.cortafuegos?.actor.getSnapshot().context.session;
      s?.advanceTo(s.duration - 1);
    });
    await waitForState(page, /debrief/, 60_000);
    await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);
    await page.keyboard.press('Enter');
    await menuReady(page);
    await page.keyboard.press('v');
    await waitForState(page, /history/);
    await expect.poll(() => page.locator('#a11y li button').count()).toBe(1);

    await page.screenshot({ path: join(SCREENSHOTS, 'history-csv.png') });
    // The canvas button.
    let download = page.waitForEvent('download');
    await tapZone(page, 'history:csv');
    const fromCanvas = await download;
    expect(fromCanvas.suggestedFilename()).toMatch(/^cortafuegos-results-\d{4}-\d\d-\d\d\.csv$/);
    const rows = await csvOf(fromCanvas);
    expect(rows).toHaveLength(2);
    const [header, row] = rows;
    expect(header?.slice(0, 6)).toEqual(['Date', 'Scenario', 'Title', 'Mode', 'Team', 'Overall']);
    expect(header).toHaveLength(6 + 15);
    expect(header?.slice(6)).toEqual(PRINCIPLE_IDS.map((id) => scoringText('en').principle[id].name));
    expect(row?.[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(row?.slice(1, 5)).toEqual(['first-shift', 'First Shift', 'Onboarding path', '']);
    // The overall score is the one the history lists for the attempt.
    const listed = (await page.locator('#a11y li button').first().textContent()) ?? '';
    if (row?.[5]) expect(listed).toContain(`· ${row[5]}/100`);
    else expect(listed).not.toMatch(/\/100/);
    for (const v of row?.slice(6) ?? []) expect(v).toMatch(/^(\d{1,3})?$/);

    // The key, and the accessible layer's button, download the same table.
    download = page.waitForEvent('download');
    await page.keyboard.press('c');
    expect(await csvOf(await download)).toEqual(rows);
    download = page.waitForEvent('download');
    await pressButton(page, /^Export CSV \(one row per attempt\)$/);
    expect(await csvOf(await download)).toEqual(rows);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the board downloads one row per file loaded: recomputed scores for the verified, a status for the others', async () => {
    const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
    if (!compiled) throw new Error('faulty-product');
    const results = (policy: string, team: string): CurrentResults =>
      buildResults({
        ...compiled,
        log: playHeadless(compiled, 'en', 7, POLICIES[policy] as never).log,
        mode: 'workshop',
        team,
      });
    const honest = results('exemplary', 'Rojo');
    const forged = results('silent', '=HYPERLINK("http://x","y")');
    forged.score.overall = 100;
    const upload = (r: unknown, name: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(r, null, 2)),
    });

    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?view=board&scenario=faulty-product&seed=7&lang=en`);
    await page.waitForSelector('.ws-board[data-checker="ready"]');
    const button = page.getByRole('button', { name: 'Download CSV' });
    expect(await button.isDisabled()).toBe(true);
    await page
      .getByLabel('Choose results files')
      .setInputFiles([upload(honest, 'rojo.json'), upload(forged, 'verde.json')]);
    await page.waitForSelector('.ws-ranking');
    const download = page.waitForEvent('download');
    await button.click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cortafuegos-board-\d{4}-\d\d-\d\d\.csv$/);
    const [header, rojo, verde, ...more] = await csvOf(file);
    expect(more).toEqual([]);
    expect(header).toHaveLength(6 + 15 + 3);
    expect(header?.slice(-3)).toEqual(['File', 'Status', 'Reason']);
    expect(rojo?.slice(1, 6)).toEqual([
      'faulty-product',
      'One Hour of Sun',
      'Workshop',
      'Rojo',
      String(Math.round(honest.score.overall ?? Number.NaN)),
    ]);
    expect(rojo?.slice(-3)).toEqual(['rojo.json', 'verified', '']);
    expect(verde?.[4]).toBe('\'=HYPERLINK("http://x","y")');
    expect(verde?.slice(5, 21).every((v) => v === '')).toBe(true);
    expect(verde?.slice(-3)).toEqual([
      'verde.json',
      'forged',
      'forged or tampered: its score is not the score of what the team did',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
