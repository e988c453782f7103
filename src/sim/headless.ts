import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import type { Policy } from './policy';
import { createRng } from './rng';
import { CrisisSession } from './session';

/** How often, in simulated seconds, a headless policy looks at the feed. */
export const DECISION_STEP = 5;

/** Plays a whole session with a policy. The policy draws from its own stream, seeded from the session's. */
export function playHeadless(
  scenario: CompiledScenario,
  lang: Lang,
  seed: number,
  policy: Policy,
): CrisisSession {
  const session = new CrisisSession(scenario, lang, seed);
  const rng = createRng(seed ^ 0x5bd1e995);
  while (!session.ended) {
    session.advanceTo(session.now + DECISION_STEP);
    if (session.ended) break;
    for (const action of policy.decide(session, rng)) {
      const result = session.act(action);
      if (!result.ok) throw new Error(`policy "${policy.name}" chose an invalid action: ${result.reason}`);
    }
  }
  return session;
}
