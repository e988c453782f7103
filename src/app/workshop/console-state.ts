import { z } from 'zod';
import { PRINCIPLE_IDS } from '../../content/principle';
import { askServer } from './ask-server';

const score = z.object({
  overall: z.number().nullable(),
  band: z.string(),
  principles: z.record(z.enum(PRINCIPLE_IDS), z.number().nullable()),
  verified: z.boolean().nullable(),
});

/** What the workshop server says of a workshop and its teams (`GET /api/workshops/:id`), checked. */
export const consoleStateSchema = z.object({
  id: z.string(),
  scenario: z.string(),
  lang: z.enum(['es', 'en']),
  seed: z.number(),
  speed: z.number(),
  hold: z.boolean().default(false),
  started: z.boolean().default(false),
  injects: z.array(z.string()).default([]),
  teams: z.array(
    z.object({
      name: z.string(),
      connected: z.boolean(),
      events: z.number(),
      clock: z.number(),
      ended: z.boolean(),
      score: score.nullable(),
      pendingControls: z.number().default(0),
      heat: z.number().nullable().default(null),
      sentiment: z.number().nullable().default(null),
      lastActions: z.array(z.object({ t: z.number(), type: z.string() })).default([]),
    }),
  ),
});
export type ConsoleState = z.infer<typeof consoleStateSchema>;

/** One poll of the console: the state, or why there is none (said on the page, never thrown). */
export type ConsoleRead =
  | { readonly kind: 'state'; readonly state: ConsoleState }
  | { readonly kind: 'refused'; readonly status: number; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

/** Asks the workshop server (this page's own origin) for the workshop, with the facilitator's key. */
export async function readConsole(
  id: string,
  key: string,
  fetcher: typeof fetch = fetch,
): Promise<ConsoleRead> {
  const init = { headers: { Authorization: `Bearer ${key}` } };
  const read = await askServer(`/api/workshops/${encodeURIComponent(id)}`, init, consoleStateSchema, fetcher);
  return read.kind === 'ok' ? { kind: 'state', state: read.value } : read;
}
