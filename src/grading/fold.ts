/**
 * Lowercased, accent-folded text with a map back to the original: folded[i] came from the
 * original code units [from[i], to[i]). Matching runs on the folded text; evidence spans are
 * always reported in the original's UTF-16 offsets.
 */
export interface Folded {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

const MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u00b4`]/u;
// Control, format (bidi overrides, zero-width) and separator characters read as a plain space.
const BLANK = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;
/*
 * V8 compiles a regular expression once for each string width, and one emoji or curly quote makes
 * a reply a two-byte string. The lexicons' patterns were compiled twice, the two-byte copy about
 * two thirds of their native code, and past 16 MB of executable code V8 stops optimising the
 * regular expressions it compiles next: the second language graded in one process ran half again
 * as slow. So a symbol, punctuation mark or emoji beyond Latin-1 is written in folded text as
 * a Latin-1 code no folded text holds otherwise: its code point in base 32, in four C1 control
 * characters (folding turns real ones into spaces; the last plane, private use, reads as U+FFFFF).
 * Letters and digits of every script stay as they are, so word edges read as before; patterns are
 * coded the same way (foldedSource).
 */
const CODED = /[^\p{L}\p{N}\0-\xff]/gu;
const codeOf = (symbol: string): string => {
  const cp = Math.min(symbol.codePointAt(0) ?? 0, 0xfffff);
  return String.fromCharCode(
    128 + ((cp >> 15) & 31),
    128 + ((cp >> 10) & 31),
    128 + ((cp >> 5) & 31),
    128 + (cp & 31),
  );
};

export function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const start = i;
    i += ch.length;
    const out = BLANK.test(ch)
      ? ' '
      : APOSTROPHES.test(ch)
        ? "'"
        : ch.toLowerCase().normalize('NFD').replace(MARKS, '').replace(CODED, codeOf);
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(i);
    }
    text += out;
  }
  return { text, from, to };
}

/**
 * A pattern's source as it must read folded text: each symbol beyond Latin-1 written as its code,
 * in a group of its own so that a quantifier after it takes it whole. A code cannot stand for one
 * character inside [ ]: tests/grading/lexicon.test.ts keeps symbols out of the lexicons' classes.
 */
export const foldedSource = (source: string): string => source.replace(CODED, (s) => `(?:${codeOf(s)})`);

/** The original span of folded [start, end). */
export function toOriginal(f: Folded, start: number, end: number): { start: number; end: number } {
  if (f.text.length === 0 || end <= start) return { start: 0, end: 0 };
  const s = f.from[Math.max(0, Math.min(start, f.from.length - 1))] ?? 0;
  const e = f.to[Math.max(0, Math.min(end - 1, f.to.length - 1))] ?? s;
  return { start: s, end: Math.max(s, e) };
}
