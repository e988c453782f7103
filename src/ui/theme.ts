import { chooseScreen, type ScreenSize, WIDE } from './screen-size';

/** Colours and type. Text colours meet WCAG AA (≥ 4.5:1) on the dark background. */

export const COLORS = {
  background: 0x10151c,
  panel: 0x1b232e,
  panelLight: 0x243040,
  selected: 0x2f4a6b,
  accent: 0xffb347,
  danger: 0xff6b6b,
  good: 0x5fd38d,
  brand: 0x2d5d8f,
};

export const TEXT = {
  primary: '#f2f5f8',
  secondary: '#b8c4d0',
  accent: '#ffb347',
  danger: '#ff8a8a',
  good: '#7fe0a6',
};

export const FONT = 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif';

let scale = 1;
let current: ScreenSize = chooseScreen(WIDE.width, WIDE.height, 1);

/**
 * The size the screens lay out in and the canvas pixels per game px (screen-size.ts), set at boot
 * and whenever the window changes it: a phone turned round, a window made narrow.
 */
export function setScreen(value: ScreenSize): void {
  current = value;
}

export function screen(): ScreenSize {
  return current;
}

/**
 * How many backing-store pixels the canvas has per game px: above 1 on high-DPI screens and large
 * windows, so text and shapes are drawn at the screen's own resolution rather than stretched.
 * Scenes zoom their camera by it and keep laying out in game px.
 */
export function renderZoom(): number {
  return current.zoom;
}

/** Larger text setting: every canvas text is drawn this much bigger. */
export function setTextScale(value: number): void {
  scale = value;
}

/** No canvas text is smaller than this (game px: 14 CSS px when the canvas is at its 1280 px size). */
export const MIN_TEXT = 14;

export const textStyle = (size: number, color: string = TEXT.primary, extra: object = {}) => ({
  fontFamily: FONT,
  fontSize: `${Math.round(Math.max(MIN_TEXT, size) * scale)}px`,
  color,
  resolution: current.zoom,
  ...extra,
});

/** Where the logo sits on the menu, and where the boot loader shows its progress meanwhile. */
export const LOGO_SLOT = { x: 80, y: 70, size: 72 } as const;
