import type { Lang } from '../../content/scenario.schema';
import { en } from './en';
import { es } from './es';
import type { DebriefText } from './text';

export type { DebriefText };

export const DEBRIEF_TEXT: Readonly<Record<Lang, DebriefText>> = { es, en };

export const debriefText = (lang: Lang): DebriefText => DEBRIEF_TEXT[lang];

/** Fills `{name}` placeholders; an unknown name is left as it is, so a missing value shows. */
export const fill = (text: string, vars: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
