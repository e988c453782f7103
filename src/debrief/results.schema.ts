import { z } from 'zod';
import { langSchema } from '../content/scenario.schema';
import { scoreSchema } from '../scoring/score.schema';
import { sessionLogSchema } from '../sim/event';
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

/** Reads a results file back, validating every part of it. */
export const parseResults = (json: unknown): Results => resultsSchema.parse(json);
