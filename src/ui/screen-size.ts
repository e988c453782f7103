/**
 * The size every screen lays out in (game px) and how finely the canvas draws it, chosen from the
 * window. Phones and narrow windows get the compact layout with one game px per CSS px, so text
 * and targets keep their CSS size; tablets lay out in their own CSS size too; windows at least as
 * large as the design size show it scaled up. Pure, so the rule is tested without a browser.
 */
export interface ScreenSize {
  /** Game px across and down: what the scenes lay out in. */
  readonly width: number;
  readonly height: number;
  /** One column: the feed full width, metrics on top, the brand bar at the foot, a bottom sheet. */
  readonly compact: boolean;
  /** Canvas pixels per game px (1–2, quarter steps): crisp text on high-DPI screens. */
  readonly zoom: number;
}

/** The design size of the wide layout, and the smallest size it still fits in. */
export const WIDE = { width: 1280, height: 720, minWidth: 960, minHeight: 600 } as const;
/**
 * Below the wide layout's smallest size the compact layout is used (phones either way up, tablets
 * in portrait, narrow windows): the wide layout is never shrunk, so its text and targets never
 * fall below their CSS size.
 */
const COMPACT_BELOW = { width: WIDE.minWidth, height: WIDE.minHeight } as const;
/** The narrowest compact layout; a narrower window shows it slightly scaled down. */
const MIN_COMPACT = { width: 360, height: 360 } as const;
const MAX_ZOOM = 2;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function chooseScreen(cssWidth: number, cssHeight: number, devicePixelRatio: number): ScreenSize {
  const w = Math.max(1, Math.round(cssWidth));
  const h = Math.max(1, Math.round(cssHeight));
  const dpr = devicePixelRatio > 0 && Number.isFinite(devicePixelRatio) ? devicePixelRatio : 1;
  const compact = w < COMPACT_BELOW.width || h < COMPACT_BELOW.height;
  const width = compact ? Math.max(MIN_COMPACT.width, w) : clamp(w, WIDE.minWidth, WIDE.width);
  const height = compact ? Math.max(MIN_COMPACT.height, h) : clamp(h, WIDE.minHeight, WIDE.height);
  // The canvas is scaled to fit the window: this many CSS px per game px.
  const fit = Math.min(w / width, h / height);
  const zoom = clamp(Math.round(dpr * fit * 4) / 4, 1, MAX_ZOOM);
  return { width, height, compact, zoom };
}

export function sameScreen(a: ScreenSize, b: ScreenSize): boolean {
  return a.width === b.width && a.height === b.height && a.compact === b.compact && a.zoom === b.zoom;
}
