import type { KeyValueStore } from '../settings';
import { type AttemptStore, storageReason } from './attempt-store';
import type { Attempt, History } from './history.schema';
import {
  historyOf,
  newAttempts,
  parseHistory,
  readRecord,
  salvageHistory,
  withAttempt,
} from './history-data';
import { readStored } from './stored-text';

/** Where the history lived before IndexedDB: one localStorage key holding every attempt. */
export const LEGACY_KEY = 'cortafuegos.history';
const BACKUP_PREFIX = 'history-';

export type LegacyStore = KeyValueStore & { removeItem(key: string): void };

/** What went wrong while loading the history, each with the text the player can download. */
export type HistoryProblem =
  /** Records in IndexedDB that could not be read: left as they are. */
  | { kind: 'unreadable-records'; count: number; reason: string; raw: string }
  /**
   * The old localStorage history could not be read (or only partly: `damaged` of its attempts).
   * `kept` is the backup key in IndexedDB, or null when no copy could be made: then the text is
   * still in localStorage, untouched.
   */
  | { kind: 'unreadable-legacy'; reason: string; damaged: number | null; raw: string; kept: string | null }
  /** The old history could not be moved into IndexedDB: it stays in localStorage, untouched. */
  | { kind: 'migration-failed'; reason: string; raw: string }
  /** IndexedDB could not be read at all: nothing in it was touched. */
  | { kind: 'unreadable-store'; reason: string };

export type WriteOutcome = { ok: true; recovered: boolean } | { ok: false; reason: string };
export type ImportOutcome = { ok: true; added: number } | { ok: false; reason: string; refused: boolean };

/**
 * The attempts kept on this device, in memory for the scenes and in the store for the next visit.
 * Never throws. A write that fails leaves the store as it was and its attempts waiting here: each
 * later write tries them again, so a write that succeeds means nothing is left behind.
 */
export class HistoryKeeper {
  history: History = historyOf([]);
  private readonly pending = new Map<string, Attempt>();
  private failing = false;

  constructor(
    private readonly store: AttemptStore,
    private readonly legacy: LegacyStore | null,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get durable(): boolean {
    return this.store.durable;
  }

  async load(): Promise<HistoryProblem[]> {
    const problems: HistoryProblem[] = [];
    const attempts: Attempt[] = [];
    const unreadable: { key: string; value: unknown; reason: string }[] = [];
    try {
      for (const { key, value } of await this.store.records()) {
        const read = readRecord(value);
        if (read.ok) attempts.push(read.attempt);
        else unreadable.push({ key, value, reason: read.reason });
      }
    } catch (error) {
      problems.push({ kind: 'unreadable-store', reason: storageReason(error) });
    }
    if (unreadable.length)
      problems.push({
        kind: 'unreadable-records',
        count: unreadable.length,
        reason: unreadable[0]?.reason ?? '',
        raw: JSON.stringify(unreadable, null, 2),
      });
    this.history = historyOf(attempts);
    const legacy = await this.migrate(new Set(unreadable.map((u) => u.key)));
    if (legacy) problems.push(legacy);
    return problems;
  }

  /**
   * Moves the localStorage history into the store in one transaction, and removes the old key only
   * once that transaction completed and every attempt reads back.
   */
  private async migrate(unreadableKeys: Set<string>): Promise<HistoryProblem | null> {
    const raw = readStored(this.legacy, LEGACY_KEY);
    if (raw === null) return null;
    const read = salvageHistory(raw);
    const attempts = read.kind === 'read' ? read.attempts : [];
    // An attempt whose record here is unreadable is not written over: the old text is kept instead.
    const blocked = attempts.filter((a) => unreadableKeys.has(a.id));
    const fresh = newAttempts(
      this.history,
      attempts.filter((a) => !unreadableKeys.has(a.id)),
    );
    const damaged = read.kind === 'read' ? read.damaged : [];
    const reason =
      read.kind === 'unreadable'
        ? read.reason
        : (damaged[0]?.reason ?? (blocked.length ? 'an attempt stored twice' : ''));
    const needsCopy = read.kind === 'unreadable' || damaged.length > 0 || blocked.length > 0;
    const backupKey = `${BACKUP_PREFIX}${this.clock().toISOString()}`;
    for (const attempt of [...fresh, ...blocked]) this.history = withAttempt(this.history, attempt);
    if (!this.store.durable) {
      // Memory is no place to move it to: the old text stays where it is, and is read again next time.
      return needsCopy ? { kind: 'unreadable-legacy', reason, damaged: null, raw, kept: null } : null;
    }
    const problem = (kept: string | null): HistoryProblem => ({
      kind: 'unreadable-legacy',
      reason,
      damaged: read.kind === 'read' ? damaged.length + blocked.length : null,
      raw,
      kept,
    });
    try {
      await this.store.write({ attempts: fresh, ...(needsCopy ? { backup: { key: backupKey, raw } } : {}) });
      const stored = await this.store.stored(fresh.map((a) => a.id));
      if (stored.size !== fresh.length) throw new Error(`only ${stored.size} of ${fresh.length} read back`);
    } catch (error) {
      for (const attempt of fresh) this.pending.set(attempt.id, attempt);
      return needsCopy ? problem(null) : { kind: 'migration-failed', reason: storageReason(error), raw };
    }
    try {
      this.legacy?.removeItem(LEGACY_KEY);
    } catch {
      // still there: the next visit finds every attempt already moved and tries again
    }
    return needsCopy ? problem(backupKey) : null;
  }

  /** Adds or updates an attempt; resolves with whether the store took it (and any left waiting). */
  async record(attempt: Attempt): Promise<WriteOutcome> {
    this.history = withAttempt(this.history, attempt);
    this.pending.set(attempt.id, attempt);
    const batch = [...this.pending.values()];
    try {
      await this.store.write({ attempts: batch });
    } catch (error) {
      this.failing = true;
      return { ok: false, reason: storageReason(error) };
    }
    // Only what this write carried: a newer version of an attempt, queued meanwhile, still waits.
    for (const a of batch) if (this.pending.get(a.id) === a) this.pending.delete(a.id);
    const recovered = this.failing && this.pending.size === 0;
    if (recovered) this.failing = false;
    return { ok: true, recovered };
  }

  /** Stores the attempts of a history file that are new here; says how many really were stored. */
  async import(text: string): Promise<ImportOutcome> {
    const parsed = parseHistory(text);
    if (!parsed.ok) return { ...parsed, refused: false };
    const fresh = newAttempts(this.history, parsed.history.attempts);
    if (fresh.length === 0) return { ok: true, added: 0 };
    let stored: Set<string>;
    try {
      await this.store.write({ attempts: fresh });
      stored = await this.store.stored(fresh.map((a) => a.id));
    } catch (error) {
      return { ok: false, reason: storageReason(error), refused: true };
    }
    for (const attempt of fresh)
      if (stored.has(attempt.id)) this.history = withAttempt(this.history, attempt);
    return { ok: true, added: stored.size };
  }
}
