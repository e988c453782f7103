import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import type { Score } from './score.schema';

/** Scores of many sessions in a few numbers, for the CLI's `--runs` summary and the calibration table. */
export interface ScoreSummary {
  overall: { mean: number | null; min: number | null; max: number | null };
  /** Mean of each principle over the sessions that exercised it; null if none did. */
  principles: Record<PrincipleId, number | null>;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : round1(xs.reduce((a, b) => a + b, 0) / xs.length);

export function summarizeScores(scores: readonly Score[]): ScoreSummary {
  const overall = scores.map((s) => s.overall).filter((x): x is number => x !== null);
  const principles = {} as Record<PrincipleId, number | null>;
  for (const id of PRINCIPLE_IDS)
    principles[id] = mean(scores.map((s) => s.principles[id].score).filter((x): x is number => x !== null));
  return {
    overall: {
      mean: mean(overall),
      min: overall.length ? Math.min(...overall) : null,
      max: overall.length ? Math.max(...overall) : null,
    },
    principles,
  };
}
