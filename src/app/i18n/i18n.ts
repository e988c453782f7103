import type { Lang } from '../../content/scenario.schema';
import { en, type MessageKey } from './messages.en';
import { es } from './messages.es';

/**
 * A typed dictionary rather than an i18n library: two languages, a few dozen labels, and the
 * compiler checks that every key exists in both.
 */
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { es, en };

export type { MessageKey };

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
