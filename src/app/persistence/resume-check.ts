import type { ScenarioManifest } from '../../content/scenario.schema';
import type { DeepLink } from '../deep-link';
import type { SavedSession } from './save.schema';
import { checkSaveAgainst } from './save-check';
import type { LoadResult, SaveStore } from './save-store';

/**
 * The save as the game may offer it: readable, of a scenario this build has, and consistent with
 * that scenario. A save that fails the check is kept under a backup key, never silently dropped.
 */
export function checkedSave(saves: SaveStore, manifests: readonly ScenarioManifest[]): LoadResult {
  const loaded = saves.load();
  if (loaded.kind !== 'saved') return loaded;
  const manifest = manifests.find((m) => m.id === loaded.save.scenario);
  if (!manifest) return { kind: 'none' };
  const problem = checkSaveAgainst(loaded.save, manifest);
  return problem ? saves.quarantine(JSON.stringify(loaded.save), problem) : loaded;
}

/** Whether a link opens the very session that is saved (same scenario, seed and language): then it resumes. */
export const linksToSave = (link: DeepLink, save: SavedSession): boolean =>
  link.scenario === save.scenario &&
  (link.seed ?? 1) === save.seed &&
  (link.lang === undefined || link.lang === save.lang);
