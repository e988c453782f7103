import type { Actor } from 'xstate';
import type { Attempt, History } from '../app/persistence/history.schema';
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
  /** Set once saving has failed: the live feed keeps warning that a reload would lose the session. */
  saveWarning: string | null;
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
  /** The mode the menu starts sessions in. */
  playMode: 'training' | 'assessment';
  /** Finished attempts on this device. */
  history: History;
  /** Adds or updates an attempt and stores the history; false when storage refused it. */
  recordAttempt(attempt: Attempt): boolean;
  /** Merges an imported history file; returns how many attempts were new, or the reason it failed. */
  importHistory(text: string): { ok: true; added: number } | { ok: false; reason: string };
}

export const CONTEXT_KEY = 'cortafuegos';
