import type { CompiledScenario } from '../../content/compiled-scenario';
import type { SessionEvent } from '../../sim/event';
import { replayLog, unreadWritten } from '../../sim/replay';
import { type SessionView, viewSession } from '../../sim/session-view';

/** What the console's mirror can show of a team's log: its feed, or why the log does not replay. */
export type MirrorFeed =
  | { readonly kind: 'feed'; readonly view: SessionView }
  /** A written reply at `t` came without the reading the game logs with it: a log made by hand. */
  | { readonly kind: 'unread'; readonly t: number }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * The team's session as its log makes it, replayed on the workshop's scenario and seed. Replay
 * takes each written reply's logged reading: the console loads no grader, so a reply without one
 * is said to be so before the replay would ask the grader to read it.
 */
export function mirrorFeed(scenario: CompiledScenario, events: readonly SessionEvent[]): MirrorFeed {
  const unread = unreadWritten(events);
  if (unread) return { kind: 'unread', t: unread.t };
  try {
    return { kind: 'feed', view: viewSession(replayLog(scenario, events)) };
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}
