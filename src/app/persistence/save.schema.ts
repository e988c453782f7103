import { z } from 'zod';
import { langSchema } from '../../content/scenario.schema';
import { sessionLogSchema } from '../../sim/event';

/**
 * A session in progress, saved after every action: with the scenario, the seed and the log, the
 * session is rebuilt exactly; `now` keeps the clock where it was. Versioned; see migrations.ts.
 */
export const SAVE_VERSION = 2;

/** How a session is played: the onboarding path and free practice, a team workshop, or self-assessment. */
export const PLAY_MODES = ['training', 'workshop', 'assessment'] as const;
export const playModeSchema = z.enum(PLAY_MODES);
export type PlayMode = z.infer<typeof playModeSchema>;

export const saveSchema = z.strictObject({
  version: z.literal(SAVE_VERSION),
  scenario: z.string(),
  lang: langSchema,
  seed: z.number().int(),
  speed: z.number().min(0.1).max(200),
  mode: playModeSchema,
  /** The workshop team playing, if any. */
  team: z.string().optional(),
  now: z.number().nonnegative(),
  savedAt: z.string(),
  log: sessionLogSchema,
});
export type SavedSession = z.infer<typeof saveSchema>;
