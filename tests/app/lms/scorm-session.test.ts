import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import { createActor, fromCallback } from 'xstate';
import { connectScorm } from '../../../src/app/lms/scorm-session';
import { decodeSuspendData, playerInputs } from '../../../src/app/lms/suspend-data';
import * as engine from '../../../src/app/play-engine';
import { sessionMachine } from '../../../src/app/session.machine';
import { scoreSession } from '../../../src/scoring/score';
import { realLibrary } from '../../helpers';

/**
 * The LMS wiring against a real SCORM 1.2 run-time (scorm-again runs in Node too) and the real
 * game flow, its clock driven by hand.
 */
// The package's ESM build exports the class by name; its type declarations say default.
type Scorm12API = InstanceType<typeof scorm12.default>;
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };

const outage = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'service-outage');
  if (!s) throw new Error('service-outage did not load');
  return s;
};

function setUp(cmi: Record<string, unknown> = { student_data: { mastery_score: '60' } }) {
  const api = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
  api.loadFromJSON(cmi);
  const actor = createActor(sessionMachine.provide({ actors: { clock: fromCallback(() => {}) } }), {
    input: { lang: 'es' },
  }).start();
  const told: string[] = [];
  const pagehide: Array<() => void> = [];
  const win = {
    API: api,
    parent: null,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'pagehide') pagehide.push(listener);
    },
  } as unknown as Parameters<typeof connectScorm>[0];
  const scorm = connectScorm(win, 'service-outage', actor, {
    tooLarge: () => told.push('tooLarge'),
    unusable: (raw, reason) => told.push(`unusable ${raw} ${reason}`),
  });
  const tick = (dt: number) => actor.send({ type: 'CLOCK.TICK', dt });
  const session = () => {
    const s = actor.getSnapshot().context.session;
    if (!s) throw new Error('no session');
    return s;
  };
  const start = () => {
    actor.send({ type: 'SELECT', scenario: outage(), engine, lang: 'es', seed: 1 });
    actor.send({ type: 'START' });
  };
  return {
    api,
    actor,
    scorm,
    told,
    leave: () => {
      for (const f of pagehide) f();
    },
    tick,
    session,
    start,
  };
}

const cmiOf = (api: Scorm12API) => JSON.parse(JSON.stringify(api.cmi));

/** Random letters compress badly: six such statements are more than suspend_data can hold. */
function noise(n: number, seed: number): string {
  let x = seed;
  let text = '';
  for (let i = 0; text.length < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += i % 7 === 6 ? ' ' : 'abcdefghijklmnopqrstuvwxyz'[x % 26];
  }
  return text;
}

const replyAtFirstPoint = (h: ReturnType<typeof setUp>, text: string): void => {
  const s = h.session();
  const post = s.posts.find((p) => p.status === 'visible' && s.replyOptions(p.id)?.length);
  if (!post) throw new Error(`no reply point at t=${s.now}`);
  const type = s.replyOptions(post.id)?.[0]?.channel === 'private' ? 'reply_private' : 'reply';
  h.actor.send({ type: 'ACT', action: { type, post: post.id, text } });
};

describe('one SCORM 1.2 launch', () => {
  it('keeps the attempt in suspend_data as it is played, and suspends it when the page goes', () => {
    const h = setUp();
    expect(h.scorm?.resuming).toBe(false);
    h.start();
    h.tick(40);
    replyAtFirstPoint(h, 'Lo sentimos mucho, lo estamos revisando y te escribimos en una hora.');
    h.tick(12);
    const written = decodeSuspendData(cmiOf(h.api).suspend_data, outage());
    if (!written.ok) throw new Error(written.reason);
    expect(written.attempt.inputs).toEqual(playerInputs(h.session().log));
    expect(written.attempt.inputs.length).toBe(1);
    h.leave();
    const cmi = cmiOf(h.api);
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const read = decodeSuspendData(cmi.suspend_data, outage());
    if (!read.ok) throw new Error(read.reason);
    expect(read.attempt.now).toBe(h.session().now);
    expect(h.told).toEqual([]);
  });

  it('reports the finished session against the LMS mastery score, and finishes', () => {
    const h = setUp();
    h.start();
    h.tick(40);
    replyAtFirstPoint(h, 'Lo sentimos mucho, lo estamos revisando y te escribimos en una hora.');
    h.tick(5000);
    expect(h.actor.getSnapshot().matches('debrief')).toBe(true);
    const score = scoreSession(outage().manifest, h.session().log);
    const cmi = cmiOf(h.api);
    const overall = Math.round(score.overall as number);
    expect(cmi.core.score.raw).toBe(String(overall));
    expect(cmi.core.lesson_status).toBe(overall >= 60 ? 'passed' : 'failed');
    expect(Object.keys(cmi.objectives)).toHaveLength(15);
    expect(h.api.isTerminated()).toBe(true);
    // Leaving the debrief afterwards changes nothing the LMS holds.
    h.leave();
    expect(cmiOf(h.api).core.exit).toBe('');
  });

  it('tells the learner once when the attempt outgrows suspend_data, and keeps none there', () => {
    const h = setUp();
    h.start();
    // Random letters at every reply point: they compress badly, and soon outgrow suspend_data.
    let n = 0;
    while (h.told.length === 0 && !h.session().ended) {
      h.tick(1);
      const s = h.session();
      for (const p of s.posts) {
        const channel = p.status === 'visible' ? s.replyOptions(p.id)?.[0]?.channel : undefined;
        if (!channel) continue;
        const type = channel === 'private' ? 'reply_private' : 'reply';
        h.actor.send({
          type: 'ACT',
          action: { type, post: p.id, text: noise(type === 'reply' ? 270 : 990, ++n) },
        });
      }
    }
    expect(h.session().ended).toBe(false);
    h.tick(30);
    expect(h.told).toEqual(['tooLarge']);
    expect(cmiOf(h.api).suspend_data).toBe('');
    h.leave();
    expect(cmiOf(h.api).core.exit).toBe('suspend');
  });

  it('resumes a suspended attempt, and reports one it cannot read and starts afresh', () => {
    const first = setUp();
    first.start();
    first.tick(40);
    replyAtFirstPoint(
      first,
      'Gracias por avisarnos; ya lo estamos mirando y te contamos en cuanto sepamos más.',
    );
    first.tick(3);
    first.leave();
    const kept = cmiOf(first.api);
    const again = setUp({ ...kept, core: { ...kept.core, entry: 'resume' } });
    expect(again.scorm?.resuming).toBe(true);
    const restored = again.scorm?.restore(outage());
    expect(restored?.session.now).toBe(first.session().now);
    expect(restored?.session.log).toEqual(first.session().log);

    const damaged = setUp({ ...kept, suspend_data: '1:es:AAAA', core: { ...kept.core, entry: 'resume' } });
    expect(damaged.scorm?.restore(outage())).toBeNull();
    expect(damaged.told).toEqual(['unusable 1:es:AAAA the suspended attempt is not compressed base64 text']);
    // A new attempt after a passed one leaves the result until it has its own.
    const passed = setUp({ core: { lesson_status: 'passed' } });
    passed.start();
    passed.tick(10);
    passed.leave();
    expect(cmiOf(passed.api).core.lesson_status).toBe('passed');
    expect(cmiOf(passed.api).core.exit).toBe('suspend');
    // Without entry=resume the kept data is not an attempt to resume.
    expect(setUp({ ...kept }).scorm?.resuming).toBe(false);
  });

  it('is not there without an LMS, and never throws on one that refuses to start', () => {
    const actor = createActor(sessionMachine, { input: undefined }).start();
    const hooks = { tooLarge: () => {}, unusable: () => {} };
    const bare = { parent: null, addEventListener: () => {} } as unknown as Parameters<
      typeof connectScorm
    >[0];
    expect(connectScorm(bare, 'x', actor, hooks)).toBeNull();
    const refusing = {
      ...bare,
      API: {
        LMSInitialize: () => 'false',
        LMSFinish: () => 'true',
        LMSGetValue: () => '',
        LMSSetValue: () => 'true',
        LMSCommit: () => 'true',
      },
    } as unknown as Parameters<typeof connectScorm>[0];
    expect(connectScorm(refusing, 'x', actor, hooks)).toBeNull();
    const throwing = {
      ...bare,
      API: {
        ...(refusing as unknown as { API: object }).API,
        LMSInitialize: () => {
          throw new Error('x');
        },
      },
    } as unknown as Parameters<typeof connectScorm>[0];
    expect(connectScorm(throwing, 'x', actor, hooks)).toBeNull();
  });
});
