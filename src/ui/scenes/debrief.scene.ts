import { TEXT, textStyle, WIDTH } from '../theme';
import { BaseScene } from './base.scene';

/** The end of the session: the ending reached and its epilogue, with the final state of the crisis. */
export class DebriefScene extends BaseScene {
  constructor() {
    super('debrief');
  }

  create(): void {
    const s = this.ctx.actor.getSnapshot().context.session;
    if (!s) return;
    const ending = [...s.log].reverse().find((e) => e.type === 'ending');
    this.add.text(40, 30, this.t('debrief.heading'), textStyle(16, TEXT.accent));
    this.add.text(40, 54, s.manifest.title[this.lang], textStyle(30, TEXT.primary, { fontStyle: 'bold' }));
    this.add.text(
      40,
      110,
      this.t('debrief.ending', { ending: ending?.type === 'ending' ? ending.ending : '?' }),
      textStyle(20, TEXT.accent),
    );
    const epilogue = ending?.type === 'ending' ? ending.epilogue.join('\n\n') : '';
    const body = this.add.text(
      40,
      150,
      epilogue,
      textStyle(18, TEXT.primary, { wordWrap: { width: WIDTH - 80 }, lineSpacing: 4 }),
    );
    const m = s.metrics;
    let y = 170 + body.height;
    this.add.text(
      40,
      y,
      this.t('debrief.metrics', {
        heat: Math.round(m.heat),
        sentiment: Math.round(m.sentiment),
        reach: Math.round(m.reach),
      }),
      textStyle(17, TEXT.secondary),
    );
    y += 30;
    this.add.text(
      40,
      y,
      this.t('debrief.actions', { count: s.log.filter((e) => e.type === 'action').length }),
      textStyle(17, TEXT.secondary),
    );
    this.add.text(40, 680, this.t('debrief.keys'), textStyle(16, TEXT.secondary));
    this.onKey((e) => {
      if (e.key === 'Enter') this.ctx.actor.send({ type: 'MENU' });
      else if (e.key === 'r' || e.key === 'R') this.ctx.actor.send({ type: 'PLAY_AGAIN' });
    });
  }
}
