import { z } from 'zod';
import { principleSchema } from './principle';
import { qualitySchema } from './quality';

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
};
const patternSchema = z.string().min(1).refine(compiles, { message: 'not a valid regular expression' });

/**
 * One cue of a grading lexicon. Patterns are regular expressions over lowercased, accent-folded
 * text (whitespace matches any run of spaces; word edges are added); stems are single words
 * matched after Snowball stemming, so every inflection of a word counts.
 */
export const lexiconEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  quality: qualitySchema,
  patterns: z.array(patternSchema).default([]),
  stems: z.array(z.string().min(2)).default([]),
  /** What a negation just before the cue turns it into; null drops it ("we won't ignore this"). */
  negated: qualitySchema.nullable().default(null),
  /** False for cues that carry their own negation ("no es para tanto"). */
  negatable: z.boolean().default(true),
  /** A brand action that counts as a next step only with a time in its sentence ("we'll call you"). */
  timed: z.boolean().default(false),
  /**
   * Reads nothing itself: where its words stand, the learned layer may not read its quality either
   * (learned.ts `ruleSeen`), for wording the rules know to be innocent that a bag of words misreads
   * ("no tienes que ponerte en contacto con el fabricante" is no dismissal).
   */
  guard: z.boolean().default(false),
});

/**
 * A cue that says something about a principle no quality carries ("para que no vuelva a pasar"
 * is learning; "la directora te llamará" is escalation). A negation before it drops it.
 */
export const principleCueSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  principle: principleSchema,
  sign: z.union([z.literal(1), z.literal(-1)]),
  patterns: z.array(patternSchema).min(1),
  negatable: z.boolean().default(true),
});

export const lexiconSchema = z.strictObject({
  lang: z.enum(['es', 'en']),
  /** Words that negate what follows them in the same sentence. */
  negators: z.array(z.string().min(1)),
  /** Phrases with a negator that negate nothing after them ("no dudes en", "don't hesitate to"). */
  notNegating: z.array(z.string().min(1)).default([]),
  /**
   * Negators that are also determiners ("no information", "sin respuesta"): with a word between
   * them and a cue, they negate that word, not the cue ("35 minutes with no news is on us").
   */
  nounNegators: z.array(z.string().min(1)).default([]),
  /** Capitalised words that name no member of staff: a sentence's opener, days and months where capitalised. */
  notNames: z.array(z.string().min(1)).default([]),
  /** Words after which a capitalised word is a place, a brand or the person addressed ("via", "Hola"). */
  beforeNoName: z.array(z.string().min(1)).default([]),
  /** Words that turn a sentence around ("pero", "but"): an apology before one may be taken back. */
  contrast: z.array(z.string().min(1)),
  /** Words that open a new clause: a negation before one does not reach past it ("not okay and we're sorry"). */
  joiners: z.array(z.string().min(1)).default([]),
  /**
   * Words that make what follows an open question ("we don't know when it will be back", "no
   * sabemos si estará hoy"): an outcome right after one is not promised.
   */
  openQuestions: z.array(patternSchema).default([]),
  /** Time expressions that make a brand action a concrete next step. */
  times: z.array(patternSchema),
  /** Second-person possessives: an amount after one is the person's own ("your refund of 45 €"). */
  possessives: z.array(z.string().min(1)),
  /** Emoji and marks that make thanks or patience read as sarcasm. */
  sarcasmMarks: z.array(z.string().min(1)),
  /** Canned corporate sentences, matched fuzzily. */
  canned: z.array(z.string().min(5)),
  entries: z.array(lexiconEntrySchema),
  principleCues: z.array(principleCueSchema).default([]),
});
export type LexiconData = z.input<typeof lexiconSchema>;
export type Lexicon = z.output<typeof lexiconSchema>;
