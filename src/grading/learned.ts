import type { GradingContext, GradingLang } from '../content/grading-context';
import type { Quality } from '../content/quality';
import { findHits, type Hit } from './hits';
import {
  type CompiledCues,
  compileCues,
  type FeatureSpan,
  featuresOf,
  type LearnedCues,
  wordCount,
} from './learned-features';
import type { CompiledLexicon } from './lexicon';

/**
 * A language's learned layer, written by `npm run train:grader` (src/cli/train-grader.cli.ts): one
 * sparse linear model per quality in `qualities`. Weights, biases and thresholds are the logit times
 * `scale`, rounded to integers, so that a score is an integer sum and reads the same in every engine
 * (no Math.exp: the score is compared with the threshold's logit instead).
 */
export interface LearnedData {
  readonly lang: GradingLang;
  readonly scale: number;
  /**
   * A learned hit needs the words (the features with a span) to add at least this to the score:
   * context and length alone would read a recipe as defensive.
   */
  readonly minEvidence: number;
  /** A reply of fewer words is read by the rules alone. */
  readonly minWords: number;
  readonly cues: LearnedCues;
  readonly qualities: readonly Quality[];
  readonly bias: readonly number[];
  /** A quality is read when its score is above its threshold. */
  readonly threshold: readonly number[];
  /**
   * One line per feature: the feature (a stem's without its `s:`), then its weight in each model
   * that has one, written as the model's index (one base-36 digit) followed by the integer
   * ("perdon 0-3 a12", "n:ignor 4-9").
   */
  readonly weights: string;
}

export interface CompiledModel {
  readonly quality: Quality;
  readonly bias: number;
}

export interface CompiledLearned {
  readonly lang: GradingLang;
  readonly cues: CompiledCues;
  readonly models: readonly CompiledModel[];
  readonly thresholds: ReadonlyMap<Quality, number>;
  readonly minEvidence: number;
  readonly minWords: number;
  /** Per feature, its weight in each model (0 where it has none). */
  readonly weights: ReadonlyMap<string, Int32Array>;
}

export function compileLearned(data: LearnedData): CompiledLearned {
  const models = data.qualities.map((quality, i) => ({ quality, bias: data.bias[i] ?? 0 }));
  const thresholds = new Map(
    data.qualities.map((q, i) => [q, data.threshold[i] ?? Number.POSITIVE_INFINITY]),
  );
  const weights = new Map<string, Int32Array>();
  for (const line of data.weights.split('\n')) {
    const [feature, ...cells] = line.split(' ');
    if (!feature) continue;
    const row = new Int32Array(models.length);
    for (const cell of cells) {
      const at = Number.parseInt(cell.charAt(0), 36);
      if (at < models.length) row[at] = Number(cell.slice(1)) | 0;
    }
    // A stem has no colon: a feature without one is a stem's (`s:`), written bare to save bytes.
    weights.set(feature.includes(':') ? feature : `s:${feature}`, row);
  }
  return {
    lang: data.lang,
    cues: compileCues(data.cues),
    models,
    thresholds,
    minEvidence: data.minEvidence,
    minWords: data.minWords,
    weights,
  };
}

/**
 * Qualities the learned layer never reads: they hang on facts beyond the words (whether the facts
 * are confirmed, who the staff are, whether the reply is private) or on a detector of their own
 * (private data, the canned phrase bank), which the rules read exactly.
 */
export const RULE_ONLY: ReadonlySet<Quality> = new Set<Quality>([
  'names_person',
  'exposes_private_data',
  'over_promises',
  'premature_all_clear',
  'unverified_compensation',
  'canned',
]);

/**
 * The qualities some lexicon cue matches in the text, negated or not. Where a rule saw the words
 * of a quality and its negation or composition decided against it ("no vamos a ignorarte", "sorry
 * you feel that way", "gracias 🙃"), the learned layer does not overrule it: it reads only where
 * the rules saw nothing. A brand action with no time is no step by the rules (compose.ts
 * `nextSteps`), but the gold set reads many untimed ones as steps ("pásate y te la cambiamos"), so
 * a timed cue leaves the layer free unless it is refused ("no te llamaremos"): hits.ts `findHits`.
 */
export function ruleSeen(
  text: string,
  lex: CompiledLexicon,
  stems: ReadonlySet<string>,
  /** The qualities whose patterns matched, when the rules' pass already found them (hits.ts). */
  matched?: ReadonlySet<Quality>,
): Set<Quality> {
  const seen = new Set<Quality>(matched ?? patternsMatched(text, lex));
  // Irony marks are read by the rules beside what they qualify (😂 with a happy customer is humour).
  if (lex.sarcasm.test(text)) seen.add('sarcastic');
  for (const e of lex.entries) {
    if (seen.has(e.quality)) continue;
    for (const s of e.stems) if (stems.has(s)) seen.add(e.quality);
  }
  return seen;
}

/** The trainer's path to `matched`: the same pass the grader makes (hits.ts `findHits`). */
function patternsMatched(text: string, lex: CompiledLexicon): Set<Quality> {
  const matched = new Set<Quality>();
  findHits(text, lex, matched);
  return matched;
}

/**
 * What a rule's reading rules out: a hedged apology is no apology, and thanks beside irony or in
 * the stock patience formula are no thanks.
 */
const EXCLUDED_BY: ReadonlyMap<Quality, readonly Quality[]> = new Map<Quality, readonly Quality[]>([
  ['non_apology', ['apologises']],
  ['sarcastic', ['thanks']],
  ['canned', ['thanks']],
]);

/** The qualities the learned layer may not add to a reading of the rules (`rules`). */
export function blockedFor(
  text: string,
  lex: CompiledLexicon,
  stems: ReadonlySet<string>,
  rules: Iterable<Quality>,
  matched?: ReadonlySet<Quality>,
): Set<Quality> {
  const blocked = new Set([...RULE_ONLY, ...ruleSeen(text, lex, stems, matched)]);
  for (const q of rules) for (const x of EXCLUDED_BY.get(q) ?? []) blocked.add(x);
  return blocked;
}

/**
 * The learned qualities of a reading (`read`, rules' and learned) whose parts the reading lacks,
 * each with what it reads instead, unless that one is read or `blocked`. Apology then blame is an
 * apology and then blame on the customer or a policy (tests/gold/README.md); a justification after
 * an apology is defensive, and a bag of words reads both alike ("sorry" weighs most in it).
 */
export function withoutParts(
  read: ReadonlySet<Quality>,
  learned: Iterable<Quality>,
  blocked: ReadonlySet<Quality>,
): Map<Quality, Quality | null> {
  const out = new Map<Quality, Quality | null>();
  for (const q of learned)
    if (
      q === 'apology_then_blame' &&
      !(read.has('apologises') && (read.has('blames_customer') || read.has('cites_policy')))
    )
      out.set(q, read.has('defensive') || blocked.has('defensive') ? null : 'defensive');
  return out;
}

const LEARNED: Partial<Record<GradingLang, CompiledLearned>> = {};

/** A language's learned layer, compiled once; `loadLexicon` provides it with the lexicon. */
export function provideLearned(data: LearnedData): void {
  LEARNED[data.lang] ??= compileLearned(data);
}

/** Absent when the language was loaded without one: the rules then read alone. */
export const learnedFor = (lang: GradingLang): CompiledLearned | undefined => LEARNED[lang];

export interface LearnedScore {
  readonly quality: Quality;
  readonly score: number;
  /** The part of the score the words carry. */
  readonly words: number;
  /** The present feature with the largest positive weight that has a span, if any. */
  readonly top: { readonly feature: string; readonly span: NonNullable<FeatureSpan> } | null;
}

/**
 * Every model's integer score on the folded text, with how much of it the words carry (the
 * features with a span, not the context or length) and the word that pushed it most; and the
 * text's stems.
 */
export function learnedScores(
  text: string,
  lex: CompiledLexicon,
  learned: CompiledLearned,
  context: GradingContext,
  confirmed: boolean,
): { scores: LearnedScore[]; stems: Set<string> } {
  const features = featuresOf(text, lex, learned.cues, context, confirmed);
  const stems = new Set<string>();
  for (const f of features.keys()) if (f.startsWith('s:') || f.startsWith('n:')) stems.add(f.slice(2));
  const n = learned.models.length;
  const scores = learned.models.map((m) => m.bias);
  const words = new Array<number>(n).fill(0);
  const best = new Array<number>(n).fill(0);
  const top: LearnedScore['top'][] = new Array(n).fill(null);
  for (const [feature, span] of features) {
    const row = learned.weights.get(feature);
    if (!row) continue;
    for (let i = 0; i < n; i++) {
      const w = row[i] as number;
      if (w === 0) continue;
      scores[i] = (scores[i] as number) + w;
      if (!span) continue;
      words[i] = (words[i] as number) + w;
      if (w > (best[i] as number)) {
        best[i] = w;
        top[i] = { feature, span };
      }
    }
  }
  return {
    scores: learned.models.map((m, i) => ({
      quality: m.quality,
      score: scores[i] as number,
      words: words[i] as number,
      top: top[i] ?? null,
    })),
    stems,
  };
}

/**
 * The learned layer's reading beside the rules' (`rules`): a hit for each quality whose score
 * passes its threshold and that the rules neither read nor ruled out, its evidence the span of the
 * feature that pushed the score most. It never takes away what the rules read: letting a model
 * drop a rule's reading it scored clearly against lowered the cross-validated figures.
 */
export function learnedHits(
  text: string,
  lex: CompiledLexicon,
  learned: CompiledLearned,
  context: GradingContext,
  confirmed: boolean,
  rules: ReadonlySet<Quality>,
  matched?: ReadonlySet<Quality>,
): Hit[] {
  const hits: Hit[] = [];
  if (wordCount(text) < learned.minWords) return hits;
  const { scores, stems } = learnedScores(text, lex, learned, context, confirmed);
  const blocked = blockedFor(text, lex, stems, rules, matched);
  for (const s of scores)
    if (
      s.top &&
      s.words >= learned.minEvidence &&
      s.score > (learned.thresholds.get(s.quality) ?? Number.POSITIVE_INFINITY)
    ) {
      if (rules.has(s.quality) || blocked.has(s.quality)) continue;
      hits.push({
        quality: s.quality,
        start: s.top.span.start,
        end: s.top.span.end,
        cue: `learned:${s.top.feature}`,
      });
    }
  const lacking = withoutParts(
    new Set([...rules, ...hits.map((h) => h.quality)]),
    hits.map((h) => h.quality),
    blocked,
  );
  if (!lacking.size) return hits;
  return hits.flatMap((h) => {
    if (!lacking.has(h.quality)) return [h];
    // Its evidence is the word that weighs most for what it stands for, else its own (as trained).
    const instead = lacking.get(h.quality);
    if (!instead) return [];
    const top = scores.find((s) => s.quality === instead)?.top;
    return [
      top
        ? { quality: instead, start: top.span.start, end: top.span.end, cue: `learned:${top.feature}` }
        : { ...h, quality: instead },
    ];
  });
}
