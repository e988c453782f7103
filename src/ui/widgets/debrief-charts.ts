import type Phaser from 'phaser';
import type { Debrief } from '../../debrief/debrief.schema';
import { cssColor } from '../disc-texture';
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
): number {
  // The name column gives room to the bars on a narrow screen; long names wrap onto two lines.
  const labelW = Math.min(270, Math.round(width * 0.55));
  let row = y;
  for (const p of d.profile) {
    const name = scene.add.text(
      x,
      row,
      `${p.core ? '★ ' : ''}${p.name}`,
      textStyle(14, p.core ? TEXT.primary : TEXT.secondary, { wordWrap: { width: labelW - 8 }, maxLines: 2 }),
    );
    const next = row + Math.max(27, name.height + 8);
    scene.add.rectangle(x + labelW, row + 3, width - labelW - 50, 14, COLORS.panelLight).setOrigin(0, 0);
    if (p.score === null) {
      scene.add.text(x + width - 40, row, none, textStyle(14, TEXT.secondary));
      row = next;
      continue;
    }
    const color = p.score >= 70 ? COLORS.good : p.score >= 40 ? COLORS.accent : COLORS.danger;
    scene.add
      .rectangle(x + labelW, row + 3, ((width - labelW - 50) * p.score) / 100, 14, color)
      .setOrigin(0, 0);
    scene.add.text(x + width - 40, row, String(Math.round(p.score)), textStyle(14));
    row = next;
  }
  return row;
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
  // Drawn with the 2D canvas into a texture: smooth lines in either renderer, with no need for WebGL
  // multisampling (the game turns it off; see game.ts).
  const key = 'debrief-timeline';
  if (scene.textures.exists(key)) scene.textures.remove(key);
  const texture = scene.textures.createCanvas(key, width, height);
  const c = texture?.getContext();
  if (texture && c) {
    const px = (t: number) => (width * t) / Math.max(1, duration);
    const heatY = (v: number) => height - (height * v) / 100;
    const sentY = (v: number) => height / 2 - (height / 2) * (v / 100);
    c.fillStyle = cssColor(COLORS.panel);
    c.fillRect(0, 0, width, height);
    const stroke = (color: number, lineWidth: number, draw: () => void) => {
      c.strokeStyle = cssColor(color);
      c.lineWidth = lineWidth;
      c.beginPath();
      draw();
      c.stroke();
    };
    stroke(COLORS.panelLight, 1, () => {
      c.moveTo(0, height / 2);
      c.lineTo(width, height / 2);
    });
    const line = (color: number, map: (p: Debrief['timeline']['points'][number]) => number) =>
      stroke(color, 2, () => {
        for (const [i, p] of d.timeline.points.entries()) {
          if (i === 0) c.moveTo(px(p.t), map(p));
          else c.lineTo(px(p.t), map(p));
        }
      });
    line(COLORS.danger, (p) => heatY(p.heat));
    line(COLORS.good, (p) => sentY(p.sentiment));
    stroke(COLORS.accent, 2, () => {
      for (const a of d.timeline.actions) {
        c.moveTo(px(a.t), height - 8);
        c.lineTo(px(a.t), height);
      }
    });
    texture.refresh();
    scene.add.image(x, y, key).setOrigin(0, 0);
  }
  scene.add.text(x + 8, y + 6, labels.heat, textStyle(13, TEXT.danger));
  scene.add.text(x + 8, y + 24, labels.sentiment, textStyle(13, TEXT.good));
  scene.add.text(x, y + height + 4, '0:00', textStyle(12, TEXT.secondary));
  scene.add.text(x + width, y + height + 4, clock(duration), textStyle(12, TEXT.secondary)).setOrigin(1, 0);
}
