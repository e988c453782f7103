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
        : ch.toLowerCase().normalize('NFD').replace(MARKS, '');
    for (let k = 0; k < out.length; k++) {
      from.push(start);
      to.push(i);
    }
    text += out;
  }
  return { text, from, to };
}

/** The original span of folded [start, end). */
export function toOriginal(f: Folded, start: number, end: number): { start: number; end: number } {
  if (f.text.length === 0 || end <= start) return { start: 0, end: 0 };
  const s = f.from[Math.max(0, Math.min(start, f.from.length - 1))] ?? 0;
  const e = f.to[Math.max(0, Math.min(end - 1, f.to.length - 1))] ?? s;
  return { start: s, end: Math.max(s, e) };
}
