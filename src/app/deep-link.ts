import { z } from 'zod';
import { LANGS } from '../content/scenario.schema';
import { PLAY_MODES, type PlayMode } from './persistence/save.schema';

/**
 * `?scenario=<id>&lang=es|en&seed=<n>&speed=<x>[&mode=workshop&team=<name>][&lms=scorm12]` opens a scenario at
 * its briefing, so a facilitator can hand everyone the same crisis. Every problem is reported,
 * never a blank page.
 */
export interface DeepLink {
  readonly scenario: string;
  readonly lang?: (typeof LANGS)[number];
  readonly seed?: number;
  readonly speed?: number;
  /** Workshop links carry the play mode and the team's name. */
  readonly mode?: PlayMode;
  readonly team?: string;
  /** Launched by a learning platform: which of its APIs to look for (a package's launch URL sets it). */
  readonly lms?: LmsKind;
}

/** The learning-platform standards a launch URL can name. cmi5 joins here when it is built. */
export const LMS_KINDS = ['scorm12'] as const;
export type LmsKind = (typeof LMS_KINDS)[number];

const schema = z.strictObject({
  scenario: z
    .string({ error: 'scenario is required' })
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'scenario must be a scenario id'),
  lang: z.enum(LANGS, { error: `lang must be one of ${LANGS.join(', ')}` }).optional(),
  // Digits only: "", "0x10", "1e3" or " 7" are refused rather than guessed at.
  seed: z
    .string()
    .regex(/^\d{1,10}$/, 'seed must be a whole number (digits only)')
    .transform(Number)
    .pipe(z.number().max(2 ** 31 - 1, `seed must be at most ${2 ** 31 - 1}`))
    .optional(),
  speed: z
    .string()
    .regex(/^\d{1,3}(\.\d{1,3})?$/, 'speed must be a number such as 0.5 or 4')
    .transform(Number)
    .pipe(z.number().min(0.1, 'speed must be at least 0.1').max(200, 'speed must be at most 200'))
    .optional(),
  mode: z.enum(PLAY_MODES, { error: `mode must be one of ${PLAY_MODES.join(', ')}` }).optional(),
  team: z
    .string()
    .trim()
    .min(1, 'team must not be empty')
    .max(60, 'team must be at most 60 characters')
    .optional(),
  lms: z.enum(LMS_KINDS, { error: `lms must be one of ${LMS_KINDS.join(', ')}` }).optional(),
});

/**
 * Query parameters other features read, known here so they are not errors: `renderer` (links
 * made when the game could draw with WebGL; it draws with Canvas now), the facilitator views, the live workshop's id, and the launch parameters an LMS adds for cmi5.
 */
export const OTHER_PARAMETERS: readonly string[] = [
  'renderer',
  'view',
  'workshop',
  'endpoint',
  'fetch',
  'actor',
  'registration',
  'activityId',
];

export type DeepLinkResult =
  | { kind: 'none' }
  | { kind: 'link'; link: DeepLink }
  | { kind: 'error'; reason: string };

export function parseDeepLink(search: string, knownScenarios: readonly string[]): DeepLinkResult {
  const params = new URLSearchParams(search);
  // Display options travel in the same query string but are not part of the crisis.
  const all = [...params.keys()];
  const repeated = [...new Set(all.filter((k, i) => all.indexOf(k) !== i))];
  if (repeated.length > 0)
    return { kind: 'error', reason: `parameter ${repeated.join(', ')} is given more than once` };
  const keys = all.filter((k) => !OTHER_PARAMETERS.includes(k));
  if (keys.length === 0) return { kind: 'none' };
  const raw = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? '']));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter ${i.keys.join(', ')}` : i.message))
      .join('; ');
    return { kind: 'error', reason };
  }
  if (!knownScenarios.includes(parsed.data.scenario)) {
    return {
      kind: 'error',
      reason: `no scenario "${parsed.data.scenario}" (available: ${knownScenarios.join(', ')})`,
    };
  }
  return { kind: 'link', link: parsed.data };
}
