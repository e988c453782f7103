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
 * a Latin-1 code no folded text holds otherwise, made of C1 control characters (folding turns real
 * ones into spaces): a lead U+0080–U+008F with the code point's top four bits, then four trailing
 * U+0090–U+009F with the rest, so a code can only be read from its start. The last plane (private
 * use) reads as U+FFFFF. Letters and digits of every script stay as they are, so word edges read
 * as before; patterns are coded the same way (foldedSource).
 */
const CODED = /[^\p{L}\p{N}\0-\xff]/gu;
const codeOf = (symbol: string): string => {
  const cp = Math.min(symbol.codePointAt(0) ?? 0, 0xfffff);
  return String.fromCharCode(0x80 + (cp >> 16), ...[12, 8, 4, 0].map((at) => 0x90 + ((cp >> at) & 15)));
};
// One coded symbol, as a pattern reads it.
const SYMBOL = '[\\x80-\\x8f][\\x90-\\x9f]{4}';

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
 * in a group of its own so that a quantifier after it takes it whole, and a negated class ("[^.]")
 * taking a coded symbol as the one character it was, so that a window such as "[^.]{0,40}" reaches
 * as far as it did. A code cannot stand for one character inside [ ]: tests/grading/fold.test.ts
 * keeps symbols out of the lexicons' classes.
 */
export function foldedSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (ch === '[') {
      let end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const negated = source[i + 1] === '^';
      out += negated
        ? `(?:${SYMBOL}|[^\\x80-\\x9f${source.slice(i + 2, end + 1)})`
        : source.slice(i, end + 1);
      i = end + 1;
    } else {
      const symbol = String.fromCodePoint(source.codePointAt(i) ?? 0);
      out += symbol.replace(CODED, (s) => `(?:${codeOf(s)})`);
      i += symbol.length;
    }
  }
  return out;
}

/** The original span of folded [start, end). */
export function toOriginal(f: Folded, start: number, end: number): { start: number; end: number } {
  if (f.text.length === 0 || end <= start) return { start: 0, end: 0 };
  const s = f.from[Math.max(0, Math.min(start, f.from.length - 1))] ?? 0;
  const e = f.to[Math.max(0, Math.min(end - 1, f.to.length - 1))] ?? s;
  return { start: s, end: Math.max(s, e) };
}
