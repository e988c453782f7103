/**
 * Agreement figures between the grader's reading and a labelled gold set. Pure: the benchmark
 * feeds it readings, the tests feed it hand-made ones.
 */

/** One reply as labelled and as read: quality sets, and principle signs (absent: not touched). */
export interface Judged {
  readonly lang: string;
  readonly goldQualities: ReadonlySet<string>;
  readonly readQualities: ReadonlySet<string>;
  readonly goldPrinciples: Readonly<Record<string, 1 | -1 | undefined>>;
  readonly readPrinciples: Readonly<Record<string, 1 | -1 | undefined>>;
}

export interface QualityFigures {
  readonly quality: string;
  /** Replies labelled with the quality. */
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** NaN when the grader never read it (no prediction to be right or wrong about). */
  readonly precision: number;
  /** NaN when the gold set never labels it. */
  readonly recall: number;
  readonly kappa: number;
}

/**
 * Cohen's κ of two binary raters over the same items. When both say the same thing everywhere
 * the chance agreement is 1 and κ is taken as 1 (perfect agreement), else 0.
 */
export function cohenKappa(tp: number, fp: number, fn: number, tn: number): number {
  const n = tp + fp + fn + tn;
  if (n === 0) return Number.NaN;
  const observed = (tp + tn) / n;
  const chance = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  if (chance >= 1) return observed >= 1 ? 1 : 0;
  return (observed - chance) / (1 - chance);
}

export function qualityFigures(items: readonly Judged[], vocabulary: readonly string[]): QualityFigures[] {
  return vocabulary.map((quality) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const it of items) {
      const gold = it.goldQualities.has(quality);
      const read = it.readQualities.has(quality);
      if (gold && read) tp++;
      else if (read) fp++;
      else if (gold) fn++;
      else tn++;
    }
    return {
      quality,
      support: tp + fn,
      tp,
      fp,
      fn,
      tn,
      precision: tp + fp ? tp / (tp + fp) : Number.NaN,
      recall: tp + fn ? tp / (tp + fn) : Number.NaN,
      kappa: cohenKappa(tp, fp, fn, tn),
    };
  });
}

export interface Ratio {
  readonly right: number;
  readonly total: number;
}
export const ratio = (r: Ratio): number => (r.total ? r.right / r.total : Number.NaN);

export interface PolarityFigures {
  readonly overall: Ratio;
  readonly byPrinciple: ReadonlyMap<string, Ratio>;
  readonly byLang: ReadonlyMap<string, Ratio>;
  /** Pairs labelled −1 that the grader read as +1, over the pairs labelled −1. */
  readonly falsePraise: Ratio;
  /** Principles the grader touched that the gold label leaves untouched (not counted as wrong). */
  readonly extraTouches: number;
}

const bump = (m: Map<string, { right: number; total: number }>, key: string, right: boolean) => {
  const r = m.get(key) ?? { right: 0, total: 0 };
  r.total++;
  if (right) r.right++;
  m.set(key, r);
};

/**
 * Over every labelled (reply, principle) pair: right when the grader reads the same sign; a
 * labelled pair the grader leaves untouched counts as wrong.
 */
export function polarityFigures(items: readonly Judged[]): PolarityFigures {
  const overall = { right: 0, total: 0 };
  const falsePraise = { right: 0, total: 0 };
  const byPrinciple = new Map<string, { right: number; total: number }>();
  const byLang = new Map<string, { right: number; total: number }>();
  let extraTouches = 0;
  for (const it of items) {
    for (const [principle, gold] of Object.entries(it.goldPrinciples)) {
      if (gold === undefined) continue;
      const read = it.readPrinciples[principle];
      const right = read === gold;
      overall.total++;
      if (right) overall.right++;
      bump(byPrinciple, principle, right);
      bump(byLang, it.lang, right);
      if (gold === -1) {
        falsePraise.total++;
        if (read === 1) falsePraise.right++;
      }
    }
    for (const [principle, read] of Object.entries(it.readPrinciples))
      if (read !== undefined && it.goldPrinciples[principle] === undefined) extraTouches++;
  }
  return { overall, byPrinciple, byLang, falsePraise, extraTouches };
}

/** The q-quantile (0…1) of sorted numbers, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}
