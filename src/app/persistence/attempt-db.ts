import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import { type AttemptStore, type AttemptWrite, MemoryAttemptStore, storageReason } from './attempt-store';
import { toRecord } from './history-data';

export const DB_NAME = 'cortafuegos';
const DB_VERSION = 1;

/**
 * Attempts keyed by their id (out of line, so a damaged record still has its key), and texts that
 * could not be read, keyed by where they came from and when.
 */
interface HistoryDb extends DBSchema {
  attempts: { key: string; value: unknown };
  backups: { key: string; value: { savedAt: string; raw: string } };
}

/** The history in IndexedDB: one record per attempt, each write one transaction. */
export class IndexedDbAttemptStore implements AttemptStore {
  readonly durable = true;

  constructor(readonly db: IDBPDatabase<HistoryDb>) {}

  async records(): Promise<{ key: string; value: unknown }[]> {
    const tx = this.db.transaction('attempts');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    return keys.map((key, i) => ({ key, value: values[i] }));
  }

  async write({ attempts, backup }: AttemptWrite): Promise<void> {
    const tx = this.db.transaction(['attempts', 'backups'], 'readwrite');
    const requests: Promise<unknown>[] = [];
    try {
      const store = tx.objectStore('attempts');
      for (const attempt of attempts) requests.push(store.put(toRecord(attempt), attempt.id));
      if (backup)
        requests.push(
          tx.objectStore('backups').put({ savedAt: new Date().toISOString(), raw: backup.raw }, backup.key),
        );
    } catch (error) {
      // A put that throws at once (a value that cannot be cloned) must not let the others commit.
      tx.abort();
      await tx.done.catch(() => undefined);
      await Promise.allSettled(requests);
      throw error;
    }
    try {
      await Promise.all([...requests, tx.done]);
    } catch (error) {
      // The transaction's own error says why (QuotaExceededError at commit); an AbortError does not.
      throw tx.error ?? error;
    }
  }

  async stored(ids: readonly string[]): Promise<Set<string>> {
    const keys = new Set(await this.db.getAllKeys('attempts'));
    return new Set(ids.filter((id) => keys.has(id)));
  }
}

export async function openIndexedDb(factory: IDBFactory): Promise<IndexedDbAttemptStore> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', () => {
    const db = request.result;
    if (!db.objectStoreNames.contains('attempts')) db.createObjectStore('attempts');
    if (!db.objectStoreNames.contains('backups')) db.createObjectStore('backups');
  });
  const db = (await wrap(request)) as unknown as IDBPDatabase<HistoryDb>;
  // A newer version of the game opened in another tab needs this one to let go.
  db.addEventListener('versionchange', () => db.close());
  return new IndexedDbAttemptStore(db);
}

/**
 * The durable store when the browser has one, asking the browser not to evict it (where it can:
 * `navigator.storage` does not exist in insecure contexts such as http://<LAN address>). Without
 * IndexedDB (some private modes), the history lives in memory and `unavailable` says why.
 */
export async function openAttemptStore(
  factory: () => IDBFactory | undefined = () => globalThis.indexedDB,
): Promise<{ store: AttemptStore; unavailable: string | null }> {
  try {
    // Even reading `indexedDB` throws in some locked-down contexts.
    const idb = factory();
    if (!idb) return { store: new MemoryAttemptStore(), unavailable: 'IndexedDB is not available' };
    const store = await openIndexedDb(idb);
    requestPersistence();
    return { store, unavailable: null };
  } catch (error) {
    return { store: new MemoryAttemptStore(), unavailable: storageReason(error) };
  }
}

function requestPersistence(): void {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().catch(() => undefined);
}
