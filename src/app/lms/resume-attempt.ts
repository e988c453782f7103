import type { CompiledScenario } from '../../content/compiled-scenario';
import { CrisisSession } from '../../sim/session';
import type { SuspendedAttempt } from './suspend-data';

/**
 * Rebuilds a suspended attempt: the same scenario and seed, each of the player's inputs at its
 * time, then the clock run on to where it stood. Written texts are read afresh by the grader (the
 * suspend data keeps the texts, not their readings), which reads them as it did with the same
 * grader version. Throws, naming the input, when one no longer fits the crisis.
 */
export function resumeAttempt(scenario: CompiledScenario, attempt: SuspendedAttempt): CrisisSession {
  if (attempt.scenario !== scenario.manifest.id) {
    throw new Error(`the attempt is of scenario "${attempt.scenario}", not "${scenario.manifest.id}"`);
  }
  const session = new CrisisSession(scenario, attempt.lang, attempt.seed);
  for (const [t, kind, what] of attempt.inputs) {
    if (t > attempt.now) throw new Error(`an input at t=${t} is after the attempt's clock (${attempt.now})`);
    session.advanceTo(t);
    if (session.ended) throw new Error(`the session ended before the input at t=${t}`);
    if (kind === 'm') session.menu(what, true);
    else if (kind === 'h') session.hint(what);
    else {
      const result = session.act(what);
      if (!result.ok) throw new Error(`the action at t=${t} cannot be replayed: ${result.reason}`);
    }
  }
  session.advanceTo(attempt.now);
  return session;
}
