import type { GradingLang } from '../content/grading-context';
import { provideLearned } from './learned';
import { hasLexicon, provideLexicon } from './lexicon';

const loading = new Map<GradingLang, Promise<void>>();

// Literal imports per language, so that the bundler puts each lexicon, its learned weights and its
// stemmer in chunks of their own. The weights are provided first: a lexicon present means the
// language is ready.
const IMPORTS: Record<GradingLang, () => Promise<void>> = {
  es: () =>
    Promise.all([
      import('./lexicon.es'),
      import('./lexicon.es.learned'),
      import('@orama/stemmers/spanish'),
    ]).then(([data, learned, stemmer]) => {
      provideLearned(learned.LEARNED_ES);
      provideLexicon(data.LEXICON_ES, stemmer.stemmer);
    }),
  en: () =>
    Promise.all([
      import('./lexicon.en'),
      import('./lexicon.en.learned'),
      import('@orama/stemmers/english'),
    ]).then(([data, learned, stemmer]) => {
      provideLearned(learned.LEARNED_EN);
      provideLexicon(data.LEXICON_EN, stemmer.stemmer);
    }),
};

/**
 * Makes `gradeReply` ready for one language. Every later call shares the same load; a failed load
 * (a network blip in the browser) is tried again next time rather than remembered.
 */
export function loadLexicon(lang: GradingLang): Promise<void> {
  if (hasLexicon(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = IMPORTS[lang]().catch((error: unknown) => {
      loading.delete(lang);
      throw error;
    });
    loading.set(lang, pending);
  }
  return pending;
}

/** Both languages: what the Node tools, the workshop server and the tests grade with. */
export const loadLexicons = (): Promise<void> =>
  Promise.all((Object.keys(IMPORTS) as GradingLang[]).map((lang) => loadLexicon(lang))).then(() => undefined);
