import type Phaser from 'phaser';
import { isBadQuality } from '../../content/quality';
import type { Debrief } from '../../debrief/debrief.schema';
import { clock } from '../format';
import { HEIGHT, TEXT, textStyle, WIDTH } from '../theme';

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
): void {
  let y = 96;
  scene.add.text(40, y, tr('debrief.written'), textStyle(18, TEXT.accent));
  y += 30;
  const wrap = { wordWrap: { width: WIDTH - 80 } };
  for (const w of d.written) {
    const head = `${clock(w.t)}${w.post ? ` — @${w.post.author}: ${w.post.text}` : ''}`;
    y += scene.add.text(40, y, head, textStyle(13, TEXT.secondary, { ...wrap, maxLines: 2 })).height + 2;
    const mine = `${tr('debrief.youWrote')}: ${w.text}`;
    y += scene.add.text(40, y, mine, textStyle(14, TEXT.primary, { ...wrap, maxLines: 3 })).height + 2;
    let x = 56;
    for (const s of w.spans) {
      const tag = scene.add.text(
        x,
        y,
        `${s.label}: «${s.quote}»`,
        textStyle(13, isBadQuality(s.quality) ? TEXT.danger : TEXT.good),
      );
      if (x + tag.width > WIDTH - 40 && x > 56) {
        x = 56;
        y += tag.height + 2;
        tag.setPosition(x, y);
      }
      x += tag.width + 16;
    }
    if (w.spans.length) y += 20;
    if (w.missing.length)
      y +=
        scene.add.text(
          56,
          y,
          tr('debrief.missing', { what: w.missing.map((m) => m.label).join('; ') }),
          textStyle(13, TEXT.accent, wrap),
        ).height + 2;
    if (w.model)
      y += scene.add.text(
        56,
        y,
        `${tr('debrief.modelReply')}: ${w.model.text}`,
        textStyle(13, TEXT.secondary, { ...wrap, maxLines: 2 }),
      ).height;
    y += 14;
    if (y > HEIGHT - 130) return;
  }
}
