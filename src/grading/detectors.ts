import { foldedSource } from './fold';
import { type Hit, type Sentences, stemsOf } from './hits';
import type { CompiledLexicon } from './lexicon';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/gu;
// Nine digits or more, spaced or not: a phone, card, account or order number.
const LONG_NUMBER = /(?<![\p{N}])\+?\p{N}(?:[ .-]?\p{N}){8,}(?![\p{N}])/gu;
const IBAN = /(?<![\p{L}\p{N}])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){3,7}(?![\p{L}\p{N}])/gu;
// Read on folded text, where "€" is coded (fold.ts).
const AMOUNT = new RegExp(
  foldedSource(
    String.raw`(?:(?:€|[$£]) ?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)? ?(?:€|\$|£|euros?|eur|usd|dollars?|pounds?)(?![\p{L}]))`,
  ),
  'gu',
);

/** Personal data in a public reply: an email, a long number, an IBAN, or an amount that is the person's own. */
export function privateData(text: string, lex: CompiledLexicon, written: (at: number) => number): Hit[] {
  const hits: Hit[] = [];
  const push = (re: RegExp, cue: string, keep: (at: number) => boolean = () => true) => {
    for (const m of text.matchAll(re))
      if (m[0] && keep(m.index))
        hits.push({ quality: 'exposes_private_data', start: m.index, end: m.index + m[0].length, cue });
  };
  push(EMAIL, 'private_data:email');
  push(LONG_NUMBER, 'private_data:number');
  push(IBAN, 'private_data:iban');
  // "compensación de 10 € para todos" is not private; "tu reembolso de 45 €" is.
  // Forty written characters back, however folding coded them.
  const back = (at: number) => {
    let from = at;
    while (from > 0 && written(at) - written(from - 1) <= 40) from--;
    return from;
  };
  push(AMOUNT, 'private_data:amount', (at) => lex.possessive.test(text.slice(back(at), at)));
  return hits;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name found in the reply: the customer's (addressed by name: `human_tone`), or one of the brand's
 * own people named in public (`names_person`: a colleague singled out as the culprit or as punished,
 * which shifts the blame and belittles; the documents ask the brand to own the error).
 */
export function namesPerson(
  text: string,
  name: string | undefined,
  fold: (s: string) => string,
  quality: 'human_tone' | 'names_person' = 'human_tone',
  cue = 'author_name',
): Hit[] {
  if (!name) return [];
  const words = (fold(name).match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => w.length >= 2).slice(0, 6);
  if (!words.length) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])@?(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
    'gu',
  );
  const m = re.exec(text);
  return m ? [{ quality, start: m.index, end: m.index + m[0].length, cue }] : [];
}

/** A rival brand named whole ("Fortaleza Rota", never "rota" alone), as a word. */
export function namesRival(text: string, name: string, fold: (s: string) => string): Hit[] {
  const words = fold(name).match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!words.length) return [];
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_])@?${words.map(escapeRegExp).join('[\\s_-]*')}(?![\\p{L}\\p{N}_])`,
    'u',
  );
  const m = re.exec(text);
  return m
    ? [{ quality: 'attacks_competitor', start: m.index, end: m.index + m[0].length, cue: 'competitor_name' }]
    : [];
}

const dice = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return a.size + b.size ? (2 * common) / (a.size + b.size) : 0;
};
const containment = (sentence: ReadonlySet<string>, phrase: ReadonlySet<string>): number => {
  let common = 0;
  for (const x of phrase) if (sentence.has(x)) common++;
  return phrase.size ? common / phrase.size : 0;
};

/** Similarity of stems at which a sentence reads as a stock corporate line. */
export const CANNED_SIMILARITY = 0.75;

/**
 * Canned corporate sentences, by a fuzzy match of Snowball stems against the phrase bank: the
 * Dice coefficient, or how much of the stock phrase the sentence contains when it is not much
 * longer. Stems, not characters, so "disculpen las molestias ocasionadas" matches its variants.
 */
export function cannedSentences(text: string, sentences: Sentences, lex: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  for (const span of sentences.spans) {
    const raw = text.slice(span.start, span.end);
    if (raw.length > 400) continue;
    const stems = stemsOf(raw, lex);
    if (stems.size < 3) continue;
    let best = 0;
    let which = -1;
    lex.canned.forEach((p, i) => {
      const score = Math.max(
        dice(stems, p.stems),
        stems.size <= 2 * p.stems.size ? containment(stems, p.stems) : 0,
      );
      if (score > best) {
        best = score;
        which = i;
      }
    });
    if (best >= CANNED_SIMILARITY) {
      const lead = raw.length - raw.trimStart().length;
      const start = span.start + lead;
      const end = span.start + raw.trimEnd().length;
      if (end > start) hits.push({ quality: 'canned', start, end, cue: `canned_bank:${lex.lang}:${which}` });
    }
  }
  return hits;
}
