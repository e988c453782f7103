import { describe, expect, it } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import { connectCmi5 } from '../../../src/app/lms/cmi5-connect';
import type { Cmi5Hooks } from '../../../src/app/lms/cmi5-session';
import { replyEvents, type XapiStatement } from '../../../src/app/lms/cmi5-statements';
import { queueKey } from '../../../src/app/lms/statement-queue';
import { ATTEMPT_STATE_ID, VERBS } from '../../../src/app/lms/xapi-vocabulary';
import * as engine from '../../../src/app/play-engine';
import { sessionMachine } from '../../../src/app/session.machine';
import { TestLms } from '../../lms/cmi5-lms';
import { firstShift, LAUNCH, WRITTEN } from './cmi5-fixtures';

/**
 * A cmi5 launch against the test LMS (tests/lms/cmi5-lms.ts: fetch URL, State API and statements
 * held in memory, the statements checked with the validator a real LRS runs) and the real game
 * flow, its clock driven by hand.
 */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

const verbsOf = (statements: readonly unknown[]) =>
  (statements as XapiStatement[]).map((s) => s.verb.id.split('/').pop());

async function setUp(lms: TestLms, storage = new MemoryStorage(), launchData = {}) {
  const launched = lms.launch({ ...LAUNCH, launchData });
  const actor = createActor(sessionMachine.provide({ actors: { clock: fromCallback(() => {}) } }), {
    input: { lang: 'en' },
  }).start();
  const told: string[] = [];
  const pagehide: Array<() => void> = [];
  const hooks: Cmi5Hooks = {
    failed: (reason) => told.push(`failed ${reason}`),
    unusable: (_raw, reason) => told.push(`unusable ${reason}`),
    down: () => told.push('down'),
    back: () => told.push('back'),
    refused: (reason) => told.push(`refused ${reason}`),
    finished: (url) => told.push(`finished ${url}`),
  };
  const win = { addEventListener: (_: string, f: () => void) => void pagehide.push(f) };
  const search = `?scenario=first-shift&lms=cmi5&${launched.query}`;
  const cmi5 = await connectCmi5(win, { search, fetcher: lms.fetcher, storage }, 'first-shift', actor, hooks);
  const session = () => {
    const s = actor.getSnapshot().context.session;
    if (!s) throw new Error('no session');
    return s;
  };
  /** Answers every open reply point: the first in writing. */
  const answer = () => {
    const s = session();
    for (const p of s.posts) {
      const options = p.status === 'visible' ? s.replyOptions(p.id) : null;
      const model = options?.find((o) => o.model) ?? options?.[0];
      if (!model) continue;
      const type = model.channel === 'private' ? 'reply_private' : 'reply';
      const wrote = s.log.some((e) => e.type === 'action' && 'text' in e.action);
      actor.send({
        type: 'ACT',
        action: wrote ? { type, post: p.id, option: model.index } : { type, post: p.id, text: WRITTEN },
      });
    }
  };
  const play = (until: () => boolean) => {
    while (!until()) {
      actor.send({ type: 'CLOCK.TICK', dt: 2 });
      answer();
    }
  };
  return {
    launched,
    actor,
    cmi5,
    told,
    storage,
    session,
    play,
    leave: () => {
      for (const f of pagehide) f();
    },
  };
}

const stateOf = (lms: TestLms) =>
  lms.state(LAUNCH.activityId, LAUNCH.actor, LAUNCH.registration, ATTEMPT_STATE_ID);

describe('one cmi5 launch', () => {
  it('sends initialized, one answered per reply, completed, passed or failed, terminated: in order, valid', async () => {
    const lms = new TestLms('http://lms.test');
    const h = await setUp(lms);
    expect(h.cmi5?.resuming).toBe(false);
    h.actor.send({ type: 'SELECT', scenario: firstShift(), engine, lang: 'en', seed: 3 });
    h.actor.send({ type: 'START' });
    h.play(() => h.actor.getSnapshot().matches('debrief'));
    await h.cmi5?.settled();
    const verbs = verbsOf(lms.statements);
    const replies = replyEvents(h.session().log).length;
    expect(replies).toBeGreaterThan(1);
    expect(verbs).toEqual([
      'initialized',
      ...Array(replies).fill('answered'),
      'completed',
      expect.stringMatching(/^(passed|failed)$/),
      'terminated',
    ]);
    expect(lms.invalid).toEqual([]);
    expect(lms.fetchCalls).toBe(1);
    const written = (lms.statements as XapiStatement[]).filter((s) => s.result?.response === WRITTEN);
    expect(written).toHaveLength(1);
    for (const s of lms.statements as XapiStatement[])
      expect(s.context.registration).toBe(LAUNCH.registration);
    // Finished: nothing left to resume, and the results are remembered for the registration.
    expect(stateOf(lms)).toMatchObject({ attempt: null, completed: true });
    expect(h.told).toEqual(['finished http://lms.test/lms/course']);
    expect(h.cmi5?.statements.waiting).toEqual([]);
  });

  it('uses the fetch URL once: a second launch on the same URL is refused and reports nothing', async () => {
    const lms = new TestLms('http://lms.test');
    const h = await setUp(lms);
    const actor = createActor(sessionMachine, { input: { lang: 'en' } });
    const told: string[] = [];
    const again = await connectCmi5(
      { addEventListener: () => undefined },
      { search: `?${h.launched.query}`, fetcher: lms.fetcher, storage: null },
      'first-shift',
      actor,
      { ...({} as Cmi5Hooks), failed: (reason) => told.push(reason) },
    );
    expect(again).toBeNull();
    expect(told).toEqual(['no auth token from the LMS (the LMS refused the token (1: already used))']);
  });

  it('keeps the statements while the LRS is down and sends them, in order, when it is back', async () => {
    const lms = new TestLms('http://lms.test');
    const h = await setUp(lms);
    await h.cmi5?.settled();
    lms.down = true;
    h.actor.send({ type: 'SELECT', scenario: firstShift(), engine, lang: 'en', seed: 3 });
    h.actor.send({ type: 'START' });
    h.play(() => replyEvents(h.session().log).length >= 2);
    await expect.poll(() => h.told).toEqual(['down']);
    const waiting = h.cmi5?.statements.waiting.length ?? 0;
    expect(waiting).toBeGreaterThanOrEqual(2);
    // Kept on the device too, for a page closed before the LRS comes back.
    const kept = JSON.parse(h.storage.getItem(queueKey(LAUNCH.registration)) ?? '{}');
    expect(kept.pending).toHaveLength(waiting);
    lms.down = false;
    await expect.poll(() => h.cmi5?.statements.waiting.length, { timeout: 10_000 }).toBe(0);
    expect(h.told).toEqual(['down', 'back']);
    expect(verbsOf(lms.statements)).toEqual(['initialized', ...Array(waiting).fill('answered')]);
    expect(lms.invalid).toEqual([]);
  });

  it('keeps the attempt in the State API; a relaunch resumes it at the same clock and sends only new replies', async () => {
    const lms = new TestLms('http://lms.test');
    const first = await setUp(lms);
    first.actor.send({ type: 'SELECT', scenario: firstShift(), engine, lang: 'en', seed: 3 });
    first.actor.send({ type: 'START' });
    first.play(() => replyEvents(first.session().log).length >= 2);
    first.actor.send({ type: 'CLOCK.TICK', dt: 1.5 });
    first.actor.send({ type: 'PAUSE' });
    const before = { now: first.session().now, log: JSON.parse(JSON.stringify(first.session().log)) };
    first.leave();
    await first.cmi5?.settled();
    expect(verbsOf(lms.statements).at(-1)).toBe('terminated');
    await expect.poll(() => (stateOf(lms) as { attempt: string | null } | undefined)?.attempt).toBeTruthy();
    const sentBefore = lms.statements.length;

    const second = await setUp(lms, new MemoryStorage());
    expect(second.cmi5?.resuming).toBe(true);
    const restored = second.cmi5?.restore(firstShift());
    if (!restored) throw new Error('nothing restored');
    second.actor.send({ type: 'RESTORE', engine, scenario: firstShift(), ...restored });
    expect(second.session().now).toBe(before.now);
    expect(second.session().log).toEqual(before.log);
    second.actor.send({ type: 'RESUME' });
    second.play(() => second.actor.getSnapshot().matches('debrief'));
    await second.cmi5?.settled();
    const later = lms.statements.slice(sentBefore) as XapiStatement[];
    const newReplies = replyEvents(second.session().log).length - replyEvents(before.log).length;
    expect(verbsOf(later)).toEqual([
      'initialized',
      ...Array(newReplies).fill('answered'),
      'completed',
      expect.stringMatching(/^(passed|failed)$/),
      'terminated',
    ]);
    // The second session's own id, from its LaunchData.
    const sessionIds = new Set(
      later.map(
        (s) =>
          (s.context.extensions as Record<string, string>)[
            Object.keys(s.context.extensions as object)[0] as string
          ],
      ),
    );
    expect(sessionIds).toEqual(new Set([second.launched.sessionId]));
    expect(lms.invalid).toEqual([]);
    expect(second.told).toEqual(['finished http://lms.test/lms/course']);
  });

  it('reports no result in Browse mode, and says so when the launch cannot report at all', async () => {
    const lms = new TestLms('http://lms.test');
    const h = await setUp(lms, new MemoryStorage(), { launchMode: 'Browse' });
    h.actor.send({ type: 'SELECT', scenario: firstShift(), engine, lang: 'en', seed: 3 });
    h.actor.send({ type: 'START' });
    h.play(() => h.actor.getSnapshot().matches('debrief'));
    await h.cmi5?.settled();
    const verbs = verbsOf(lms.statements);
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect(verbs).not.toContain('completed');
    expect(verbs).not.toContain('passed');
    expect(verbs).not.toContain('failed');
    const told: string[] = [];
    const none = await connectCmi5(
      { addEventListener: () => undefined },
      { search: '?scenario=first-shift&lms=cmi5&endpoint=nope', fetcher: lms.fetcher, storage: null },
      'first-shift',
      createActor(sessionMachine, { input: { lang: 'en' } }),
      { ...({} as Cmi5Hooks), failed: (reason) => told.push(reason) },
    );
    expect(none).toBeNull();
    expect(told[0]).toMatch(/^the cmi5 launch parameters/);
    expect(VERBS.answered).toBe('http://adlnet.gov/expapi/verbs/answered');
  });
});
