import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import type { Policy } from './policy';
import { createRng } from './rng';
import { CrisisSession } from './session';

/** How often, in simulated seconds, a headless policy looks at the feed. */
export const DECISION_STEP = 5;

/** An inject a headless session lands at a simulated time, as a facilitator would. */
export interface TimedInject {
  readonly at: number;
  readonly id: string;
}

/**
 * Plays a whole session with a policy. The policy draws from its own stream, seeded from the
 * session's. `injects` land at their times (each is refused loudly if the session refuses it).
 */
export function playHeadless(
  scenario: CompiledScenario,
  lang: Lang,
  seed: number,
  policy: Policy,
  injects: readonly TimedInject[] = [],
): CrisisSession {
  const session = new CrisisSession(scenario, lang, seed);
  const rng = createRng(seed ^ 0x5bd1e995);
  const due = [...injects].sort((a, b) => a.at - b.at);
  while (!session.ended) {
    const next = session.now + DECISION_STEP;
    while (due.length > 0 && (due[0]?.at ?? Infinity) <= next && !session.ended) {
      const inject = due.shift() as TimedInject;
      session.advanceTo(inject.at);
      const landed = session.inject(inject.id);
      if (!landed.ok) throw new Error(`inject "${inject.id}" at t=${inject.at} refused: ${landed.reason}`);
    }
    session.advanceTo(next);
    if (session.ended) break;
    for (const action of policy.decide(session, rng)) {
      const result = session.act(action);
      if (!result.ok) throw new Error(`policy "${policy.name}" chose an invalid action: ${result.reason}`);
    }
  }
  return session;
}
