import { z } from 'zod';
import type { ScenarioManifest } from '../content/scenario.schema';
import { type Lang, langSchema } from '../content/scenario.schema';
import { scenarioHash } from '../content/scenario-hash';
import { scoreSession } from '../scoring/score';
import { scoreSchema } from '../scoring/score.schema';
import { SCORING_VERSION } from '../scoring/scoring-version';
import { type SessionEvent, sessionLogSchema } from '../sim/event';
import { buildDebrief } from './build-debrief';
import { debriefSchema } from './debrief.schema';

/**
 * The results file: one session, everything needed to show it again or compare it in a workshop,
 * as versioned JSON. The log is the session; score and debrief are kept alongside so a reader needs
 * no engine, and can be recomputed from the log to check them. Version 2 adds what that check
 * needs to tell a file of another version from a forged one: the scoring version and the
 * scenario's fingerprint.
 */
export const RESULTS_FORMAT = 'cortafuegos-results';
export const RESULTS_VERSION = 2;

/** A workshop team's name, as long as a team link allows. */
export const MAX_TEAM_NAME = 60;

/** How the session was played: onboarding training, a team workshop, self-assessment, or a headless policy. */
export const MODES = ['training', 'workshop', 'assessment', 'headless'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

/** What every version holds about the session, after its own header. */
const sessionFields = (team: z.ZodString) => ({
  scenario: z.string(),
  seed: z.number().int(),
  lang: langSchema,
  mode: modeSchema,
  /** The policy that played, for headless sessions. */
  policy: z.string().optional(),
  /** The workshop team that played. */
  team: team.optional(),
  log: sessionLogSchema,
  score: scoreSchema,
  debrief: debriefSchema,
});

/** The first release's files, still read (the history on a device keeps them). */
export const resultsV1Schema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(1),
  ...sessionFields(z.string()),
});

export const resultsV2Schema = z.strictObject({
  format: z.literal(RESULTS_FORMAT),
  version: z.literal(RESULTS_VERSION),
  /** The scoring that scored the log (SCORING_VERSION). */
  scoringVersion: z.number().int().positive(),
  /** SHA-256 of the compiled scenario the session was played on (scenarioHash). */
  scenarioHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal digits'),
  ...sessionFields(z.string().max(MAX_TEAM_NAME)),
});

/** Every version this game reads. */
export const resultsSchema = z.discriminatedUnion('version', [resultsV1Schema, resultsV2Schema]);
export type Results = z.infer<typeof resultsSchema>;
/** A results file as this version writes it. */
export type CurrentResults = z.infer<typeof resultsV2Schema>;

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

/** Reads a results file back, validating every part of it. */
export const parseResults = (json: unknown): Results => resultsSchema.parse(json);
