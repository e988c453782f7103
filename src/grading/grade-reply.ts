import type { GradingContext, GradingLang } from '../content/grading-context';
import type { PrincipleId } from '../content/principle';
import { BAD_QUALITIES, GOOD_QUALITIES, type Quality } from '../content/quality-vocabulary';
import { compose } from './compose';
import { cannedSentences, namesPerson, namesRival, privateData } from './detectors';
import { fold, toOriginal } from './fold';
import { findHits, findTouches, sentenceAt, sentencesOf } from './hits';
import { type CompiledLearned, learnedFor, learnedHits } from './learned';
import { type CompiledLexicon, lexiconFor } from './lexicon';
import { namesSomeone } from './names-someone';

/** Bump when a rule or lexicon changes what a text reads as; logged with every written reply. */
export const GRADER_VERSION = 11;

export interface GradeInput {
  readonly text: string;
  readonly lang: GradingLang;
  readonly context: GradingContext;
  /** Whether the facts are confirmed (analysed or escalated); until then outcomes are promises. Default true. */
  readonly confirmed?: boolean;
  /** The name or handle of the person replied to. A name alone is no human tone: the voice around it is. */
  readonly authorName?: string;
  /** Names of the brand's own people (a colleague in the rude-agent case): naming one in public is `names_person`. */
  readonly staffNames?: readonly string[];
  /** Rival brands of the scenario's world (its sidecar's `grading.competitors`). */
  readonly competitorNames?: readonly string[];
  /** A private reply may name amounts and numbers; a public one must not. */
  readonly isPrivate?: boolean;
}

/** Why a quality was read: [start, end) are UTF-16 offsets into the original text. */
export interface Evidence {
  readonly quality: Quality;
  readonly start: number;
  readonly end: number;
  readonly cue: string;
}

/**
 * What the text shows about a principle that no quality carries (learning, escalation, deletion,
 * speed): [start, end) are UTF-16 offsets into the original text.
 */
export interface PrincipleEvidence {
  readonly principle: PrincipleId;
  readonly sign: 1 | -1;
  readonly start: number;
  readonly end: number;
  readonly cue: string;
}

export interface Grading {
  readonly qualities: Quality[];
  readonly evidence: Evidence[];
  /** Principle cues beyond the qualities; `principlesOf` reads them when given. */
  readonly touches?: PrincipleEvidence[];
}

const ORDER = new Map<Quality, number>([...GOOD_QUALITIES, ...BAD_QUALITIES].map((q, i) => [q, i]));
const foldName = (s: string): string => fold(s).text;

function grade(input: GradeInput, lex: CompiledLexicon, learned: CompiledLearned | undefined): Grading {
  const text = typeof input.text === 'string' ? input.text : String(input.text ?? '');
  const folded = fold(text);
  // The original offset of a folded one: distances are counted in what was written.
  const written = (at: number) => folded.from[at] ?? text.length;
  const sentences = sentencesOf(text, folded.from, lex.lang);
  const matched = new Set<Quality>();
  const hits = [
    ...findHits(folded.text, lex, matched),
    ...cannedSentences(folded.text, sentences, lex),
    ...(input.isPrivate
      ? []
      : (input.staffNames ?? []).flatMap((n) =>
          namesPerson(folded.text, n, foldName, 'names_person', 'staff_name'),
        )),
    ...(input.isPrivate ? [] : privateData(folded.text, lex, written)),
    // "Y al menos las nuestras no se hinchan como las de Voltana": the brand that names a rival in
    // public has joined the comparison (PRINCIPLES.md, no_competitor_bashing).
    ...(input.isPrivate
      ? []
      : (input.competitorNames ?? []).flatMap((n) => namesRival(folded.text, n, foldName))),
  ];
  const composed = compose(
    hits.filter(
      (h) => !h.cue.endsWith('_names_staff') || namesSomeone(text, folded, h, lex, input.authorName),
    ),
    {
      text: folded.text,
      sentences,
      lex,
      context: input.context,
      confirmed: input.confirmed ?? true,
      isPrivate: input.isPrivate ?? false,
      written,
    },
  );
  // The learned layer reads beside the rules, where they read nothing (learned.ts).
  const ruled = new Set(composed.map((h) => h.quality));
  // Its evidence is the sentence around the word that weighed most: a lone "was" or "te" would
  // show the trainee nothing, the sentence shows what was read (the cue still names the word).
  const learnt = learned
    ? learnedHits(folded.text, lex, learned, input.context, input.confirmed ?? true, ruled, matched).map(
        (h) => {
          const around = sentences.spans[sentenceAt(sentences, h.start)];
          if (!around || around.start > h.start || h.end > around.end) return h;
          let end = around.end;
          while (end > h.end && /\s/u.test(folded.text.charAt(end - 1))) end--;
          return { ...h, start: around.start, end };
        },
      )
    : [];
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const h of [...composed, ...learnt]) {
    const { start, end } = toOriginal(folded, h.start, h.end);
    const key = `${h.quality}|${start}|${end}`;
    if (end <= start || end > text.length || seen.has(key)) continue;
    seen.add(key);
    evidence.push({ quality: h.quality, start, end, cue: h.cue });
  }
  evidence.sort(
    (a, b) =>
      a.start - b.start ||
      a.end - b.end ||
      (ORDER.get(a.quality) ?? 0) - (ORDER.get(b.quality) ?? 0) ||
      (a.cue < b.cue ? -1 : a.cue > b.cue ? 1 : 0),
  );
  const qualities = [...new Set(evidence.map((e) => e.quality))].sort(
    (a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0),
  );
  const touches: PrincipleEvidence[] = [];
  for (const t of findTouches(folded.text, lex)) {
    const { start, end } = toOriginal(folded, t.start, t.end);
    if (end > start && end <= text.length) touches.push({ ...t, start, end });
  }
  return touches.length ? { qualities, evidence, touches } : { qualities, evidence };
}

/**
 * Reads a written reply as qualities of the closed vocabulary, each with its evidence. Pure and
 * deterministic: the same input gives the same reading in Node and in the browser. It never
 * throws on any text; should a rule ever fail on some text, the reply reads as having no qualities.
 * `learned: false` reads by the rules alone (the learned layer's training reads them so).
 * Grading in a language whose lexicon was not loaded (`loadLexicon`) is a mistake of the caller,
 * not of the text, and throws rather than read every reply as empty.
 */
export function gradeReply(input: GradeInput, options: { readonly learned?: boolean } = {}): Grading {
  const lang = input.lang === 'en' ? 'en' : 'es';
  const lex = lexiconFor(lang);
  try {
    return grade(input, lex, options.learned === false ? undefined : learnedFor(lang));
  } catch {
    return { qualities: [], evidence: [] };
  }
}
