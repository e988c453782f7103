import type { Actor } from 'xstate';
import type { SavedSession } from '../app/persistence/save.schema';
import type { sessionMachine } from '../app/session.machine';
import type { Settings } from '../app/settings';
import type { ScenarioCatalog } from '../content/scenario-catalog';
import type { A11yLayer } from './dom/a11y-layer';

/** What every scene needs: the game-flow actor and the scenario library. Kept in the game registry. */
export interface GameContext {
  readonly actor: Actor<typeof sessionMachine>;
  readonly library: ScenarioCatalog;
  /** The accessible DOM mirror of whatever the canvas shows. */
  readonly a11y: A11yLayer;
  /** A message for the menu, e.g. a bad deep link. */
  notice: string | null;
  /** The player's preferences; `applySettings` stores them and applies the UI-only ones. */
  readonly settings: Settings;
  applySettings(change: Partial<Settings>): void;
  /** Whether moving things should hold still (setting, or the system's preference). */
  reducedMotion(): boolean;
  /** A session saved before the page was closed, offered for resuming from the menu. */
  resumable: SavedSession | null;
  /** A save that could not be read, kept for download. */
  damagedSave: { raw: string; name: string } | null;
  /** Rebuilds the saved session and enters it, paused. */
  resume(): void;
}

export const CONTEXT_KEY = 'cortafuegos';
