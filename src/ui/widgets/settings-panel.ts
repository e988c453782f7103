import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButton, MIN_TARGET } from './button';

export interface SettingRow {
  readonly id: string;
  readonly label: string;
  /** The key that changes it; null for a line that only informs. */
  readonly key: string | null;
  readonly change: () => void;
}

/**
 * The settings panel over the menu: each setting a full-width button that changes it (the same
 * as its key), a line that only informs, and Close.
 */
export function drawSettingsPanel(
  draw: Drawer,
  pointer: PointerInput,
  o: { readonly heading: string; readonly rows: readonly SettingRow[]; readonly close: ButtonSpec },
  frame: { readonly x: number; readonly y: number; readonly width: number; readonly keys: boolean },
): void {
  const { x: X, y: Y, width: W } = frame;
  const rowH = MIN_TARGET + 6;
  // A phone: Close in the heading's row, so it is on screen however short the screen is.
  const closeOnTop = !frame.keys;
  const height = 60 + o.rows.length * rowH + (closeOnTop ? 0 : MIN_TARGET + 16);
  draw
    .rectangle(X, Y, W, height, COLORS.panelLight)
    .setOrigin(0, 0)
    .setStrokeStyle(2, COLORS.accent)
    .setDepth(3);
  // The panel answers taps itself: a tap on it never reaches the card drawn under it.
  pointer.zones.add({ id: 'settings:panel', x: X, y: Y, width: W, height, onTap: () => {}, inert: true });
  draw.text(X + 20, Y + 16, o.heading, textStyle(20, TEXT.accent, { fontStyle: 'bold' })).setDepth(3.1);
  let y = Y + 56;
  for (const row of o.rows) {
    if (row.key === null) {
      draw.text(X + 34, y + 14, row.label, textStyle(15, TEXT.secondary)).setDepth(3.1);
    } else {
      const spec = {
        id: `setting:${row.id}`,
        label: row.label,
        ...(frame.keys ? { key: row.key.toUpperCase() } : {}),
        onTap: row.change,
      };
      drawButton(draw, pointer, X + 20, y, spec, { width: W - 40, depth: 3.5 });
    }
    y += rowH;
  }
  if (closeOnTop)
    drawButton(
      draw,
      pointer,
      X + W - 8,
      Y + 4,
      { ...o.close, key: undefined },
      { depth: 3.5, align: 'right' },
    );
  else drawButton(draw, pointer, X + 20, y + 4, o.close, { depth: 3.5 });
}
