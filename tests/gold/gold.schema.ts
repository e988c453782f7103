import { z } from 'zod';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { qualitySchema } from '../../src/content/quality';

/**
 * The nine qualities issue 11 adds to the closed vocabulary. They are not in src/content/quality.ts
 * on this branch yet; once the grader's vocabulary is merged, GOLD_QUALITIES must equal it exactly
 * (the gold-set test then needs this list to be a subset of qualitySchema.options).
 */
export const ADDED_QUALITIES = [
  'non_apology',
  'apology_then_blame',
  'minimises',
  'blames_third_party',
  'names_person',
  'over_promises',
  'premature_all_clear',
  'exposes_private_data',
  'unverified_compensation',
] as const;

export const GOLD_QUALITIES = [
  ...new Set<string>([...qualitySchema.options, ...ADDED_QUALITIES]),
] as readonly string[];

export const goldQualitySchema = z.enum(GOLD_QUALITIES as [string, ...string[]]);

export const GRADING_CONTEXTS = [
  'genuine_complaint',
  'positive',
  'troll',
  'rude_agent',
  'outage',
  'press',
] as const;

export const gradingContextSchema = z.enum(GRADING_CONTEXTS);

const polaritySchema = z.union([z.literal(1), z.literal(-1)]);

/** One labelled reply of tests/gold/replies.jsonl. */
export const goldReplySchema = z.strictObject({
  id: z.string().regex(/^(es|en)-\d{3}$/, 'id must look like es-001 or en-001'),
  lang: z.enum(['es', 'en']),
  context: gradingContextSchema,
  confirmed: z.boolean(),
  authorName: z.string().min(1),
  post: z.string().min(1),
  text: z.string().min(1),
  qualities: z.array(goldQualitySchema),
  principles: z.partialRecord(z.enum(PRINCIPLE_IDS), polaritySchema),
  split: z.enum(['tune', 'heldout']),
  note: z.string().min(1).optional(),
});

export type GoldReply = z.infer<typeof goldReplySchema>;
