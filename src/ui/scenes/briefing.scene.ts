import { ratingForm } from '../dom/rating-form';
import { briefingView, knownPeople } from '../dom/screen-views';
import { PointerInput } from '../pointer/pointer-input';
import { sceneDrawer } from '../scene-drawer';
import { screen, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButtonRow, keyHints } from '../widgets/button';
import { BaseScene } from './base.scene';

/** The situation, the networks in play, and the analysis questions of source 001, step 1. */
export class BriefingScene extends BaseScene {
  constructor() {
    super('briefing');
  }

  create(): void {
    const { scenario, engine } = this.ctx.actor.getSnapshot().context;
    if (!scenario || !engine) return;
    const m = scenario.manifest;
    const { width: W, height: H, compact } = screen();
    // A phone: one column that scrolls, the buttons after the text; wide: the buttons at the foot.
    const x = compact ? 12 : 40;
    const wrap = { wordWrap: { width: W - 2 * x } };
    this.add.text(x, compact ? 14 : 30, this.t('briefing.heading'), textStyle(16, TEXT.accent));
    const heading = this.add.text(
      x,
      compact ? 38 : 54,
      m.title[this.lang],
      textStyle(compact ? 24 : 30, TEXT.primary, { fontStyle: 'bold', ...wrap }),
    );
    const briefing = engine.readBriefing(scenario, this.lang);
    const assessment = this.ctx.actor.getSnapshot().context.mode === 'assessment';
    const rating = assessment
      ? ratingForm(
          this.lang,
          this.t('rate.before'),
          this.ctx.actor.getSnapshot().context.selfRating.before,
          (ratings) => this.ctx.actor.send({ type: 'RATE', when: 'before', ratings }),
        )
      : null;
    // Laid out again after a resize, the accessible layer stays as it is: a rating half chosen in it
    // is kept.
    if (!this.relaid)
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

    const lines = briefing.join('\n\n');
    const top = compact ? heading.y + heading.height + 14 : 110;
    const body = this.add.text(
      x,
      top,
      lines,
      textStyle(compact ? 16 : 17, TEXT.primary, { ...wrap, lineSpacing: 3 }),
    );
    let y = top + body.height + 24;
    const brand = this.add.text(
      x,
      y,
      `@${m.brand.handle} · ${m.networks.map((n) => n.name).join(' · ')}`,
      textStyle(16, TEXT.secondary, wrap),
    );
    y += brand.height + 14;
    const known = knownPeople(m);
    if (known.length) {
      const people = this.add.text(
        x,
        y,
        `${this.t('briefing.personas')}: ${known.join(' · ')}`,
        textStyle(16, TEXT.primary, wrap),
      );
      y += people.height + 14;
    }
    this.add.text(x, y, this.t('briefing.questions'), textStyle(20, TEXT.accent));
    y += 32;
    for (const key of ['briefing.q1', 'briefing.q2', 'briefing.q3', 'briefing.q4', 'briefing.q5'] as const) {
      const q = this.add.text(
        x + 20,
        y,
        `• ${this.t(key)}`,
        textStyle(compact ? 16 : 17, TEXT.primary, { wordWrap: { width: W - 2 * x - 20 } }),
      );
      y += q.height + 6;
    }
    if (assessment && !compact)
      this.add.text(x, Math.max(y + 4, H - 100), this.t('rate.keys'), textStyle(16, TEXT.accent));
    // A live workshop that holds its teams: Start waits for the facilitator (the flow refuses it).
    if (this.ctx.workshopHeld && this.ctx.actor.getSnapshot().context.held) {
      const held = this.add.text(x, y + 6, this.t('briefing.held'), textStyle(16, TEXT.accent, wrap));
      y += held.height + 12;
      this.ctx.a11y.announce(this.t('briefing.held'));
    }
    // At the foot, or under the text when a short screen has no room (the screen then scrolls).
    const buttonsAt = compact ? Math.max(y + 16, H - 60) : Math.max(y + 40, H - 64);
    const rows = this.drawButtons(assessment, x, buttonsAt, W - 2 * x, compact);
    this.pageBottom = buttonsAt + rows + 12;
    this.onKey((e) => this.command(e.key));
  }

  private command(key: string): void {
    if (key === 'Enter') this.ctx.actor.send({ type: 'START' });
    else if (key === 'Escape') this.ctx.actor.send({ type: 'BACK' });
  }

  /** Start and Back, the same as Enter and Esc; in self-assessment, the way to the rating form. */
  private drawButtons(assessment: boolean, x: number, y: number, width: number, compact: boolean): number {
    const pointer = new PointerInput(this, { scroll: (dy) => this.scrollPage(dy) });
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
    const shown = keyHints(buttons, !compact);
    const rows = drawButtonRow(sceneDrawer(this), pointer, x, y, width, shown);
    pointer.zones.end();
    return rows;
  }
}
