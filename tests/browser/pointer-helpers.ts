import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForState } from './harness';

export type How = 'mouse' | 'touch';

export interface PageZone {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The controls drawn on the canvas now, where they are drawn (page pixels). */
export const zones = (page: Page): Promise<PageZone[]> =>
  page.evaluate(() => window.cortafuegos?.zones() ?? []);

/**
 * Drags the screen by `dy` page px with a finger (CDP touch events, as a phone sends them) or
 * turns the wheel, at `x`, `y`: what a player does to bring a control below the fold into view.
 */
export async function swipe(page: Page, how: How, dy: number, x = 200, y = 400): Promise<void> {
  if (how === 'mouse') {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(150);
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number | null) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: at === null ? [] : [{ x, y: at }] });
  const steps = 12;
  await touch('touchStart', y);
  for (let i = 1; i <= steps; i++) {
    await touch('touchMove', y - (dy * i) / steps);
    // Slow enough that the finger stops before it lifts: no fling carries the screen further.
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(120);
  await touch('touchEnd', null);
  await cdp.detach();
  await page.waitForTimeout(100);
}

/**
 * Presses the control drawn with this id, by where it is drawn: a mouse click or a tap at its
 * centre, after scrolling it into view like a player would when it is below the fold. Never
 * through a key or the accessible layer.
 */
export async function press(page: Page, how: How, id: string): Promise<void> {
  const start = Date.now();
  for (;;) {
    const z = (await zones(page)).find((zone) => zone.id === id);
    if (z) {
      const x = z.x + z.width / 2;
      const y = z.y + z.height / 2;
      const height = await page.evaluate(() => window.innerHeight);
      if (y < 0 || y > height) {
        // Half a screen at a time toward it (content moves up when the finger moves up).
        const step = Math.sign(y - height / 2) * Math.min(Math.abs(y - height / 2), height / 2);
        await swipe(page, how, step, 200, Math.round(height / 2));
        if (Date.now() - start > 10_000) throw new Error(`control ${id} stays out of view at y=${y}`);
        continue;
      }
      // What is drawn there is this control, not something drawn over it.
      expect(
        await page.evaluate(([px, py]) => window.cortafuegos?.zoneAt(px as number, py as number), [x, y]),
      ).toBe(z.id);
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

export const snap = (page: Page) =>
  page.evaluate(() => {
    const c = window.cortafuegos?.actor.getSnapshot().context;
    const live = window.cortafuegos?.game.scene.getScene('live') as unknown as
      | { selectedId?: string | null }
      | undefined;
    return {
      lang: c?.lang,
      selected: live?.selectedId ?? null,
      actions: (c?.session?.log ?? []).filter((e) => e.type === 'action').map((e) => JSON.stringify(e)),
      // Posts the script offers a public reply on now (Reply opens the box on them).
      awaiting: (c?.view?.posts ?? [])
        .filter((p) => p.replies.some((o) => o.channel === 'public') && !p.author.isBrand)
        .map((p) => p.id),
      now: c?.view?.now ?? 0,
    };
  });

/** Starts the crisis from its briefing, waits for `minPosts` posts and pauses it. */
export async function startPaused(page: Page, how: How, minPosts: number): Promise<void> {
  await waitForState(page, /briefing/);
  await press(page, how, 'briefing:start');
  await waitForState(page, /live/);
  await page.waitForFunction(
    (n) => (window.cortafuegos?.actor.getSnapshot().context.view?.posts.length ?? 0) >= n,
    minPosts,
    { timeout: 60_000 },
  );
  await press(page, how, 'brand: ');
  await waitForState(page, /paused/);
}

/** The first post the script offers a public reply on that is drawn as a card now. */
export async function visibleAwaiting(page: Page): Promise<string | undefined> {
  const { awaiting } = await snap(page);
  const shown = (await zones(page)).map((z) => z.id);
  return awaiting.find((id) => shown.includes(`card:${id}`));
}
