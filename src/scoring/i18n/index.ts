import type { Lang } from '../../content/scenario.schema';
import { en } from './en';
import { es } from './es';
import type { ScoringText } from './text';

export type { ScoringText };

/** A typed dictionary per language rather than an i18n library: two languages, checked by the compiler. */
export const SCORING_TEXT: Readonly<Record<Lang, ScoringText>> = { es, en };

export const scoringText = (lang: Lang): ScoringText => SCORING_TEXT[lang];
