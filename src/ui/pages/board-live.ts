import { tw } from '../../app/i18n/workshop-i18n';
import { readWorkshopResults } from '../../app/workshop/workshop-reads';
import type { Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';
import type { BoardFiles } from './board-files';

/** The live workshop the board was opened from (`?workshop=<id>#key=<k>`, a link of the console), or null. */
export function liveWorkshopOf(search: string, hash: string): { id: string; key: string } | null {
  const id = new URLSearchParams(search).get('workshop');
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return id && key ? { id, key } : null;
}

/**
 * The board's section for a live workshop: the finished teams' results are asked of the workshop
 * server at once and on demand, and put on the board as files are (checked by replay, deduplicated),
 * so nobody carries files around; the teams still playing are named.
 */
export function liveSection(files: BoardFiles, live: { id: string; key: string }, lang: Lang): HTMLElement {
  const status = el('p', { class: 'ws-status', role: 'status', id: 'ws-live-status' });
  const load = async (): Promise<void> => {
    status.textContent = tw(lang, 'board.liveLoading');
    const read = await readWorkshopResults(live.id, live.key);
    if (read.kind !== 'ok') {
      status.textContent = tw(lang, 'board.liveFailed', {
        reason: read.kind === 'refused' ? `${read.status}: ${read.reason}` : read.reason,
      });
      return;
    }
    const { files: found, unfinished } = read.value;
    await files.addTexts(found.map((f) => ({ name: f.name, text: JSON.stringify(f.results) })));
    status.textContent = [
      tw(lang, 'board.liveLoaded', { count: found.length }),
      unfinished.length > 0
        ? tw(lang, 'board.liveUnfinished', { teams: unfinished.join(', ') })
        : tw(lang, 'board.liveAllDone'),
    ].join(' ');
  };
  const again = el(
    'button',
    { type: 'button', id: 'ws-live-refresh', onclick: () => void load() },
    tw(lang, 'board.liveRefresh'),
  );
  void load();
  return el(
    'section',
    { class: 'ws-live', 'aria-labelledby': 'ws-live-h' },
    el('h2', { id: 'ws-live-h' }, tw(lang, 'board.live')),
    el('p', { class: 'ws-help' }, tw(lang, 'board.liveHelp')),
    el('p', {}, again),
    status,
  );
}
