import type Phaser from 'phaser';
import type { MessageKey } from '../../app/i18n/i18n';
import type { Debrief } from '../../debrief/debrief.schema';
import { clock } from '../format';
import { HEIGHT, TEXT, textStyle, WIDTH } from '../theme';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The debrief's second page on the canvas: the strongest and weakest moments beside the model reply. */
export function drawMoments(scene: Phaser.Scene, d: Debrief, t: T): void {
  let y = 96;
  const block = (title: string, moments: typeof d.strongest) => {
    scene.add.text(40, y, title, textStyle(18, TEXT.accent));
    y += 28;
    if (moments.length === 0) {
      scene.add.text(40, y, t('debrief.noMoments'), textStyle(14, TEXT.secondary));
      y += 30;
    }
    for (const m of moments) {
      const post = m.post ? `${clock(m.t)} @${m.post.author}: ${m.post.text}` : clock(m.t);
      const mine = `${t('debrief.yourReply')}: ${m.player.reply?.text ?? m.player.summary}`;
      const model = m.model ? `${t('debrief.modelReply')}: ${m.model.text}` : '';
      const text = scene.add.text(
        40,
        y,
        [post, mine, model].filter(Boolean).join('\n'),
        textStyle(13, TEXT.primary, { wordWrap: { width: WIDTH - 80 }, maxLines: 5 }),
      );
      y += text.height + 10;
      if (y > HEIGHT - 120) return;
    }
  };
  block(t('debrief.strongest'), d.strongest);
  block(t('debrief.weakest'), d.weakest);
}

/** The third page: troll discernment, the follow-up ledger and the redesigned crisis plan. */
export function drawPlan(scene: Phaser.Scene, d: Debrief, t: T): void {
  const troll = d.trollDiscernment;
  const pct = (v: number | null) => (v === null ? t('debrief.none') : `${Math.round(v)}%`);
  scene.add.text(40, 96, t('debrief.troll'), textStyle(18, TEXT.accent));
  const lines = [
    t('debrief.percent', { label: troll.labels.sensitivity, value: pct(troll.sensitivity) }),
    t('debrief.percent', { label: troll.labels.dismissive, value: pct(troll.dismissive) }),
    t('debrief.percent', { label: troll.labels.feeding, value: pct(troll.feeding) }),
  ];
  scene.add.text(40, 124, lines.join('\n'), textStyle(15, TEXT.primary, { lineSpacing: 4 }));
  scene.add.text(40, 210, t('debrief.ledger'), textStyle(18, TEXT.accent));
  const ledger = d.ledger.length
    ? d.ledger
        .slice(0, 4)
        .map((i) => `${clock(i.t)} · ${i.statusText}`)
        .join('\n')
    : t('debrief.ledgerEmpty');
  scene.add.text(40, 238, ledger, textStyle(14, TEXT.primary, { wordWrap: { width: 520 } }));
  scene.add.text(600, 96, t('debrief.plan'), textStyle(18, TEXT.accent));
  let y = 126;
  for (const item of d.crisisPlan) {
    const mark = item.status === 'fix' ? '☐' : '☑';
    const text = scene.add.text(
      600,
      y,
      `${mark} ${item.text}`,
      textStyle(13, item.status === 'fix' ? TEXT.primary : TEXT.good, { wordWrap: { width: 640 } }),
    );
    y += text.height + 6;
    if (y > HEIGHT - 120) break;
  }
}
