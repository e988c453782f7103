import type { Notice } from '../app/notices';
import { openAttemptStore } from '../app/persistence/attempt-db';
import { withAttempt } from '../app/persistence/history-data';
import { HistoryKeeper, type HistoryProblem, type LegacyStore } from '../app/persistence/history-keeper';
import type { GameContext } from './game-context';

const WRITE_FAILED = 'history.write';

/** The menu's message for a problem found while loading the history, with its text to download. */
export function problemNotice(problem: HistoryProblem): Notice {
  const download = (raw: string, name: string): Notice['download'] => ({
    raw,
    name,
    label: 'history.download',
  });
  switch (problem.kind) {
    case 'unreadable-records':
      return {
        id: 'history.records',
        key: 'history.unreadableRecords',
        vars: { n: problem.count, reason: problem.reason },
        download: download(problem.raw, 'cortafuegos-history-unreadable.json'),
      };
    case 'unreadable-legacy':
      return {
        id: 'history.legacy',
        ...(problem.kept === null
          ? { key: 'history.noCopy', vars: { reason: problem.reason } }
          : problem.damaged
            ? {
                key: 'history.keptPartly',
                vars: { n: problem.damaged, reason: problem.reason, key: problem.kept },
              }
            : { key: 'history.keptCopy', vars: { reason: problem.reason, key: problem.kept } }),
        download: download(problem.raw, 'cortafuegos.history.json'),
      };
    case 'migration-failed':
      return {
        id: 'history.legacy',
        key: 'history.notMoved',
        vars: { reason: problem.reason },
        download: download(problem.raw, 'cortafuegos.history.json'),
      };
    case 'unreadable-store':
      return { id: 'history.store', key: 'history.storeUnreadable', vars: { reason: problem.reason } };
  }
}

/**
 * Puts the history behind the context: opens IndexedDB (or memory, said once), moves the old
 * localStorage history in, and turns every problem and failed write into a notice. Resolves once
 * the history is loaded; `loaded` lets the menu redraw its cards and locks.
 */
export function wireHistory(
  context: GameContext,
  legacy: LegacyStore | null,
  loaded: () => void,
): Promise<void> {
  const ready = (async () => {
    const { store, unavailable } = await openAttemptStore();
    if (unavailable)
      context.notices.add({ id: 'history.memory', key: 'history.memoryOnly', vars: { reason: unavailable } });
    const keeper = new HistoryKeeper(store, legacy);
    for (const problem of await keeper.load()) context.notices.add(problemNotice(problem));
    context.history = keeper.history;
    context.historyDurable = keeper.durable;
    return keeper;
  })();
  context.recordAttempt = async (attempt) => {
    // The debrief reads the history at once (for the cards this attempt earned).
    context.history = withAttempt(context.history, attempt);
    const keeper = await ready;
    const done = keeper.record(attempt);
    context.history = keeper.history;
    const outcome = await done;
    if (outcome.ok) context.notices.dismiss(WRITE_FAILED);
    else
      context.notices.add({ id: WRITE_FAILED, key: 'history.writeFailed', vars: { reason: outcome.reason } });
    return outcome;
  };
  context.importHistory = async (text) => {
    const keeper = await ready;
    const outcome = await keeper.import(text);
    context.history = keeper.history;
    return outcome;
  };
  return ready.then(loaded);
}
