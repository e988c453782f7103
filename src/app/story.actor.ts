import { fromCallback } from 'xstate';
import type { MenuKind } from '../sim/event';
import type { CrisisSession } from '../sim/session';
import { type SessionView, viewSession } from '../sim/session-view';
import type { ReplyOption } from '../story/beat';

export type StoryInbound =
  | { type: 'CLOCK.TICK'; dt: number }
  /** Any action, from any input: the session validates it (see `CrisisSession.act`). */
  | { type: 'ACT'; action: unknown }
  | { type: 'ADVANCE' }
  | { type: 'OPEN_MENU'; menu: MenuKind }
  | { type: 'HINT'; post: string }
  /** A workshop facilitator's inject: the session validates it (see `CrisisSession.inject`). */
  | { type: 'INJECT'; inject: string };
export type StoryOutbound =
  | { type: 'STORY.UPDATED'; view: SessionView }
  | { type: 'STORY.REJECTED'; reason: string }
  | { type: 'STORY.MENU'; menu: MenuKind; options: readonly ReplyOption[] }
  | { type: 'STORY.HINT'; post: string; hint: ReplyOption | null }
  | { type: 'STORY.ENDED'; ending: string | null };

/** How far one "next" moves a stopped clock: to the next scheduled event, within these bounds. */
export const ADVANCE_MIN = 5;
export const ADVANCE_MAX = 30;

/**
 * The running crisis as an actor, and the one command path into it: it advances the session with
 * the clock's ticks (or the player's "next" when the timer is off), applies the player's actions,
 * opens composers and gives hints, and answers each with an event carrying the session's new
 * read-only view. The session itself stays a plain, pure object that only this actor touches.
 */
export const storyActor = fromCallback<StoryInbound, { session: CrisisSession }>(
  ({ input, receive, sendBack }) => {
    const { session } = input;
    const report = (): void => {
      sendBack({ type: 'STORY.UPDATED', view: viewSession(session) } satisfies StoryOutbound);
      if (session.ended) sendBack({ type: 'STORY.ENDED', ending: session.ending } satisfies StoryOutbound);
    };
    receive((event) => {
      if (session.ended) return;
      switch (event.type) {
        case 'CLOCK.TICK':
          session.advanceTo(session.now + event.dt);
          return report();
        case 'ADVANCE': {
          const step = Math.min(ADVANCE_MAX, Math.max(ADVANCE_MIN, session.nextEventTime() - session.now));
          session.advanceTo(session.now + step);
          return report();
        }
        case 'OPEN_MENU': {
          // The player opening a composer sees the options of this moment (the opening is logged).
          const options = session.menu(event.menu, true)?.options ?? [];
          sendBack({ type: 'STORY.MENU', menu: event.menu, options } satisfies StoryOutbound);
          return report();
        }
        case 'HINT': {
          const hint = session.hint(event.post);
          sendBack({ type: 'STORY.HINT', post: event.post, hint } satisfies StoryOutbound);
          return report();
        }
        case 'INJECT': {
          const landed = session.inject(event.inject);
          if (landed.ok) return report();
          sendBack({ type: 'STORY.REJECTED', reason: landed.reason } satisfies StoryOutbound);
          return;
        }
        case 'ACT': {
          const result = session.act(event.action);
          if (result.ok) return report();
          sendBack({ type: 'STORY.REJECTED', reason: result.reason } satisfies StoryOutbound);
        }
      }
    });
    report();
  },
);
