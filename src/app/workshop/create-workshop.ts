import { z } from 'zod';
import { askServer, type Read } from './ask-server';
import type { WorkshopSession } from './workshop-setup';

/** What the workshop server answers `POST /api/workshops`: links are paths on the server, secrets in fragments. */
// A path on this origin: `//host/…` and `/\host/…` would leave it, and the console link carries the key.
const localPath = z.string().regex(/^\/(?![/\\])/, 'must be a path on this server');

const createdSchema = z.object({
  id: z.string().min(1),
  facilitatorKey: z.string().min(1),
  console: localPath,
  teams: z.array(z.object({ name: z.string(), link: localPath, token: z.string() })),
});
export type CreatedWorkshop = z.infer<typeof createdSchema>;

/**
 * Creates a live workshop on the server that serves this page (the set-up page's submit when a
 * workshop server serves it): the session the form checked, and whether teams wait on the briefing.
 */
export async function createLiveWorkshop(
  session: WorkshopSession,
  hold: boolean,
  fetcher: typeof fetch = fetch,
): Promise<Read<CreatedWorkshop>> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...session, teams: [...session.teams], hold }),
  };
  return askServer('/api/workshops', init, createdSchema, fetcher);
}
