import type Phaser from 'phaser';
import type { MessageKey } from '../../app/i18n/i18n';
import type { Debrief } from '../../debrief/debrief.schema';
import { clock } from '../format';
import { TEXT, textStyle } from '../theme';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * Where a debrief page draws: its top and column, and the foot it stops at (wide: above the
 * buttons; a phone: none, the screen scrolls). Each page returns the y under what it drew.
 */
export interface PageFrame {
  readonly x: number;
  readonly top: number;
  readonly width: number;
  readonly bottom: number;
  readonly compact: boolean;
}

/** The debrief's second page on the canvas: the strongest and weakest moments beside the model reply. */
export function drawMoments(scene: Phaser.Scene, d: Debrief, t: T, f: PageFrame): number {
  let y = f.top;
  let full = false;
  const block = (title: string, moments: typeof d.strongest) => {
    if (full) return;
    scene.add.text(f.x, y, title, textStyle(18, TEXT.accent));
    y += 28;
    if (moments.length === 0) {
      scene.add.text(f.x, y, t('debrief.noMoments'), textStyle(14, TEXT.secondary));
      y += 30;
    }
    for (const m of moments) {
      const post = m.post ? `${clock(m.t)} @${m.post.author}: ${m.post.text}` : clock(m.t);
      const mine = `${t('debrief.yourReply')}: ${m.player.reply?.text ?? m.player.summary}`;
      const model = m.model ? `${t('debrief.modelReply')}: ${m.model.text}` : '';
      const text = scene.add.text(
        f.x,
        y,
        [post, mine, model].filter(Boolean).join('\n'),
        textStyle(13, TEXT.primary, { wordWrap: { width: f.width }, maxLines: f.compact ? 12 : 5 }),
      );
      y += text.height + 10;
      if (y > f.bottom) {
        full = true;
        return;
      }
    }
  };
  block(t('debrief.strongest'), d.strongest);
  block(t('debrief.weakest'), d.weakest);
  return y;
}

/** The third page: troll discernment, the follow-up ledger and the redesigned crisis plan. */
export function drawPlan(scene: Phaser.Scene, d: Debrief, t: T, f: PageFrame): number {
  const troll = d.trollDiscernment;
  const pct = (v: number | null) => (v === null ? t('debrief.none') : `${Math.round(v)}%`);
  // Wide: the troll figures and ledger on the left, the plan on the right; a phone: one under another.
  const leftW = f.compact ? f.width : Math.round(f.width * 0.44);
  scene.add.text(f.x, f.top, t('debrief.troll'), textStyle(18, TEXT.accent));
  const lines = [
    t('debrief.percent', { label: troll.labels.sensitivity, value: pct(troll.sensitivity) }),
    t('debrief.percent', { label: troll.labels.dismissive, value: pct(troll.dismissive) }),
    t('debrief.percent', { label: troll.labels.feeding, value: pct(troll.feeding) }),
  ];
  const figures = scene.add.text(
    f.x,
    f.top + 28,
    lines.join('\n'),
    textStyle(15, TEXT.primary, { lineSpacing: 4, wordWrap: { width: leftW } }),
  );
  const ledgerTop = Math.max(f.top + 114, figures.y + figures.height + 16);
  scene.add.text(f.x, ledgerTop, t('debrief.ledger'), textStyle(18, TEXT.accent));
  const ledger = d.ledger.length
    ? d.ledger
        .slice(0, 4)
        .map((i) => `${clock(i.t)} · ${i.statusText}`)
        .join('\n')
    : t('debrief.ledgerEmpty');
  const ledgerText = scene.add.text(
    f.x,
    ledgerTop + 28,
    ledger,
    textStyle(14, TEXT.primary, { wordWrap: { width: leftW } }),
  );
  const planX = f.compact ? f.x : f.x + leftW + 40;
  const planTop = f.compact ? ledgerText.y + ledgerText.height + 20 : f.top;
  scene.add.text(planX, planTop, t('debrief.plan'), textStyle(18, TEXT.accent));
  let y = planTop + 30;
  for (const item of d.crisisPlan) {
    const mark = item.status === 'fix' ? '☐' : '☑';
    const text = scene.add.text(
      planX,
      y,
      `${mark} ${item.text}`,
      textStyle(13, item.status === 'fix' ? TEXT.primary : TEXT.good, {
        wordWrap: { width: f.x + f.width - planX },
      }),
    );
    y += text.height + 6;
    if (y > f.bottom) break;
  }
  return y;
}
