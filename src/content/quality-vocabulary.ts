/**
 * The closed vocabulary of observable reply qualities. Every reply, scripted or (later) free text,
 * is reduced to a set of these; scoring reads qualities, never option ids.
 */
/**
 * The qualities of a reply that attends to someone with a real problem: it says sorry, listens,
 * explains, says what happens next, takes it private or makes amends. The grader and the troll
 * detector both read "did this reply look after the person" from this one list.
 */
export const CARE_QUALITIES = [
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
] as const;

export const GOOD_QUALITIES = [
  ...CARE_QUALITIES,
  'thanks',
  'rewards',
  'human_tone',
  'calm_boundary',
  // Addressing the person by their name: PRINCIPLES.md asks for a human, friendly tone (humility).
] as const;

export const BAD_QUALITIES = [
  /** A colleague of the brand named in public as the culprit or as punished. */
  'names_person',
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
  'non_apology',
  'apology_then_blame',
  'minimises',
  'blames_third_party',
  'over_promises',
  'premature_all_clear',
  'exposes_private_data',
  'unverified_compensation',
] as const;

export type Quality = (typeof GOOD_QUALITIES)[number] | (typeof BAD_QUALITIES)[number];

const bad = new Set<string>(BAD_QUALITIES);
export const isBadQuality = (q: Quality): boolean => bad.has(q);

/**
 * The flaws of a near-miss: a plausible, professional reply that a source principle still catches
 * (an apology with blame after it, a promise nobody can know yet, private data in public…).
 */
export const NEAR_MISS_QUALITIES: readonly Quality[] = [
  'non_apology',
  'apology_then_blame',
  'minimises',
  'blames_third_party',
  'names_person',
  'over_promises',
  'premature_all_clear',
  'exposes_private_data',
  'unverified_compensation',
];
