import type Phaser from 'phaser';
import { isBadQuality } from '../../content/quality';
import type { Debrief } from '../../debrief/debrief.schema';
import { clip, clock } from '../format';
import { TEXT, textStyle } from '../theme';
import type { PageFrame } from './debrief-pages';

/**
 * The debrief's page of written replies on the canvas: each reply, then how it reads (strengths in
 * green, flaws in red, each quoting its words), what was missing, and the model reply. The DOM
 * layer holds the same with the words marked inside the text.
 */
export function drawWritten(
  scene: Phaser.Scene,
  d: Debrief,
  tr: (
    key: 'debrief.written' | 'debrief.youWrote' | 'debrief.modelReply' | 'debrief.missing',
    vars?: Record<string, string>,
  ) => string,
  f: PageFrame,
): number {
  let y = f.top;
  const X = f.x;
  const inner = X + 16;
  scene.add.text(X, y, tr('debrief.written'), textStyle(18, TEXT.accent));
  y += 30;
  const wrap = { wordWrap: { width: f.width } };
  const innerWrap = { wordWrap: { width: f.width - 16 } };
  for (const w of d.written) {
    const head = `${clock(w.t)}${w.post ? ` — @${w.post.author}: ${w.post.text}` : ''}`;
    y += scene.add.text(X, y, head, textStyle(13, TEXT.secondary, { ...wrap, maxLines: 2 })).height + 2;
    const mine = `${tr('debrief.youWrote')}: ${w.text}`;
    y +=
      scene.add.text(X, y, mine, textStyle(14, TEXT.primary, { ...wrap, maxLines: f.compact ? 8 : 3 }))
        .height + 2;
    // Labels flow in rows; a row is as tall as its tallest label (a long quote wraps).
    let x = inner;
    let row = 0;
    for (const s of w.spans) {
      const tag = scene.add.text(
        x,
        y,
        `${s.label}: «${clip(s.quote)}»`,
        textStyle(13, isBadQuality(s.quality) ? TEXT.danger : TEXT.good, innerWrap),
      );
      if (x + tag.width > X + f.width && x > inner) {
        x = inner;
        y += row + 2;
        row = 0;
        tag.setPosition(x, y);
      }
      row = Math.max(row, tag.height);
      x += tag.width + 16;
    }
    if (w.spans.length) y += row + 6;
    if (w.missing.length)
      y +=
        scene.add.text(
          inner,
          y,
          tr('debrief.missing', { what: w.missing.map((m) => m.label).join('; ') }),
          textStyle(13, TEXT.accent, innerWrap),
        ).height + 2;
    if (w.model)
      y += scene.add.text(
        inner,
        y,
        `${tr('debrief.modelReply')}: ${w.model.text}`,
        textStyle(13, TEXT.secondary, { ...innerWrap, maxLines: f.compact ? 6 : 2 }),
      ).height;
    y += 14;
    if (y > f.bottom - 10) return y;
  }
  return y;
}
