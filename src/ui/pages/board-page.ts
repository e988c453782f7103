/** The facilitator's board: reads many results files (drop or pick), checks each and lays the valid ones side by side. */
import { tw } from '../../app/i18n/workshop-i18n';
import { boardCsv } from '../../app/workshop/board-csv';
import { compareExamined, type WorkshopSessionRef } from '../../app/workshop/compare-results';
import { MAX_BOARD_FILES } from '../../app/workshop/results-file';
import type { Lang } from '../../content/scenario.schema';
import { CSV_MIME } from '../../debrief/results-csv';
import { loadLexicons } from '../../grading';
import { el } from '../dom/dom';
import { downloadText } from '../dom/download';
import { BoardFiles, loadScenario, type Progress } from './board-files';
import { liveSection, liveWorkshopOf } from './board-live';
import {
  divergentSection,
  profileSection,
  rankingSection,
  reasonText,
  rejectedSection,
} from './board-sections';
import { knownTitle, scenarioTitle } from './workshop-format';

/** The session the board was opened for (`?scenario=…&seed=…`), or null to let the first valid file set it. */
function sessionFromUrl(): WorkshopSessionRef | null {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get('scenario');
  const seed = Number(params.get('seed') ?? Number.NaN);
  return scenario && Number.isInteger(seed) ? { scenario, seed } : null;
}

export function renderBoard(root: HTMLElement, lang: Lang): void {
  const fixed = sessionFromUrl();

  const sessionLine = el('p', { class: 'ws-session' });
  const status = el('p', { class: 'ws-status', role: 'status' });
  const meter = el('progress', { class: 'ws-progress', 'aria-label': tw(lang, 'board.checkingLabel') });
  meter.hidden = true;
  const overflow = el('p', { class: 'ws-overflow' });
  const results = el('div', { class: 'ws-results' });

  const progress = ({ done, total }: Progress) => {
    meter.hidden = false;
    meter.max = total;
    meter.value = done;
    status.textContent = tw(lang, 'board.checking', { done, total });
  };
  const files = new BoardFiles(progress, () => render());
  const live = liveWorkshopOf(window.location.search, window.location.hash);
  const read = (picked: readonly File[]) => void files.add(picked).catch(() => render());

  // One row per file loaded, from the board's own checks: what HR keeps of the session.
  const downloadCsv = () => {
    const examined = files.examined();
    const csv = boardCsv({
      examined,
      comparison: compareExamined(examined, fixed),
      lang,
      title: (id) => knownTitle(id, lang),
      reason: (r) => reasonText(r, lang),
    });
    downloadText(`cortafuegos-board-${new Date().toISOString().slice(0, 10)}.csv`, csv, CSV_MIME);
  };
  const csvButton = el(
    'button',
    { type: 'button', id: 'ws-csv', onclick: downloadCsv },
    tw(lang, 'board.csv.download'),
  );
  const csvNote = el('p', { class: 'ws-help' }, tw(lang, 'board.csv.note'));

  const render = () => {
    const c = compareExamined(files.examined(), fixed);
    const session = c.session;
    meter.hidden = true;
    csvButton.disabled = files.examined().length === 0;
    sessionLine.textContent = session
      ? tw(lang, 'board.session', { scenario: scenarioTitle(session.scenario, lang), seed: session.seed })
      : tw(lang, 'board.noSession');
    status.textContent =
      files.count === 0
        ? ''
        : tw(lang, 'board.status', {
            files: files.count,
            teams: c.teams.length,
            rejected: c.rejected.length,
          });
    overflow.textContent =
      files.overflow === 0 ? '' : tw(lang, 'board.tooMany', { count: files.overflow, max: MAX_BOARD_FILES });
    results.replaceChildren(
      ...(c.rejected.length > 0 ? [rejectedSection(c.rejected, lang)] : []),
      ...(c.teams.length === 0
        ? [el('p', { class: 'ws-empty' }, tw(lang, 'board.empty'))]
        : [rankingSection(c, lang), profileSection(c, lang), divergentSection(c, lang)]),
    );
  };

  const picker = el('input', {
    id: 'ws-files',
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
  });
  picker.addEventListener('change', () => {
    const picked = [...(picker.files ?? [])];
    picker.value = '';
    if (picked.length > 0) read(picked);
  });

  const zone = el(
    'div',
    { class: 'ws-dropzone' },
    el('p', { class: 'ws-drop-text' }, tw(lang, 'board.drop')),
    el('label', { for: 'ws-files' }, tw(lang, 'board.pick')),
    picker,
  );
  const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  zone.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('ws-dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('ws-dragging'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('ws-dragging');
    const dropped = [...(e.dataTransfer?.files ?? [])];
    if (dropped.length > 0) read(dropped);
  });
  // A file dropped beside the zone must not make the browser leave the board.
  for (const type of ['dragover', 'drop'] as const)
    window.addEventListener(type, (e) => {
      if (!zone.contains(e.target as Node) && hasFiles(e)) e.preventDefault();
    });

  const clearButton = el(
    'button',
    {
      type: 'button',
      onclick: () => {
        files.clear();
        render();
      },
    },
    tw(lang, 'board.clear'),
  );

  root.replaceChildren(
    el(
      'div',
      { class: 'ws-page ws-board' },
      el('h1', {}, tw(lang, 'board.title')),
      sessionLine,
      live ? liveSection(files, live, lang) : null,
      el(
        'section',
        { class: 'ws-import', 'aria-labelledby': 'ws-import-h' },
        el('h2', { id: 'ws-import-h' }, tw(lang, 'board.import')),
        el('p', { class: 'ws-help' }, tw(lang, 'board.verifyNote')),
        zone,
        el('p', {}, clearButton, ' ', csvButton),
        csvNote,
        status,
        meter,
        overflow,
      ),
      results,
    ),
  );
  render();
  // The session's scenario and both grading lexicons (teams may play in either language; checking a
  // file re-grades its written replies) are fetched now, while the board is surely online.
  const board = root.querySelector<HTMLElement>('.ws-board');
  const ready = () => board?.setAttribute('data-checker', 'ready');
  Promise.all([fixed ? loadScenario(fixed.scenario) : undefined, loadLexicons()]).then(ready, ready);
}
