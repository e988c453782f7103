import { assign, forwardTo, sendTo, setup } from 'xstate';
import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import type { MenuKind } from '../sim/event';
import type { CrisisSession } from '../sim/session';
import type { SessionView } from '../sim/session-view';
import type { ReplyOption } from '../story/beat';
import { clockActor } from './clock.actor';
import type { Engine } from './engine-loader';
import type { Attempt } from './persistence/history.schema';
import type { PlayMode } from './persistence/save.schema';
import type { Ratings } from './self-rating';
import { clampSpeed, type Timer } from './settings';
import { storyActor } from './story.actor';

export interface SessionContext {
  scenario: CompiledScenario | null;
  lang: Lang;
  seed: number;
  speed: number;
  timer: Timer;
  mode: PlayMode;
  /** The workshop team playing, if any. */
  team: string | null;
  /** Self-assessment: confidence (1–5) in the core principles, before and after the session. */
  selfRating: { before: Ratings | null; after: Ratings | null };
  /** The model reply shown by the latest hint. */
  hint: ReplyOption | null;
  /** The options of the composer the player opened last (statement or update). */
  menuOptions: readonly ReplyOption[];
  /** A past attempt reopened from the history. */
  review: Attempt | null;
  /** The engine the scenario was opened with (loaded with it, not with the menu). */
  engine: Engine | null;
  /** The live session: only the story actor touches it; the UI reads `view`. */
  session: CrisisSession | null;
  /** What the player sees of the live session, as the story actor last reported it. */
  view: SessionView | null;
  /** A session rebuilt from a save, waiting to become the live one. */
  restored: CrisisSession | null;
  /** A live workshop holds the team on the briefing until its facilitator starts it. */
  held: boolean;
  /** Start was pressed while held: it takes effect as soon as the hold is lifted. */
  startAsked: boolean;
  /** The last action refused, until the session next moves on; `seq` tells one refusal from the next. */
  lastRejection: { reason: string; seq: number } | null;
}

export type SessionMachineEvent =
  | {
      type: 'SELECT';
      scenario: CompiledScenario;
      engine: Engine;
      lang: Lang;
      seed: number;
      speed?: number;
      mode?: PlayMode;
      team?: string | null;
    }
  | { type: 'RATE'; when: 'before' | 'after'; ratings: Ratings }
  | { type: 'SHOW_HISTORY' }
  | { type: 'REVIEW'; attempt: Attempt }
  | { type: 'HINT'; post: string }
  | { type: 'OPEN_MENU'; menu: MenuKind }
  | { type: 'SET_LANG'; lang: Lang }
  | {
      type: 'RESTORE';
      scenario: CompiledScenario;
      engine: Engine;
      session: CrisisSession;
      speed: number;
      mode: PlayMode;
      team?: string | null;
    }
  | { type: 'START' }
  | { type: 'BACK' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'SET_SPEED'; speed: number }
  | { type: 'SET_TIMER'; timer: Timer }
  | { type: 'ADVANCE' }
  | { type: 'ACT'; action: unknown }
  | { type: 'INJECT'; inject: string }
  | { type: 'HOLD'; held: boolean }
  | { type: 'QUIT' }
  | { type: 'MENU' }
  | { type: 'PLAY_AGAIN' }
  | { type: 'CLOCK.TICK'; dt: number }
  | { type: 'STORY.UPDATED'; view: SessionView }
  | { type: 'STORY.REJECTED'; reason: string }
  | { type: 'STORY.MENU'; menu: MenuKind; options: readonly ReplyOption[] }
  | { type: 'STORY.HINT'; post: string; hint: ReplyOption | null }
  | { type: 'STORY.ENDED'; ending: string | null };

/** Simulated seconds per real second once the accessibility timer setting is applied. */
export const effectiveSpeed = (c: Pick<SessionContext, 'speed' | 'timer'>): number =>
  c.timer === 'off' ? 0 : c.timer === 'slow' ? c.speed / 10 : c.speed;

/** The game flow: menu → briefing → live (running ⇄ paused) → debrief; menu ⇄ history → review. */
export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionMachineEvent,
    input: {} as { lang?: Lang; speed?: number; timer?: Timer } | undefined,
  },
  actors: { clock: clockActor, story: storyActor },
  actions: {
    createSession: assign({
      session: ({ context }) =>
        context.restored ??
        (context.scenario && context.engine
          ? new context.engine.CrisisSession(context.scenario, context.lang, context.seed)
          : null),
      view: null,
      restored: null,
      lastRejection: null,
      hint: null,
      menuOptions: [],
      startAsked: false,
    }),
    tellClock: sendTo('clock', ({ context }) => ({ type: 'CLOCK.SPEED', speed: effectiveSpeed(context) })),
  },
  guards: {
    hasScenario: ({ context }) => context.scenario !== null,
    canStart: ({ context }) => context.scenario !== null && context.engine !== null && !context.held,
    /** Self-assessment runs on the standard clock and without hints. */
    coached: ({ context }) => context.mode !== 'assessment',
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({
    scenario: null,
    lang: input?.lang ?? 'es',
    seed: 1,
    speed: input?.speed ?? 1,
    timer: input?.timer ?? 'normal',
    mode: 'training',
    team: null,
    selfRating: { before: null, after: null },
    hint: null,
    menuOptions: [],
    review: null,
    engine: null,
    session: null,
    view: null,
    restored: null,
    held: false,
    startAsked: false,
    lastRejection: null,
  }),
  initial: 'menu',
  on: {
    SET_TIMER: { actions: assign({ timer: ({ event }) => event.timer }) },
    HOLD: { actions: assign({ held: ({ event }) => event.held }) },
  },
  states: {
    menu: {
      on: {
        SHOW_HISTORY: 'history',
        SET_LANG: { actions: assign({ lang: ({ event }) => event.lang }) },
        RESTORE: {
          target: 'live.paused',
          actions: assign(({ event }) => ({
            scenario: event.scenario,
            engine: event.engine,
            lang: event.session.lang,
            seed: event.session.seed,
            speed: clampSpeed(event.speed),
            mode: event.mode,
            team: event.team ?? null,
            restored: event.session,
          })),
        },
        SELECT: {
          target: 'briefing',
          actions: assign(({ event, context }) => ({
            scenario: event.scenario,
            engine: event.engine,
            lang: event.lang,
            seed: event.seed,
            mode: event.mode ?? 'training',
            team: event.team ?? null,
            // Self-assessment runs on the standard clock.
            speed: event.mode === 'assessment' ? 1 : clampSpeed(event.speed ?? context.speed),
            selfRating: { before: null, after: null },
            hint: null,
            startAsked: false,
          })),
        },
      },
    },
    briefing: {
      on: {
        RATE: {
          actions: assign({
            selfRating: ({ context, event }) => ({ ...context.selfRating, [event.when]: event.ratings }),
          }),
        },
        START: [{ target: 'live', guard: 'canStart' }, { actions: assign({ startAsked: true }) }],
        // The hold lifted (the facilitator started, or the server said there is none): a Start
        // pressed while waiting goes ahead.
        HOLD: [
          {
            target: 'live',
            guard: ({ context, event }) =>
              !event.held && context.startAsked && context.scenario !== null && context.engine !== null,
            actions: assign({ held: false }),
          },
          { actions: assign({ held: ({ event }) => event.held }) },
        ],
        BACK: 'menu',
      },
    },
    live: {
      entry: 'createSession',
      invoke: {
        id: 'story',
        src: 'story',
        input: ({ context }) => ({ session: context.session as CrisisSession }),
      },
      initial: 'running',
      states: {
        running: {
          invoke: { id: 'clock', src: 'clock', input: ({ context }) => ({ speed: effectiveSpeed(context) }) },
          on: {
            PAUSE: 'paused',
            'CLOCK.TICK': { actions: forwardTo('story') },
            SET_SPEED: {
              guard: 'coached',
              actions: [assign({ speed: ({ event }) => clampSpeed(event.speed) }), 'tellClock'],
            },
            SET_TIMER: { actions: [assign({ timer: ({ event }) => event.timer }), 'tellClock'] },
          },
        },
        paused: {
          on: {
            RESUME: 'running',
            SET_SPEED: {
              guard: 'coached',
              actions: assign({ speed: ({ event }) => clampSpeed(event.speed) }),
            },
          },
        },
      },
      on: {
        ACT: { actions: forwardTo('story') },
        INJECT: { actions: forwardTo('story') },
        ADVANCE: { actions: forwardTo('story') },
        OPEN_MENU: { actions: forwardTo('story') },
        HINT: [
          { guard: 'coached', actions: forwardTo('story') },
          // Self-assessment gives no hints: the request is answered, and nothing is logged.
          { actions: assign({ hint: null }) },
        ],
        'STORY.UPDATED': {
          actions: assign({ view: ({ event }) => event.view, lastRejection: null }),
        },
        'STORY.MENU': { actions: assign({ menuOptions: ({ event }) => event.options }) },
        'STORY.HINT': { actions: assign({ hint: ({ event }) => event.hint }) },
        'STORY.REJECTED': {
          actions: assign({
            lastRejection: ({ context, event }) => ({
              reason: event.reason,
              seq: (context.lastRejection?.seq ?? 0) + 1,
            }),
          }),
        },
        'STORY.ENDED': 'debrief',
        QUIT: 'menu',
      },
    },
    history: {
      on: {
        REVIEW: { target: 'review', actions: assign({ review: ({ event }) => event.attempt }) },
        BACK: 'menu',
      },
    },
    review: {
      on: { BACK: { target: 'history', actions: assign({ review: null }) } },
    },
    debrief: {
      on: {
        RATE: {
          actions: assign({
            selfRating: ({ context, event }) => ({ ...context.selfRating, [event.when]: event.ratings }),
          }),
        },
        MENU: 'menu',
        PLAY_AGAIN: 'briefing',
      },
    },
  },
});
