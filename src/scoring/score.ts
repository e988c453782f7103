import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import type { ScenarioManifest } from '../content/scenario.schema';
import type { SessionEvent } from '../sim/event';
import { buildFacts } from './facts';
import { buildLedger } from './ledger';
import { PRINCIPLE_RULES } from './principle-rules';
import type { RuleInput } from './rules/input';
import { SCORE_VERSION, type Score } from './score.schema';
import { readDetector } from './troll-detector';
import { bandOf, overallScore } from './weighting';

/** The facts and shared readings of a log, for the score and for the debrief. */
export function ruleInput(manifest: ScenarioManifest, log: readonly SessionEvent[]): RuleInput {
  const facts = buildFacts(manifest, log);
  return { facts, ledger: buildLedger(facts), detector: readDetector(facts) };
}

/**
 * Scores a session against the fifteen principles. Pure: the same manifest and log always give the
 * same score, in the browser, the CLI and the tests.
 */
export function scoreSession(manifest: ScenarioManifest, log: readonly SessionEvent[]): Score {
  const input = ruleInput(manifest, log);
  const principles = {} as Score['principles'];
  const values = {} as Record<PrincipleId, number | null>;
  for (const id of PRINCIPLE_IDS) {
    principles[id] = PRINCIPLE_RULES[id](input);
    values[id] = principles[id].score;
  }
  const overall = overallScore(values);
  const d = input.detector;
  return {
    version: SCORE_VERSION,
    overall,
    band: bandOf(overall),
    principles,
    trollDiscernment: { sensitivity: d.sensitivity, bias: { dismissive: d.dismissive, feeding: d.feeding } },
  };
}
