import type { Attempt } from './history.schema';
import type { AttemptRecord } from './history-data';

/** Text that could not be read, kept so the player can still have it. */
export interface Backup {
  key: string;
  raw: string;
}

/** One write: attempts and, when a text must be kept, its backup; all of it is stored or none. */
export interface AttemptWrite {
  attempts: readonly Attempt[];
  backup?: Backup;
}

/**
 * Where finished attempts live, one record per attempt. The IndexedDB adapter keeps them between
 * visits; the memory one only until the page closes (`durable: false`). Writes reject with the
 * storage's own error (a full disk, a refused transaction) and change nothing when they do.
 */
export interface AttemptStore {
  readonly durable: boolean;
  /** Every stored record with its key, readable or not: the caller reads them. */
  records(): Promise<{ key: string; value: unknown }[]>;
  write(change: AttemptWrite): Promise<void>;
  /** Which of these attempts are really stored, read back from the storage. */
  stored(ids: readonly string[]): Promise<Set<string>>;
}

/** The fallback when the browser offers no IndexedDB (some private modes). */
export class MemoryAttemptStore implements AttemptStore {
  readonly durable = false;
  readonly attempts = new Map<string, AttemptRecord | unknown>();
  readonly backups = new Map<string, string>();

  async records(): Promise<{ key: string; value: unknown }[]> {
    return [...this.attempts].map(([key, value]) => ({ key, value }));
  }

  async write({ attempts, backup }: AttemptWrite): Promise<void> {
    for (const attempt of attempts) this.attempts.set(attempt.id, { version: 1, attempt });
    if (backup) this.backups.set(backup.key, backup.raw);
  }

  async stored(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => this.attempts.has(id)));
  }
}

/** A storage error as the player can read it: a full storage says so. */
export function storageReason(error: unknown): string {
  const e = error as { name?: unknown; message?: unknown } | null;
  if (e?.name === 'QuotaExceededError') return 'the storage of this device is full';
  const name = typeof e?.name === 'string' ? e.name : 'Error';
  const message = typeof e?.message === 'string' && e.message ? `: ${e.message}` : '';
  return `${name}${message}`;
}
