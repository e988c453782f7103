import { historyCsv } from '../../app/persistence/history-csv';
import { progressByPrinciple } from '../../app/progress';
import { PRINCIPLE_IDS } from '../../content/principle';
import { CSV_MIME } from '../../debrief/results-csv';
import { scoringText } from '../../scoring/i18n';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { PointerInput } from '../pointer/pointer-input';
import { sceneDrawer } from '../scene-drawer';
import { COLORS, HEIGHT, TEXT, textStyle, WIDTH } from '../theme';
import { type ButtonSpec, drawButtonRow, MIN_TARGET } from '../widgets/button';
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
    this.selected = Math.max(0, this.ctx.history.attempts.length - 1);
    this.message = '';
    this.pointer = new PointerInput(this);
    this.events.once('shutdown', () => {
      this.pointer = null;
    });
    this.refresh();
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
    this.add.text(40, 30, this.t('history.heading'), textStyle(28, TEXT.primary, { fontStyle: 'bold' }));
    const attempts = this.ctx.history.attempts;
    if (attempts.length === 0) this.add.text(40, 90, this.t('history.empty'), textStyle(18, TEXT.secondary));
    const first = Math.max(0, Math.min(this.selected - 4, attempts.length - ROWS));
    attempts.slice(first, first + ROWS).forEach((_, k) => {
      const i = first + k;
      const y = 84 + k * (MIN_TARGET + 4);
      const id = `history:${this.ctx.history.attempts[i]?.id ?? i}`;
      const fill = (hover: boolean) => (i === this.selected || hover ? COLORS.selected : COLORS.panel);
      const row = this.add
        .rectangle(36, y, 560, MIN_TARGET, fill((pointer?.stateOf(id) ?? 'idle') !== 'idle'))
        .setOrigin(0, 0);
      this.add
        .text(
          44,
          y + MIN_TARGET / 2,
          this.label(i),
          textStyle(14, i === this.selected ? TEXT.accent : TEXT.primary, {
            wordWrap: { width: 540 },
            maxLines: 1,
          }),
        )
        .setOrigin(0, 0.5);
      pointer?.zones.add({
        id,
        x: 36,
        y,
        width: 560,
        height: MIN_TARGET,
        onTap: () => this.open(i),
        paint: (state) => row.setFillStyle(fill(state !== 'idle')),
      });
    });
    // Progress per principle: one small sparkline per principle across attempts.
    this.add.text(640, 50, this.t('history.chart'), textStyle(18, TEXT.accent));
    const names = scoringText(this.lang).principle;
    const progress = progressByPrinciple(this.ctx.history);
    PRINCIPLE_IDS.forEach((id, row) => {
      const y = 84 + row * 36;
      this.add.text(
        640,
        y,
        names[id].name,
        textStyle(12, TEXT.secondary, { wordWrap: { width: 250 }, maxLines: 1 }),
      );
      this.add.rectangle(900, y, 320, 26, COLORS.panel).setOrigin(0, 0);
      const values = progress[id];
      const g = this.add.graphics();
      g.lineStyle(2, COLORS.good, 1);
      let drawn = 0;
      values.forEach((v, i) => {
        if (v === null) return;
        const x = 904 + (values.length === 1 ? 156 : (312 * i) / (values.length - 1));
        const yy = y + 24 - (22 * v) / 100;
        g.fillStyle(COLORS.good, 1).fillCircle(x, yy, 2.5);
        drawn++;
      });
      if (drawn === 0) this.add.text(1060, y + 4, '—', textStyle(12, TEXT.secondary));
    });
    if (this.message)
      this.add.text(
        40,
        560,
        this.message,
        textStyle(15, TEXT.accent, { wordWrap: { width: 560 }, maxLines: 3 }),
      );
    this.add.text(40, HEIGHT - MIN_TARGET - 44, this.t('history.keys'), textStyle(14, TEXT.secondary));
    if (pointer) {
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
      drawButtonRow(sceneDrawer(this), pointer, 40, HEIGHT - MIN_TARGET - 12, WIDTH - 80, buttons);
      pointer.zones.end();
    }
  }
}
