import { z } from 'zod';
import { type Lang, langSchema } from '../content/scenario.schema';

/** Player preferences kept between visits. A broken or missing store never stops the game. */
export const TIMERS = ['normal', 'slow', 'off'] as const;
export type Timer = (typeof TIMERS)[number];

/**
 * `timer` answers WCAG 2.2.1: `slow` runs the clock ten times slower, `off` stops it so the player
 * moves time on by hand. `reducedMotion` left unset follows the system's prefers-reduced-motion.
 */
const settingsSchema = z.object({
  lang: langSchema.default('es'),
  speed: z.number().min(0.1).max(200).default(1),
  timer: z.enum(TIMERS).default('normal'),
  reducedMotion: z.boolean().optional(),
  largeText: z.boolean().default(false),
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
  return { lang: fallbackLang, speed: 1, timer: 'normal', largeText: false };
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
