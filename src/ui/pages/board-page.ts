/** The facilitator's board: reads many results files (drop or pick) and lays the valid ones side by side. */
import { tw } from '../../app/i18n/workshop-i18n';
import { type Comparison, compareResults, type WorkshopSessionRef } from '../../app/workshop/compare-results';
import type { Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';
import { divergentSection, profileSection, rankingSection, rejectedSection } from './board-sections';
import { scenarioTitle } from './workshop-format';

/** The session the board was opened for (`?scenario=…&seed=…`), or null to let the first valid file set it. */
function sessionFromUrl(): WorkshopSessionRef | null {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get('scenario');
  const seed = Number(params.get('seed') ?? Number.NaN);
  return scenario && Number.isInteger(seed) ? { scenario, seed } : null;
}

export function renderBoard(root: HTMLElement, lang: Lang): void {
  const fixed = sessionFromUrl();
  let inputs: { name: string; text: string }[] = [];

  const sessionLine = el('p', { class: 'ws-session' });
  const status = el('p', { class: 'ws-status', role: 'status' });
  const results = el('div', { class: 'ws-results' });

  const read = async (files: readonly File[]) => {
    const read = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    for (const file of read)
      if (!inputs.some((x) => x.name === file.name && x.text === file.text)) inputs.push(file);
    render(compareResults(inputs, fixed));
  };

  const render = (c: Comparison) => {
    const session = c.session;
    sessionLine.textContent = session
      ? tw(lang, 'board.session', { scenario: scenarioTitle(session.scenario, lang), seed: session.seed })
      : tw(lang, 'board.noSession');
    status.textContent =
      inputs.length === 0
        ? ''
        : tw(lang, 'board.status', {
            files: inputs.length,
            teams: c.teams.length,
            rejected: c.rejected.length,
          });
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
    const files = [...(picker.files ?? [])];
    picker.value = '';
    if (files.length > 0) void read(files);
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
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length > 0) void read(files);
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
        inputs = [];
        render(compareResults([], fixed));
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
      el(
        'section',
        { class: 'ws-import', 'aria-labelledby': 'ws-import-h' },
        el('h2', { id: 'ws-import-h' }, tw(lang, 'board.import')),
        zone,
        el('p', {}, clearButton),
        status,
      ),
      results,
    ),
  );
  render(compareResults([], fixed));
}
