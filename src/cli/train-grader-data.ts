import { BAD_QUALITIES, GOOD_QUALITIES, type Quality } from '../content/quality';
import { fold } from '../grading/fold';
import { gradeReply } from '../grading/grade-reply';
import { blockedFor, RULE_ONLY, withoutParts } from '../grading/learned';
import { compileCues, featuresOf, wordCount } from '../grading/learned-features';
import { lexiconFor } from '../grading/lexicon';
import { principlesOf } from '../grading/principles';
import type { GoldLine } from './gold-replies';
import { cohenKappa, type Judged, polarityFigures, qualityFigures, ratio } from './grader-metrics';
import { LEARNED_CUES } from './learned-cues';
import { type TrainOptions, trainLogistic } from './train-grader-model';

/** One training reply: its gold labels, its features and what the rules read in it. */
export interface Example {
  readonly line: GoldLine;
  readonly features: readonly string[];
  readonly rules: ReadonlySet<Quality>;
  /** Qualities the learned layer may not add: rule-only ones and those a rule cue saw (learned.ts). */
  readonly blocked: ReadonlySet<Quality>;
  readonly words: number;
  readonly touches: NonNullable<ReturnType<typeof gradeReply>['touches']>;
}

export function exampleOf(line: GoldLine): Example {
  const lex = lexiconFor(line.lang);
  const text = fold(line.text).text;
  const features = featuresOf(text, lex, compileCues(LEARNED_CUES[line.lang]), line.context, line.confirmed);
  const reading = gradeReply(
    {
      text: line.text,
      lang: line.lang,
      context: line.context,
      confirmed: line.confirmed,
      authorName: line.authorName,
    },
    { learned: false },
  );
  const stems = new Set(
    [...features.keys()].filter((f) => f.startsWith('s:') || f.startsWith('n:')).map((f) => f.slice(2)),
  );
  return {
    line,
    features: [...features.keys()],
    blocked: blockedFor(text, lex, stems, reading.qualities),
    words: wordCount(text),
    rules: new Set(reading.qualities),
    touches: reading.touches ?? [],
  };
}

export interface Config extends TrainOptions {
  /** Feature kinds used (the prefix before the colon). */
  readonly kinds: readonly string[];
  /** A feature seen in fewer training replies than this is dropped. */
  readonly minCount: number;
  /** A quality with fewer positive training replies than this has no model. */
  readonly minPositives: number;
  /** Weights are rounded to 1/scale of a logit, and those under `minWeight` of it dropped. */
  readonly scale: number;
  readonly minWeight: number;
  /** A learned hit needs a feature with a span weighing at least this many logits. */
  readonly minEvidence: number;
  /** Weights up to this many logits are dropped where no training reading changes (train-grader-prune.ts). */
  readonly pruneUpTo: number;
  /** The shuffle's seed (train-grader-model.ts): another seed reads a fresh round a few points apart. */
  readonly seed: number;
  /** Qualities left to the rules: no model is trained for them. */
  readonly noModel: readonly Quality[];
}

/** A trained model in integer logits times `scale`, by feature name. */
export interface IntModel {
  readonly quality: Quality;
  readonly bias: number;
  readonly weights: ReadonlyMap<string, number>;
}

export const VOCABULARY: readonly Quality[] = [...GOOD_QUALITIES, ...BAD_QUALITIES];
const kindOf = (f: string): string => f.slice(0, f.indexOf(':'));

/** Models for one language's training replies, one per quality with enough positives. */
export function trainModels(train: readonly Example[], c: Config): IntModel[] {
  const counts = new Map<string, number>();
  for (const e of train) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kinds = new Set(c.kinds);
  const names = [...counts]
    .filter(([f, n]) => n >= c.minCount && kinds.has(kindOf(f)))
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = train.map((e) => e.features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : [])));
  const models: IntModel[] = [];
  for (const quality of VOCABULARY) {
    if (RULE_ONLY.has(quality) || c.noModel.includes(quality)) continue;
    const labels = train.map((e) => e.line.qualities.includes(quality));
    if (labels.filter(Boolean).length < c.minPositives) continue;
    const t = trainLogistic(rows, labels, names.length, c, c.seed);
    const weights = new Map<string, number>();
    for (const [f, w] of t.weights) {
      const q = Math.round(w * c.scale);
      if (Math.abs(q) >= c.minWeight * c.scale) weights.set(names[f] as string, q);
    }
    models.push({ quality, bias: Math.round(t.bias * c.scale), weights });
  }
  return models;
}

/** Out-of-fold scores: per example, per quality with a model, the integer score. */
export type Scores = ReadonlyMap<Example, ReadonlyMap<Quality, number>>;

/** Features with no span: they count in the score but not as the words' evidence (learned.ts). */
export const SPANLESS = /^(?:c:|k:unconfirmed$|k:words)/;

/** Threshold candidates: logits from −3 to 4 by quarters, rounded to the weights' integer units. */
export const thresholdGrid = (scale: number): number[] => [
  ...new Set(Array.from({ length: 29 }, (_, i) => Math.round((i / 4 - 3) * scale))),
];

/**
 * A model's score, or −∞ when the words themselves (the features with a span) do not push it up
 * by `minEvidence`: a learned hit must come from what the reply says, not from its context and
 * length alone, which would read a recipe as defensive.
 */
export function scoreOf(m: IntModel, features: readonly string[], minEvidence: number): number {
  let score = m.bias;
  let words = 0;
  for (const f of features) {
    const w = m.weights.get(f) ?? 0;
    score += w;
    if (!SPANLESS.test(f)) words += w;
  }
  return words >= minEvidence ? score : Number.NEGATIVE_INFINITY;
}

/** Out-of-fold integer scores of every model on every example, folds by position within each language. */
export function crossScores(
  examples: readonly Example[],
  c: Config,
  folds: number,
): Map<Example, Map<Quality, number>> {
  const out = new Map<Example, Map<Quality, number>>();
  for (const lang of ['es', 'en'] as const) {
    const mine = examples.filter((e) => e.line.lang === lang);
    for (let k = 0; k < folds; k++) {
      const models = trainModels(
        mine.filter((_, i) => i % folds !== k),
        c,
      );
      mine.forEach((e, i) => {
        if (i % folds === k)
          out.set(
            e,
            new Map(models.map((m) => [m.quality, scoreOf(m, e.features, c.minEvidence * c.scale)])),
          );
      });
    }
  }
  return out;
}

export interface Thresholds {
  /** Integer logits (times scale) past which a good and a bad quality is read. */
  readonly good: number;
  readonly bad: number;
  /** Below this a rule's reading is dropped; null: never. */
  /** A reply of fewer words is read by the rules alone. */
  readonly minWords: number;
  /** Per quality, instead of good/bad. */
  readonly per?: ReadonlyMap<Quality, number>;
}

const BAD = new Set<string>(BAD_QUALITIES);

export function readingOf(
  e: Example,
  scores: ReadonlyMap<Quality, number> | undefined,
  t: Thresholds | null,
): Set<Quality> {
  const read = new Set(e.rules);
  if (!t || !scores || e.words < t.minWords) return read;
  const learned: Quality[] = [];
  for (const [q, s] of scores) {
    if (s > (t.per?.get(q) ?? (BAD.has(q) ? t.bad : t.good))) {
      if (!e.blocked.has(q) && !read.has(q)) learned.push(q);
    }
  }
  for (const q of learned) read.add(q);
  // As the grader does (learned.ts `withoutParts`): a composite needs its parts in the reading.
  for (const [q, instead] of withoutParts(read, learned, e.blocked)) {
    read.delete(q);
    if (instead) read.add(instead);
  }
  return read;
}

export function judged(examples: readonly Example[], scores: Scores, t: Thresholds | null): Judged[] {
  return examples.map((e) => {
    const read = readingOf(e, scores.get(e), t);
    return {
      lang: e.line.lang,
      goldQualities: new Set(e.line.qualities),
      readQualities: read,
      goldPrinciples: e.line.principles,
      readPrinciples: principlesOf([...read], e.line.context, e.touches),
    };
  });
}

export interface Figures {
  readonly polarity: number;
  readonly falsePraise: number;
  readonly byLang: Record<string, number>;
  readonly kappaOk: number;
  readonly kappaBig: number;
  readonly kappaLow: string[];
  /** Mean κ over the qualities with ≥ 10 occurrences. */
  readonly kappaMean: number;
  readonly precision: number;
  readonly recall: number;
}

export function figuresOf(items: readonly Judged[]): Figures {
  const p = polarityFigures(items);
  const all = qualityFigures(items, VOCABULARY);
  const rows = all.filter((r) => r.support >= 10);
  const sum = (k: 'tp' | 'fp' | 'fn') => all.reduce((n, r) => n + r[k], 0);
  return {
    kappaMean: rows.reduce((n, r) => n + r.kappa, 0) / Math.max(1, rows.length),
    precision: sum('tp') / Math.max(1, sum('tp') + sum('fp')),
    recall: sum('tp') / Math.max(1, sum('tp') + sum('fn')),
    polarity: ratio(p.overall),
    falsePraise: ratio(p.falsePraise),
    byLang: Object.fromEntries([...p.byLang].map(([l, r]) => [l, ratio(r)])),
    kappaOk: rows.filter((r) => r.kappa >= 0.7).length,
    kappaBig: rows.length,
    kappaLow: rows.filter((r) => r.kappa < 0.7).map((r) => `${r.quality} ${r.kappa.toFixed(2)}`),
  };
}

export const describe = (f: Figures): string =>
  `polarity ${f.polarity.toFixed(3)} (es ${f.byLang.es?.toFixed(3)}, en ${f.byLang.en?.toFixed(3)}), false praise ${(100 * f.falsePraise).toFixed(1)}%, quality P/R ${f.precision.toFixed(2)}/${f.recall.toFixed(2)}, mean κ ${f.kappaMean.toFixed(2)}, κ≥0.7 ${f.kappaOk}/${f.kappaBig}${f.kappaLow.length ? ` (low: ${f.kappaLow.join(', ')})` : ''}`;

/** Per quality, the threshold of best κ of the rules' reading joined with the model's, on `on`. */
export function kappaThresholds(
  on: readonly Example[],
  scores: ReadonlyMap<Example, ReadonlyMap<Quality, number>>,
  grid: readonly number[],
): Map<Quality, number> {
  const out = new Map<Quality, number>();
  for (const q of VOCABULARY) {
    let best = Number.NEGATIVE_INFINITY;
    let at = Number.POSITIVE_INFINITY;
    for (const thr of [...grid].sort((a, b) => b - a)) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let tn = 0;
      let any = false;
      for (const e of on) {
        const s = scores.get(e)?.get(q);
        if (s !== undefined) any = true;
        const read = e.rules.has(q) || (s !== undefined && s > thr);
        const gold = e.line.qualities.includes(q);
        if (gold && read) tp++;
        else if (read) fp++;
        else if (gold) fn++;
        else tn++;
      }
      if (!any) break;
      const k = cohenKappa(tp, fp, fn, tn);
      if (k > best + 1e-9) {
        best = k;
        at = thr;
      }
    }
    if (Number.isFinite(at)) out.set(q, at);
  }
  return out;
}
