import type { Quality } from '../content/quality';
import {
  type Config,
  type Example,
  type Figures,
  figuresOf,
  judged,
  scoreOf,
  type Thresholds,
  thresholdGrid,
  trainModels,
} from './train-grader-data';

/** How much more a point of false praise costs than a point of polarity (below). */
const FALSE_PRAISE_WEIGHT = 2;

/**
 * The layer's thresholds, chosen on the newest round of the gold set as read by models trained on
 * the rounds before it. Cross-validation over the tune part asks the layer to add to rules that
 * were written from those very replies, so it chose thresholds far too high for text no rule has
 * seen (a good threshold of 1.8 logits at grader v9, 4 once round 9 was in the tune part, where
 * the newest round read best near 0). A round read before any rule is
 * written from it is the one sample of what players will write; each new round takes its place.
 */
export function newestRoundThresholds(
  examples: readonly Example[],
  isNewest: (e: Example) => boolean,
  c: Config,
  minWords: number,
  /** The lowest thresholds, in logits: below even odds a bag of words reads care and flaws on function words. */
  floor: { readonly good: number; readonly bad: number },
): { t: Thresholds; figures: Figures } {
  const newest = examples.filter(isNewest);
  const scores = new Map<Example, Map<Quality, number>>();
  for (const lang of ['es', 'en'] as const) {
    const models = trainModels(
      examples.filter((e) => e.line.lang === lang && !isNewest(e)),
      c,
    );
    for (const e of newest)
      if (e.line.lang === lang)
        scores.set(
          e,
          new Map(models.map((m) => [m.quality, scoreOf(m, e.features, c.minEvidence * c.scale)])),
        );
  }
  // Polarity and the mean κ, less twice the false praise: on unseen text a cap such as the held-out
  // target's pushes the thresholds to reading flaws everywhere, but praise for a flawed reply is
  // the error a trainee learns from. On round 13 (grader v11's first training), flaws read from −1
  // logit instead of +0.8 gave 0.737 polarity instead of 0.765 and 6.3 % false praise, not 9.6 %.
  const grid = thresholdGrid(c.scale);
  let best: { t: Thresholds; figures: Figures; value: number } | null = null;
  for (const good of grid.filter((x) => x >= floor.good * c.scale))
    for (const bad of grid.filter((x) => x >= floor.bad * c.scale)) {
      const t = { good, bad, minWords };
      const figures = figuresOf(judged(newest, scores, t));
      const value = figures.polarity + figures.kappaMean - FALSE_PRAISE_WEIGHT * figures.falsePraise;
      if (!best || value > best.value + 1e-9) best = { t, figures, value };
    }
  const chosen = best as { t: Thresholds; figures: Figures };
  return { t: chosen.t, figures: chosen.figures };
}
