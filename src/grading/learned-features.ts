import type { GradingContext } from '../content/grading-context';
import { foldedSource } from './fold';
import { negatedAt } from './hits';
import { type CompiledLexicon, matchesOf } from './lexicon';

/** Where a feature was first seen, in folded offsets; null for a feature of the whole reply. */
export type FeatureSpan = { readonly start: number; readonly end: number } | null;

/** The learned layer's own cue words, per language (data, shipped with the weights). */
export interface LearnedCues {
  /** Words addressing the reader ("tú", "you"). */
  readonly you: readonly string[];
  /** Patterns of a first person plural future ("vamos a", "-remos", "we'll"), as regular expression sources. */
  readonly weWill: readonly string[];
  /**
   * Greetings and function words the layer does not read: a bag of words learns them as the
   * register of a cold reply and would cite "Hola" as its evidence of blame.
   */
  readonly plain: readonly string[];
}

export interface CompiledCues {
  readonly you: ReadonlySet<string>;
  readonly weWill: RegExp;
  readonly plain: ReadonlySet<string>;
}

export const compileCues = (cues: LearnedCues): CompiledCues => ({
  you: new Set(cues.you),
  weWill: new RegExp(foldedSource(`(?<![\\p{L}\\p{N}])(?:${cues.weWill.join('|')})(?![\\p{L}\\p{N}])`), 'gu'),
  plain: new Set(cues.plain),
});

const WORDS = /[\p{L}\p{N}']+/gu;

/** The words of a text, as the learned layer counts them. */
export const wordCount = (text: string): number => text.match(WORDS)?.length ?? 0;
const CLAUSE_BREAK = /[,;:.!?¡¿()\n]/;
const SENTENCE_BREAK = /[.!?\n]/;
const MAX_WORD = 40;

/**
 * The reply as the learned layer sees it: binary features, each with the span it was first seen
 * at. Words are Snowball stems of the folded text (`s:`) or, under a negation, `n:`; stems of two
 * neighbours in one clause (`b:`), a stem after a contrast word in its sentence (`p:`),
 * plus whole-reply cues (`k:`) and the context (`c:`). A plain word (`cues.plain`, compared as
 * written, before stemming) gives no feature and breaks the bigram chain. The same text gives the
 * same features in Node and in the browser: no randomness, no locale beyond the stemmer.
 */
export function featuresOf(
  text: string,
  lex: CompiledLexicon,
  cues: CompiledCues,
  context: GradingContext,
  confirmed: boolean,
): Map<string, FeatureSpan> {
  const out = new Map<string, FeatureSpan>();
  const add = (name: string, span: FeatureSpan) => {
    if (!out.has(name)) out.set(name, span);
  };
  add(`c:${context}`, null);
  if (!confirmed) add('k:unconfirmed', null);
  let prev: { stem: string; start: number; end: number } | null = null;
  let lastEnd = 0;
  let words = 0;
  let afterContrast = false;
  const contrastAt = new Set<number>();
  for (const m of matchesOf(lex.contrasts, text)) contrastAt.add(m.index + m[0].length);
  for (const m of text.matchAll(WORDS)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const gap = text.slice(lastEnd, start);
    if (SENTENCE_BREAK.test(gap)) afterContrast = false;
    if (CLAUSE_BREAK.test(gap)) prev = null;
    lastEnd = end;
    words++;
    if (word.length > MAX_WORD || cues.plain.has(word)) {
      prev = null;
      continue;
    }
    const stem = lex.stem(word);
    const span = { start, end };
    // A negated word is not the word: "no vamos a ignorarte" is not "ignorarte".
    add(`${negatedAt(text, start, lex) ? 'n' : 's'}:${stem}`, span);
    if (prev) add(`b:${prev.stem}_${stem}`, { start: prev.start, end });
    if (afterContrast) add(`p:${stem}`, span);
    if (cues.you.has(word)) add('k:you', span);
    if (contrastAt.has(end)) {
      afterContrast = true;
      add('k:contrast', span);
    }
    prev = { stem, start, end };
  }
  // How long the reply is: a short one says little, whatever its few words.
  add(`k:words${words <= 5 ? 5 : words <= 15 ? 15 : words <= 40 ? 40 : 'more'}`, null);
  for (const m of matchesOf(lex.times, text))
    if (m[0]) add('k:time', { start: m.index, end: m.index + m[0].length });
  for (const m of matchesOf(cues.weWill, text))
    if (m[0]) add('k:we_will', { start: m.index, end: m.index + m[0].length });
  const sarcasm = lex.sarcasm.exec(text);
  if (sarcasm) add('k:mark', { start: sarcasm.index, end: sarcasm.index + sarcasm[0].length });
  const q = text.indexOf('?');
  if (q >= 0) add('k:question', { start: q, end: q + 1 });
  return out;
}
