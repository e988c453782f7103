import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LEARNED_EN } from '../grading/lexicon.en.learned';
import { LEARNED_ES } from '../grading/lexicon.es.learned';
import { loadLexicons } from '../grading/load-lexicon';
import { type GoldLine, readGold } from './gold-replies';
import { LEARNED_CUES } from './learned-cues';
import {
  type Config,
  crossScores,
  describe,
  type Example,
  exampleOf,
  figuresOf,
  judged,
  type Scores,
  type Thresholds,
  thresholdGrid,
  trainModels,
} from './train-grader-data';
import { newestRoundThresholds } from './train-grader-newest';
import { modelsOfData, pruneModels } from './train-grader-prune';
import { learnedModule } from './train-grader-write';

/**
 * `npm run -s train:grader`: trains the grader's learned layer and writes its weight files
 * (src/grading/lexicon.<lang>.learned.ts), deterministically. Before writing, it prints the
 * 5-fold cross-validated figures of the rules alone and with the layer, and the thresholds chosen
 * on the newest round of the gold set with how it reads by them. Training reads the tune part of the gold set (tests/gold/replies.jsonl);
 * the held-out part is filtered out before any text is read.
 *
 * `--explore '[["name", {config overrides}], …]'` prints the figures of other configurations and
 * writes nothing. `--check` writes nothing either. `--prune es` prunes the shipped Spanish weights
 * (train-grader-prune.ts) without training.
 */
await loadLexicons();

const ROOT = resolve(import.meta.dirname, '../..');
const out = (line = '') => process.stdout.write(`${line}\n`);

const tune = readGold(resolve(ROOT, 'tests/gold/replies.jsonl')).filter((g) => g.split === 'tune');
// Rounds 3 to 5 of the gold set (tests/gold/README.md): the replies written after the version 3 rules.
const LATER_BATCH_FROM = { es: 243, en: 247 } as const;
const later = (g: GoldLine) => Number(g.id.slice(3)) >= LATER_BATCH_FROM[g.lang];
const examples: Example[] = [...tune.filter((g) => !later(g)), ...tune.filter(later)].map(exampleOf);
// The later batch was written after the version 3 rules. The cross-validation's own thresholds,
// chosen on the whole and on the batch, are reported only: rules have since been written from
// every round, so they chose too high (newestRound below).
const fresh = examples.slice(tune.filter((g) => !later(g)).length);
const FOLDS = 5;
// Round 13 (tests/gold/README.md), read before any rule was written from it: where the thresholds
// are chosen (train-grader-newest.ts). Move this to the next round when one lands, before any rule
// is written from it.
const NEWEST_ROUND_FROM = { es: 1183, en: 1187 } as const;
const newest = (e: Example) => Number(e.line.id.slice(3)) >= NEWEST_ROUND_FROM[e.line.lang];

// A floor under the thresholds the newest round chooses. Set when round 10 was the newest: it read
// best with flaws from 0.15 of probability (−1.7 logits) and care from 0.38 (−0.5), where careful
// replies in the tests read flaws on a pronoun ("ellos") and a bare "we'll call you at 3pm" read
// warmth. So flaws need 0.27 (−1 logit) and care 0.44 (−0.25). Rounds 11 and 12 choose flaws at
// the floor and care above it (0).
const NEWEST_FLOOR = { good: -0.25, bad: -1 } as const;

/** The thresholds of the newest round, printed with how it reads by them. */
function newestRound(name: string, c: Config): Thresholds {
  const { t, figures } = newestRoundThresholds(examples, newest, c, MIN_WORDS, NEWEST_FLOOR);
  out(
    `${name}: newest round ${examples.filter(newest).length}, by models trained on the rounds before it, thresholds ${JSON.stringify(t)}`,
  );
  out(`  ${describe(figures)}`);
  return t;
}

// Chosen by cross-validation: stems, negated stems, stems after a contrast, whole-reply cues and
// the context. Stem bigrams and stem prefixes read worse on the later batch; the rules' own
// reading as a feature made the models trust the rules where they had been fitted. The L1 penalty
// (1.2e-3, from 3e-4 at grader v6) read the later rounds as well or better with 40 % fewer weights,
// which keeps the grader under its size budget as the rules grow. Each model's positive examples
// weigh 10 (2 until grader v11) and the L1 penalty is 3.6e-3: models of earlier rounds read rounds
// 11 and 12 at 0.746 polarity with 10.2 % false praise (0.717 and 13.4 % before; three splits,
// three seeds) with no more weights, and then, at the thresholds those rounds chose, round 13,
// written after the choice, at 0.715 with 6.9 % (0.730 and 11.1 % before). Every quality is rare
// in the training replies; weighing its examples up reads more of the flaws the rules miss, which
// is most of the false praise, but more of the care qualities too (their κ falls), and the
// stronger penalty keeps the weights few.
const BASE: Config = {
  kinds: ['s', 'n', 'p', 'k', 'c'],
  minCount: 3,
  minPositives: 5,
  scale: 10,
  minWeight: 0.4,
  minEvidence: 1,
  l2: 1e-3,
  l1: 3.6e-3,
  epochs: 25,
  rate: 0.3,
  positiveWeight: 10,
  // Pruning is for the size budget: Spanish is under 40 KiB only pruned up to 1 logit (when round
  // 10 was the newest, models of rounds 1-9 read it as well so pruned as up to 0.6 or unpruned).
  pruneUpTo: 1,
  // Other seeds read round 12 between 0.705 and 0.749 (grader v10): differences of a point or two
  // between two trainings are the shuffle, not the change.
  seed: 1,
  // Models of rounds 1-10 and 1-11 with these models removed, one at a time, read rounds 11 and 12
  // no worse (seeds 1 and 2), and together a little better (polarity 0.715 → 0.717, false praise
  // 13.6 → 13.4 %, three splits and seeds): the rules read these alone, and the weight file is 20 %
  // smaller, room in the size budget for rules.
  noModel: [
    // With positives weighing 10, the same reading without the acknowledges model (0.740 and
    // 10.0 % against 0.742 and 10.2 %, seeds 1 and 2): it goes for the size budget.
    'acknowledges',
    'apologises',
    'empathises',
    'promises_update',
    'asks_details',
    'thanks',
    'rewards',
    'sarcastic',
    'deceives',
    'belittles',
  ],
};

function report(name: string, scores: Scores, t: Thresholds | null) {
  out(name);
  out(`  all ${examples.length}: ${describe(figuresOf(judged(examples, scores, t)))}`);
  out(`  later batch ${fresh.length}: ${describe(figuresOf(judged(fresh, scores, t)))}`);
}

const FALSE_PRAISE_CAP = 0.03;
// A reply this short is read by the rules alone: a bag of a few words misreads what the rules read
// exactly there ("No vamos a ignorar tu queja", "Sorry you feel that way"). It costs the later
// batch about 0.01 of cross-validated polarity and gains the tune part's κ.
const MIN_WORDS = 12;
// In the cross-validation's own choice (reported only), flaws are read at even odds or better:
// lower bad thresholds score higher polarity there, but on function words ("was", "a", "el") and
// in replies with no flaw at all.
const MIN_BAD = 0;
// Polarity alone would reward reading every quality the labels leave out (an extra touch is not
// counted wrong); the mean κ keeps the layer from flooding the reading.
const KAPPA_WEIGHT = 1;

/**
 * The good and bad thresholds of best mean polarity over the sets, each kept at or under the false
 * praise target. A lower bad threshold catches more flaws and lowers false praise, but a flaw read
 * in error breaks a principle the reply honours; a lower good threshold reads more care.
 */
function bestThresholds(sets: readonly (readonly Example[])[], scores: Scores, scale: number): Thresholds {
  const grid = thresholdGrid(scale);
  let best: { t: Thresholds; value: number } | null = null;
  for (const good of grid)
    for (const bad of grid.filter((x) => x >= MIN_BAD * scale)) {
      const t = { good, bad, minWords: MIN_WORDS };
      const figures = sets.map((on) => figuresOf(judged(on, scores, t)));
      const value = figures.reduce(
        (v, f) =>
          v +
          (f.polarity + KAPPA_WEIGHT * f.kappaMean) / sets.length -
          10 * Math.max(0, f.falsePraise - FALSE_PRAISE_CAP),
        0,
      );
      if (!best || value > best.value + 1e-9) best = { t, value };
    }
  return (best as { t: Thresholds }).t;
}

function crossValidate(name: string, c: Config): Thresholds {
  const scores = crossScores(examples, c, FOLDS);
  const t = bestThresholds([examples, fresh], scores, c.scale);
  report(`${name}: thresholds ${JSON.stringify(t)}`, scores, t);
  // Nested: thresholds chosen without one half of the later batch, read on that half.
  const halves = [fresh.filter((_, i) => i % 2 === 0), fresh.filter((_, i) => i % 2 === 1)];
  const nested = halves.flatMap((h) => {
    const without = new Set(h);
    const t = bestThresholds(
      [examples.filter((e) => !without.has(e)), fresh.filter((e) => !without.has(e))],
      scores,
      c.scale,
    );
    return judged(h, scores, t);
  });
  out(`  later batch, thresholds chosen without the half read: ${describe(figuresOf(nested))}`);
  return t;
}

/** One language's models, trained on all its tune replies, then pruned. */
function trained(lang: 'es' | 'en', c: Config, t: Thresholds) {
  const mine = examples.filter((e) => e.line.lang === lang);
  return pruneModels(
    trainModels(mine, c),
    mine,
    t,
    c.minEvidence * c.scale,
    Math.round(c.pruneUpTo * c.scale),
  );
}

report('rules alone', new Map(), null);
const explore = process.argv.indexOf('--explore');
if (explore > 0) {
  const configs = JSON.parse(process.argv[explore + 1] ?? '[]') as [string, Partial<Config>][];
  for (const [name, over] of configs) {
    const c = { ...BASE, ...over };
    crossValidate(`${name} ${JSON.stringify(over)}`, c);
    const t = newestRound(`${name} ${JSON.stringify(over)}`, c);
    for (const lang of ['es', 'en'] as const) {
      const { models, dropped } = trained(lang, c, t);
      out(`  ${lang}: ${models.reduce((n, m) => n + m.weights.size, 0)} weights (${dropped} pruned)`);
    }
  }
} else if (process.argv.includes('--prune')) {
  // `--prune es`: the shipped weights of the languages named pruned as training prunes them,
  // without training anew. For a weight file a retraining on the grown tune part would not improve
  // that must make room in the size budget.
  const langs = (process.argv[process.argv.indexOf('--prune') + 1] ?? '').split(',');
  for (const data of [LEARNED_ES, LEARNED_EN].filter((d) => langs.includes(d.lang))) {
    const models = modelsOfData(data);
    const per = new Map(models.map((m, i) => [m.quality, data.threshold[i] ?? Number.POSITIVE_INFINITY]));
    const t: Thresholds = { good: 0, bad: 0, minWords: data.minWords, per };
    const c = { ...BASE, scale: data.scale, minEvidence: data.minEvidence / data.scale };
    const mine = examples.filter((e) => e.line.lang === data.lang);
    const pruned = pruneModels(models, mine, t, data.minEvidence, Math.round(c.pruneUpTo * c.scale));
    const path = resolve(ROOT, `src/grading/lexicon.${data.lang}.learned.ts`);
    writeFileSync(path, learnedModule(data.lang, data.cues, c, pruned.models, t));
    execFileSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', path], { stdio: 'ignore' });
    out(`pruned ${path}: ${pruned.dropped} weights dropped`);
  }
} else {
  crossValidate('with the learned layer', BASE);
  const t = newestRound('with the learned layer', BASE);
  if (!process.argv.includes('--check')) {
    const written: string[] = [];
    for (const lang of ['es', 'en'] as const) {
      const { models, dropped } = trained(lang, BASE, t);
      const path = resolve(ROOT, `src/grading/lexicon.${lang}.learned.ts`);
      writeFileSync(path, learnedModule(lang, LEARNED_CUES[lang], BASE, models, t));
      written.push(path);
      out(
        `wrote ${path}: ${models.length} models, ${models.reduce((n, m) => n + m.weights.size, 0)} weights (${dropped} pruned)`,
      );
    }
    // Formatted as the repository formats it, so that a retraining on the same data changes no byte.
    execFileSync(resolve(ROOT, 'node_modules/.bin/biome'), ['format', '--write', ...written], {
      stdio: 'ignore',
    });
  }
}
