import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useBuiltGame, waitForState, watchErrors } from './harness';

const game = useBuiltGame();

type How = 'mouse' | 'touch';
interface PageZone {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The controls drawn on the canvas now, where they are drawn (page pixels). */
const zones = (page: Page): Promise<PageZone[]> => page.evaluate(() => window.cortafuegos?.zones() ?? []);

/**
 * Presses the control drawn with this id, by where it is drawn: a mouse click or a tap at its
 * centre. Never through a key or the accessible layer.
 */
async function press(page: Page, how: How, id: string): Promise<void> {
  const start = Date.now();
  for (;;) {
    const z = (await zones(page)).find((zone) => zone.id === id);
    if (z) {
      const x = z.x + z.width / 2;
      const y = z.y + z.height / 2;
      if (how === 'mouse') await page.mouse.click(x, y);
      else await page.touchscreen.tap(x, y);
      return;
    }
    if (Date.now() - start > 10_000) {
      const shown = (await zones(page)).map((zone) => zone.id).join(' ');
      throw new Error(`no control ${id} on screen; shown: ${shown}`);
    }
    await page.waitForTimeout(100);
  }
}

const snap = (page: Page) =>
  page.evaluate(() => {
    const c = window.cortafuegos?.actor.getSnapshot().context;
    const live = window.cortafuegos?.game.scene.getScene('live') as unknown as
      | { selectedId?: string | null }
      | undefined;
    return {
      lang: c?.lang,
      selected: live?.selectedId ?? null,
      actions: (c?.session?.log ?? []).filter((e) => e.type === 'action').map((e) => JSON.stringify(e)),
      awaiting: (c?.view?.posts ?? []).filter((p) => p.awaiting && !p.author.isBrand).map((p) => p.id),
      now: c?.view?.now ?? 0,
    };
  });

/**
 * One whole crisis by pointer alone: the language and the card on the menu, Start on the briefing,
 * pause, a card selected by a click (which acts on nothing), its action bar's Reply, a written
 * reply sent with the box's own button, Analyse, speed, the debrief's pages and buttons, the
 * history and a past debrief.
 */
async function playByPointer(page: Page, how: How, shot: string): Promise<void> {
  await waitForState(page, /menu/);
  await page.waitForTimeout(300);
  if ((await snap(page)).lang !== 'en') await press(page, how, 'menu:g');
  expect((await snap(page)).lang).toBe('en');
  await press(page, how, 'card:first-shift');
  await waitForState(page, /briefing/);
  await press(page, how, 'briefing:start');
  await waitForState(page, /live/);
  for (let i = 0; i < 4; i++) await press(page, how, 'brand:+');
  await page.waitForFunction(() =>
    (window.cortafuegos?.actor.getSnapshot().context.view?.posts ?? []).some(
      (p) => p.awaiting && !p.author.isBrand,
    ),
  );
  await press(page, how, 'brand: ');
  await waitForState(page, /paused/);
  const before = await snap(page);
  const target = before.awaiting[before.awaiting.length - 1] as string;
  await press(page, how, `card:${target}`);
  const selected = await snap(page);
  // A click on a post selects it; it does not act on it.
  expect(selected.selected).toBe(target);
  expect(selected.actions).toEqual(before.actions);
  await press(page, how, `post:${target}:r`);
  await page.waitForFunction(() => document.activeElement?.id === 'write-text');
  await page.keyboard.type(
    'Thank you for telling us. We are checking it now and will write back within the hour.',
  );
  await page.locator('.write-send').click();
  await press(page, how, 'brand:a');
  await page.screenshot({ path: join(SCREENSHOTS, `${shot}-live.png`) });
  const acted = await snap(page);
  const kinds = acted.actions.map((a) => JSON.parse(a).action.type);
  expect(kinds).toContain('analyse');
  expect(acted.actions.some((a) => a.includes(target) && a.includes('within the hour'))).toBe(true);
  await press(page, how, 'brand: ');
  for (let i = 0; i < 4; i++) await press(page, how, 'brand:+');
  await waitForState(page, /debrief/, 90_000);
  await press(page, how, 'debrief:next');
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(SCREENSHOTS, `${shot}-debrief.png`) });
  const download = page.waitForEvent('download');
  await press(page, how, 'debrief:download');
  expect((await download).suggestedFilename()).toMatch(/^cortafuegos-first-shift-/);
  await press(page, how, 'debrief:menu');
  await waitForState(page, /menu/);
  await press(page, how, 'menu:v');
  await waitForState(page, /history/);
  await press(page, how, 'history:0');
  await waitForState(page, /review/);
  await press(page, how, 'debrief:back');
  await waitForState(page, /history/);
  await press(page, how, 'history:back');
  await waitForState(page, /menu/);
}

async function touchContext(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cortafuegos-touch-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    isMobile: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}

describe('mouse and touch', () => {
  it('plays a whole scenario to the debrief and the history with the mouse alone', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?renderer=canvas`);
    await playByPointer(page, 'mouse', 'mouse');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays a whole scenario to the debrief and the history by taps alone on a touch screen', async () => {
    const context = await touchContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?renderer=canvas`);
      await playByPointer(page, 'touch', 'touch');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
