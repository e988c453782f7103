import type { SessionEvent } from '../sim/event';

/** How many of a team's latest actions the console lists. */
export const LAST_ACTIONS = 3;

export interface TeamPulse {
  /** Heat and sentiment as the log last recorded them (the crowd's pulse or a consequence); null before any. */
  readonly heat: number | null;
  readonly sentiment: number | null;
  /** The team's latest actions, newest first: when, and what kind. */
  readonly lastActions: readonly { t: number; type: string }[];
}

/** The crisis as a team's held log says it stands: read from the log, never from an engine. */
export function teamPulse(events: readonly SessionEvent[]): TeamPulse {
  let heat: number | null = null;
  let sentiment: number | null = null;
  const lastActions: { t: number; type: string }[] = [];
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (!e) continue;
    if (heat === null && (e.type === 'pulse' || e.type === 'consequence')) {
      heat = e.heat;
      sentiment = e.sentiment;
    }
    if (e.type === 'action' && lastActions.length < LAST_ACTIONS)
      lastActions.push({ t: e.t, type: e.action.type });
    if (heat !== null && lastActions.length >= LAST_ACTIONS) break;
  }
  return { heat, sentiment, lastActions };
}
