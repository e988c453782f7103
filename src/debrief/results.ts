import { z } from 'zod';
import type { ScenarioManifest } from '../content/scenario.schema';
import { langSchema } from '../content/scenario.schema';
import { scoreSession } from '../scoring/score';
import { scoreSchema } from '../scoring/score.schema';
import { type SessionEvent, sessionLogSchema } from '../sim/event';
import { buildDebrief } from './build-debrief';
import { debriefSchema } from './debrief.schema';

/**
 * The results file: one session, everything needed to show it again or compare it in a workshop,
 * as versioned JSON. The log is the session; score and debrief are kept alongside so a reader needs
 * no engine, and can be recomputed from the log to check them.
 */
export const RESULTS_FORMAT = 'cortafuegos-results';
export const RESULTS_VERSION = 1;

/** How the session was played: onboarding training, a team workshop, self-assessment, or a headless policy. */
export const MODES = ['training', 'workshop', 'assessment', 'headless'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

export const resultsSchema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  scenario: z.string(),
  seed: z.number().int(),
  lang: langSchema,
  mode: modeSchema,
  /** The policy that played, for headless sessions. */
  policy: z.string().optional(),
  /** The workshop team that played. */
  team: z.string().optional(),
  log: sessionLogSchema,
  score: scoreSchema,
  debrief: debriefSchema,
});
export type Results = z.infer<typeof resultsSchema>;

export interface ResultsInput {
  readonly manifest: ScenarioManifest;
  readonly log: readonly SessionEvent[];
  readonly mode: Mode;
  readonly policy?: string;
  readonly team?: string;
}

export function buildResults({ manifest, log, mode, policy, team }: ResultsInput): Results {
  const start = log[0];
  if (start?.type !== 'session_started') throw new Error('a session log must begin with session_started');
  if (start.scenario !== manifest.id)
    throw new Error(`log is of scenario "${start.scenario}", not "${manifest.id}"`);
  const score = scoreSession(manifest, log);
  return resultsSchema.parse({
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    scenario: manifest.id,
    seed: start.seed,
    lang: start.lang,
    mode,
    ...(policy === undefined ? {} : { policy }),
    ...(team === undefined ? {} : { team }),
    log,
    score,
    debrief: buildDebrief(manifest, log, score),
  });
}

/** Reads a results file back, validating every part of it. */
export const parseResults = (json: unknown): Results => resultsSchema.parse(json);
