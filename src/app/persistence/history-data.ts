import type { z } from 'zod';
import { type Attempt, attemptSchema, HISTORY_VERSION, type History, historySchema } from './history.schema';

/**
 * The pure side of the history: reading a history file (an export, or the text the game kept in
 * localStorage before it moved to IndexedDB), reading one stored record, merging. No storage here.
 */

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
};

const newer = (version: number): string =>
  `from a newer version of the game (${version}; this one reads up to ${HISTORY_VERSION})`;

/** Reads a history file as a whole, naming what is wrong with it (an import takes all or nothing). */
export function parseHistory(text: string): { ok: true; history: History } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > HISTORY_VERSION) return { ok: false, reason: newer(version) };
  const parsed = historySchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: `damaged: ${firstIssue(parsed.error)}` };
  return { ok: true, history: parsed.data };
}

export type SalvagedHistory =
  | { kind: 'read'; attempts: Attempt[]; damaged: { index: number; reason: string }[] }
  | { kind: 'unreadable'; reason: string };

/**
 * Reads a stored history attempt by attempt, so one damaged attempt does not take the others with
 * it: every attempt that is valid is kept, and each damaged one is named.
 */
export function salvageHistory(text: string): SalvagedHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'not valid JSON' };
  }
  const record = data as { version?: unknown; attempts?: unknown } | null;
  if (typeof record?.version === 'number' && record.version > HISTORY_VERSION)
    return { kind: 'unreadable', reason: newer(record.version) };
  if (record?.version !== HISTORY_VERSION || !Array.isArray(record.attempts))
    return { kind: 'unreadable', reason: 'damaged: not a history (no version 1 and list of attempts)' };
  const attempts: Attempt[] = [];
  const damaged: { index: number; reason: string }[] = [];
  record.attempts.forEach((value: unknown, index) => {
    const parsed = attemptSchema.safeParse(value);
    if (parsed.success) attempts.push(parsed.data);
    else damaged.push({ index, reason: `damaged: attempts.${index}.${firstIssue(parsed.error)}` });
  });
  return { kind: 'read', attempts, damaged };
}

/** One attempt as IndexedDB keeps it: versioned on its own, so a record can be read or kept alone. */
export interface AttemptRecord {
  version: number;
  attempt: Attempt;
}

export const toRecord = (attempt: Attempt): AttemptRecord => ({ version: HISTORY_VERSION, attempt });

/** Reads a stored record; an unreadable one is named, never repaired or dropped. */
export function readRecord(value: unknown): { ok: true; attempt: Attempt } | { ok: false; reason: string } {
  const record = value as { version?: unknown; attempt?: unknown } | null;
  if (typeof record?.version === 'number' && record.version > HISTORY_VERSION)
    return { ok: false, reason: newer(record.version) };
  if (record?.version !== HISTORY_VERSION) return { ok: false, reason: 'damaged: no version' };
  const parsed = attemptSchema.safeParse(record.attempt);
  if (!parsed.success) return { ok: false, reason: `damaged: ${firstIssue(parsed.error)}` };
  return { ok: true, attempt: parsed.data };
}

const byFinish = (a: Attempt, b: Attempt): number => a.finishedAt.localeCompare(b.finishedAt);

/** A history of these attempts, in the order in which they were finished. */
export const historyOf = (attempts: readonly Attempt[]): History => ({
  version: HISTORY_VERSION,
  attempts: [...attempts].sort(byFinish),
});

/** Adds or replaces an attempt (same id), keeping the order in which they were finished. */
export function withAttempt(history: History, attempt: Attempt): History {
  return historyOf([...history.attempts.filter((a) => a.id !== attempt.id), attempt]);
}

/** The imported attempts that are not here yet (same id: kept once), each once. */
export function newAttempts(mine: History, imported: readonly Attempt[]): Attempt[] {
  const seen = new Set(mine.attempts.map((a) => a.id));
  const fresh: Attempt[] = [];
  for (const a of imported) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    fresh.push(a);
  }
  return fresh;
}

/** Merges an imported history into this one; attempts already here (same id) are kept once. */
export function mergeHistories(mine: History, imported: History): { history: History; added: number } {
  const fresh = newAttempts(mine, imported.attempts);
  return { history: historyOf([...mine.attempts, ...fresh]), added: fresh.length };
}
