import { z } from 'zod';

/**
 * The closed vocabulary of observable reply qualities. Every reply, scripted or (later) free text,
 * is reduced to a set of these; scoring reads qualities, never option ids.
 */
export const GOOD_QUALITIES = [
  'apologises',
  'acknowledges',
  'empathises',
  'explains',
  'admits_error',
  'next_step',
  'promises_update',
  'offers_private',
  'offers_redress',
  'asks_details',
  'thanks',
  'rewards',
  'human_tone',
  'calm_boundary',
] as const;

export const BAD_QUALITIES = [
  'defensive',
  'blames_customer',
  'cites_policy',
  'sarcastic',
  'canned',
  'attacks_competitor',
  'feeds_troll',
  'dismisses',
  'deceives',
  'belittles',
] as const;

export const qualitySchema = z.enum([...GOOD_QUALITIES, ...BAD_QUALITIES]);
export type Quality = z.infer<typeof qualitySchema>;

const bad = new Set<string>(BAD_QUALITIES);
export const isBadQuality = (q: Quality): boolean => bad.has(q);
