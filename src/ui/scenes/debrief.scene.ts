import { endingView } from '../dom/screen-views';
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
    const found = [...s.log].reverse().find((e) => e.type === 'ending');
    const ending = found?.type === 'ending' ? found : undefined;
    const [title = '', ...epilogue] = ending?.epilogue ?? [];
    const m = s.metrics;
    const metrics = this.t('debrief.metrics', {
      heat: Math.round(m.heat),
      sentiment: Math.round(m.sentiment),
      reach: Math.round(m.reach),
    });
    this.add.text(40, 30, this.t('debrief.heading'), textStyle(16, TEXT.accent));
    this.add.text(40, 54, s.manifest.title[this.lang], textStyle(30, TEXT.primary, { fontStyle: 'bold' }));
    this.add.text(
      40,
      110,
      this.t('debrief.ending', { ending: title }),
      textStyle(22, TEXT.accent, { fontStyle: 'bold' }),
    );
    const body = this.add.text(
      40,
      150,
      epilogue.join('\n\n'),
      textStyle(18, TEXT.primary, { wordWrap: { width: WIDTH - 80 }, lineSpacing: 4 }),
    );
    const y = 170 + body.height;
    this.add.text(40, y, metrics, textStyle(17, TEXT.secondary));
    const actions = s.log.filter((e) => e.type === 'action').length;
    this.add.text(40, y + 30, this.t('debrief.actions', { count: actions }), textStyle(17, TEXT.secondary));
    this.add.text(40, 680, this.t('debrief.keys'), textStyle(16, TEXT.secondary));
    this.ctx.a11y.show(
      endingView(this.lang, s.scenario, ending, metrics, {
        menu: () => this.ctx.actor.send({ type: 'MENU' }),
        again: () => this.ctx.actor.send({ type: 'PLAY_AGAIN' }),
      }),
    );
    this.onKey((e) => {
      if (e.key === 'Enter') this.ctx.actor.send({ type: 'MENU' });
      else if (e.key === 'r' || e.key === 'R') this.ctx.actor.send({ type: 'PLAY_AGAIN' });
    });
  }
}
