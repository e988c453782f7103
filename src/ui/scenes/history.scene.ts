import { progressByPrinciple } from '../../app/progress';
import { PRINCIPLE_IDS } from '../../content/principle';
import { scoringText } from '../../scoring/i18n';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { COLORS, HEIGHT, TEXT, textStyle } from '../theme';
import { BaseScene } from './base.scene';

/**
 * Every finished attempt on this device: a progress chart per principle across attempts, the list
 * of attempts (each debrief can be reopened), and export and import of the whole history.
 */
export class HistoryScene extends BaseScene {
  private selected = 0;
  private message = '';

  constructor() {
    super('history');
  }

  create(): void {
    this.selected = Math.max(0, this.ctx.history.attempts.length - 1);
    this.message = '';
    this.refresh();
    // The history may still be loading when the player opens this screen.
    this.events.on('refresh', () => {
      this.selected = Math.max(0, this.ctx.history.attempts.length - 1);
      this.refresh();
    });
    this.events.once('shutdown', () => this.events.off('refresh'));
    this.onKey((e) => {
      const n = this.ctx.history.attempts.length;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      if (key === 'ArrowDown' && n) this.selected = (this.selected + 1) % n;
      else if (key === 'ArrowUp' && n) this.selected = (this.selected + n - 1) % n;
      else if (key === 'Enter' && n) return this.open(this.selected);
      else if (key === 'x') return this.export();
      else if (key === 'Escape') return void this.ctx.actor.send({ type: 'BACK' });
      else return;
      this.refresh();
    });
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
    this.add.text(40, 30, this.t('history.heading'), textStyle(28, TEXT.primary, { fontStyle: 'bold' }));
    const attempts = this.ctx.history.attempts;
    if (attempts.length === 0) this.add.text(40, 90, this.t('history.empty'), textStyle(18, TEXT.secondary));
    const first = Math.max(0, Math.min(this.selected - 5, attempts.length - 12));
    attempts.slice(first, first + 12).forEach((_, k) => {
      const i = first + k;
      const y = 84 + k * 28;
      if (i === this.selected) this.add.rectangle(36, y - 3, 560, 26, COLORS.selected).setOrigin(0, 0);
      this.add.text(
        44,
        y,
        this.label(i),
        textStyle(14, i === this.selected ? TEXT.accent : TEXT.primary, {
          wordWrap: { width: 540 },
          maxLines: 1,
        }),
      );
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
      this.add.text(40, 440, this.message, textStyle(15, TEXT.accent, { wordWrap: { width: 560 } }));
    this.add.text(40, HEIGHT - 30, this.t('history.keys'), textStyle(14, TEXT.secondary));
  }
}
