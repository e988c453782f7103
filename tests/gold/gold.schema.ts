import { z } from 'zod';
import { GRADING_CONTEXTS, gradingContextSchema } from '../../src/content/grading-context';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { qualitySchema } from '../../src/content/quality';
import { NEAR_MISS_QUALITIES } from '../../src/content/quality-vocabulary';

/** The gold set speaks the grader's own vocabulary and contexts: one source of truth. */
/** The nine qualities issue 11 added to the vocabulary: the near-miss flaws. */
export const ADDED_QUALITIES = NEAR_MISS_QUALITIES;

export const GOLD_QUALITIES: readonly string[] = qualitySchema.options;
export const goldQualitySchema = qualitySchema;
export { GRADING_CONTEXTS, gradingContextSchema };

const polaritySchema = z.union([z.literal(1), z.literal(-1)]);

/** One labelled reply of tests/gold/replies.jsonl. */
export const goldReplySchema = z.strictObject({
  id: z.string().regex(/^(es|en)-\d{3,4}$/, 'id must look like es-001 or en-1001'),
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
