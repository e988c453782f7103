import { BAD_QUALITIES } from '../content/quality';
import { compileLearned, type LearnedData } from '../grading/learned';
import { type Example, type IntModel, SPANLESS, type Thresholds } from './train-grader-data';

const BAD = new Set<string>(BAD_QUALITIES);

/**
 * What one model reads in one training reply, as the game would: nothing, or the quality with
 * the feature its evidence points at (the first present feature of the largest positive weight
 * with a span, as `learnedScores` picks it).
 */
function readingOf(m: IntModel, features: readonly string[], threshold: number, minEvidence: number): string {
  let score = m.bias;
  let words = 0;
  let best = 0;
  let top: string | null = null;
  for (const f of features) {
    const w = m.weights.get(f);
    if (!w) continue;
    score += w;
    if (SPANLESS.test(f)) continue;
    words += w;
    if (w > best) {
      best = w;
      top = f;
    }
  }
  return top !== null && words >= minEvidence && score > threshold ? top : '';
}

/**
 * The models without the weights, smallest first up to `upTo` (integer units), whose removal
 * changes nothing the layer reads in any of the training replies: neither a quality nor the
 * evidence it cites. The weight file is what the grader ships in its size budget. On unseen text
 * pruning does change readings, by about as much as another seed does: when round 9 was the newest,
 * models of rounds 1 to 8 pruned up to 0.6 logit read it at 0.741 polarity and 7.1 % false praise,
 * against 0.735 and 6.7 % unpruned.
 */
export function pruneModels(
  models: readonly IntModel[],
  train: readonly Example[],
  t: Thresholds,
  minEvidence: number,
  upTo: number,
): { models: IntModel[]; dropped: number } {
  const read = train.filter((e) => e.words >= t.minWords);
  let dropped = 0;
  const out = models.map((m) => {
    const threshold = t.per?.get(m.quality) ?? (BAD.has(m.quality) ? t.bad : t.good);
    const weights = new Map(m.weights);
    const model = { ...m, weights };
    const having = new Map<string, Example[]>();
    for (const e of read)
      for (const f of e.features) if (weights.has(f)) (having.get(f) ?? having.set(f, []).get(f))?.push(e);
    const candidates = [...weights]
      .filter(([, w]) => Math.abs(w) <= upTo)
      .sort(([fa, a], [fb, b]) => Math.abs(a) - Math.abs(b) || (fa < fb ? -1 : fa > fb ? 1 : 0));
    for (const [f, w] of candidates) {
      const affected = having.get(f) ?? [];
      const before = affected.map((e) => readingOf(model, e.features, threshold, minEvidence));
      weights.delete(f);
      if (affected.some((e, i) => readingOf(model, e.features, threshold, minEvidence) !== before[i]))
        weights.set(f, w);
      else dropped++;
    }
    return model;
  });
  return { models: out, dropped };
}

/** A shipped weight file's models, read as the grader reads them (learned.ts `compileLearned`). */
export function modelsOfData(data: LearnedData): IntModel[] {
  const compiled = compileLearned(data);
  return compiled.models.map((m, i) => ({
    quality: m.quality,
    bias: m.bias,
    weights: new Map(
      [...compiled.weights].flatMap(([feature, row]) =>
        row[i] ? [[feature, row[i] as number] as const] : [],
      ),
    ),
  }));
}
