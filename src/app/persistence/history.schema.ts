import { z } from 'zod';
import { resultsSchema } from '../../debrief/results.schema';
import { ratingsSchema } from '../self-rating';
import { playModeSchema } from './save.schema';

/** Every finished attempt, kept on this device: the results file plus how it was played. */
export const HISTORY_VERSION = 1;

export const attemptSchema = z.strictObject({
  id: z.string(),
  finishedAt: z.string(),
  mode: playModeSchema,
  team: z.string().optional(),
  hints: z.number().int().nonnegative(),
  selfRating: z.strictObject({ before: ratingsSchema.nullable(), after: ratingsSchema.nullable() }),
  results: resultsSchema,
});
export type Attempt = z.infer<typeof attemptSchema>;

export const historySchema = z.strictObject({
  version: z.literal(HISTORY_VERSION),
  attempts: z.array(attemptSchema),
});
export type History = z.infer<typeof historySchema>;
