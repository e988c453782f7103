import { addNotice, type NoticeList } from '../../app/notices';
import { collectedCards, ONBOARDING_ORDER, unlockedScenarios } from '../../app/progress';
import type { Settings, SuggestionMode, Timer } from '../../app/settings';
import { TIMERS } from '../../app/settings';
import type { ScenarioManifest } from '../../content/scenario.schema';
import { LANGS } from '../../content/scenario.schema';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { noticeListView, noticeText } from '../dom/notice-list';
import { menuView, settingsView } from '../dom/screen-views';
import { clock } from '../format';
import { RetainedLayer } from '../retained-layer';
import { COLORS, TEXT, textStyle, WIDTH } from '../theme';
import { drawNotices } from '../widgets/notice-panel';
import { BaseScene } from './base.scene';
import { ASSETS_READY, LOGO_SLOT } from './boot.scene';

/** Scenario cards with summary, length and difficulty; language; settings; keyboard first. */
export class MenuScene extends BaseScene {
  private selected = 0;
  private settingsOpen = false;
  private layer: RetainedLayer | null = null;

  constructor() {
    super('menu');
  }

  create(): void {
    performance.mark('cortafuegos:menu');
    this.selected = 0;
    this.settingsOpen = false;
    this.layer = new RetainedLayer(this);
    this.refresh();
    this.events.on('refresh', () => this.refresh());
    const stopNotices = this.ctx.notices.subscribe(() => this.refresh());
    const redraw = (): void => this.draw();
    this.game.events.once(ASSETS_READY, redraw);
    this.events.once('shutdown', () => {
      this.events.off('refresh');
      stopNotices();
      this.game.events.off(ASSETS_READY, redraw);
      this.layer?.clear();
      this.layer = null;
    });
    if (window.cortafuegos && window.cortafuegos.readyAt === undefined)
      window.cortafuegos.readyAt = performance.now();
    this.onKey((e) => {
      const count = this.ordered().length;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (this.settingsOpen) {
        if (key === 't') this.cycleTimer();
        else if (key === 'm') this.change({ reducedMotion: !this.ctx.reducedMotion() });
        else if (key === 'x') this.change({ largeText: !this.ctx.settings.largeText });
        else if (key === 'r') this.toggleSuggestions('training');
        else if (key === 'w') this.toggleSuggestions('workshop');
        else if (key === 'o' || key === 'Escape') this.settingsOpen = false;
      } else if (/^[1-9]$/.test(key)) {
        this.downloadNotice(Number(key));
        return;
      } else if (key === 'Delete' || key === 'Backspace') {
        const first = this.ctx.notices.all[0];
        if (first) this.ctx.notices.dismiss(first.id);
        return;
      } else if (key === 'c' && this.ctx.resumable) {
        this.ctx.resume();
        return;
      } else if (key === 'ArrowDown' && count) this.selected = (this.selected + 1) % count;
      else if (key === 'ArrowUp' && count) this.selected = (this.selected + count - 1) % count;
      else if (key === 'g') this.switchLanguage();
      else if (key === 'o') this.settingsOpen = true;
      else if (key === 'p') this.switchMode();
      else if (key === 'v') {
        this.ctx.actor.send({ type: 'SHOW_HISTORY' });
        return;
      } else if (key === 'w') {
        window.location.search = `?view=workshop&lang=${this.lang}`;
        return;
      } else if (key === 'Enter' && count) {
        const manifest = this.ordered()[this.selected];
        if (manifest) this.open(manifest);
        return;
      } else return;
      this.refresh();
    });
  }

  /** Scenarios in the order of the onboarding path; any others after them. */
  private ordered(): ScenarioManifest[] {
    const rank = (id: string) => {
      const i = ONBOARDING_ORDER.indexOf(id);
      return i < 0 ? ONBOARDING_ORDER.length : i;
    };
    return [...this.ctx.library.manifests].sort(
      (a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id),
    );
  }

  private switchMode(): void {
    this.ctx.playMode = this.ctx.playMode === 'training' ? 'assessment' : 'training';
  }

  /** On the onboarding path, the scenario that must be finished before this one (null when open). */
  private lockedBehind(manifest: ScenarioManifest): string | null {
    if (this.ctx.playMode !== 'training') return null;
    const ids = this.ctx.library.manifests.map((m) => m.id);
    if (unlockedScenarios(this.ctx.history, ids).has(manifest.id)) return null;
    const path = ONBOARDING_ORDER.filter((id) => ids.includes(id));
    const previous = path[path.indexOf(manifest.id) - 1];
    return this.ctx.library.manifests.find((m) => m.id === previous)?.title[this.lang] ?? previous ?? null;
  }

  private open(manifest: ScenarioManifest): void {
    const lang = this.lang;
    const previous = this.lockedBehind(manifest);
    if (previous) {
      this.ctx.notices.add({ id: 'menu.locked', key: 'menu.locked', vars: { previous } });
      this.ctx.a11y.announce(this.t('menu.locked', { previous }));
      return;
    }
    this.ctx.notices.dismiss('menu.locked');
    this.ctx.notices.dismiss('menu.load');
    const mode = this.ctx.playMode;
    this.ctx.library.load(manifest.id).then(
      (scenario) =>
        this.ctx.actor.send({
          type: 'SELECT',
          scenario,
          lang,
          seed: Math.floor(Math.random() * 2 ** 31),
          mode,
        }),
      (error: Error) => {
        this.ctx.notices.add({ id: 'menu.load', key: 'error.load', vars: { reason: error.message } });
      },
    );
  }

  private cycleTimer(): void {
    const timer = TIMERS[(TIMERS.indexOf(this.ctx.settings.timer) + 1) % TIMERS.length] as Timer;
    this.change({ timer });
  }

  private change(change: Partial<Settings>): void {
    this.ctx.applySettings(change);
    this.refresh();
  }

  /** Suggested replies on or off for one play mode (self-assessment never has them). */
  private toggleSuggestions(mode: SuggestionMode): void {
    const suggestions = this.ctx.settings.suggestions;
    this.change({ suggestions: { ...suggestions, [mode]: !suggestions[mode] } });
  }

  private switchLanguage(): void {
    const next = LANGS[(LANGS.indexOf(this.lang) + 1) % LANGS.length] ?? 'es';
    this.ctx.actor.send({ type: 'SET_LANG', lang: next });
    this.refresh();
  }

  private settingLines(): string[] {
    const s = this.ctx.settings;
    const onOff = (v: boolean) => this.t(v ? 'settings.on' : 'settings.off');
    return [
      this.t('settings.timer', { value: this.t(`settings.timer.${s.timer}`) }),
      this.t('settings.motion', { value: onOff(this.ctx.reducedMotion()) }),
      this.t('settings.text', { value: onOff(s.largeText) }),
      this.t('settings.suggestions.training', { value: onOff(s.suggestions.training) }),
      this.t('settings.suggestions.workshop', { value: onOff(s.suggestions.workshop) }),
      this.t('settings.suggestions.assessment'),
    ];
  }

  /** Every message at once: the ones raised so far, and the scenarios that failed to build. */
  private notices(): NoticeList {
    const { broken } = this.ctx.library;
    return broken.length
      ? addNotice(this.ctx.notices.all, {
          id: 'menu.broken',
          key: 'menu.broken',
          vars: { ids: broken.join(', ') },
        })
      : this.ctx.notices.all;
  }

  /** The download of the nth notice that has one (the digit shown beside it on the canvas). */
  private downloadNotice(n: number): void {
    const notice = this.notices().filter((x) => x.download)[n - 1];
    if (notice?.download) downloadText(notice.download.name, notice.download.raw);
  }

  private refresh(): void {
    this.draw();
    const notices = noticeListView(this.lang, this.notices(), {
      dismiss: (id) => this.ctx.notices.dismiss(id),
    });
    const settings = settingsView(this.lang, this.settingLines(), {
      timer: () => this.cycleTimer(),
      motion: () => this.change({ reducedMotion: !this.ctx.reducedMotion() }),
      text: () => this.change({ largeText: !this.ctx.settings.largeText }),
      suggestions: (mode) => this.toggleSuggestions(mode),
    });
    this.ctx.a11y.show(
      menuView(this.lang, this.ordered(), notices, [...this.savedControls(), settings], {
        open: (scenario) => this.open(scenario),
        switchLanguage: () => this.switchLanguage(),
        locked: (m) => this.lockedBehind(m) !== null,
      }),
    );
  }

  /** Continue a saved session. */
  private savedControls(): HTMLElement[] {
    const mode = this.t(this.ctx.playMode === 'training' ? 'mode.training' : 'mode.assessment');
    const cards = collectedCards(this.ctx.history);
    const controls: HTMLElement[] = [
      el(
        'button',
        {
          type: 'button',
          onclick: () => {
            this.switchMode();
            this.refresh();
          },
        },
        this.t('a11y.mode', { mode }),
      ),
      el('p', {}, this.t('menu.cards', { n: cards.length })),
      el(
        'button',
        { type: 'button', onclick: () => this.ctx.actor.send({ type: 'SHOW_HISTORY' }) },
        this.t('a11y.history'),
      ),
      el('a', { href: `?view=workshop&lang=${this.lang}` }, this.t('a11y.workshop')),
    ];
    const resumable = this.resumeLabel('a11y.continue');
    if (resumable)
      controls.push(el('button', { type: 'button', onclick: () => this.ctx.resume() }, resumable));
    return controls;
  }

  private resumeLabel(key: 'a11y.continue' | 'menu.resume'): string | null {
    const save = this.ctx.resumable;
    const manifest = save && this.ctx.library.manifests.find((m) => m.id === save.scenario);
    return save && manifest
      ? this.t(key, { title: manifest.title[this.lang], clock: clock(save.now) })
      : null;
  }

  private draw(): void {
    const draw = this.layer;
    if (!draw) return;
    draw.begin();
    if (this.textures.exists('logo'))
      draw.image(LOGO_SLOT.x, LOGO_SLOT.y, 'logo').setDisplaySize(LOGO_SLOT.size, LOGO_SLOT.size);
    draw.text(130, 40, this.t('app.title'), textStyle(36, TEXT.accent, { fontStyle: 'bold' }));
    draw.text(130, 84, this.t('app.tagline'), textStyle(18, TEXT.secondary));
    draw.text(WIDTH - 40, 50, this.t('menu.language'), textStyle(16, TEXT.secondary)).setOrigin(1, 0);
    draw.text(40, 140, this.t('menu.heading'), textStyle(24));
    const mode = this.t(this.ctx.playMode === 'training' ? 'mode.training' : 'mode.assessment');
    draw.text(300, 146, this.t('menu.mode', { mode }), textStyle(16, TEXT.accent));
    if (this.ctx.playMode === 'training') {
      draw.text(
        300,
        116,
        this.t('menu.cards', { n: collectedCards(this.ctx.history).length }),
        textStyle(15, TEXT.good),
      );
    }
    const resume = this.resumeLabel('menu.resume');
    if (resume)
      draw.text(WIDTH - 40, 146, resume, textStyle(17, TEXT.accent, { fontStyle: 'bold' })).setOrigin(1, 0);
    const scenarios = this.ordered();
    let y = 180;
    if (scenarios.length === 0) draw.text(40, y, this.t('menu.none'), textStyle(18, TEXT.danger));
    scenarios.forEach((m, i) => {
      const active = i === this.selected;
      draw.rectangle(40, y, WIDTH - 80, 82, active ? COLORS.selected : COLORS.panel).setOrigin(0, 0);
      if (active) draw.rectangle(40, y, 6, 82, COLORS.accent).setOrigin(0, 0);
      const locked = this.lockedBehind(m) !== null;
      const title = locked ? this.t('a11y.locked', { title: m.title[this.lang] }) : m.title[this.lang];
      draw.text(
        60,
        y + 10,
        `${locked ? '🔒 ' : ''}${title}`,
        textStyle(20, locked ? TEXT.secondary : TEXT.primary, { fontStyle: 'bold' }),
      );
      const meta = `${this.t('menu.minutes', { minutes: Math.round(m.durationSeconds / 60) })} · ${this.t('menu.difficulty', { level: m.difficulty })}`;
      draw.text(WIDTH - 60, y + 12, meta, textStyle(15, TEXT.secondary)).setOrigin(1, 0);
      draw.text(
        60,
        y + 38,
        m.summary[this.lang],
        textStyle(14, TEXT.secondary, { wordWrap: { width: WIDTH - 140 }, maxLines: 2 }),
      );
      y += 90;
    });
    if (this.settingsOpen) {
      draw
        .rectangle(WIDTH - 520, 120, 480, 300, COLORS.panelLight)
        .setOrigin(0, 0)
        .setStrokeStyle(2, COLORS.accent);
      draw.text(
        WIDTH - 500,
        135,
        this.t('settings.heading'),
        textStyle(20, TEXT.accent, { fontStyle: 'bold' }),
      );
      this.settingLines().forEach((line, i) => {
        draw.text(WIDTH - 500, 172 + i * 30, line, textStyle(16));
      });
      draw.text(
        WIDTH - 500,
        172 + this.settingLines().length * 30 + 4,
        this.t('settings.keys'),
        textStyle(14, TEXT.secondary, { wordWrap: { width: 440 } }),
      );
    }
    const notices = this.notices();
    drawNotices(
      draw,
      notices,
      (notice) => noticeText(this.lang, notice),
      (n) => this.t('notice.downloadKey', { n }),
    );
    const keys = [this.t('menu.help'), this.t('menu.settings'), this.t('menu.more')];
    if (notices.length) keys.push(this.t('notice.keys'));
    draw.text(40, 690, keys.join(' · '), textStyle(14, TEXT.secondary));
    draw.end();
  }
}
