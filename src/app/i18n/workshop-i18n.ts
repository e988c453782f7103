import { LANGS, type Lang } from '../../content/scenario.schema';
import { type WorkshopKey, workshopEn } from './workshop.en';
import { workshopEs } from './workshop.es';

/** The facilitator pages' own dictionary, kept apart from the game's: same keys in both languages. */
const DICTIONARIES: Record<Lang, Record<WorkshopKey, string>> = { es: workshopEs, en: workshopEn };

export type { WorkshopKey };

export function tw(
  lang: Lang,
  key: WorkshopKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The page's language: `?lang=` when it names one, else the browser's first language we speak, else Spanish. */
export function pageLang(search: string, browserLanguages: readonly string[]): Lang {
  const asked = new URLSearchParams(search).get('lang');
  const known = (x: string | null | undefined): Lang | null => {
    const base = x?.toLowerCase().split('-')[0];
    return LANGS.find((l) => l === base) ?? null;
  };
  return known(asked) ?? browserLanguages.map(known).find((l) => l !== null) ?? 'es';
}
