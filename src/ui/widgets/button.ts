import type { Zone } from '../pointer/hit-zones';
import type { PointerInput, ZoneState } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';

/** The smallest side of a control, in game px: 48 at the desktop size is above WCAG's 44 CSS px. */
export const MIN_TARGET = 48;
const PAD_X = 14;
const GAP = 8;

export interface ButtonSpec {
  /** Stable across redraws (a press must start and end on the same control). */
  readonly id: string;
  readonly label: string;
  readonly onTap: () => void;
  readonly tone?: 'plain' | 'accent' | 'danger';
  /** Drawn dimmed and answers nothing (the key does nothing either). */
  readonly disabled?: boolean;
  /** Shown as selected or switched on (a toggle, the current page). */
  readonly on?: boolean;
  /** The key that does the same, shown small after the label (it teaches the keys as it is used). */
  readonly key?: string;
}

export interface ButtonStyle {
  readonly height?: number;
  /** Above what it is drawn over (a bar over scrolled cards). */
  readonly depth?: number;
  /** At least this wide (a column of settings), the label then starts at the left. */
  readonly width?: number;
  /** Where `x` is on the button: its left edge (default), its right edge or its centre. */
  readonly align?: 'left' | 'right' | 'center';
}

const FILL: Record<ZoneState, number> = {
  idle: COLORS.panelLight,
  hover: COLORS.selected,
  pressed: 0x3d6591,
};

/** Draws one button with its hit zone; returns its width. */
export function drawButton(
  draw: Drawer,
  pointer: PointerInput,
  x: number,
  y: number,
  spec: ButtonSpec,
  style: ButtonStyle = {},
): number {
  return placeButton(draw, pointer, spec, style, (width) => ({
    x: style.align === 'right' ? x - width : style.align === 'center' ? x - width / 2 : x,
    y,
  })).width;
}

/**
 * Draws a button where `place` puts it once its width is known (a row wraps on the drawn width),
 * and returns where it went.
 */
function placeButton(
  draw: Drawer,
  pointer: PointerInput,
  spec: ButtonSpec,
  style: ButtonStyle,
  place: (width: number) => { x: number; y: number },
): { x: number; y: number; width: number } {
  const height = style.height ?? MIN_TARGET;
  const depth = style.depth ?? 0;
  const color = spec.tone === 'danger' ? TEXT.danger : spec.tone === 'accent' ? TEXT.accent : TEXT.primary;
  const label = draw.text(0, 0, spec.label, textStyle(15, color)).setOrigin(0, 0.5);
  const key = spec.key ? draw.text(0, 0, spec.key, textStyle(12, TEXT.secondary)).setOrigin(0, 0.5) : null;
  const inner = Math.ceil(label.width) + (key ? Math.ceil(key.width) + 6 : 0);
  const width = Math.max(MIN_TARGET, style.width ?? 0, inner + PAD_X * 2);
  const { x, y } = place(width);
  label.setPosition(style.width ? x + PAD_X : x + (width - inner) / 2, y + height / 2);
  key?.setPosition(label.x + label.width + 6, y + height / 2 + 1).setDepth(depth - 0.1);
  const fill = (state: ZoneState) => (spec.on && state === 'idle' ? COLORS.selected : FILL[state]);
  const rect = draw
    .rectangle(x, y, width, height, fill(pointer.stateOf(spec.id)))
    .setOrigin(0, 0)
    .setStrokeStyle(1, spec.on ? COLORS.accent : 0x5a6878)
    .setDepth(depth - 0.2);
  label.setDepth(depth - 0.1);
  if (spec.disabled) {
    key?.setAlpha(0.45);
    label.setAlpha(0.45);
    rect.setAlpha(0.45);
    return { x, y, width };
  }
  const zone: Zone = {
    id: spec.id,
    x,
    y,
    width,
    height,
    onTap: spec.onTap,
    paint: (state) => rect.setFillStyle(fill(state)),
  };
  pointer.zones.add(zone);
  return { x, y, width };
}

/** Buttons left to right, wrapping within `maxWidth`; returns the height used. */
export function drawButtonRow(
  draw: Drawer,
  pointer: PointerInput,
  x: number,
  y: number,
  maxWidth: number,
  specs: readonly ButtonSpec[],
  style: ButtonStyle = {},
): number {
  const height = style.height ?? MIN_TARGET;
  let cx = x;
  let cy = y;
  for (const spec of specs) {
    const placed = placeButton(draw, pointer, spec, style, (width) => {
      // A button that would cross the edge starts the next line.
      if (cx > x && cx + width > x + maxWidth) {
        cx = x;
        cy += height + GAP;
      }
      return { x: cx, y: cy };
    });
    cx = placed.x + placed.width + GAP;
  }
  return specs.length ? cy - y + height : 0;
}

/**
 * The buttons with their key hints, or without them where there are no keys to learn (the
 * compact layout, on phones): the labels then fit in fewer rows.
 */
export function keyHints(specs: readonly ButtonSpec[], shown: boolean): ButtonSpec[] {
  return shown ? [...specs] : specs.map((b) => ({ ...b, key: undefined }));
}
