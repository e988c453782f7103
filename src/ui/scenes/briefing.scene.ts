import { readBriefing } from '../../story/briefing';
import { ratingForm } from '../dom/rating-form';
import { briefingView, knownPeople } from '../dom/screen-views';
import { PointerInput } from '../pointer/pointer-input';
import { sceneDrawer } from '../scene-drawer';
import { TEXT, textStyle, WIDTH } from '../theme';
import { type ButtonSpec, drawButtonRow } from '../widgets/button';
import { BaseScene } from './base.scene';

/** The situation, the networks in play, and the analysis questions of source 001, step 1. */
export class BriefingScene extends BaseScene {
  constructor() {
    super('briefing');
  }

  create(): void {
    const { scenario } = this.ctx.actor.getSnapshot().context;
    if (!scenario) return;
    const m = scenario.manifest;
    this.add.text(40, 30, this.t('briefing.heading'), textStyle(16, TEXT.accent));
    this.add.text(40, 54, m.title[this.lang], textStyle(30, TEXT.primary, { fontStyle: 'bold' }));
    const briefing = readBriefing(scenario, this.lang);
    const assessment = this.ctx.actor.getSnapshot().context.mode === 'assessment';
    const rating = assessment
      ? ratingForm(
          this.lang,
          this.t('rate.before'),
          this.ctx.actor.getSnapshot().context.selfRating.before,
          (ratings) => this.ctx.actor.send({ type: 'RATE', when: 'before', ratings }),
        )
      : null;
    this.ctx.a11y.show(
      briefingView(
        this.lang,
        scenario,
        briefing,
        {
          start: () => this.ctx.actor.send({ type: 'START' }),
          back: () => this.ctx.actor.send({ type: 'BACK' }),
        },
        rating,
      ),
    );
    if (assessment) this.add.text(40, 620, this.t('rate.keys'), textStyle(16, TEXT.accent));
    // A live workshop that holds its teams: Start waits for the facilitator (the flow refuses it).
    if (this.ctx.workshopHeld && this.ctx.actor.getSnapshot().context.held) {
      this.add.text(40, 620, this.t('briefing.held'), textStyle(16, TEXT.accent));
      this.ctx.a11y.announce(this.t('briefing.held'));
    }

    const lines = briefing.join('\n\n');
    const body = this.add.text(
      40,
      110,
      lines,
      textStyle(17, TEXT.primary, { wordWrap: { width: WIDTH - 80 }, lineSpacing: 3 }),
    );
    let y = 110 + body.height + 24;
    this.add.text(
      40,
      y,
      `@${m.brand.handle} · ${m.networks.map((n) => n.name).join(' · ')}`,
      textStyle(16, TEXT.secondary),
    );
    y += 34;
    const known = knownPeople(m);
    if (known.length) {
      this.add.text(
        40,
        y,
        `${this.t('briefing.personas')}: ${known.join(' · ')}`,
        textStyle(16, TEXT.primary, { wordWrap: { width: WIDTH - 80 } }),
      );
      y += 34;
    }
    this.add.text(40, y, this.t('briefing.questions'), textStyle(20, TEXT.accent));
    y += 32;
    for (const key of ['briefing.q1', 'briefing.q2', 'briefing.q3', 'briefing.q4', 'briefing.q5'] as const) {
      this.add.text(60, y, `• ${this.t(key)}`, textStyle(17));
      y += 28;
    }
    this.drawButtons(assessment);
    this.onKey((e) => this.command(e.key));
  }

  private command(key: string): void {
    if (key === 'Enter') this.ctx.actor.send({ type: 'START' });
    else if (key === 'Escape') this.ctx.actor.send({ type: 'BACK' });
  }

  /** Start and Back, the same as Enter and Esc; in self-assessment, the way to the rating form. */
  private drawButtons(assessment: boolean): void {
    const pointer = new PointerInput(this);
    const buttons: ButtonSpec[] = [
      {
        id: 'briefing:start',
        label: this.t('ctl.start'),
        key: '⏎',
        tone: 'accent',
        onTap: () => this.command('Enter'),
      },
      { id: 'briefing:back', label: this.t('ctl.back'), key: 'Esc', onTap: () => this.command('Escape') },
    ];
    if (assessment)
      buttons.push({
        id: 'briefing:rate',
        label: this.t('ctl.rate'),
        // The form lives in the accessible layer, which shows itself once it holds the focus.
        onTap: () => document.querySelector<HTMLInputElement>('#a11y form input')?.focus(),
      });
    pointer.zones.begin();
    drawButtonRow(sceneDrawer(this), pointer, 40, 656, WIDTH - 80, buttons);
    pointer.zones.end();
  }
}
