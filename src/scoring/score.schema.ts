import { z } from 'zod';
import { principleSchema } from '../content/principle';
import { ACTION_TYPES } from '../sim/action';
import { ruleIdSchema } from './rule-ids';
import { sourceFileSchema } from './sources';

/**
 * The score of a session, as data: the same in the browser, the CLI, the results file and the
 * tests. No human text here: the dictionaries in `i18n/` explain every id in both languages.
 */
const percent = z.number().min(0).max(100);

/** One judgement a rule made: what happened when, how many points it earned out of how many. */
export const evidenceSchema = z.strictObject({
  /** Simulated seconds from the start of the session. */
  t: z.number().nonnegative(),
  /** The post the judgement is about, if any. */
  post: z.string().optional(),
  /** The player's action the judgement is about, if any (absent when the player did nothing). */
  action: z.enum(ACTION_TYPES).optional(),
  /** The brand post (reply, statement, update) that was judged, if any. */
  reply: z.string().optional(),
  rule: ruleIdSchema,
  /** Points earned; negative for a penalty. */
  points: z.number(),
  /** Points at stake. A principle's score is 100 × Σ points / Σ of, between 0 and 100. */
  of: z.number().nonnegative(),
  /** The source article, by file name. */
  source: sourceFileSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const principleScoreSchema = z.strictObject({
  /** 0–100, or null when the session never exercised the principle. */
  score: percent.nullable(),
  evidence: z.array(evidenceSchema),
});
export type PrincipleScore = z.infer<typeof principleScoreSchema>;

/**
 * Troll discernment as a detector. `sensitivity`: genuine customers treated as genuine.
 * `bias.dismissive`: genuine customers actively treated as trolls (deleted, hidden, blocked, left
 * alone on purpose, or answered as one answers a troll). `bias.feeding`: troll posts fed (a public
 * reply that engages, a like, redress). Percentages; null when there was nobody of that kind.
 */
export const trollDiscernmentSchema = z.strictObject({
  sensitivity: percent.nullable(),
  bias: z.strictObject({ dismissive: percent.nullable(), feeding: percent.nullable() }),
});
export type TrollDiscernment = z.infer<typeof trollDiscernmentSchema>;

export const BAND_IDS = ['firewall', 'solid', 'developing', 'at_risk', 'fuel', 'unrated'] as const;
export const bandSchema = z.enum(BAND_IDS);
export type BandId = z.infer<typeof bandSchema>;

export const SCORE_VERSION = 1;

export const scoreSchema = z.strictObject({
  version: z.literal(SCORE_VERSION),
  overall: percent.nullable(),
  band: bandSchema,
  principles: z.record(principleSchema, principleScoreSchema),
  trollDiscernment: trollDiscernmentSchema,
});
export type Score = z.infer<typeof scoreSchema>;
