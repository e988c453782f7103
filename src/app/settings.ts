import { z } from 'zod';
import { type Lang, langSchema } from '../content/scenario.schema';
import type { PlayMode } from './persistence/save.schema';

/** Player preferences kept between visits. A broken or missing store never stops the game. */
export const TIMERS = ['normal', 'slow', 'off'] as const;
export type Timer = (typeof TIMERS)[number];

/**
 * `timer` answers WCAG 2.2.1: `slow` runs the clock ten times slower, `off` stops it so the player
 * moves time on by hand. `reducedMotion` left unset follows the system's prefers-reduced-motion.
 */
/** The clock speeds the game accepts, from any source (settings, links, saves, keys). */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 200;
export const clampSpeed = (speed: number): number =>
  Number.isFinite(speed) ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)) : 1;

// Each field falls back on its own: one bad value never resets the others.
const settingsSchema = z.object({
  lang: langSchema.catch('es'),
  speed: z.number().min(MIN_SPEED).max(MAX_SPEED).catch(1),
  timer: z.enum(TIMERS).catch('normal'),
  reducedMotion: z.boolean().optional().catch(undefined),
  largeText: z.boolean().catch(false),
  suggestions: z
    .object({ training: z.boolean().catch(true), workshop: z.boolean().catch(true) })
    .catch({ training: true, workshop: true }),
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
      const data: unknown = JSON.parse(raw);
      if (typeof data === 'object' && data !== null) {
        const parsed = settingsSchema.safeParse({ lang: fallbackLang, ...data });
        if (parsed.success) return parsed.data;
      }
    }
  } catch {
    // unreadable storage: use defaults
  }
  return {
    lang: fallbackLang,
    speed: 1,
    timer: 'normal',
    largeText: false,
    suggestions: { training: true, workshop: true },
  };
}

/** The play modes whose suggested replies the player may switch on or off. */
export type SuggestionMode = keyof Settings['suggestions'];

/**
 * Whether the scripted options are offered beside the composer as suggested replies. Never in
 * self-assessment: what it measures is what the player writes, so that is not the player's choice.
 */
export const suggestionsOn = (settings: Pick<Settings, 'suggestions'>, mode: PlayMode): boolean =>
  mode !== 'assessment' && settings.suggestions[mode];

/** Returns false when the settings could not be stored (full or unavailable storage). */
export function saveSettings(store: KeyValueStore | null, settings: Settings): boolean {
  try {
    store?.setItem(KEY, JSON.stringify(settings));
    return store !== null;
  } catch {
    return false;
  }
}
