import { z } from 'zod';
import { CORE_PRINCIPLES, type PrincipleId } from '../content/principle';

/**
 * Self-assessment: the player's confidence, 1 (not at all) to 5 (fully), in the four principles the
 * brief names first, asked before and after a session and set beside the measured scores.
 */
export const ratingSchema = z.number().int().min(1).max(5);
export const ratingsSchema = z.strictObject({
  empathy: ratingSchema,
  transparency: ratingSchema,
  no_deletion: ratingSchema,
  follow_up: ratingSchema,
});
export type Ratings = z.infer<typeof ratingsSchema>;

export const RATED_PRINCIPLES = CORE_PRINCIPLES as readonly (keyof Ratings & PrincipleId)[];

/** A confidence rating on the 0–100 scale of the scores, for setting them side by side. */
export const ratingAsScore = (rating: number): number => (rating - 1) * 25;
