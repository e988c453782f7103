import { SAVE_VERSION, type SavedSession, saveSchema } from './save.schema';

/**
 * Each step turns a save of version n into version n + 1. Version 1 (the first release) had no
 * play mode; every session then was free practice.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, version: 2, mode: 'training' }),
};

export type MigrationResult =
  | { ok: true; save: SavedSession; migrated: boolean }
  | { ok: false; reason: string };

export function migrateSave(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'the save is not an object' };
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version))
    return { ok: false, reason: 'the save has no version' };
  if (version > SAVE_VERSION) {
    return {
      ok: false,
      reason: `the save is from a newer version of the game (${version}; this one reads up to ${SAVE_VERSION})`,
    };
  }
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, reason: `no migration from save version ${v}` };
    data = step(data);
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `the save is damaged: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    };
  }
  return { ok: true, save: parsed.data, migrated: version !== SAVE_VERSION };
}
