import { z } from 'zod';
import { langSchema } from '../../content/scenario.schema';
import { sessionLogSchema } from '../../sim/event';

/**
 * A session in progress, saved after every action: with the scenario, the seed and the log, the
 * session is rebuilt exactly; `now` keeps the clock where it was. Versioned; see migrations.ts.
 */
export const SAVE_VERSION = 2;

export const MODES = ['practice', 'onboarding', 'workshop', 'self_assessment'] as const;
export const modeSchema = z.enum(MODES);
export type Mode = z.infer<typeof modeSchema>;

export const saveSchema = z.strictObject({
  version: z.literal(SAVE_VERSION),
  scenario: z.string(),
  lang: langSchema,
  seed: z.number().int(),
  speed: z.number().positive(),
  mode: modeSchema,
  now: z.number().nonnegative(),
  savedAt: z.string(),
  log: sessionLogSchema,
});
export type SavedSession = z.infer<typeof saveSchema>;
