import { historyCsv } from '../../app/persistence/history-csv';
import { progressByPrinciple } from '../../app/progress';
import { PRINCIPLE_IDS } from '../../content/principle';
import { CSV_MIME } from '../../debrief/results-csv';
import { scoringText } from '../../scoring/i18n';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { PointerInput } from '../pointer/pointer-input';
import { sceneDrawer } from '../scene-drawer';
import { COLORS, screen, TEXT, textStyle } from '../theme';
import { type ButtonSpec, drawButtonRow, keyHints, MIN_TARGET } from '../widgets/button';
import { BaseScene } from './base.scene';

/** Attempts listed at once; each row is a tap target. */
const ROWS = 9;

/**
 * Every finished attempt on this device: a progress chart per principle across attempts, the list
 * of attempts (each debrief can be reopened), and export and import of the whole history.
 */
export class HistoryScene extends BaseScene {
  private selected = 0;
  private message = '';
  private pointer: PointerInput | null = null;

  constructor() {
    super('history');
  }

  create(): void {
    if (!this.relaid) {
      this.selected = Math.max(0, this.ctx.history.attempts.length - 1);
      this.message = '';
    }
    this.pointer = new PointerInput(this, { scroll: (dy) => this.scrollPage(dy) });
    this.events.once('shutdown', () => {
      this.pointer = null;
    });
    // Laid out again after a resize, the accessible layer (with its file input) stays as it is.
    if (this.relaid) this.draw();
    else this.refresh();
    // The history may still be loading when the player opens this screen.
    this.events.on('refresh', () => {
      this.selected = Math.max(0, this.ctx.history.attempts.length - 1);
      this.refresh();
    });
    this.events.once('shutdown', () => this.events.off('refresh'));
    this.onKey((e) => this.command(e.key.length === 1 ? e.key.toLowerCase() : e.key));
  }

  /** What a key does; the rows and buttons run the same. */
  private command(key: string): void {
    const n = this.ctx.history.attempts.length;
    if (key === 'ArrowDown' && n) this.selected = (this.selected + 1) % n;
    else if (key === 'ArrowUp' && n) this.selected = (this.selected + n - 1) % n;
    else if (key === 'Enter' && n) return void this.open(this.selected);
    else if (key === 'x') return void this.export();
    else if (key === 'c') return void this.exportCsv();
    else if (key === 'Escape') return void this.ctx.actor.send({ type: 'BACK' });
    else return;
    this.refresh();
  }

  private open(index: number): void {
    const attempt = this.ctx.history.attempts[index];
    if (attempt) this.ctx.actor.send({ type: 'REVIEW', attempt });
  }

  private export(): void {
    downloadText(
      `cortafuegos-history-${new Date().toISOString().slice(0, 10)}.json`,
      JSON.stringify(this.ctx.history, null, 2),
    );
  }

  /** One row per attempt, for a spreadsheet: the history for HR rather than for this game. */
  private exportCsv(): void {
    const title = (id: string) => this.ctx.library.manifests.find((m) => m.id === id)?.title[this.lang] ?? '';
    downloadText(
      `cortafuegos-results-${new Date().toISOString().slice(0, 10)}.csv`,
      historyCsv(this.ctx.history, this.lang, title),
      CSV_MIME,
    );
  }

  private label(index: number): string {
    const a = this.ctx.history.attempts[index];
    if (!a) return '';
    const title =
      this.ctx.library.manifests.find((m) => m.id === a.results.scenario)?.title[this.lang] ??
      a.results.scenario;
    const mode = this.t(
      a.mode === 'assessment' ? 'mode.assessment' : a.mode === 'workshop' ? 'mode.workshop' : 'mode.training',
    );
    const score =
      a.results.score.overall === null
        ? this.t('debrief.none')
        : `${Math.round(a.results.score.overall)}/100`;
    return this.t('history.attempt', {
      date: a.finishedAt.slice(0, 16).replace('T', ' '),
      title,
      mode,
      score,
    });
  }

  private refresh(): void {
    this.draw();
    const attempts = this.ctx.history.attempts;
    const input = el('input', {
      type: 'file',
      accept: '.json,application/json',
      id: 'history-import',
    }) as HTMLInputElement;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      void file
        .text()
        .then((text) => this.ctx.importHistory(text))
        .then((result) => {
          this.message = result.ok
            ? this.t(this.ctx.historyDurable ? 'history.imported' : 'history.importedMemory', {
                n: result.added,
              })
            : this.t(result.refused ? 'history.importRefused' : 'history.importFailed', {
                reason: result.reason,
              });
          this.ctx.a11y.announce(this.message);
          // The player may have left while the attempts were being stored.
          if (this.scene.isActive()) this.refresh();
        });
    });
    const names = scoringText(this.lang).principle;
    const progress = progressByPrinciple(this.ctx.history);
    this.ctx.a11y.show(
      el(
        'section',
        { 'aria-label': this.t('history.heading') },
        el('h1', {}, this.t('history.heading')),
        this.message ? el('p', { role: 'status' }, this.message) : null,
        attempts.length === 0
          ? el('p', {}, this.t('history.empty'))
          : el(
              'ul',
              {},
              ...attempts.map((_, i) =>
                el('li', {}, el('button', { type: 'button', onclick: () => this.open(i) }, this.label(i))),
              ),
            ),
        el('h2', {}, this.t('history.chart')),
        el(
          'ul',
          {},
          ...PRINCIPLE_IDS.map((id) =>
            el(
              'li',
              {},
              `${names[id].name}: ${progress[id].map((v) => (v === null ? '—' : Math.round(v))).join(' → ') || '—'}`,
            ),
          ),
        ),
        el('button', { type: 'button', onclick: () => this.export() }, this.t('history.export')),
        el('button', { type: 'button', onclick: () => this.exportCsv() }, this.t('history.exportCsv')),
        el('label', { for: 'history-import' }, this.t('history.import')),
        input,
        el(
          'button',
          { type: 'button', onclick: () => this.ctx.actor.send({ type: 'BACK' }) },
          this.t('a11y.menu'),
        ),
      ),
    );
  }

  private draw(): void {
    this.children.removeAll(true);
    const pointer = this.pointer;
    pointer?.zones.begin();
    const { width: W, height: H, compact } = screen();
    // A phone: heading, buttons, attempts and progress in one column that scrolls.
    const x = compact ? 12 : 40;
    const listW = compact ? W - 2 * x : 560;
    this.add.text(
      x,
      compact ? 14 : 30,
      this.t('history.heading'),
      textStyle(compact ? 24 : 28, TEXT.primary, { fontStyle: 'bold' }),
    );
    let y = compact ? 56 : 84;
    if (compact && pointer) y += this.drawButtons(pointer, x, y, W - 2 * x, true) + 16;
    const attempts = this.ctx.history.attempts;
    if (attempts.length === 0)
      this.add.text(
        x,
        y + 6,
        this.t('history.empty'),
        textStyle(18, TEXT.secondary, { wordWrap: { width: listW } }),
      );
    const first = Math.max(0, Math.min(this.selected - 4, attempts.length - ROWS));
    const listTop = y;
    attempts.slice(first, first + ROWS).forEach((_, k) => {
      const i = first + k;
      const ry = listTop + k * (MIN_TARGET + 4);
      const id = `history:${this.ctx.history.attempts[i]?.id ?? i}`;
      const fill = (hover: boolean) => (i === this.selected || hover ? COLORS.selected : COLORS.panel);
      const row = this.add
        .rectangle(x - 4, ry, listW, MIN_TARGET, fill((pointer?.stateOf(id) ?? 'idle') !== 'idle'))
        .setOrigin(0, 0);
      this.add
        .text(
          x + 4,
          ry + MIN_TARGET / 2,
          this.label(i),
          textStyle(14, i === this.selected ? TEXT.accent : TEXT.primary, {
            wordWrap: { width: listW - 20 },
            maxLines: compact ? 2 : 1,
          }),
        )
        .setOrigin(0, 0.5);
      pointer?.zones.add({
        id,
        x: x - 4,
        y: ry,
        width: listW,
        height: MIN_TARGET,
        onTap: () => this.open(i),
        paint: (state) => row.setFillStyle(fill(state !== 'idle')),
      });
    });
    y = listTop + Math.max(1, Math.min(ROWS, attempts.length)) * (MIN_TARGET + 4) + 12;
    if (this.message) {
      const text = this.add.text(
        x,
        compact ? y : Math.max(y, 560),
        this.message,
        textStyle(15, TEXT.accent, { wordWrap: { width: listW }, maxLines: compact ? 6 : 3 }),
      );
      if (compact) y += text.height + 12;
    }
    // Progress per principle: one small sparkline per principle across attempts.
    const chartX = compact ? x : Math.round(W / 2);
    const chartTop = compact ? y : 50;
    const nameW = compact ? Math.round((W - 2 * x) * 0.5) : 250;
    const sparkX = chartX + nameW + 10;
    const sparkW = W - x - sparkX;
    this.add.text(chartX, chartTop, this.t('history.chart'), textStyle(18, TEXT.accent));
    const names = scoringText(this.lang).principle;
    const progress = progressByPrinciple(this.ctx.history);
    PRINCIPLE_IDS.forEach((id, row) => {
      const ry = chartTop + 34 + row * 36;
      this.add.text(
        chartX,
        ry,
        names[id].name,
        textStyle(12, TEXT.secondary, {
          wordWrap: { width: nameW },
          maxLines: compact ? 2 : 1,
          lineSpacing: -2,
        }),
      );
      this.add.rectangle(sparkX, ry, sparkW, 26, COLORS.panel).setOrigin(0, 0);
      const values = progress[id];
      const g = this.add.graphics();
      g.lineStyle(2, COLORS.good, 1);
      let drawn = 0;
      values.forEach((v, i) => {
        if (v === null) return;
        const px =
          sparkX + 4 + (values.length === 1 ? (sparkW - 8) / 2 : ((sparkW - 8) * i) / (values.length - 1));
        const py = ry + 24 - (22 * v) / 100;
        g.fillStyle(COLORS.good, 1).fillCircle(px, py, 2.5);
        drawn++;
      });
      if (drawn === 0) this.add.text(sparkX + sparkW / 2, ry + 4, '—', textStyle(12, TEXT.secondary));
    });
    const chartBottom = chartTop + 34 + (PRINCIPLE_IDS.length - 1) * 36 + 26;
    this.pageBottom = chartBottom + 12;
    if (!compact) {
      // At the foot, or under the list and chart on a short screen (which then scrolls).
      const foot = Math.max(H - MIN_TARGET - 12, y + 60, chartBottom + 44);
      this.add.text(40, foot - 32, this.t('history.keys'), textStyle(14, TEXT.secondary));
      if (pointer) this.pageBottom = foot + this.drawButtons(pointer, 40, foot, W - 80, false) + 12;
    }
    pointer?.zones.end();
    this.clampScroll();
  }

  /** Export, CSV, Import and Menu, as their keys; returns the height the row took. */
  private drawButtons(pointer: PointerInput, x: number, y: number, width: number, compact: boolean): number {
    const buttons: ButtonSpec[] = [
      { id: 'history:export', label: this.t('ctl.export'), key: 'X', onTap: () => this.command('x') },
      { id: 'history:csv', label: this.t('ctl.exportCsv'), key: 'C', onTap: () => this.command('c') },
      {
        id: 'history:import',
        label: this.t('ctl.import'),
        // The file picker is the accessible layer's own input: one way in for both.
        onTap: () => document.getElementById('history-import')?.click(),
      },
      {
        id: 'history:back',
        label: this.t('ctl.menu'),
        key: 'Esc',
        tone: 'accent',
        onTap: () => this.command('Escape'),
      },
    ];
    const shown = keyHints(buttons, !compact);
    return drawButtonRow(sceneDrawer(this), pointer, x, y, width, shown);
  }
}
