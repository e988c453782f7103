import type { PlayerAction } from './action';
import type { Rng } from './rng';
import type { CrisisSession } from './session';

/** A built-in way of playing, for the headless simulator, the tests and the benchmarks. */
export interface Policy {
  readonly name: string;
  /** Actions to take now. Called every few simulated seconds; must only return valid actions. */
  decide(session: CrisisSession, rng: Rng): PlayerAction[];
}
