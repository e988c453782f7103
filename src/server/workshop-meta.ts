import { z } from 'zod';
import { LANGS } from '../content/scenario.schema';

/**
 * A workshop as the server keeps it on disk (`<data>/<id>/workshop.json`): the crisis every team
 * plays, the teams, and the hashes of the facilitator's key and of each team's token.
 */
export const WORKSHOP_FORMAT = 'cortafuegos-workshop';
export const WORKSHOP_VERSION = 1;

const hash = z.string().regex(/^[0-9a-f]{64}$/);

export const workshopMetaSchema = z.strictObject({
  format: z.literal(WORKSHOP_FORMAT),
  version: z.literal(WORKSHOP_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  createdAt: z.string(),
  scenario: z.string(),
  lang: z.enum(LANGS),
  seed: z.number().int().nonnegative(),
  speed: z.number().positive(),
  /** The teams wait for the facilitator's start (the console's control, not built yet). */
  hold: z.boolean(),
  facilitatorKeyHash: hash,
  teams: z.array(z.strictObject({ name: z.string(), tokenHash: hash })).min(1),
});
export type WorkshopMeta = z.infer<typeof workshopMetaSchema>;
