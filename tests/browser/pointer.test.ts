import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, SCREENSHOTS, useBuiltGame, waitForState, watchErrors } from './harness';
import { type How, type PageZone, press, snap, startPaused, zones } from './pointer-helpers';

const game = useBuiltGame();

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
      (p) => p.replies.some((o) => o.channel === 'public') && !p.author.isBrand,
    ),
  );
  await press(page, how, 'brand: ');
  await waitForState(page, /paused/);
  const before = await snap(page);
  const drawn = (await zones(page)).map((z) => z.id);
  const target = before.awaiting.find((id) => drawn.includes(`card:${id}`)) as string;
  expect(target).toBeDefined();
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
  await page.waitForTimeout(300);
  const row = (await zones(page)).find(
    (z) => /^history:/.test(z.id) && !/:(export|csv|import|back)$/.test(z.id),
  );
  expect(row).toBeDefined();
  await press(page, how, (row as PageZone).id);
  await waitForState(page, /review/);
  await press(page, how, 'debrief:back');
  await waitForState(page, /history/);
  await press(page, how, 'history:back');
  await waitForState(page, /menu/);
}

/** A 1024×768 touch screen (a tablet in landscape). */
const touchContext = (): Promise<BrowserContext> =>
  launch({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

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

/** How far the feed is scrolled: the index of the first card drawn and the px scrolled past it. */
const scrolled = (page: Page) =>
  page.evaluate(() => {
    const live = window.cortafuegos?.game.scene.getScene('live') as unknown as {
      sel: { scroll: { atTop: boolean } };
    };
    return live.sel.scroll.atTop;
  });

/** How far down the feed is scrolled, in px from its top, as the live feed last drew it. */
const position = (page: Page) =>
  page.evaluate(() => {
    const live = window.cortafuegos?.game.scene.getScene('live') as unknown as { scrollDepth: number };
    return live.scrollDepth;
  });

describe('scrolling the feed', () => {
  it('scrolls with the wheel; posts that arrive meanwhile wait behind a pill that takes the view back up', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=5&speed=32&renderer=canvas`);
    await startPaused(page, 'mouse', 10);
    const firstCard = async () => (await zones(page)).find((z) => z.id.startsWith('card:'))?.id;
    const top = await firstCard();
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(300);
    expect(await scrolled(page)).toBe(false);
    expect(await firstCard()).not.toBe(top);
    // The selected post is on screen, wherever the wheel left the feed.
    const { selected } = await snap(page);
    expect((await zones(page)).some((z) => z.id === `card:${selected}`)).toBe(true);
    const reading = await firstCard();
    await press(page, 'mouse', 'brand: ');
    await page.waitForFunction(() => window.cortafuegos?.zones().some((z) => z.id === 'feed:top'), null, {
      timeout: 60_000,
    });
    await press(page, 'mouse', 'brand: ');
    await page.screenshot({ path: join(SCREENSHOTS, 'feed-new-posts.png') });
    // New posts arrived above; the card being read stayed where it was.
    expect(await firstCard()).toBe(reading);
    await press(page, 'mouse', 'feed:top');
    await page.waitForTimeout(200);
    expect(await scrolled(page)).toBe(true);
    expect((await zones(page)).some((z) => z.id === 'feed:top')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls with a swipe, which carries on after the finger lifts', async () => {
    const context = await touchContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=5&speed=32&renderer=canvas`);
      await startPaused(page, 'touch', 12);
      const cdp = await context.newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number | null) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: y === null ? [] : [{ x: 300, y }],
        });
      await touch('touchStart', 600);
      for (let y = 580; y >= 360; y -= 20) {
        await touch('touchMove', y);
        await page.waitForTimeout(8);
      }
      await touch('touchEnd', null);
      const atRelease = await position(page);
      await page.waitForTimeout(600);
      const later = await position(page);
      expect(await scrolled(page)).toBe(false);
      // The fling went on after the finger lifted: the feed is further down than where it was let go.
      expect(later).toBeGreaterThan(atRelease);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('resizing', () => {
  it('keeps the session and the selection when the window is resized, and the controls follow the canvas', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=6&speed=32&renderer=canvas`);
    await startPaused(page, 'mouse', 6);
    const { awaiting } = await snap(page);
    const shown = (await zones(page)).map((z) => z.id);
    const target = awaiting.find((id) => shown.includes(`card:${id}`)) as string;
    await press(page, 'mouse', `card:${target}`);
    const before = await snap(page);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.waitForTimeout(400);
    const after = await snap(page);
    expect(after.selected).toBe(target);
    expect(after.actions).toEqual(before.actions);
    // The action bar is drawn where the smaller canvas puts it, and answers there.
    await press(page, 'mouse', `post:${target}:x`);
    await page.waitForFunction(
      (n) =>
        (window.cortafuegos?.actor.getSnapshot().context.session?.log ?? []).filter(
          (e) => e.type === 'action',
        ).length > n,
      before.actions.length,
    );
    expect((await snap(page)).actions.some((a) => a.includes('"leave"') && a.includes(target))).toBe(true);
    expect(errors).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.close();
  });
});
