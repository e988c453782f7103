import type { Actor } from 'xstate';
import type { Notices } from '../app/notices';
import type { Attempt, History } from '../app/persistence/history.schema';
import type { ImportOutcome, WriteOutcome } from '../app/persistence/history-keeper';
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
  /** The menu's messages (a bad deep link, an unreadable history, a full storage), each on its own. */
  readonly notices: Notices;
  /** Set once saving has failed: the live feed keeps warning that a reload would lose the session. */
  /** A live workshop has said it holds this team on the briefing until its facilitator starts. */
  workshopHeld?: boolean;
  saveWarning: string | null;
  /** The player's preferences; `applySettings` stores them and applies the UI-only ones. */
  readonly settings: Settings;
  applySettings(change: Partial<Settings>): void;
  /** Whether moving things should hold still (setting, or the system's preference). */
  reducedMotion(): boolean;
  /** A session saved before the page was closed, offered for resuming from the menu. */
  resumable: SavedSession | null;
  /** Rebuilds the saved session and enters it, paused. */
  resume(): void;
  /** The mode the menu starts sessions in. */
  playMode: 'training' | 'assessment';
  /** Finished attempts on this device (updated at once; stored in IndexedDB behind it). */
  history: History;
  /** False when the history lives only in memory (no IndexedDB in this browser). */
  historyDurable: boolean;
  /** Adds or updates an attempt and stores it; a failed write is also left as a notice. */
  recordAttempt(attempt: Attempt): Promise<WriteOutcome>;
  /** Stores the new attempts of a history file; says how many were really stored, or why none. */
  importHistory(text: string): Promise<ImportOutcome>;
}

export const CONTEXT_KEY = 'cortafuegos';
