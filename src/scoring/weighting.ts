import { CORE_PRINCIPLES, PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import type { BandId } from './score.schema';

/**
 * How the overall score is made: the weighted mean of the principles the session exercised
 * (those scored null are left out, and the others' weights share their place). The four
 * principles the product brief names first — empathy, transparency, no deletion, follow-up — weigh
 * three times as much as each of the other eleven, so together they are 12/23 (about half) of a
 * session that exercises everything.
 */
export const CORE_WEIGHT = 3;
export const OTHER_WEIGHT = 1;

export const WEIGHTS: Readonly<Record<PrincipleId, number>> = Object.fromEntries(
  PRINCIPLE_IDS.map((id) => [id, CORE_PRINCIPLES.includes(id) ? CORE_WEIGHT : OTHER_WEIGHT]),
) as Record<PrincipleId, number>;

export function overallScore(scores: Readonly<Record<PrincipleId, number | null>>): number | null {
  let sum = 0;
  let weight = 0;
  for (const id of PRINCIPLE_IDS) {
    const s = scores[id];
    if (s === null) continue;
    sum += s * WEIGHTS[id];
    weight += WEIGHTS[id];
  }
  return weight === 0 ? null : Math.round(sum / weight);
}

/** Bands, best first: the lowest overall score that reaches each. */
export const BANDS: readonly { readonly id: Exclude<BandId, 'unrated'>; readonly min: number }[] = [
  { id: 'firewall', min: 85 },
  { id: 'solid', min: 70 },
  { id: 'developing', min: 50 },
  { id: 'at_risk', min: 25 },
  { id: 'fuel', min: 0 },
];

export function bandOf(overall: number | null): BandId {
  if (overall === null) return 'unrated';
  return BANDS.find((b) => overall >= b.min)?.id ?? 'fuel';
}
