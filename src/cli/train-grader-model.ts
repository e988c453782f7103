/**
 * Sparse logistic regression for the grader's learned layer: plain SGD with an elastic-net
 * penalty, deterministic (a seeded shuffle, fixed order everywhere), so that the same data always
 * writes the same weights.
 */

export interface TrainOptions {
  /** L2 penalty on the mean loss. */
  readonly l2: number;
  /** L1 penalty on the mean loss: what keeps the weight files small. */
  readonly l1: number;
  readonly epochs: number;
  readonly rate: number;
  /** Weight of a positive example relative to a negative one (rare qualities need more). */
  readonly positiveWeight: number;
}

export interface Trained {
  readonly bias: number;
  readonly weights: ReadonlyMap<number, number>;
}

/** A small linear congruential generator: the shuffle must not depend on Math.random. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Rows are the feature indices present in each example (binary features). */
export function trainLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly boolean[],
  dims: number,
  o: TrainOptions,
  seed = 1,
): Trained {
  const w = new Float64Array(dims);
  let b = 0;
  const n = rows.length;
  const order = rows.map((_, i) => i);
  const rand = lcg(seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = o.rate / Math.sqrt(1 + epoch);
    for (const i of order) {
      const x = rows[i] as readonly number[];
      let z = b;
      for (const f of x) z += w[f] as number;
      const y = labels[i] ? 1 : 0;
      const g = (sigmoid(z) - y) * (y ? o.positiveWeight : 1);
      for (const f of x) w[f] = (w[f] as number) - rate * g;
      b -= rate * g;
    }
    // The penalty once per epoch, as n steps of it: shrink, then soft-threshold.
    const shrink = (1 - rate * o.l2) ** n;
    const cut = rate * o.l1 * n;
    for (let f = 0; f < dims; f++) {
      const v = (w[f] as number) * shrink;
      w[f] = v > cut ? v - cut : v < -cut ? v + cut : 0;
    }
  }
  const weights = new Map<number, number>();
  for (let f = 0; f < dims; f++) if (w[f] !== 0) weights.set(f, w[f] as number);
  return { bias: b, weights };
}
