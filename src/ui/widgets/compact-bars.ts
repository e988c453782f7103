import type { SessionView } from '../../sim/session-view';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButton, drawButtonRow } from './button';

/**
 * The phone layout's bars. Each covers the feed where it is drawn (cards scrolled past the feed's
 * top or foot), and the cover answers taps, so nothing hidden under a bar can be pressed.
 */
function cover(
  draw: Drawer,
  pointer: PointerInput,
  id: string,
  y: number,
  width: number,
  height: number,
): void {
  draw.rectangle(0, y, width, height, COLORS.background).setOrigin(0, 0).setDepth(1);
  pointer.zones.add({ id, x: 0, y, width, height, onTap: () => {}, inert: true });
}

export interface MetricsLabels {
  readonly clock: string;
  readonly speed: string;
  readonly heat: string;
  readonly sentiment: string;
}

/**
 * The crisis at a glance on a phone: the clock and speed, heat and sentiment as two bars, and at
 * the right the button that opens the panel sheet.
 */
export function drawMetricsBar(
  draw: Drawer,
  pointer: PointerInput,
  s: SessionView,
  at: { readonly x: number; readonly width: number; readonly height: number; readonly screenWidth: number },
  labels: MetricsLabels,
  button: ButtonSpec,
): void {
  cover(draw, pointer, 'feed:cover', 0, at.screenWidth, at.height);
  const used = drawButton(draw, pointer, at.x + at.width, 4, button, { depth: 2, align: 'right' });
  const { x } = at;
  // First row: the clock and the speed beside the Panel button; second row: the two bars across.
  const width = at.width - used - 10;
  draw.text(x, 16, labels.clock, textStyle(18, TEXT.primary, { fontStyle: 'bold' })).setDepth(2);
  draw
    .text(x + width, 18, labels.speed, textStyle(14, TEXT.secondary))
    .setOrigin(1, 0)
    .setDepth(2);
  const m = s.metrics;
  const half = (at.width - 16) / 2;
  const bar = (left: number, label: string, fraction: number, color: number): void => {
    const text = draw.text(left, 56, label, textStyle(14, TEXT.secondary)).setDepth(2);
    const bx = left + text.width + 6;
    const bw = Math.max(40, left + half - bx);
    draw.rectangle(bx, 60, bw, 12, COLORS.panelLight).setOrigin(0, 0).setDepth(2);
    draw
      .rectangle(bx, 60, bw * Math.max(0, Math.min(1, fraction)), 12, color)
      .setOrigin(0, 0)
      .setDepth(2);
  };
  bar(x, labels.heat, m.heat / 100, m.heat > 60 ? COLORS.danger : COLORS.accent);
  bar(
    x + half + 16,
    labels.sentiment,
    (m.sentiment + 100) / 200,
    m.sentiment >= 0 ? COLORS.good : COLORS.danger,
  );
}

/**
 * The brand bar at the foot of a phone screen, with a status line over it; returns the height it
 * took from the foot (the feed ends above it from the next pass).
 */
export function drawFootBar(
  draw: Drawer,
  pointer: PointerInput,
  buttons: readonly ButtonSpec[],
  at: {
    readonly x: number;
    readonly width: number;
    readonly screenWidth: number;
    readonly bottom: number;
    /** The height it took on the previous pass: where the rows start. */
    readonly lastHeight: number;
    readonly status: string;
  },
): number {
  const top = at.bottom - at.lastHeight;
  cover(draw, pointer, 'feed:foot', top, at.screenWidth, at.lastHeight);
  let y = top + 6;
  if (at.status) {
    const line = draw
      .text(at.x, y, at.status, textStyle(14, TEXT.accent, { wordWrap: { width: at.width }, maxLines: 2 }))
      .setDepth(2);
    y += line.height + 6;
  }
  const rows = drawButtonRow(draw, pointer, at.x, y, at.width, buttons, { depth: 2 });
  return y + rows + 8 - top;
}
