import type { GradingLang } from '../content/grading-context';
import type { LexiconData } from '../content/grading-lexicon.schema';
import type { PrincipleId } from '../content/principle';
import type { Quality } from '../content/quality';
import { foldedSource } from './fold';

/** A lexicon ready to match: every pattern one regular expression with word edges. */
export interface CompiledEntry {
  readonly id: string;
  readonly quality: Quality;
  readonly regex: RegExp | null;
  readonly stems: ReadonlySet<string>;
  readonly negated: Quality | null;
  readonly negatable: boolean;
  readonly timed: boolean;
  readonly guard: boolean;
}

export interface CompiledPrincipleCue {
  readonly id: string;
  readonly principle: PrincipleId;
  readonly sign: 1 | -1;
  readonly regex: RegExp;
  readonly negatable: boolean;
}

export interface CompiledLexicon {
  readonly lang: GradingLang;
  readonly stem: (word: string) => string;
  readonly entries: readonly CompiledEntry[];
  readonly negator: RegExp;
  /** Negators that negate nothing ("don't hesitate to"), removed before the negation check. */
  readonly notNegating: RegExp | null;
  /** Negators that reach only the word right after them (lexicon `nounNegators`). */
  readonly nounNegators: ReadonlySet<string>;
  /** Lexicon `notNames` and `beforeNoName` (names-someone.ts). */
  readonly notNames: ReadonlySet<string>;
  readonly beforeNoName: ReadonlySet<string>;
  readonly contrast: RegExp;
  /** The same, global, for matchesOf. */
  readonly contrasts: RegExp;
  /** Words that open a new clause, where a negation's reach ends. */
  readonly joiners: RegExp | null;
  readonly time: RegExp;
  /** The same, global, for matchesOf. */
  readonly times: RegExp;
  /** An open question's word ending the text before an outcome, at most two words before it. */
  readonly openQuestion: RegExp | null;
  readonly sarcasm: RegExp;
  /** The same, global, for matchesOf. */
  readonly sarcasms: RegExp;
  readonly possessive: RegExp;
  /** Each canned sentence as its set of stems. */
  readonly canned: readonly { readonly text: string; readonly stems: ReadonlySet<string> }[];
  readonly principleCues: readonly CompiledPrincipleCue[];
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
// A written space matches any run of blanks; an optional space (' ?') matches none or some. Folding
// turns every blank into a space (fold.ts), and a space is cheaper to match than `\s`.
const spaced = (source: string): string => source.replace(/ \?/g, '\\x20*').replace(/ +/g, '\\x20+');
// An alternation takes the first alternative that matches, not the longest: longer patterns go
// first so that "fue un error nuestro" is read whole rather than as "fue un error".
const longestFirst = (sources: readonly string[]): string[] =>
  [...sources].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
// Every pattern reads folded text, where symbols beyond Latin-1 are coded (fold.ts).
const pattern = (source: string, flags: string): RegExp => new RegExp(foldedSource(source), flags);
const union = (sources: readonly string[], flags = 'gu'): RegExp =>
  pattern(`${EDGE_BEFORE}(?:${longestFirst(sources).map(spaced).join('|')})${EDGE_AFTER}`, flags);
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every match of a global regular expression, as `matchAll` gives them, but on the object itself:
 * `matchAll` builds a new regular expression from the lexicon's on every call, which cost the
 * grader about a sixth of its time (median 0.65 → 0.56 ms a reply).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would repeat forever; step past one code point, as matchAll does.
    if (m[0] === '') re.lastIndex += (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

const WORD = /[\p{L}\p{N}']+/gu;
export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

// Snowball stemming is the grader's hottest call; words repeat across replies, so their stems are kept.
const STEM_CACHE_SIZE = 20_000;
function memoised(stemmer: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      s = stemmer(word);
      if (cache.size >= STEM_CACHE_SIZE) cache.clear();
      cache.set(word, s);
    }
    return s;
  };
}

function compile(lexicon: LexiconData, stemmer: (word: string) => string): CompiledLexicon {
  const stem = memoised(stemmer);
  return {
    lang: lexicon.lang,
    stem,
    entries: lexicon.entries.map((e) => ({
      id: e.id,
      quality: e.quality,
      // The schema's defaults, applied here: the schema itself is checked in the tests, not shipped.
      regex: e.patterns?.length ? union(e.patterns) : null,
      stems: new Set((e.stems ?? []).map(stem)),
      negated: e.negated ?? null,
      negatable: e.negatable ?? true,
      timed: e.timed ?? false,
      guard: e.guard ?? false,
    })),
    // "n't" ends a word, so it takes no edge before it.
    negator: pattern(
      `${EDGE_BEFORE}(?:${lexicon.negators
        .filter((n) => !n.startsWith("n'"))
        .map(escapeRegExp)
        .join('|')})${EDGE_AFTER}|n't${EDGE_AFTER}`,
      'u',
    ),
    notNegating: lexicon.notNegating?.length ? union(lexicon.notNegating.map(escapeRegExp)) : null,
    nounNegators: new Set(lexicon.nounNegators ?? []),
    notNames: new Set(lexicon.notNames ?? []),
    beforeNoName: new Set(lexicon.beforeNoName ?? []),
    contrast: union(lexicon.contrast.map(escapeRegExp), 'u'),
    contrasts: union(lexicon.contrast.map(escapeRegExp)),
    joiners: lexicon.joiners?.length ? union(lexicon.joiners.map(escapeRegExp)) : null,
    time: union(lexicon.times, 'u'),
    openQuestion: lexicon.openQuestions?.length
      ? pattern(
          `${EDGE_BEFORE}(?:${longestFirst(lexicon.openQuestions).map(spaced).join('|')})\\s+(?:[\\p{L}']+\\s+){0,2}$`,
          'u',
        )
      : null,
    times: union(lexicon.times),
    sarcasm: pattern(lexicon.sarcasmMarks.map(escapeRegExp).join('|'), 'u'),
    sarcasms: pattern(lexicon.sarcasmMarks.map(escapeRegExp).join('|'), 'gu'),
    possessive: union(lexicon.possessives.map(escapeRegExp), 'u'),
    canned: lexicon.canned.map((text) => ({ text, stems: new Set(wordsOf(text).map(stem)) })),
    principleCues: (lexicon.principleCues ?? []).map((c) => ({
      id: c.id,
      principle: c.principle,
      sign: c.sign,
      regex: union(c.patterns),
      negatable: c.negatable ?? true,
    })),
  };
}

// Each language's lexicon is its own module, loaded when a session in that language opens
// (load-lexicon.ts), so a player writing in one language never downloads the other's. Compiled once
// when provided. tests/grading/lexicon.test.ts holds both to the zod schema, so a malformed one fails
// there; the grader ships without the schema library.
const LEXICONS: Partial<Record<GradingLang, CompiledLexicon>> = {};

/** A language's cues and its Snowball stemmer, compiled once. */
export function provideLexicon(data: LexiconData, stemmer: (word: string) => string): void {
  LEXICONS[data.lang] ??= compile(data, stemmer);
}

export const hasLexicon = (lang: GradingLang): boolean => LEXICONS[lang] !== undefined;

/** Grading asked of a language whose lexicon has not been loaded: the caller's mistake, never the text's. */
export class LexiconNotLoaded extends Error {
  constructor(readonly lang: GradingLang) {
    super(`the ${lang} grading lexicon is not loaded: await loadLexicon('${lang}') first`);
    this.name = 'LexiconNotLoaded';
  }
}

export function lexiconFor(lang: GradingLang): CompiledLexicon {
  const lex = LEXICONS[lang];
  if (!lex) throw new LexiconNotLoaded(lang);
  return lex;
}
