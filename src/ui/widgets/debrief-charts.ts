import type Phaser from 'phaser';
import type { Debrief } from '../../debrief/debrief.schema';
import { clock } from '../format';
import { COLORS, TEXT, textStyle } from '../theme';

/** The principle profile as horizontal bars; a principle with no occasion shows a dash. */
export function drawProfile(
  scene: Phaser.Scene,
  d: Debrief,
  x: number,
  y: number,
  width: number,
  none: string,
): void {
  const labelW = 270;
  d.profile.forEach((p, i) => {
    const row = y + i * 27;
    scene.add.text(
      x,
      row,
      `${p.core ? '★ ' : ''}${p.name}`,
      textStyle(14, p.core ? TEXT.primary : TEXT.secondary),
    );
    scene.add.rectangle(x + labelW, row + 3, width - labelW - 50, 14, COLORS.panelLight).setOrigin(0, 0);
    if (p.score === null) {
      scene.add.text(x + width - 40, row, none, textStyle(14, TEXT.secondary));
      return;
    }
    const color = p.score >= 70 ? COLORS.good : p.score >= 40 ? COLORS.accent : COLORS.danger;
    scene.add
      .rectangle(x + labelW, row + 3, ((width - labelW - 50) * p.score) / 100, 14, color)
      .setOrigin(0, 0);
    scene.add.text(x + width - 40, row, String(Math.round(p.score)), textStyle(14));
  });
}

/** Heat (0–100) and sentiment (−100…100) over the session, with a tick for each player action. */
export function drawTimeline(
  scene: Phaser.Scene,
  d: Debrief,
  duration: number,
  x: number,
  y: number,
  width: number,
  height: number,
  labels: { heat: string; sentiment: string },
): void {
  scene.add.rectangle(x, y, width, height, COLORS.panel).setOrigin(0, 0);
  const px = (t: number) => x + (width * t) / Math.max(1, duration);
  const heatY = (v: number) => y + height - (height * v) / 100;
  const sentY = (v: number) => y + height / 2 - (height / 2) * (v / 100);
  const g = scene.add.graphics();
  g.lineStyle(1, COLORS.panelLight, 1).lineBetween(x, y + height / 2, x + width, y + height / 2);
  const line = (color: number, map: (p: Debrief['timeline']['points'][number]) => number) => {
    g.lineStyle(2, color, 1).beginPath();
    for (const [i, p] of d.timeline.points.entries()) {
      if (i === 0) g.moveTo(px(p.t), map(p));
      else g.lineTo(px(p.t), map(p));
    }
    g.strokePath();
  };
  line(COLORS.danger, (p) => heatY(p.heat));
  line(COLORS.good, (p) => sentY(p.sentiment));
  for (const a of d.timeline.actions) {
    g.lineStyle(2, COLORS.accent, 1).lineBetween(px(a.t), y + height - 8, px(a.t), y + height);
  }
  scene.add.text(x + 8, y + 6, labels.heat, textStyle(13, TEXT.danger));
  scene.add.text(x + 8, y + 24, labels.sentiment, textStyle(13, TEXT.good));
  scene.add.text(x, y + height + 4, '0:00', textStyle(12, TEXT.secondary));
  scene.add.text(x + width, y + height + 4, clock(duration), textStyle(12, TEXT.secondary)).setOrigin(1, 0);
}
