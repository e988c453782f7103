import type { MessageKey } from '../../app/i18n/i18n';
import type { NoticeList } from '../../app/notices';
import { collectedCards } from '../../app/progress';
import { type SettingLine, settingLines } from '../../app/setting-lines';
import type { Settings, SuggestionMode, Timer } from '../../app/settings';
import { TIMERS } from '../../app/settings';
import type { ScenarioManifest } from '../../content/scenario.schema';
import { LANGS } from '../../content/scenario.schema';
import { noticeListView } from '../dom/notice-list';
import { menuView, settingsView } from '../dom/screen-views';
import { clock } from '../format';
import { PointerInput } from '../pointer/pointer-input';
import { RetainedLayer } from '../retained-layer';
import { screen, TEXT, textStyle } from '../theme';
import { drawMenuCards } from '../widgets/menu-cards';
import { drawMenuHeader } from '../widgets/menu-header';
import type { NoticeFrame } from '../widgets/notice-panel';
import { drawSettingsPanel } from '../widgets/settings-panel';
import { BaseScene } from './base.scene';
import { ASSETS_READY } from './boot.scene';
import { menuButtons, menuExtras } from './menu-controls';
import { downloadNotice, drawMenuNotices, menuNotices } from './menu-notices';
import { lockedBehind, openScenario, orderedScenarios } from './menu-scenarios';

/** Scenario cards with summary, length and difficulty; language; settings; keyboard first. */
export class MenuScene extends BaseScene {
  private selected = 0;
  private settingsOpen = false;
  /** The notices' height on the last pass (on a phone the cards start under them). */
  private noticeHeight = 0;
  private layer: RetainedLayer | null = null;
  private pointer: PointerInput | null = null;

  constructor() {
    super('menu');
  }

  create(): void {
    performance.mark('cortafuegos:menu');
    if (!this.relaid) {
      this.selected = 0;
      this.settingsOpen = false;
    }
    this.noticeHeight = 0;
    this.layer = new RetainedLayer(this);
    this.pointer = new PointerInput(this, {
      changed: () => this.draw(),
      scroll: (dy) => this.scrollPage(dy),
    });
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
      this.pointer = null;
    });
    if (window.cortafuegos && window.cortafuegos.readyAt === undefined)
      window.cortafuegos.readyAt = performance.now();
    this.onKey((e) => {
      if (this.command(e.key.length === 1 ? e.key.toLowerCase() : e.key)) e.preventDefault?.();
    });
  }

  /** What a key does; the buttons and cards run the same. False when it means nothing here. */
  private command(key: string): boolean {
    const count = this.ordered().length;
    if (this.settingsOpen) {
      if (key === 't') this.cycleTimer();
      else if (key === 'm') this.change({ reducedMotion: !this.ctx.reducedMotion() });
      else if (key === 'x') this.change({ largeText: !this.ctx.settings.largeText });
      else if (key === 'r') this.toggleSuggestions('training');
      else if (key === 'w') this.toggleSuggestions('workshop');
      else if (key === 'o' || key === 'Escape') this.settingsOpen = false;
      else return false;
    } else if (/^[1-9]$/.test(key)) {
      downloadNotice(this.ctx, Number(key));
      return true;
    } else if (key === 'Delete' || key === 'Backspace') {
      const first = this.ctx.notices.all[0];
      if (first) this.ctx.notices.dismiss(first.id);
      return true;
    } else if (this.ctx.notices.all.some((n) => n.action?.key === key)) {
      // What a notice offers (the new version's reload, U), as its button does.
      this.ctx.notices.all.find((n) => n.action?.key === key)?.action?.run();
      return true;
    } else if (key === 'c' && this.ctx.resumable) {
      this.ctx.resume();
      return true;
    } else if (key === 'ArrowDown' && count) this.selected = (this.selected + 1) % count;
    else if (key === 'ArrowUp' && count) this.selected = (this.selected + count - 1) % count;
    else if (key === 'g') this.switchLanguage();
    else if (key === 'o') this.settingsOpen = true;
    else if (key === 'p') this.switchMode();
    else if (key === 'v') {
      this.ctx.actor.send({ type: 'SHOW_HISTORY' });
      return true;
    } else if (key === 'w') {
      window.location.search = `?view=workshop&lang=${this.lang}`;
      return true;
    } else if (key === 'Enter' && count) {
      const manifest = this.ordered()[this.selected];
      if (manifest) this.open(manifest);
      return true;
    } else return false;
    this.refresh();
    return true;
  }

  private switchMode(): void {
    this.ctx.playMode = this.ctx.playMode === 'training' ? 'assessment' : 'training';
  }

  private ordered(): ScenarioManifest[] {
    return orderedScenarios(this.ctx);
  }

  private lockedBehind(manifest: ScenarioManifest): string | null {
    return lockedBehind(this.ctx, manifest, this.lang);
  }

  private open(manifest: ScenarioManifest): void {
    openScenario(this.ctx, manifest, this.lang, (key, vars) => this.t(key, vars));
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

  private settingLines(): SettingLine[] {
    return settingLines((key, vars) => this.t(key, vars), this.ctx.settings, this.ctx.reducedMotion());
  }

  private notices(): NoticeList {
    return menuNotices(this.ctx);
  }

  private refresh(): void {
    this.draw();
    const notices = noticeListView(this.lang, this.notices(), {
      dismiss: (id) => this.ctx.notices.dismiss(id),
    });
    const settings = settingsView(
      this.lang,
      this.settingLines().map((l) => l.label),
      {
        timer: () => this.cycleTimer(),
        motion: () => this.change({ reducedMotion: !this.ctx.reducedMotion() }),
        text: () => this.change({ largeText: !this.ctx.settings.largeText }),
        suggestions: (mode) => this.toggleSuggestions(mode),
      },
    );
    this.ctx.a11y.show(
      menuView(this.lang, this.ordered(), notices, [...this.savedControls(), settings], {
        open: (scenario) => this.open(scenario),
        switchLanguage: () => this.switchLanguage(),
        locked: (m) => this.lockedBehind(m) !== null,
      }),
    );
  }

  /** Mode, principle cards, history, workshop and continue, in the accessible layer. */
  private savedControls(): HTMLElement[] {
    return menuExtras((key, vars) => this.t(key, vars), {
      lang: this.lang,
      mode: this.t(this.ctx.playMode === 'training' ? 'mode.training' : 'mode.assessment'),
      cards: collectedCards(this.ctx.history).length,
      resume: this.resumeLabel('a11y.continue'),
      command: (key) => {
        if (key === 'p') {
          this.switchMode();
          this.refresh();
        } else this.command(key);
      },
    });
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
    const pointer = this.pointer;
    if (!draw || !pointer) return;
    draw.begin();
    pointer.zones.begin();
    const { width: W, height: H, compact } = screen();
    const m = compact ? 12 : 40;
    const mode = this.t(this.ctx.playMode === 'training' ? 'mode.training' : 'mode.assessment');
    let top = drawMenuHeader(draw, pointer, {
      screen: screen(),
      logo: this.textures.exists('logo'),
      t: (key, vars) => this.t(key, vars),
      mode,
      buttons: menuButtons((key, vars) => this.t(key, vars), {
        mode,
        resumable: this.ctx.resumable !== null,
        settingsOpen: this.settingsOpen,
        command: (key) => this.command(key),
      }),
      resume: this.resumeLabel('menu.resume'),
      cards:
        this.ctx.playMode === 'training'
          ? this.t('menu.cards', { n: collectedCards(this.ctx.history).length })
          : null,
    });
    if (compact) {
      // The notices come before the cards: a message the player must read is not below the fold.
      const notices = this.drawNoticePanel(draw, pointer, {
        x: m,
        width: W - 2 * m,
        bottom: top + this.noticeHeight,
        narrow: true,
      });
      if (notices !== this.noticeHeight) this.time.delayedCall(0, () => this.draw());
      this.noticeHeight = notices;
      top += notices ? notices + 12 : 0;
    }
    const scenarios = this.ordered();
    if (scenarios.length === 0) draw.text(m, top, this.t('menu.none'), textStyle(18, TEXT.danger));
    const bottom = drawMenuCards(
      draw,
      scenarios,
      { x: m, top, width: W - 2 * m },
      {
        t: (key, vars) => this.t(key, vars),
        lang: this.lang,
        selected: this.selected,
        pointer,
        locked: (manifest) => this.lockedBehind(manifest) !== null,
        open: (i) => {
          if (this.settingsOpen) return;
          this.selected = i;
          this.command('Enter');
        },
      },
    );
    this.pageBottom = bottom + 12;
    if (!compact) {
      // The foot of the screen, or under the cards on a short screen (which then scrolls).
      const foot = Math.max(H, bottom + 50);
      this.pageBottom = foot;
      const notices = this.drawNoticePanel(draw, pointer, {
        x: 30,
        width: W - 60,
        bottom: foot - 40,
        narrow: false,
      });
      const keys = [this.t('menu.help'), this.t('menu.settings'), this.t('menu.more')];
      if (notices) keys.push(this.t('notice.keys'));
      draw.text(40, foot - 30, keys.join(' · '), textStyle(14, TEXT.secondary));
    }
    // Last: drawn over everything and first in the hit test while it is open.
    if (this.settingsOpen) this.drawSettings(draw, pointer);
    pointer.zones.end();
    draw.end();
    this.clampScroll();
  }

  private drawNoticePanel(draw: RetainedLayer, pointer: PointerInput, frame: NoticeFrame): number {
    const t = (key: MessageKey, vars?: Record<string, string | number>) => this.t(key, vars);
    return drawMenuNotices(
      draw,
      pointer,
      { ctx: this.ctx, lang: this.lang, t, command: (k) => this.command(k) },
      frame,
    );
  }

  /** Wide: a panel at the right over the cards; a phone: across the screen where it is scrolled to. */
  private settingsFrame(): { x: number; y: number; width: number; keys: boolean } {
    const { width: W, compact } = screen();
    // Over everything else, the notices too: it answers first while it is open.
    return compact
      ? { x: 12, y: this.cameras.main.scrollY + 12, width: W - 24, keys: false }
      : { x: W - 520, y: 120, width: 480, keys: true };
  }

  private drawSettings(draw: RetainedLayer, pointer: PointerInput): void {
    const rows = this.settingLines().map((line) => ({
      ...line,
      change: () => line.key !== null && this.command(line.key),
    }));
    drawSettingsPanel(
      draw,
      pointer,
      {
        heading: this.t('settings.heading'),
        rows,
        close: { id: 'setting:close', label: this.t('ctl.close'), key: 'O', onTap: () => this.command('o') },
      },
      this.settingsFrame(),
    );
  }
}
