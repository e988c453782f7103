import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/app/persistence/history.schema';
import { buildResults } from '../../src/debrief/results';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';
import {
  a11yText,
  clearStorage,
  pressButton,
  SCREENSHOTS,
  useBuiltGame,
  waitForState,
  watchErrors,
} from './harness';

const game = useBuiltGame();

const menuReady = async (page: Page) => {
  await waitForState(page, /menu/);
  // The menu's own heading: coming back from the debrief, the debrief's h1 may still be shown
  // while the menu screen starts, and a key pressed then reaches neither.
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Cortafuegos');
};

/** The texts the menu draws on the canvas (what a sighted player reads). */
const canvasText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const scene = window.cortafuegos?.game.scene.getScene('menu');
    return (scene?.children.list ?? [])
      .map((o) => o as unknown as { text?: string; visible: boolean })
      .filter((o) => typeof o.text === 'string' && o.visible)
      .map((o) => o.text)
      .join('\n');
  });

/** The accessible layer's screen, without its live region (which keeps the last announcement). */
const onScreen = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const copy = document.getElementById('a11y')?.cloneNode(true) as HTMLElement | undefined;
    for (const live of copy?.querySelectorAll('[aria-live]') ?? []) live.remove();
    return copy?.textContent ?? '';
  });

/** A page on this origin with nothing stored: no localStorage, no history database. */
async function emptyOrigin(): Promise<Page> {
  const page = await game.browser().newPage();
  await page.goto(game.url());
  await menuReady(page);
  await clearStorage(page);
  return page;
}

/** Makes IndexedDB refuse every write as a full disk does, while `window.storageFull` is true. */
const FULL_STORAGE = () => {
  const w = window as unknown as { storageFull: boolean };
  w.storageFull = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (w.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
};

let attempts: Attempt[] = [];
beforeAll(() => {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  if (!compiled) throw new Error('faulty-product');
  const results = buildResults({
    manifest: compiled.manifest,
    stories: compiled.stories,
    log: playHeadless(compiled, 'en', 5, POLICIES.exemplary as never).log,
    mode: 'training',
  });
  attempts = Array.from({ length: 64 }, (_, n) => ({
    id: `imported-${n}`,
    finishedAt: new Date(Date.UTC(2026, 5, 1) + n * 3_600_000).toISOString(),
    mode: 'training',
    hints: 0,
    selfRating: { before: null, after: null },
    results,
  }));
});

/** Plays the crisis in the briefing to its debrief at once. */
async function playToDebrief(page: Page): Promise<void> {
  await waitForState(page, /briefing/);
  await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
  await waitForState(page, /live/);
  await page.evaluate(() => {
    const s = window.cortafuegos?.actor.getSnapshot().context.session;
    s?.advanceTo(s.duration - 1);
  });
  await waitForState(page, /debrief/, 60_000);
  await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);
}

describe('the history of finished attempts', () => {
  it('a history of 64 attempts (~8 MB, more than localStorage holds) is imported and still there after reload', async () => {
    const page = await emptyOrigin();
    const errors = watchErrors(page);
    await page.reload();
    await menuReady(page);
    if ((await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang)) !== 'en')
      await page.keyboard.press('g');
    await page.keyboard.press('v');
    await waitForState(page, /history/);
    const file = JSON.stringify({ version: 1, attempts });
    expect(file.length).toBeGreaterThan(5_000_000);
    await page.setInputFiles('#history-import', {
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect.poll(() => a11yText(page), { timeout: 30_000 }).toMatch(/64 attempts imported\./);
    await page.reload();
    await menuReady(page);
    await page.keyboard.press('v');
    await waitForState(page, /history/);
    await expect.poll(() => page.locator('#a11y li button').count()).toBe(64);
    // Nothing of it went to localStorage.
    expect(await page.evaluate(() => localStorage.getItem('cortafuegos.history'))).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an old history that cannot be read, with no room for a copy, is left untouched and offered for download', async () => {
    const page = await emptyOrigin();
    const errors = watchErrors(page);
    await page.evaluate(() => {
      localStorage.setItem('cortafuegos.settings.v1', JSON.stringify({ lang: 'en' }));
      localStorage.setItem('cortafuegos.history', '{"version":1,"attempts":[');
    });
    await page.addInitScript(FULL_STORAGE);
    await page.reload();
    await menuReady(page);
    const message =
      /Your history could not be read \(not valid JSON\) and there is no room to keep a copy: it is left untouched/;
    await expect.poll(() => a11yText(page)).toMatch(message);
    expect(await a11yText(page)).not.toMatch(/saved session/);
    await expect.poll(() => canvasText(page)).toMatch(/Your history could not be read/);
    // Beside it on the canvas, its download button, which shows the digit key that does the same.
    const zones = await page.evaluate(() => window.cortafuegos?.zones().map((z) => z.id) ?? []);
    expect(zones.filter((id) => id.endsWith(':download'))).toHaveLength(1);
    const download = page.waitForEvent('download');
    await pressButton(page, /^Download the unreadable history$/);
    const saved = await (await download).path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(saved, 'utf8')).toBe('{"version":1,"attempts":[');
    expect(await page.evaluate(() => localStorage.getItem('cortafuegos.history'))).toBe(
      '{"version":1,"attempts":[',
    );
    // Spanish too.
    await pressButton(page, /^Cambiar a español$/);
    await expect
      .poll(() => a11yText(page))
      .toMatch(/No se pudo leer tu historial \(not valid JSON\) y no hay espacio/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bad deep link and an unreadable history: both messages, each with its own controls', async () => {
    const page = await emptyOrigin();
    const errors = watchErrors(page);
    await page.evaluate(() => {
      localStorage.setItem('cortafuegos.settings.v1', JSON.stringify({ lang: 'en' }));
      localStorage.setItem('cortafuegos.history', 'not json at all');
    });
    await page.goto(`${game.url()}?scenario=no-such-crisis&lang=en`);
    await menuReady(page);
    await expect.poll(() => a11yText(page)).toMatch(/Your history could not be read/);
    const text = await a11yText(page);
    expect(text).toMatch(/The link is not valid/);
    expect(text).toMatch(
      /Your history could not be read \(not valid JSON\)\. A copy is kept in this browser’s database \(IndexedDB “cortafuegos”, backup “history-/,
    );
    const canvas = await canvasText(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'menu-notices.png') });
    expect(canvas).toMatch(/The link is not valid/);
    expect(canvas).toMatch(/Your history could not be read/);
    expect(await page.locator('#a11y button', { hasText: /^Download the unreadable history$/ }).count()).toBe(
      1,
    );
    // On the canvas, the digit beside the message downloads its text.
    const download = page.waitForEvent('download');
    await page.keyboard.press('1');
    expect((await download).suggestedFilename()).toBe('cortafuegos.history.json');
    // The copy is in IndexedDB, so the old key could go; dismissing one message leaves the other.
    expect(await page.evaluate(() => localStorage.getItem('cortafuegos.history'))).toBeNull();
    await pressButton(page, /^Dismiss: The link is not valid/);
    await expect.poll(() => onScreen(page)).not.toMatch(/The link is not valid/);
    expect(await a11yText(page)).toMatch(/Your history could not be read/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a full storage is reported where the attempt ends and in the menu, and the warning goes once a write succeeds', async () => {
    const page = await emptyOrigin();
    const errors = watchErrors(page);
    await page.addInitScript(FULL_STORAGE);
    await page.goto(`${game.url()}?scenario=first-shift&lang=en&seed=4&speed=30`);
    await playToDebrief(page);
    const warning = /The attempt could not be stored in your history \(the storage of this device is full\)/;
    await expect.poll(() => onScreen(page)).toMatch(warning);
    const drawn = () =>
      page.evaluate(() =>
        (window.cortafuegos?.game.scene.getScene('debrief')?.children.list ?? [])
          .map((o) => (o as unknown as { text?: string }).text ?? '')
          .join('\n'),
      );
    expect(await drawn()).toMatch(warning);
    await page.keyboard.press('Enter');
    await menuReady(page);
    await expect.poll(() => onScreen(page)).toMatch(warning);
    expect(await canvasText(page)).toMatch(warning);
    // Storage has room again: the next attempt is stored, with the one that waited.
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await page.locator('#a11y button', { hasText: /^Open First Shift/ }).focus();
    await page.keyboard.press('Enter');
    await playToDebrief(page);
    await expect.poll(() => onScreen(page)).not.toMatch(warning);
    expect(await drawn()).not.toMatch(warning);
    await page.keyboard.press('Enter');
    await menuReady(page);
    expect(await onScreen(page)).not.toMatch(warning);
    expect(await canvasText(page)).not.toMatch(warning);
    await page.goto(game.url());
    await menuReady(page);
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await page.keyboard.press('v');
    await waitForState(page, /history/);
    await expect.poll(() => page.locator('#a11y li button').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
