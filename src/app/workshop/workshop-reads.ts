import { z } from 'zod';
import { type SessionEvent, sessionLogSchema } from '../../sim/event';
import { askServer, type Read } from './ask-server';

/**
 * The facilitator's reads beyond the console's state: a team's whole log (for the read-only
 * mirror of its feed) and the finished teams' results (for the board at the end). Both ask this
 * page's own origin with the facilitator key, check the answer's shape, and say why they failed
 * instead of throwing. The results are not trusted for being the server's: the board checks each
 * by replay, as it checks a file dropped on it.
 */
const teamLogSchema = z.object({ team: z.string(), held: z.number(), events: sessionLogSchema });
const resultsSchema = z.object({
  files: z.array(z.object({ name: z.string(), results: z.unknown() })),
  unfinished: z.array(z.string()),
});

export interface TeamLogRead {
  readonly team: string;
  readonly events: readonly SessionEvent[];
}
export type WorkshopResultsRead = z.infer<typeof resultsSchema>;

const base = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;
const bearer = (key: string): RequestInit => ({ headers: { Authorization: `Bearer ${key}` } });

export const readTeamLog = (
  id: string,
  key: string,
  team: number,
  fetcher: typeof fetch = fetch,
): Promise<Read<TeamLogRead>> =>
  askServer(`${base(id)}/teams/${team}/log`, bearer(key), teamLogSchema, fetcher);

export const readWorkshopResults = (
  id: string,
  key: string,
  fetcher: typeof fetch = fetch,
): Promise<Read<WorkshopResultsRead>> =>
  askServer(`${base(id)}/results`, bearer(key), resultsSchema, fetcher);
