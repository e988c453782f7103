/**
 * Rounds for the log. Adding 0 turns −0 into +0: JSON writes both as 0, so a log must never hold
 * −0 or it would not survive its own round trip.
 */
export const round2 = (v: number): number => Math.round(v * 100) / 100 + 0;
export const round3 = (v: number): number => Math.round(v * 1000) / 1000 + 0;
