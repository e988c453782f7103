import type { Lang, ScenarioManifest } from '../content/scenario.schema';
import { scenarioHash } from '../content/scenario-hash';
import { scoreSession } from '../scoring/score';
import { SCORING_VERSION } from '../scoring/scoring-version';
import type { SessionEvent } from '../sim/event';
import { buildDebrief } from './build-debrief';
import {
  type CurrentResults,
  MAX_TEAM_NAME,
  type Mode,
  RESULTS_FORMAT,
  RESULTS_VERSION,
  resultsV2Schema,
} from './results.schema';

// The file's format lives in results.schema.ts (what a reader of results needs, without the scoring).
export * from './results.schema';

export interface ResultsInput {
  readonly manifest: ScenarioManifest;
  /** The compiled stories it was played on (the scenario's fingerprint covers them). */
  readonly stories: Readonly<Record<Lang, string>>;
  readonly log: readonly SessionEvent[];
  readonly mode: Mode;
  readonly policy?: string;
  readonly team?: string;
}

export function buildResults({ manifest, stories, log, mode, policy, team }: ResultsInput): CurrentResults {
  const start = log[0];
  if (start?.type !== 'session_started') throw new Error('a session log must begin with session_started');
  if (start.scenario !== manifest.id)
    throw new Error(`log is of scenario "${start.scenario}", not "${manifest.id}"`);
  const score = scoreSession(manifest, log);
  return resultsV2Schema.parse({
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    scoringVersion: SCORING_VERSION,
    scenarioHash: scenarioHash({ manifest, stories }),
    scenario: manifest.id,
    seed: start.seed,
    lang: start.lang,
    mode,
    ...(policy === undefined ? {} : { policy }),
    // Team links allow no longer name; a longer one (an edited save) is cut, never the session lost.
    ...(team === undefined ? {} : { team: team.slice(0, MAX_TEAM_NAME) }),
    log,
    score,
    debrief: buildDebrief(manifest, log, score),
  });
}
