import type { Actor } from 'xstate';
import type { sessionMachine } from '../session.machine';
import { type ControlDisplay, controlApplier } from './apply-control';
import type { LiveClient, LiveStatus } from './live-client';
import { teamAuthSchema } from './live-protocol';

/**
 * Joins the live workshop when this page is a team's link served by the workshop server: the
 * query names the workshop (`workshop=<id>`, `mode=workshop`), the fragment carries the team's
 * token (`#token=…`, never sent in a request), and the page carries the server's marker (a static
 * copy of the game has none, and then nothing is opened). socket.io-client is loaded only then.
 * Uses nothing a page on plain `http://<LAN address>` lacks (no `crypto.randomUUID`, no storage
 * persistence, no service worker): teams open the server by its address, not a secure origin.
 */
export const SERVER_MARKER_SELECTOR = 'meta[name="cortafuegos-server"][content="workshop"]';

export interface LiveLink {
  readonly workshop: string;
  readonly token: string;
}

export function liveLinkOf(search: string, hash: string, servedByWorkshopServer: boolean): LiveLink | null {
  if (!servedByWorkshopServer) return null;
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  if (query.get('mode') !== 'workshop') return null;
  const auth = teamAuthSchema.safeParse({ workshop: query.get('workshop'), token: fragment.get('token') });
  return auth.success ? auth.data : null;
}

/** Streams the live session's log to the workshop server; null when this page is not a live team's. */
export async function streamToWorkshop(
  actor: Actor<typeof sessionMachine>,
  display: ControlDisplay,
): Promise<LiveClient | null> {
  const link = liveLinkOf(
    window.location.search,
    window.location.hash,
    document.querySelector(SERVER_MARKER_SELECTOR) !== null,
  );
  if (!link) return null;
  // Until the server says whether this workshop holds its teams, Start waits (a team must not slip
  // past the hold while the client loads); a server that cannot be reached releases it: the game
  // never waits for the server.
  let answered = false;
  const hold = (held: boolean): void => {
    answered = true;
    actor.send({ type: 'HOLD', held });
    display.held(held);
  };
  actor.send({ type: 'HOLD', held: true });
  const [{ io }, { LiveClient }] = await Promise.all([import('socket.io-client'), import('./live-client')]);
  // The page's own origin: the Content-Security-Policy's connect-src 'self' covers it.
  const socket = io({ auth: { ...link } });
  const show = (status: LiveStatus): void => {
    // For the page's tests; the game itself does not wait on it.
    document.documentElement.dataset.workshopLive = status.kind;
    if (!answered && (status.kind === 'offline' || status.kind === 'refused')) hold(false);
  };
  const client = new LiveClient(socket, {
    onStatus: show,
    onHold: hold,
    onControl: controlApplier(actor, display),
  });
  show(client.status);
  const feed = (): void => {
    const { session } = actor.getSnapshot().context;
    if (session) client.update(session.log, session.now);
  };
  actor.subscribe(feed);
  feed();
  return client;
}
