import { z } from 'zod';
import { type Lang, langSchema } from '../content/scenario.schema';

/** Player preferences kept between visits. A broken or missing store never stops the game. */
const settingsSchema = z.object({
  lang: langSchema.default('es'),
  speed: z.number().min(0.1).max(200).default(1),
});
export type Settings = z.infer<typeof settingsSchema>;

const KEY = 'cortafuegos.settings.v1';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function loadSettings(store: KeyValueStore | null, fallbackLang: Lang): Settings {
  try {
    const raw = store?.getItem(KEY);
    if (raw) {
      const parsed = settingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    }
  } catch {
    // unreadable storage: use defaults
  }
  return { lang: fallbackLang, speed: 1 };
}

/** Returns false when the settings could not be stored (full or unavailable storage). */
export function saveSettings(store: KeyValueStore | null, settings: Settings): boolean {
  try {
    store?.setItem(KEY, JSON.stringify(settings));
    return store !== null;
  } catch {
    return false;
  }
}
