import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { liveLayout } from '../../src/ui/scenes/live-layout';
import { chooseScreen, WIDE } from '../../src/ui/screen-size';

describe('the screen size the game lays out in', () => {
  it('keeps the 1280×720 layout on a laptop window, at one canvas pixel per game px', () => {
    expect(chooseScreen(1280, 720, 1)).toEqual({ width: 1280, height: 720, compact: false, zoom: 1 });
  });

  it('scales the wide layout up on large and high-DPI screens, at most 2 canvas pixels per game px', () => {
    expect(chooseScreen(1920, 1080, 1)).toMatchObject({ width: 1280, height: 720, zoom: 1.5 });
    expect(chooseScreen(2560, 1440, 2)).toMatchObject({ width: 1280, height: 720, zoom: 2 });
  });

  it('lays a tablet out in its own CSS size, so targets and text keep their CSS size', () => {
    expect(chooseScreen(1024, 768, 1)).toEqual({ width: 1024, height: 720, compact: false, zoom: 1 });
    expect(chooseScreen(1024, 700, 2)).toMatchObject({ width: 1024, height: 700, compact: false, zoom: 2 });
  });

  it('gives phones, either way up, the compact layout at one game px per CSS px', () => {
    expect(chooseScreen(390, 844, 3)).toEqual({ width: 390, height: 844, compact: true, zoom: 2 });
    expect(chooseScreen(360, 640, 2)).toEqual({ width: 360, height: 640, compact: true, zoom: 2 });
    expect(chooseScreen(844, 390, 3)).toMatchObject({ width: 844, height: 390, compact: true });
  });

  it('never lays out narrower than 360 or below the wide minimum, and survives nonsense', () => {
    expect(chooseScreen(320, 568, 2)).toMatchObject({ width: 360, compact: true });
    expect(chooseScreen(0, 0, Number.NaN)).toMatchObject({ width: 360, height: 360, zoom: 1 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        (w, h, dpr) => {
          const s = chooseScreen(w, h, dpr);
          expect(s.zoom).toBeGreaterThanOrEqual(1);
          expect(s.zoom).toBeLessThanOrEqual(2);
          expect((s.zoom * 4) % 1).toBe(0);
          if (s.compact) {
            expect(s.width).toBeGreaterThanOrEqual(360);
            // One game px is one CSS px whenever the window is at least that size.
            if (w >= 360 && h >= 360) expect([s.width, s.height]).toEqual([w, h]);
          } else {
            expect(s.width).toBeGreaterThanOrEqual(WIDE.minWidth);
            expect(s.width).toBeLessThanOrEqual(WIDE.width);
            expect(s.height).toBeLessThanOrEqual(WIDE.height);
          }
        },
      ),
    );
  });
});

describe('the live feed layout', () => {
  it('puts the side panel beside the feed on a wide screen, inside the screen', () => {
    for (const width of [960, 1024, 1280]) {
      const l = liveLayout({ width, height: 720, compact: false });
      expect(l.feed.x + l.feed.width).toBeLessThan(l.side.x);
      expect(l.side.x + l.side.width).toBeLessThanOrEqual(width);
      expect(l.feed.width).toBeGreaterThanOrEqual(500);
      expect(l.composer).not.toBeNull();
    }
    expect(liveLayout({ width: 1280, height: 720, compact: false }).feed).toMatchObject({
      x: 20,
      width: 800,
    });
  });

  it('gives a phone the feed full width and no docked write box', () => {
    const l = liveLayout({ width: 390, height: 844, compact: true });
    expect(l.feed.x).toBe(l.margin);
    expect(l.feed.width).toBe(390 - 2 * l.margin);
    expect(l.composer).toBeNull();
  });
});
