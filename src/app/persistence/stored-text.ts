import type { KeyValueStore } from '../settings';

/** The text stored under a key, or null when there is none or the storage cannot be read. */
export function readStored(store: KeyValueStore | null, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps a copy of stored text that could not be read under a dated backup key, so nothing the
 * player had is lost, and returns that key. A storage too full for the copy still returns the key:
 * the caller keeps the text itself for download.
 */
export function keepBackup(store: KeyValueStore | null, prefix: string, raw: string, now: Date): string {
  const key = `${prefix}${now.toISOString()}`;
  try {
    store?.setItem(key, raw);
  } catch {
    // storage full: the raw text still travels with the caller's result
  }
  return key;
}
