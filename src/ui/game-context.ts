import type { Actor } from 'xstate';
import type { sessionMachine } from '../app/session.machine';
import type { ScenarioLibrary } from '../content/scenario-library';

/** What every scene needs: the game-flow actor and the scenario library. Kept in the game registry. */
export interface GameContext {
  readonly actor: Actor<typeof sessionMachine>;
  readonly library: ScenarioLibrary;
  /** A message for the menu, e.g. a bad deep link. */
  notice: string | null;
}

export const CONTEXT_KEY = 'cortafuegos';
