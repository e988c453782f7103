import { fromCallback } from 'xstate';
import type { PlayerAction } from '../sim/action';
import type { CrisisSession } from '../sim/session';

export type StoryInbound =
  | { type: 'CLOCK.TICK'; dt: number }
  | { type: 'ACT'; action: PlayerAction }
  | { type: 'ADVANCE' };
export type StoryOutbound =
  | { type: 'STORY.UPDATED'; now: number; events: number }
  | { type: 'STORY.REJECTED'; reason: string }
  | { type: 'STORY.ENDED'; ending: string | null };

/** How far one "next" moves a stopped clock: to the next scheduled event, within these bounds. */
export const ADVANCE_MIN = 5;
export const ADVANCE_MAX = 30;

/**
 * The running crisis as an actor: it advances the session with the clock's ticks (or the player's
 * "next" when the timer is off) and applies the player's actions, reporting back after each.
 * The session itself stays a plain, pure object.
 */
export const storyActor = fromCallback<StoryInbound, { session: CrisisSession }>(
  ({ input, receive, sendBack }) => {
    const { session } = input;
    const report = (): void => {
      sendBack({
        type: 'STORY.UPDATED',
        now: session.now,
        events: session.log.length,
      } satisfies StoryOutbound);
      if (session.ended) sendBack({ type: 'STORY.ENDED', ending: session.ending } satisfies StoryOutbound);
    };
    receive((event) => {
      if (session.ended) return;
      if (event.type === 'CLOCK.TICK') {
        session.advanceTo(session.now + event.dt);
        report();
      } else if (event.type === 'ADVANCE') {
        const step = Math.min(ADVANCE_MAX, Math.max(ADVANCE_MIN, session.nextEventTime() - session.now));
        session.advanceTo(session.now + step);
        report();
      } else {
        const result = session.act(event.action);
        if (result.ok) report();
        else sendBack({ type: 'STORY.REJECTED', reason: result.reason } satisfies StoryOutbound);
      }
    });
  },
);
