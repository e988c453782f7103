import type { PrincipleId } from '../content/principle';
import type { Quality } from '../content/quality';
import { type CompiledEntry, type CompiledLexicon, matchesOf } from './lexicon';

/** A cue found in the folded text: [start, end) are folded offsets. */
export interface Hit {
  quality: Quality;
  start: number;
  end: number;
  cue: string;
  /** A brand action that is a next step only with a time in its sentence. */
  timed?: boolean;
}

/** Sentence starts and ends over the folded text, from Intl.Segmenter. */
export interface Sentences {
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();
const segmenter = (cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'sentence' | 'word') => {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, s);
  }
  return s;
};

/**
 * Sentences of the original text (ICU breaks ". " before a capital, so the lowercased text would
 * run sentences together), as spans of the folded text: `from[i]` is the original offset that
 * folded offset i came from.
 */
export function sentencesOf(original: string, from: readonly number[], lang: string): Sentences {
  const foldedAt = (orig: number): number => {
    let lo = 0;
    let hi = from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((from[mid] ?? 0) < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const spans = [...segmenter(sentenceSegmenters, lang, 'sentence').segment(original)].map((s) => ({
    start: foldedAt(s.index),
    end: foldedAt(s.index + s.segment.length),
  }));
  return { spans };
}

/** The index of the sentence holding folded offset `at`. */
export function sentenceAt(sentences: Sentences, at: number): number {
  const spans = sentences.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The span of the sentence holding a hit's start, or the whole text when there is none. */
export const sentenceOf = (
  c: { readonly sentences: Sentences; readonly text: string },
  h: { readonly start: number },
) => c.sentences.spans[sentenceAt(c.sentences, h.start)] ?? { start: 0, end: c.text.length };

const CLAUSE_BREAK = /[,;:.!?¡¿()\n]/g;
const WORDS = /[\p{L}\p{N}']+/gu;

/**
 * True when one of the three words before `start`, in the same clause, negates what follows. A
 * clause ends at punctuation or at a joiner ("and", "y").
 */
export function negatedAt(text: string, start: number, lex: CompiledLexicon): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const punctuated = before.split(CLAUSE_BREAK).pop() ?? '';
  const whole = lex.joiners ? (punctuated.split(lex.joiners).pop() ?? '') : punctuated;
  const clause = lex.notNegating ? whole.replace(lex.notNegating, ' ') : whole;
  const words = (clause.match(WORDS) ?? []).slice(-3);
  return words.some((w, i) => lex.negator.test(w) && (i === words.length - 1 || !lex.nounNegators.has(w)));
}

function withNegation(
  text: string,
  entry: CompiledEntry,
  start: number,
  end: number,
  lex: CompiledLexicon,
): Hit | null {
  if (entry.negatable && negatedAt(text, start, lex)) {
    return entry.negated ? { quality: entry.negated, start, end, cue: `${entry.id}:negated` } : null;
  }
  return entry.timed
    ? { quality: entry.quality, start, end, cue: entry.id, timed: true }
    : { quality: entry.quality, start, end, cue: entry.id };
}

/**
 * Every lexicon cue in the folded text, negation already applied. `matched` collects the quality
 * of every entry whose pattern matched, negated or not: what the learned layer must leave to the
 * rules (learned.ts `ruleSeen`), without matching every pattern a second time. A timed entry counts
 * only when negated ("no te llamaremos hoy"): it reads a step only beside a time, so without one it
 * has decided nothing, but a refused action has decided against a step.
 */
export function findHits(text: string, lex: CompiledLexicon, matched?: Set<Quality>): Hit[] {
  const hits: Hit[] = [];
  for (const entry of lex.entries) {
    if (!entry.regex) continue;
    for (const m of matchesOf(entry.regex, text)) {
      if (!entry.timed || (entry.negatable && negatedAt(text, m.index, lex))) matched?.add(entry.quality);
      if (!m[0] || entry.guard) continue;
      const hit = withNegation(text, entry, m.index, m.index + m[0].length, lex);
      if (hit) hits.push(hit);
    }
  }
  const stemmed = lex.entries.filter((e) => e.stems.size > 0);
  if (stemmed.length) {
    for (const w of segmenter(wordSegmenters, lex.lang, 'word').segment(text)) {
      if (!w.isWordLike || w.segment.length > 40) continue;
      const stem = lex.stem(w.segment);
      for (const entry of stemmed) {
        if (!entry.stems.has(stem)) continue;
        const hit = withNegation(text, entry, w.index, w.index + w.segment.length, lex);
        if (hit) hits.push({ ...hit, cue: `${hit.cue}:stem` });
      }
    }
  }
  return hits;
}

/** The words of a sentence as Snowball stems. */
export function stemsOf(text: string, lex: CompiledLexicon): Set<string> {
  return new Set((text.match(WORDS) ?? []).map((w) => lex.stem(w)));
}

/** A principle cue found in the folded text: [start, end) are folded offsets. */
export interface TouchHit {
  principle: PrincipleId;
  sign: 1 | -1;
  start: number;
  end: number;
  cue: string;
}

/** Every principle cue in the folded text; a negated one says nothing. */
export function findTouches(text: string, lex: CompiledLexicon): TouchHit[] {
  const out: TouchHit[] = [];
  for (const c of lex.principleCues)
    for (const m of matchesOf(c.regex, text)) {
      if (!m[0] || (c.negatable && negatedAt(text, m.index, lex))) continue;
      out.push({
        principle: c.principle,
        sign: c.sign,
        start: m.index,
        end: m.index + m[0].length,
        cue: c.id,
      });
    }
  return out;
}
