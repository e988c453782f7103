import { type Folded, toOriginal } from './fold';
import type { CompiledLexicon } from './lexicon';

const LETTER = /[\p{L}\p{N}]/u;
const STOP = /[.!?:\n]/;

/** True when nothing but punctuation, blanks or symbols stands between `at` and a sentence's end. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (STOP.test(c)) return true;
    if (LETTER.test(c)) return false;
  }
  return true;
}

/** The word before `at`, lowercased, looking back at most 40 characters. */
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && at - i < 40 && !LETTER.test(text.charAt(i))) i--;
  const end = i + 1;
  while (i >= 0 && LETTER.test(text.charAt(i))) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/**
 * A staff-naming cue ("fue X quien", "X has been let go") names someone only if the original
 * text capitalises a word in it, as names are written, that is not the customer's own name; an
 * all-capitals text is taken at its word. A window cue spans the words before its sanction, so
 * there a sentence's first word, and a word after a preposition or a greeting, is no name.
 */
export function namesSomeone(
  text: string,
  folded: Folded,
  h: { start: number; end: number; cue: string },
  lex: CompiledLexicon,
  authorName = '',
): boolean {
  if (!/\p{Ll}/u.test(text)) return true;
  const { start, end } = toOriginal(folded, h.start, h.end);
  const author = new Set(authorName.toLowerCase().match(/[\p{L}']+/gu) ?? []);
  const window = h.cue.includes('_window_');
  for (const m of text.slice(start, end).matchAll(/[\p{L}']+/gu)) {
    const w = m[0];
    const lower = w.toLowerCase();
    if (!/^\p{Lu}/u.test(w) || lex.notNames.has(lower) || author.has(lower)) continue;
    const at = start + m.index;
    if (window && (startsSentence(text, at) || lex.beforeNoName.has(wordBefore(text, at)))) continue;
    return true;
  }
  return false;
}
