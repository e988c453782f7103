import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SCREENSHOTS, seriousViolations, useBuiltGame, waitForState, watchErrors } from './harness';
import { press, snap, startPaused, visibleAwaiting, zones } from './pointer-helpers';

const game = useBuiltGame();

/** A touch screen of this CSS size: a phone (isMobile, touch only) or a tablet. */
const touchScreen = (width: number, height: number, deviceScaleFactor = 2) =>
  launch({ viewport: { width, height }, deviceScaleFactor, hasTouch: true, isMobile: true });

/** A phone in portrait (390×844 CSS px at 3 device px per CSS px), touch only. */
let phone: BrowserContext;
beforeAll(async () => {
  phone = await touchScreen(390, 844, 3);
});
afterAll(async () => {
  await phone?.close();
});

/**
 * What a reader sees of the screen now: the smallest canvas text in CSS px, the controls smaller
 * than 44×44 CSS px, and whether anything is drawn past the screen's sides.
 */
const measure = (page: Page) =>
  page.evaluate(() => {
    const g = window.cortafuegos?.game;
    if (!g) throw new Error('no game');
    const rect = g.canvas.getBoundingClientRect();
    let smallest = Number.POSITIVE_INFINITY;
    let widest = 0;
    for (const scene of g.scene.getScenes(true)) {
      const cam = scene.cameras.main;
      // CSS px per game px: the canvas's CSS width over the game px it shows across.
      const css = rect.width / (g.scale.width / cam.zoom);
      for (const o of scene.children.list as unknown as {
        type: string;
        visible: boolean;
        text?: string;
        style?: { fontSize: string };
        x: number;
        width: number;
        originX: number;
      }[]) {
        if (o.type !== 'Text' || !o.visible || !o.text) continue;
        smallest = Math.min(smallest, Number.parseFloat(o.style?.fontSize ?? '0') * css);
        widest = Math.max(widest, (o.x - o.originX * o.width + o.width) * css);
      }
    }
    const small = window.cortafuegos
      ?.zones()
      // Every control but covers and panels (they answer nothing) and cards cut by the feed's edge.
      .filter((z) => !z.inert && !z.id.startsWith('card:'))
      .filter((z) => z.width < 44 || z.height < 44)
      .map((z) => `${z.id} ${Math.round(z.width)}×${Math.round(z.height)}`);
    return {
      smallest,
      small,
      overflow: widest - rect.width,
      canvasWidth: rect.width,
      controls: window.cortafuegos?.zones().length ?? 0,
    };
  });

/** The width the screens lay out in now, in game px. */
const layoutWidth = (page: Page) =>
  page.evaluate(() => {
    const g = window.cortafuegos?.game;
    return g ? Math.round(g.scale.width / (g.scene.getScenes(true).at(-1)?.cameras.main.zoom ?? 1)) : 0;
  });

async function expectReadable(page: Page, where: string): Promise<void> {
  const m = await measure(page);
  // Something was measured: texts drawn, controls on screen.
  expect(m.smallest, `${where}: no text found`).toBeLessThan(40);
  expect(m.controls, `${where}: no controls found`).toBeGreaterThan(0);
  expect(m.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(14);
  expect(m.small, `${where}: controls under 44 CSS px`).toEqual([]);
  // Nothing is drawn past the screen's right edge (a layout made for a wider screen).
  expect(m.overflow, `${where}: drawn past the right edge by`).toBeLessThanOrEqual(1);
}

describe('on a phone in portrait (390×844), by taps alone', () => {
  it('plays a whole scenario to the debrief: feed full width, metrics on top, brand bar at the foot', async () => {
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?renderer=canvas`);
    await waitForState(page, /menu/);
    await page.waitForTimeout(300);
    if ((await snap(page)).lang !== 'en') await press(page, 'touch', 'menu:g');
    await expectReadable(page, 'menu');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-menu.png') });
    await press(page, 'touch', 'card:first-shift');
    await waitForState(page, /briefing/);
    await expectReadable(page, 'briefing');
    // Start is below the briefing's text: press() swipes it into view, as a player would.
    await press(page, 'touch', 'briefing:start');
    await waitForState(page, /live/);
    for (let i = 0; i < 4; i++) await press(page, 'touch', 'brand:+');
    await page.waitForFunction(() =>
      (window.cortafuegos?.actor.getSnapshot().context.view?.posts ?? []).some(
        (p) => p.replies.some((o) => o.channel === 'public') && !p.author.isBrand,
      ),
    );
    await press(page, 'touch', 'brand: ');
    await waitForState(page, /paused/);
    const before = await snap(page);
    const drawn = await zones(page);
    const target = before.awaiting.find((id) => drawn.some((z) => z.id === `card:${id}`)) as string;
    expect(target).toBeDefined();
    // The feed is the screen's width, under the metrics bar and over the brand bar at the foot.
    const card = drawn.find((z) => z.id === `card:${target}`);
    expect(card?.width).toBeGreaterThan(360);
    const foot = drawn.filter((z) => z.id.startsWith('brand:'));
    expect(Math.min(...foot.map((z) => z.y))).toBeGreaterThan(844 / 2);
    await press(page, 'touch', `card:${target}`);
    expect((await snap(page)).selected).toBe(target);
    expect((await snap(page)).actions).toEqual(before.actions);
    await expectReadable(page, 'live feed');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-live.png') });
    await press(page, 'touch', `post:${target}:r`);
    await page.waitForFunction(() => document.activeElement?.id === 'write-text');
    // The write box is a real form across the top of the screen: the phone's own keyboard types.
    const box = await page.locator('.write-box').boundingBox();
    expect(box?.width).toBeGreaterThan(380);
    await page.keyboard.type(
      'Thank you for telling us. We are checking it now and will write back within the hour.',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-compose.png') });
    const send = await page.locator('.write-send').boundingBox();
    if (!send) throw new Error('no Send button');
    expect(send.height).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(send.x + send.width / 2, send.y + send.height / 2);
    await page.waitForFunction(
      (id) =>
        (window.cortafuegos?.actor.getSnapshot().context.session?.log ?? []).some(
          (e) =>
            e.type === 'action' &&
            JSON.stringify(e).includes(id) &&
            JSON.stringify(e).includes('within the hour'),
        ),
      target,
    );
    // The side panel is a sheet: it takes the feed's place and gives it back.
    await press(page, 'touch', 'live:panel');
    await page.waitForTimeout(200);
    expect((await zones(page)).some((z) => z.id.startsWith('card:'))).toBe(false);
    await expectReadable(page, 'panel sheet');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-panel.png') });
    await press(page, 'touch', 'live:panel');
    await page.waitForTimeout(200);
    expect((await zones(page)).some((z) => z.id.startsWith('card:'))).toBe(true);
    await press(page, 'touch', 'brand:a');
    await press(page, 'touch', 'brand: ');
    for (let i = 0; i < 4; i++) await press(page, 'touch', 'brand:+');
    await waitForState(page, /debrief/, 90_000);
    await page.waitForTimeout(300);
    await expectReadable(page, 'debrief');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-debrief.png') });
    await press(page, 'touch', 'debrief:next');
    await page.waitForTimeout(200);
    await expectReadable(page, 'debrief moments');
    const download = page.waitForEvent('download');
    await press(page, 'touch', 'debrief:download');
    expect((await download).suggestedFilename()).toMatch(/^cortafuegos-first-shift-/);
    await press(page, 'touch', 'debrief:menu');
    await waitForState(page, /menu/);
    await press(page, 'touch', 'menu:v');
    await waitForState(page, /history/);
    await page.waitForTimeout(300);
    await expectReadable(page, 'history');
    await press(page, 'touch', 'history:back');
    await waitForState(page, /menu/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the session, the selection and a half-written reply when the phone is turned round and back', async () => {
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=es&seed=11&speed=32&renderer=canvas`);
    await waitForState(page, /briefing/);
    await startPaused(page, 'touch', 4);
    const target = (await visibleAwaiting(page)) as string;
    await press(page, 'touch', `card:${target}`);
    await press(page, 'touch', `post:${target}:r`);
    await page.waitForFunction(() => document.activeElement?.id === 'write-text');
    await page.keyboard.type('Gracias por avisar');
    const before = await snap(page);
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForTimeout(400);
    // Laid out again for the phone on its side: the game is 844 game px across.
    expect(await layoutWidth(page)).toBe(844);
    await expectReadable(page, 'live feed, phone on its side');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-landscape.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(400);
    const after = await snap(page);
    expect(after.selected).toBe(target);
    expect(after.actions).toEqual(before.actions);
    expect(await page.locator('#write-text').inputValue()).toBe('Gracias por avisar');
    await page.locator('.write-box button', { hasText: /Cancelar/ }).tap();
    // The layout is the phone's again: the action bar answers where it is drawn.
    await press(page, 'touch', `post:${target}:x`);
    await page.waitForFunction(
      (n) =>
        (window.cortafuegos?.actor.getSnapshot().context.session?.log ?? []).filter(
          (e) => e.type === 'action',
        ).length > n,
      before.actions.length,
    );
    await expectReadable(page, 'live feed after turning');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('turning the phone on the debrief', () => {
  it('keeps the page and records the attempt once; the next attempt is recorded as its own', async () => {
    // A phone of its own: an empty history to count attempts in.
    const own = await touchScreen(390, 844);
    const page = await own.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=first-shift&lang=en&seed=21&speed=200&renderer=canvas`);
    await waitForState(page, /briefing/);
    await press(page, 'touch', 'briefing:start');
    await waitForState(page, /debrief/, 90_000);
    await press(page, 'touch', 'debrief:next');
    const attempts = () =>
      page.evaluate(() => {
        const menu = window.cortafuegos?.game.scene.getScene('menu') as unknown as {
          ctx: { history: { attempts: unknown[] } };
        };
        return menu.ctx.history.attempts.length;
      });
    await expect.poll(attempts).toBe(1);
    const pageShown = () =>
      page.evaluate(
        () =>
          (window.cortafuegos?.game.scene.getScene('debrief') as unknown as { page: number } | undefined)
            ?.page,
      );
    await page.setViewportSize({ width: 844, height: 390 });
    await page.waitForTimeout(300);
    expect(await layoutWidth(page)).toBe(844);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await layoutWidth(page)).toBe(390);
    // Laid out again, the same page of the same attempt: nothing recorded twice.
    expect(await pageShown()).toBe(1);
    expect(await attempts()).toBe(1);
    await press(page, 'touch', 'debrief:again');
    await waitForState(page, /briefing/);
    await press(page, 'touch', 'briefing:start');
    await waitForState(page, /debrief/, 90_000);
    // The flow is at the debrief a frame before its screen starts: read the new screen, not the old.
    await page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('debrief'));
    // A new debrief, not the one last laid out again: on its first page, its attempt recorded.
    expect(await pageShown()).toBe(0);
    await expect.poll(attempts).toBe(2);
    expect(errors).toEqual([]);
    await own.close();
  });
});

describe('short screens: a phone on its side (844×390) and a small window (960×600)', () => {
  it('opens and closes the settings by touch on a phone on its side, and reads the briefing', async () => {
    const side = await touchScreen(844, 390);
    try {
      const page = await side.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?renderer=canvas&lang=es`);
      await waitForState(page, /menu/);
      await page.waitForTimeout(300);
      expect(await layoutWidth(page)).toBe(844);
      await press(page, 'touch', 'menu:o');
      await page.waitForTimeout(200);
      await expectReadable(page, 'settings, phone on its side');
      await press(page, 'touch', 'setting:close');
      await page.waitForTimeout(200);
      expect((await zones(page)).some((z) => z.id === 'settings:panel')).toBe(false);
      await press(page, 'touch', 'card:first-shift');
      await waitForState(page, /briefing/);
      await expectReadable(page, 'briefing, phone on its side');
      await press(page, 'touch', 'briefing:start');
      await waitForState(page, /live/);
      expect(errors).toEqual([]);
    } finally {
      await side.close();
    }
  });

  it('keeps the wide menu in order at 960×600 in Spanish: the buttons above the heading and the cards', async () => {
    const page = await game.browser().newPage();
    await page.setViewportSize({ width: 960, height: 600 });
    await page.goto(`${game.url()}?renderer=canvas&lang=es`);
    await waitForState(page, /menu/);
    await page.waitForTimeout(300);
    await expectReadable(page, 'menu 960×600');
    const all = await zones(page);
    const buttonsEnd = Math.max(...all.filter((z) => z.id.startsWith('menu:')).map((z) => z.y + z.height));
    const firstCard = Math.min(...all.filter((z) => z.id.startsWith('card:')).map((z) => z.y));
    expect(firstCard).toBeGreaterThan(buttonsEnd + 30);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.close();
  });
});

describe('on the narrowest phone (360×640)', () => {
  it('fits every screen in 360 CSS px: nothing past the edge, text ≥ 14 and targets ≥ 44 CSS px', async () => {
    const small = await touchScreen(360, 640);
    try {
      const page = await small.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?renderer=canvas&lang=es`);
      await waitForState(page, /menu/);
      await page.waitForTimeout(300);
      await expectReadable(page, '360 menu');
      await press(page, 'touch', 'menu:o');
      await page.waitForTimeout(200);
      await expectReadable(page, '360 settings');
      await press(page, 'touch', 'setting:close');
      await page.waitForTimeout(200);
      expect((await zones(page)).some((z) => z.id === 'settings:panel')).toBe(false);
      await page.goto(`${game.url()}?scenario=service-outage&lang=es&seed=13&speed=32&renderer=canvas`);
      await waitForState(page, /briefing/);
      await expectReadable(page, '360 briefing');
      await startPaused(page, 'touch', 3);
      const target = await visibleAwaiting(page);
      expect(target).toBeDefined();
      await press(page, 'touch', `card:${target}`);
      await expectReadable(page, '360 live');
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-360-live.png') });
      // The brand's own reply, indented under the post: its meta line keeps the time.
      await press(page, 'touch', `post:${target}:r`);
      await page.waitForFunction(() => document.activeElement?.id === 'write-text');
      await page.keyboard.type('Lo sentimos. Lo estamos revisando y te escribimos en una hora.');
      await page.locator('.write-send').tap();
      await page.waitForFunction(() =>
        (window.cortafuegos?.actor.getSnapshot().context.view?.posts ?? []).some((p) => p.author.isBrand),
      );
      await page.waitForTimeout(400);
      const metas = await page.evaluate(() =>
        (window.cortafuegos?.game.scene.getScene('live')?.children.list ?? [])
          .filter(
            (o) =>
              o.type === 'Text' &&
              (o as unknown as { visible: boolean }).visible &&
              / · hace \d+ (s|min)/.test((o as unknown as { text: string }).text),
          )
          // What is drawn, not what was asked for: a line cut to its first lines keeps only those.
          .map((o) => {
            const text = o as unknown as {
              getWrappedText(): string[];
              style: { maxLines: number };
            };
            const lines = text.getWrappedText();
            return lines
              .slice(0, text.style.maxLines > 0 ? text.style.maxLines : lines.length)
              .join('\n')
              .trimEnd();
          }),
      );
      expect(metas.length).toBeGreaterThan(1);
      for (const meta of metas) expect(meta).toMatch(/ · hace \d+ (s|min)( ·\u00a0@\S+)?$/);
      await page.screenshot({ path: join(SCREENSHOTS, 'phone-360-reply.png') });
      expect(errors).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('on a tablet (1024×768) and a large screen', () => {
  it('lays the wide layout out at the tablet own size: no control under 44 CSS px, no text under 14', async () => {
    const tablet = await touchScreen(1024, 768, 1);
    try {
      const page = await tablet.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=12&speed=32&renderer=canvas`);
      await waitForState(page, /briefing/);
      await expectReadable(page, 'tablet briefing');
      await startPaused(page, 'touch', 3);
      const target = (await visibleAwaiting(page)) as string;
      await press(page, 'touch', `card:${target}`);
      await expectReadable(page, 'tablet live');
      await page.screenshot({ path: join(SCREENSHOTS, 'tablet-live.png') });
      expect(errors).toEqual([]);
    } finally {
      await tablet.close();
    }
  });

  it('draws crisp on a 2560×1440 screen: the canvas has a device pixel for each CSS px', async () => {
    const page = await game.browser().newPage();
    await page.setViewportSize({ width: 2560, height: 1440 });
    await page.goto(`${game.url()}?renderer=canvas&lang=en`);
    await waitForState(page, /menu/);
    const size = await page.evaluate(() => {
      const c = window.cortafuegos?.game.canvas as HTMLCanvasElement;
      return { backing: c.width, css: c.getBoundingClientRect().width };
    });
    expect(size.backing).toBeGreaterThanOrEqual(size.css);
    await page.screenshot({ path: join(SCREENSHOTS, 'desktop-2560.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.close();
  });
});
