import type { GradingLang } from '../content/grading-context';
import type { LearnedCues } from '../grading/learned-features';

/**
 * The learned layer's structural cue words, per language, as folded text (lowercase, no accents).
 * `plain` lists words as written, not stems: "his" stems to "hi" and is still read.
 * The training script copies them into each language's weight file, so the game reads the cues
 * the weights were trained with.
 */
export const LEARNED_CUES: Record<GradingLang, LearnedCues> = {
  es: {
    you: ['tu', 'tus', 'te', 'ti', 'contigo', 'usted', 'ustedes', 'os', 'vosotros', 'vuestro', 'vuestra'],
    weWill: [
      'vamos a',
      'iremos',
      '\\p{L}+(?:aremos|eremos|iremos)',
      'te (?:llamamos|escribimos|contamos|avisamos)',
    ],
    // 'igual' is both "maybe" ("igual el problema es dónde lo guardas") and "the same" ("sigue
    // igual"): the layer learned it as blame and cited it as the evidence.
    plain: [
      'hola',
      'buen',
      'buena',
      'buenas',
      'buenos',
      'dia',
      'dias',
      'tardes',
      'noches',
      'igual',
      'el',
      'la',
      'los',
      'las',
      'lo',
      'un',
      'una',
      'y',
      'e',
      'o',
      'de',
      'del',
      'a',
      'al',
      'en',
    ],
  },
  en: {
    you: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd", 'ur', 'u'],
    weWill: [
      "we'll",
      'we will',
      "we're going to",
      'we are going to',
      'we shall',
      "we'd like to",
      'let us',
      "let's",
    ],
    plain: [
      'hi',
      'hello',
      'hey',
      'dear',
      'morning',
      'afternoon',
      'evening',
      'the',
      'a',
      'an',
      'and',
      'or',
      'of',
      'to',
      'in',
      'on',
      'at',
    ],
  },
};
