import type { SessionView } from '../../sim/session-view';
import { clock } from '../format';
import type { Drawer } from '../retained-layer';
import { COLORS, TEXT, textStyle } from '../theme';

export interface HudLabels {
  clock: string;
  heat: string;
  sentiment: string;
  reach: string;
  budget: string;
  networks: string;
  speed: string;
}

/** The crisis at a glance: clock, heat, sentiment, reach, budget and networks. */
export function drawHud(
  draw: Drawer,
  s: SessionView,
  x: number,
  y: number,
  width: number,
  labels: HudLabels,
): number {
  const m = s.metrics;
  draw.rectangle(x, y, width, 210, COLORS.panel).setOrigin(0, 0);
  draw.text(x + 16, y + 12, labels.clock, textStyle(26, TEXT.primary, { fontStyle: 'bold' }));
  draw.text(x + width - 16, y + 18, labels.speed, textStyle(15, TEXT.secondary)).setOrigin(1, 0);
  const bar = (row: number, label: string, fraction: number, color: number): void => {
    draw.text(x + 16, y + row, label, textStyle(15, TEXT.secondary));
    draw.rectangle(x + 140, y + row + 3, width - 160, 14, COLORS.panelLight).setOrigin(0, 0);
    draw
      .rectangle(x + 140, y + row + 3, (width - 160) * Math.max(0, Math.min(1, fraction)), 14, color)
      .setOrigin(0, 0);
  };
  bar(60, labels.heat, m.heat / 100, m.heat > 60 ? COLORS.danger : COLORS.accent);
  bar(88, labels.sentiment, (m.sentiment + 100) / 200, m.sentiment >= 0 ? COLORS.good : COLORS.danger);
  draw.text(x + 16, y + 118, labels.reach, textStyle(15));
  draw.text(x + 16, y + 144, labels.budget, textStyle(15));
  draw.text(
    x + 16,
    y + 170,
    labels.networks,
    textStyle(15, TEXT.secondary, { wordWrap: { width: width - 32 } }),
  );
  return 210;
}

export { clock };
