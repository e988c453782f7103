import type { MessageKey } from '../../app/i18n/i18n';
import type { Attempt } from '../../app/persistence/history.schema';
import { collectedCards } from '../../app/progress';
import { RATED_PRINCIPLES, type Ratings } from '../../app/self-rating';
import type { PrincipleId } from '../../content/principle';
import type { Results } from '../../debrief/results.schema';
import { scoringText } from '../../scoring/i18n';
import { debriefView } from '../dom/debrief-view';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { ratingForm } from '../dom/rating-form';
import { PointerInput } from '../pointer/pointer-input';
import { sceneDrawer } from '../scene-drawer';
import { COLORS, screen, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButtonRow, keyHints, MIN_TARGET } from '../widgets/button';
import { drawProfile, drawTimeline } from '../widgets/debrief-charts';
import { BaseScene } from './base.scene';
import { drawMoments, drawPlan, type PageFrame } from './debrief-pages';
import { drawWritten } from './debrief-written';

/** Profile, moments, plan; and the replies the player wrote, when there are any. */
const pagesOf = (results: Results | null): number => ((results?.debrief.written.length ?? 0) > 0 ? 4 : 3);

/**
 * The scored debrief in pages (profile and timeline; key moments beside the model reply;
 * troll discernment and the redesigned crisis plan; the replies the player wrote, when there are
 * any), plus the whole document in the DOM layer,
 * which is also the print view. Results are computed once from the session's log.
 */
export class DebriefScene extends BaseScene {
  private page = 0;
  private results: Results | null = null;
  private epilogue: string[] = [];
  private attempt: Attempt | null = null;
  private reviewing = false;
  private newCards: PrincipleId[] = [];
  /** Set when the history refused this attempt: said on every page until a later write succeeds. */
  private writeFailed: string | null = null;
  private pointer: PointerInput | null = null;

  constructor() {
    super('debrief');
  }

  create(): void {
    const snap = this.ctx.actor.getSnapshot();
    // Laid out again in a new size: the same attempt, already recorded, on the same page.
    const again = this.relaid && this.attempt !== null;
    if (!again) {
      this.page = 0;
      this.writeFailed = null;
      // Only a session just finished earns cards (finish() sets them); a reviewed attempt shows none.
      this.newCards = [];
    }
    this.reviewing = snap.matches('review');
    const attempt = again ? this.attempt : this.reviewing ? snap.context.review : this.finish();
    if (!attempt) return;
    this.attempt = attempt;
    this.results = attempt.results;
    const ending = [...attempt.results.log].reverse().find((e) => e.type === 'ending');
    this.epilogue = ending?.type === 'ending' ? ending.epilogue : [];
    this.pointer = new PointerInput(this, { scroll: (dy) => this.scrollPage(dy) });
    this.events.once('shutdown', () => {
      this.pointer = null;
    });
    // Laid out again after a resize, the accessible layer stays as it is (a rating half chosen).
    if (!again) this.showDom();
    this.draw();
    this.onKey((e) => this.command(e.key.length === 1 ? e.key.toLowerCase() : e.key));
  }

  /** What a key does; the buttons run the same. */
  private command(key: string): void {
    const pages = pagesOf(this.results);
    if (key === 'ArrowRight') this.page = (this.page + 1) % pages;
    else if (key === 'ArrowLeft') this.page = (this.page + pages - 1) % pages;
    else if (key === 'd') return void this.download();
    else if (key === 'p') return void this.print();
    else if (this.reviewing && (key === 'Escape' || key === 'Enter'))
      return void this.ctx.actor.send({ type: 'BACK' });
    else if (!this.reviewing && key === 'Enter') return void this.ctx.actor.send({ type: 'MENU' });
    else if (!this.reviewing && key === 'r') return void this.ctx.actor.send({ type: 'PLAY_AGAIN' });
    else return;
    // A new page starts at its top.
    this.cameras.main.setScroll(0, 0);
    this.draw();
  }

  /** Pages, download, print, play again and menu (in review: back to the history), as their keys. */
  private drawButtons(x: number, y: number, width: number, compact: boolean): number {
    const pointer = this.pointer;
    if (!pointer) return 0;
    const b = (id: string, key: string, label: string, shown: string, extra: Partial<ButtonSpec> = {}) => ({
      id: `debrief:${id}`,
      label,
      key: shown,
      onTap: () => this.command(key),
      ...extra,
    });
    const buttons: ButtonSpec[] = [
      b('previous', 'ArrowLeft', this.t('ctl.previous'), '←'),
      b('next', 'ArrowRight', this.t('ctl.nextPage'), '→'),
      b('download', 'd', this.t('ctl.results'), 'D'),
      b('print', 'p', this.t('ctl.print'), 'P'),
      ...(this.reviewing
        ? [b('back', 'Escape', this.t('ctl.back'), 'Esc', { tone: 'accent' })]
        : [
            b('again', 'r', this.t('ctl.again'), 'R'),
            b('menu', 'Enter', this.t('ctl.menu'), '⏎', { tone: 'accent' }),
          ]),
    ];
    pointer.zones.begin();
    const shown = keyHints(buttons, !compact);
    const rows = drawButtonRow(sceneDrawer(this), pointer, x, y, width, shown);
    pointer.zones.end();
    return rows;
  }

  /** The session just played becomes an attempt in the history (with the cards it earned). */
  private finish(): Attempt | null {
    const { session: s, engine, mode, team, selfRating } = this.ctx.actor.getSnapshot().context;
    if (!s || !engine) return null;
    const results = engine.buildResults({
      manifest: s.manifest,
      stories: s.scenario.stories,
      log: s.log,
      mode,
      ...(team ? { team } : {}),
    });
    const before = new Set(collectedCards(this.ctx.history));
    const attempt: Attempt = {
      id: `${results.scenario}-${results.seed}-${new Date().toISOString()}`,
      finishedAt: new Date().toISOString(),
      mode,
      ...(team ? { team } : {}),
      hints: s.log.filter((e) => e.type === 'hint').length,
      selfRating: { before: selfRating.before, after: null },
      results,
    };
    this.store(attempt);
    this.newCards = collectedCards(this.ctx.history).filter((c) => !before.has(c));
    return attempt;
  }

  private saveAfterRating(after: Ratings): void {
    if (!this.attempt) return;
    this.ctx.actor.send({ type: 'RATE', when: 'after', ratings: after });
    this.attempt = { ...this.attempt, selfRating: { ...this.attempt.selfRating, after } };
    this.store(this.attempt);
    this.showDom();
    this.draw();
  }

  private store(attempt: Attempt): void {
    void this.ctx.recordAttempt(attempt).then((outcome) => {
      this.writeFailed = outcome.ok ? null : this.t('history.writeFailed', { reason: outcome.reason });
      if (!outcome.ok) this.ctx.a11y.announce(this.writeFailed ?? '');
      if (!this.scene.isActive() || this.attempt?.id !== attempt.id) return;
      this.showDom();
      this.draw();
    });
  }

  /** Self-rating beside the measured score, one line per core principle. */
  private comparison(): string[] {
    const a = this.attempt;
    if (a?.mode !== 'assessment') return [];
    const names = scoringText(a.results.lang).principle;
    return RATED_PRINCIPLES.map((id) => {
      const score = a.results.score.principles[id]?.score;
      return this.t('rate.compare', {
        name: names[id].name,
        self: a.selfRating.before?.[id] ?? '—',
        after: a.selfRating.after?.[id] ?? '—',
        score: score === null || score === undefined ? this.t('debrief.none') : `${Math.round(score)}/100`,
      });
    });
  }

  private extras(): string[] {
    const a = this.attempt;
    if (!a) return [];
    const names = scoringText(a.results.lang).principle;
    return [
      ...(a.mode === 'assessment' ? [] : [this.t('debrief.hints', { n: a.hints })]),
      ...(this.newCards.length
        ? [this.t('debrief.cards', { cards: this.newCards.map((c) => names[c].name).join(', ') })]
        : []),
      ...this.comparison(),
    ];
  }

  private showDom(): void {
    const a = this.attempt;
    if (!a) return;
    const actions = {
      download: () => this.download(),
      print: () => this.print(),
      menu: () => this.ctx.actor.send(this.reviewing ? { type: 'BACK' } : { type: 'MENU' }),
      again: () => this.ctx.actor.send({ type: 'PLAY_AGAIN' }),
    };
    const rating =
      a.mode === 'assessment' && !this.reviewing
        ? ratingForm(a.results.lang, this.t('rate.after'), a.selfRating.after, (r) => this.saveAfterRating(r))
        : null;
    const view = debriefView(a.results, this.epilogue, actions, this.extras(), rating);
    if (this.writeFailed) view.prepend(el('p', { role: 'alert' }, this.writeFailed));
    this.ctx.a11y.show(view);
  }

  private download(): void {
    if (!this.results) return;
    const r = this.results;
    const team = r.team ? `-${r.team.replace(/[^\p{L}\p{N}_-]+/gu, '_')}` : '';
    downloadText(`cortafuegos-${r.scenario}-${r.seed}-${r.lang}${team}.json`, JSON.stringify(r, null, 2));
  }

  private print(): void {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('#a11y details')) d.open = true;
    window.print();
  }

  private draw(): void {
    const r = this.results;
    if (!r) return;
    const d = r.debrief;
    const duration = r.log[r.log.length - 1]?.t ?? 0;
    const { width: W, height: H, compact } = screen();
    const x = compact ? 12 : 40;
    const width = W - 2 * x;
    const wrap = { wordWrap: { width } };
    this.children.removeAll(true);
    const score =
      d.overall === null
        ? this.t('debrief.unscored')
        : this.t('debrief.score', { overall: Math.round(d.overall), band: d.band.name });
    const pageLine = this.t('debrief.page', { n: this.page + 1, of: pagesOf(this.results) });
    let top = 96;
    if (compact) {
      // A phone: one column that scrolls, the score under the heading, the buttons after the page.
      const head = this.add.text(
        x,
        14,
        `${this.t('debrief.heading')} · ${d.title}`,
        textStyle(16, TEXT.accent, wrap),
      );
      const epilogue = this.add.text(
        x,
        head.y + head.height + 6,
        this.epilogue[0] ?? '',
        textStyle(22, TEXT.primary, { fontStyle: 'bold', ...wrap }),
      );
      const line = this.add.text(
        x,
        epilogue.y + epilogue.height + 8,
        `${score}\n${pageLine}`,
        textStyle(17, TEXT.accent, { fontStyle: 'bold', ...wrap }),
      );
      top = line.y + line.height + 16;
    } else {
      this.add.text(40, 24, `${this.t('debrief.heading')} · ${d.title}`, textStyle(16, TEXT.accent));
      this.add.text(40, 46, this.epilogue[0] ?? '', textStyle(26, TEXT.primary, { fontStyle: 'bold' }));
      this.add.text(W - 40, 30, score, textStyle(22, TEXT.accent, { fontStyle: 'bold' })).setOrigin(1, 0);
      this.add.text(W - 40, 62, pageLine, textStyle(14, TEXT.secondary)).setOrigin(1, 0);
    }
    const frame: PageFrame = { x, top, width, bottom: compact ? Number.POSITIVE_INFINITY : H - 120, compact };
    const t = (key: MessageKey, vars?: Record<string, string | number>) => this.t(key, vars);
    let y: number;
    if (this.page === 0) y = this.drawOverview(duration, frame);
    else if (this.page === 1) y = drawMoments(this, d, t, frame);
    else if (this.page === 2) y = drawPlan(this, d, t, frame);
    else y = drawWritten(this, d, t, frame);
    const failedAt = compact ? y + 8 : H - 124;
    if (this.writeFailed) {
      const text = this.add.text(
        x + 4,
        failedAt + 4,
        this.writeFailed,
        textStyle(14, TEXT.danger, { wordWrap: { width: width - 20 }, maxLines: compact ? 6 : 2 }),
      );
      this.add
        .rectangle(x - 10, failedAt, width + 20, Math.max(48, text.height + 8), COLORS.panelLight)
        .setOrigin(0, 0)
        .setStrokeStyle(2, COLORS.danger)
        .setDepth(-1);
      if (compact) y = failedAt + Math.max(48, text.height + 8);
    }
    // Under the page when a short screen has no room above the foot for it (it then scrolls).
    const buttonsAt = Math.max(y + 16, H - MIN_TARGET - 12);
    this.pageBottom = buttonsAt + this.drawButtons(x, buttonsAt, width, compact) + 12;
    this.clampScroll();
  }

  private drawOverview(duration: number, f: PageFrame): number {
    const d = this.results?.debrief;
    if (!d) return f.top;
    // Wide: the profile on the left, the timeline and the summary on the right; a phone: in a column.
    const profileW = f.compact ? f.width : Math.round(f.width * 0.5);
    this.add.text(f.x, f.top, this.t('debrief.profile'), textStyle(18, TEXT.accent));
    const profileBottom = drawProfile(this, d, f.x, f.top + 30, profileW, this.t('debrief.none'));
    const rightX = f.compact ? f.x : f.x + profileW + 40;
    const rightW = f.x + f.width - rightX;
    const timelineTop = f.compact ? profileBottom + 16 : f.top;
    const chartH = f.compact ? 160 : 220;
    this.add.text(rightX, timelineTop, this.t('debrief.timeline'), textStyle(18, TEXT.accent));
    drawTimeline(this, d, duration, rightX, timelineTop + 30, rightW, chartH, {
      heat: this.t('debrief.heat'),
      sentiment: this.t('debrief.sentiment'),
    });
    const body = [this.epilogue.slice(1).join(' '), d.band.summary, this.extras().join('\n')]
      .filter(Boolean)
      .join('\n\n');
    const bodyTop = timelineTop + 30 + chartH + (f.compact ? 40 : 34);
    const text = this.add.text(
      rightX,
      bodyTop,
      body,
      textStyle(15, TEXT.primary, { wordWrap: { width: rightW }, lineSpacing: 3 }),
    );
    return Math.max(profileBottom, text.y + text.height);
  }
}
