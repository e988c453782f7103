import type { KeyValueStore } from '../settings';
import { migrateSave } from './migrations';
import type { SavedSession } from './save.schema';
import { keepBackup, readStored } from './stored-text';

const KEY = 'cortafuegos.session';
const BACKUP_PREFIX = 'cortafuegos.backup.';

export type LoadResult =
  | { kind: 'none' }
  | { kind: 'saved'; save: SavedSession }
  /** Unreadable: kept untouched under `backupKey` so the player can download it. */
  | { kind: 'unreadable'; reason: string; backupKey: string; raw: string };

/** Where the session in progress lives between page loads. Never throws: storage may be full or off. */
export class SaveStore {
  constructor(
    private readonly store: KeyValueStore | null,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  load(): LoadResult {
    const raw = readStored(this.store, KEY);
    if (raw === null) return { kind: 'none' };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.quarantine(raw, 'the save is not valid JSON');
    }
    const result = migrateSave(data);
    if (!result.ok) return this.quarantine(raw, result.reason);
    return { kind: 'saved', save: result.save };
  }

  /** Returns false when the save could not be written (storage full or unavailable). */
  save(session: SavedSession): boolean {
    try {
      if (!this.store) return false;
      this.store.setItem(KEY, JSON.stringify(session));
      return true;
    } catch {
      return false;
    }
  }

  clear(): void {
    try {
      (this.store as (KeyValueStore & { removeItem?(key: string): void }) | null)?.removeItem?.(KEY);
    } catch {
      // nothing to do: a save that cannot be removed is replaced by the next one
    }
  }

  /** Keeps a save that could not be used (unreadable, or failing to replay) and removes it from play. */
  quarantine(raw: string, reason: string): LoadResult & { kind: 'unreadable' } {
    const backupKey = keepBackup(this.store, BACKUP_PREFIX, raw, this.clock());
    this.clear();
    return { kind: 'unreadable', reason, backupKey, raw };
  }
}
