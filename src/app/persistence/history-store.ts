import type { KeyValueStore } from '../settings';
import { type Attempt, HISTORY_VERSION, type History, historySchema } from './history.schema';
import { keepBackup, readStored } from './stored-text';

const KEY = 'cortafuegos.history';
const BACKUP_PREFIX = 'cortafuegos.history-backup.';

export type HistoryLoad =
  | { kind: 'ok'; history: History }
  /** Unreadable: kept untouched under `backupKey`; play goes on with an empty history. */
  | { kind: 'unreadable'; reason: string; backupKey: string; raw: string; history: History };

const empty = (): History => ({ version: HISTORY_VERSION, attempts: [] });

/** Reads a history (a stored one or an imported file), naming what is wrong with it. */
export function parseHistory(text: string): { ok: true; history: History } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > HISTORY_VERSION) {
    return {
      ok: false,
      reason: `from a newer version of the game (${version}; this one reads up to ${HISTORY_VERSION})`,
    };
  }
  const parsed = historySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `damaged: ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { ok: true, history: parsed.data };
}

/** The attempts kept on this device. Never throws: storage may be full, blocked or damaged. */
export class HistoryStore {
  constructor(
    private readonly store: KeyValueStore | null,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  load(): HistoryLoad {
    const raw = readStored(this.store, KEY);
    if (raw === null) return { kind: 'ok', history: empty() };
    const parsed = parseHistory(raw);
    if (parsed.ok) return { kind: 'ok', history: parsed.history };
    const backupKey = keepBackup(this.store, BACKUP_PREFIX, raw, this.clock());
    this.save(empty());
    return { kind: 'unreadable', reason: parsed.reason, backupKey, raw, history: empty() };
  }

  /** Writes the history; false when storage refused it. */
  save(history: History): boolean {
    try {
      if (!this.store) return false;
      this.store.setItem(KEY, JSON.stringify(history));
      return true;
    } catch {
      return false;
    }
  }
}

/** Adds or replaces an attempt (same id), keeping the order in which they were finished. */
export function withAttempt(history: History, attempt: Attempt): History {
  const others = history.attempts.filter((a) => a.id !== attempt.id);
  return {
    ...history,
    attempts: [...others, attempt].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt)),
  };
}

/** Merges an imported history into this one; attempts already here (same id) are kept once. */
export function mergeHistories(mine: History, imported: History): { history: History; added: number } {
  let history = mine;
  let added = 0;
  for (const attempt of imported.attempts) {
    if (history.attempts.some((a) => a.id === attempt.id)) continue;
    history = withAttempt(history, attempt);
    added++;
  }
  return { history, added };
}
