import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { Attempt } from '../../src/app/persistence/history.schema';
import * as engine from '../../src/app/play-engine';
import { type SessionMachineEvent, sessionMachine } from '../../src/app/session.machine';
import { mini } from '../helpers';

/** The flow alone: actors replaced by inert ones, the crisis ending when the test says so. */
const flowOnly = sessionMachine.provide({
  actors: { clock: fromCallback(() => {}), story: fromCallback(() => {}) },
  actions: { createSession: () => {} },
});

const events = (): SessionMachineEvent[] => [
  { type: 'SELECT', scenario: mini(), engine, lang: 'en', seed: 7 },
  { type: 'START' },
  { type: 'BACK' },
  { type: 'PAUSE' },
  { type: 'RESUME' },
  { type: 'QUIT' },
  { type: 'STORY.ENDED', ending: 'lost' },
  { type: 'MENU' },
  { type: 'PLAY_AGAIN' },
  { type: 'SHOW_HISTORY' },
  { type: 'REVIEW', attempt: {} as Attempt },
];

const stateKey = (value: unknown): string => JSON.stringify(value);

describe('session flow (graph)', () => {
  it('reaches every state by a shortest path from the menu', () => {
    const paths = getShortestPaths(flowOnly, { events: events(), serializeState: (s) => stateKey(s.value) });
    const reached = paths.map((p) => stateKey(p.state.value)).sort();
    expect(reached).toEqual(
      [
        '"briefing"',
        '"debrief"',
        '"history"',
        '"menu"',
        '"review"',
        '{"live":"paused"}',
        '{"live":"running"}',
      ].sort(),
    );
    const toDebrief = paths.find((p) => p.state.matches('debrief'));
    expect(toDebrief?.steps.map((s) => s.event.type)).toEqual([
      'xstate.init',
      'SELECT',
      'START',
      'STORY.ENDED',
    ]);
  });

  it('never reaches the live states without passing the briefing', () => {
    const paths = getSimplePaths(flowOnly, { events: events(), serializeState: (s) => stateKey(s.value) });
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) {
      const seen = path.steps.map((s) => stateKey(s.state.value));
      const live = seen.findIndex((v) => v.includes('live'));
      if (live >= 0) expect(seen.slice(0, live)).toContain('"briefing"');
    }
  });

  it('pausing stops the clock: no tick is handled while paused', () => {
    const actor = createActor(flowOnly, { input: {} }).start();
    actor.send({ type: 'SELECT', scenario: mini(), engine, lang: 'es', seed: 1 });
    actor.send({ type: 'START' });
    actor.send({ type: 'PAUSE' });
    expect(actor.getSnapshot().matches({ live: 'paused' })).toBe(true);
    expect(actor.getSnapshot().can({ type: 'CLOCK.TICK', dt: 1 })).toBe(false);
    actor.send({ type: 'RESUME' });
    expect(actor.getSnapshot().can({ type: 'CLOCK.TICK', dt: 1 })).toBe(true);
  });
});

describe('session flow with its real actors', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a session continued from a save plays again afresh, with the engine it was restored with', () => {
    const actor = createActor(sessionMachine, { input: { speed: 20 } }).start();
    const restored = new engine.CrisisSession(mini(), 'en', 5);
    restored.advanceTo(30);
    actor.send({ type: 'RESTORE', scenario: mini(), engine, session: restored, speed: 20, mode: 'training' });
    expect(actor.getSnapshot().context.session).toBe(restored);
    actor.send({ type: 'RESUME' });
    for (let i = 0; i < 600 && !actor.getSnapshot().matches('debrief'); i++) vi.advanceTimersByTime(1000);
    expect(actor.getSnapshot().value).toBe('debrief');
    actor.send({ type: 'PLAY_AGAIN' });
    actor.send({ type: 'START' });
    const fresh = actor.getSnapshot().context.session;
    expect(fresh).not.toBe(restored);
    expect(fresh?.now).toBe(0);
    expect(fresh?.seed).toBe(5);
  });

  it('the clock drives the crisis to the debrief; actions reach the session; pause holds the clock', () => {
    const actor = createActor(sessionMachine, { input: { speed: 20 } }).start();
    actor.send({ type: 'SELECT', scenario: mini(), engine, lang: 'en', seed: 11 });
    expect(actor.getSnapshot().value).toBe('briefing');
    actor.send({ type: 'START' });
    const session = actor.getSnapshot().context.session;
    expect(session).not.toBeNull();
    vi.advanceTimersByTime(3000); // 3 s real at 20× = 60 simulated seconds
    expect(session?.now).toBeCloseTo(60, 5);
    actor.send({ type: 'ACT', action: { type: 'delete', post: 'ana-1' } });
    expect(session?.metrics.deletedCriticism).toBe(1);
    actor.send({ type: 'ACT', action: { type: 'like', post: 'nope' } });
    expect(actor.getSnapshot().context.lastRejection?.reason).toMatch(/nope/);
    // A refusal lasts until the session next moves on: it does not hide later messages.
    vi.advanceTimersByTime(100);
    expect(actor.getSnapshot().context.lastRejection).toBeNull();
    expect(actor.getSnapshot().context.view?.now).toBeCloseTo(62, 5);
    expect(actor.getSnapshot().context.view?.posts.some((p) => 'authorType' in p)).toBe(false);
    actor.send({ type: 'PAUSE' });
    vi.advanceTimersByTime(5000);
    expect(session?.now).toBeCloseTo(62, 5);
    actor.send({ type: 'RESUME' });
    actor.send({ type: 'SET_SPEED', speed: 100 });
    vi.advanceTimersByTime(5000);
    expect(actor.getSnapshot().value).toBe('debrief');
    expect(session?.ended).toBe(true);
    expect(session?.ending).toBe('censored');
    actor.send({ type: 'PLAY_AGAIN' });
    actor.send({ type: 'START' });
    expect(actor.getSnapshot().context.session).not.toBe(session);
    expect(actor.getSnapshot().context.session?.now).toBe(0);
  });

  it('opening a composer offers the options of that moment and logs them', () => {
    const actor = createActor(sessionMachine, { input: { speed: 20 } }).start();
    actor.send({ type: 'SELECT', scenario: mini(), engine, lang: 'en', seed: 11 });
    actor.send({ type: 'START' });
    vi.advanceTimersByTime(1000);
    actor.send({ type: 'OPEN_MENU', menu: 'statement' });
    const { menuOptions, session } = actor.getSnapshot().context;
    expect(menuOptions.length).toBeGreaterThan(0);
    const opened = session?.log.filter((e) => e.type === 'menu_opened') ?? [];
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ menu: 'statement', options: menuOptions });
  });

  it('the timer setting slows the clock tenfold, or stops it so the player moves time on', () => {
    const actor = createActor(sessionMachine, { input: { speed: 10, timer: 'slow' } }).start();
    actor.send({ type: 'SELECT', scenario: mini(), engine, lang: 'es', seed: 2 });
    actor.send({ type: 'START' });
    const session = actor.getSnapshot().context.session;
    vi.advanceTimersByTime(2000);
    expect(session?.now).toBeCloseTo(2, 5); // 2 s real × 10 / 10
    actor.send({ type: 'SET_TIMER', timer: 'off' });
    vi.advanceTimersByTime(5000);
    expect(session?.now).toBeCloseTo(2, 5);
    actor.send({ type: 'ADVANCE' });
    const after = session?.now ?? 0;
    expect(after).toBeGreaterThanOrEqual(7);
    expect(after).toBeLessThanOrEqual(32);
    actor.send({ type: 'SET_TIMER', timer: 'normal' });
    vi.advanceTimersByTime(1000);
    expect(session?.now).toBeCloseTo(after + 10, 5);
  });

  it('training gives hints on demand and records them; self-assessment has none and a standard clock', () => {
    const training = createActor(sessionMachine, { input: { speed: 4 } }).start();
    training.send({ type: 'SELECT', scenario: mini(), engine, lang: 'es', seed: 3 });
    training.send({ type: 'START' });
    vi.advanceTimersByTime(3000);
    training.send({ type: 'HINT', post: 'ana-1' });
    expect(training.getSnapshot().context.hint?.model).toBe(true);
    expect(training.getSnapshot().context.session?.log.filter((e) => e.type === 'hint')).toHaveLength(1);

    const assessment = createActor(sessionMachine, { input: { speed: 4 } }).start();
    assessment.send({
      type: 'SELECT',
      scenario: mini(),
      engine,
      lang: 'es',
      seed: 3,
      speed: 8,
      mode: 'assessment',
    });
    expect(assessment.getSnapshot().context.speed).toBe(1);
    assessment.send({
      type: 'RATE',
      when: 'before',
      ratings: { empathy: 4, transparency: 3, no_deletion: 5, follow_up: 2 },
    });
    assessment.send({ type: 'START' });
    assessment.send({ type: 'SET_SPEED', speed: 16 });
    expect(assessment.getSnapshot().context.speed).toBe(1);
    vi.advanceTimersByTime(12_000);
    assessment.send({ type: 'HINT', post: 'ana-1' });
    expect(assessment.getSnapshot().context.hint).toBeNull();
    expect(assessment.getSnapshot().context.session?.log.some((e) => e.type === 'hint')).toBe(false);
    expect(assessment.getSnapshot().context.selfRating.before?.no_deletion).toBe(5);
  });
});
