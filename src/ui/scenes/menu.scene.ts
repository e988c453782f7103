import { LANGS } from '../../content/scenario.schema';
import { menuView } from '../dom/screen-views';
import { COLORS, TEXT, textStyle, WIDTH } from '../theme';
import { BaseScene } from './base.scene';

/** Scenario cards with summary, length and difficulty; language switch; keyboard first. */
export class MenuScene extends BaseScene {
  private selected = 0;

  constructor() {
    super('menu');
  }

  create(): void {
    this.selected = 0;
    this.draw();
    this.showDom();
    this.onKey((e) => {
      const count = this.ctx.library.scenarios.length;
      if (e.key === 'ArrowDown' && count) this.selected = (this.selected + 1) % count;
      else if (e.key === 'ArrowUp' && count) this.selected = (this.selected + count - 1) % count;
      else if (e.key === 'g' || e.key === 'G') {
        this.switchLanguage();
        return;
      } else if (e.key === 'Enter' && count) {
        const scenario = this.ctx.library.scenarios[this.selected];
        if (scenario) {
          const seed = Math.floor(Math.random() * 2 ** 31);
          this.ctx.actor.send({ type: 'SELECT', scenario, lang: this.lang, seed });
        }
        return;
      } else return;
      this.draw();
    });
  }

  private switchLanguage(): void {
    const next = LANGS[(LANGS.indexOf(this.lang) + 1) % LANGS.length] ?? 'es';
    this.ctx.actor.send({ type: 'SET_LANG', lang: next });
    this.draw();
    this.showDom();
  }

  private showDom(): void {
    const notice =
      this.ctx.notice ??
      (this.ctx.library.broken.length
        ? this.t('menu.broken', { ids: this.ctx.library.broken.join(', ') })
        : null);
    this.ctx.a11y.show(
      menuView(this.lang, this.ctx.library.scenarios, notice, {
        open: (scenario) =>
          this.ctx.actor.send({
            type: 'SELECT',
            scenario,
            lang: this.lang,
            seed: Math.floor(Math.random() * 2 ** 31),
          }),
        switchLanguage: () => this.switchLanguage(),
      }),
    );
  }

  private draw(): void {
    this.children.removeAll(true);
    this.add.image(80, 70, 'logo').setDisplaySize(72, 72);
    this.add.text(130, 40, this.t('app.title'), textStyle(36, TEXT.accent, { fontStyle: 'bold' }));
    this.add.text(130, 84, this.t('app.tagline'), textStyle(18, TEXT.secondary));
    this.add.text(WIDTH - 40, 50, this.t('menu.language'), textStyle(16, TEXT.secondary)).setOrigin(1, 0);
    this.add.text(40, 140, this.t('menu.heading'), textStyle(24));
    const { scenarios, broken } = this.ctx.library;
    let y = 185;
    if (scenarios.length === 0) this.add.text(40, y, this.t('menu.none'), textStyle(18, TEXT.danger));
    scenarios.forEach((s, i) => {
      const m = s.manifest;
      const active = i === this.selected;
      this.add.rectangle(40, y, WIDTH - 80, 96, active ? COLORS.selected : COLORS.panel).setOrigin(0, 0);
      if (active) this.add.rectangle(40, y, 6, 96, COLORS.accent).setOrigin(0, 0);
      this.add.text(60, y + 12, m.title[this.lang], textStyle(22, TEXT.primary, { fontStyle: 'bold' }));
      const meta = `${this.t('menu.minutes', { minutes: Math.round(m.durationSeconds / 60) })} · ${this.t('menu.difficulty', { level: m.difficulty })}`;
      this.add.text(WIDTH - 60, y + 14, meta, textStyle(16, TEXT.secondary)).setOrigin(1, 0);
      this.add.text(
        60,
        y + 46,
        m.summary[this.lang],
        textStyle(16, TEXT.secondary, { wordWrap: { width: WIDTH - 140 } }),
      );
      y += 110;
    });
    const notice =
      this.ctx.notice ?? (broken.length ? this.t('menu.broken', { ids: broken.join(', ') }) : null);
    if (notice)
      this.add.text(40, 640, notice, textStyle(16, TEXT.danger, { wordWrap: { width: WIDTH - 80 } }));
    this.add.text(40, 690, this.t('menu.help'), textStyle(14, TEXT.secondary));
  }
}
