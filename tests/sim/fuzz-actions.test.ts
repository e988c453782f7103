import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/content/compiled-scenario';
import { ACTION_TYPES } from '../../src/sim/action';
import { sessionLogSchema } from '../../src/sim/event';
import { randomPolicy } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { createRng, type Rng } from '../../src/sim/rng';
import { CrisisSession } from '../../src/sim/session';
import { fixtureLibrary, realLibrary } from '../helpers';

const RUNS = 1000;
/** Steps taken at the session's own tick before the clock moves on in coarser, uneven jumps. */
const FINE_STEPS = 400;

const scenarios = (): CompiledScenario[] => [...fixtureLibrary().scenarios, ...realLibrary().scenarios];

/** Something a buggy caller or a hostile save might send: wrong types, missing fields, unknown kinds. */
function garbage(s: CrisisSession, rng: Rng): unknown {
  const post = s.posts.length > 0 ? rng.pick(s.posts).id : 'nobody';
  const bad = [
    { type: 'redress', post, amount: rng.pick([0, -50, 12.5, Number.NaN, '50', 1e9, Infinity]) },
    { type: rng.pick(['shout', '', 'Reply', 'toString', '__proto__']), post },
    { type: 'reply', post, option: rng.pick([-1, 0.5, 99, '1', null]) },
    { type: 'reply_private', post: rng.pick(['', 'nobody', post]), option: rng.int(0, 9) },
    { type: rng.pick(['statement', 'update']), option: rng.int(0, 12) },
    { type: rng.pick(['like', 'hide', 'delete', 'block', 'leave']), post: rng.pick([post, 'brand-1', 42]) },
    { type: 'like', post, extra: true },
    { type: 'reply', post, text: rng.pick(['', '   ', 'x'.repeat(281), 42, null]) },
    { type: 'reply', post, text: 'hola', option: 0 },
    { type: rng.pick(['statement', 'update']), text: 'y'.repeat(1001) },
    null,
    'like',
    [],
    { type: rng.pick(ACTION_TYPES) },
  ];
  return rng.pick(bad);
}

/** A plausible player action: what the random policy would do, or a composer opened and used. */
/** Texts a player might write, or paste: plain, hostile, odd scripts, control characters, emoji. */
const TEXTS = [
  'Lo sentimos mucho, te escribimos por privado hoy antes de las 18:00.',
  "Sorry you feel that way, but you should've read the terms 🙃",
  '<img src=x onerror=alert(1)>',
  '\u202Eevil\u202C \u0000\u0007 שלום مرحبا 你好',
  'NO ES CULPA NUESTRA!!!',
  '🙂'.repeat(280),
];

function valid(s: CrisisSession, rng: Rng): unknown {
  if (rng.next() < 0.2) {
    const waiting = s.posts.filter((p) => p.status !== 'deleted' && s.replyOptions(p.id)?.length);
    const post = waiting.length > 0 ? rng.pick(waiting) : null;
    const channel =
      post && s.replyOptions(post.id)?.some((o) => o.channel === 'public') ? 'reply' : 'reply_private';
    if (post) return { type: channel, post: post.id, text: rng.pick(TEXTS) };
  }
  if (rng.next() < 0.15) {
    const kind = rng.pick(['statement', 'update'] as const);
    const point = s.menu(kind, true);
    if (point && point.options.length > 0)
      return rng.next() < 0.5
        ? { type: kind, option: rng.pick(point.options).index }
        : { type: kind, text: rng.pick(TEXTS) };
  }
  return randomPolicy.decide(s, rng)[0] ?? { type: 'analyse' };
}

describe('fuzzed sessions: random valid and invalid actions at random times and speeds', () => {
  it(`${RUNS} sessions never throw, reject bad actions untouched and replay exactly`, () => {
    const library = scenarios();
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: library.length - 1 }),
        fc.constantFrom('es', 'en') as fc.Arbitrary<'es' | 'en'>,
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.integer({ min: 1, max: 250 }),
        (seed, which, lang, speed, tickMs) => {
          const scenario = library[which] as CompiledScenario;
          const session = new CrisisSession(scenario, lang, seed);
          const rng = createRng(seed ^ 0x2545f491);
          let steps = 0;
          while (!session.ended) {
            const dt = steps++ < FINE_STEPS ? (speed * tickMs) / 1000 : 0.5 + rng.next() * 20;
            session.advanceTo(session.now + dt);
            if (session.ended || rng.next() > 0.25) continue;
            const action = rng.next() < 0.5 ? garbage(session, rng) : valid(session, rng);
            const before = session.log.length;
            const last = session.log[before - 1];
            const result = session.act(action);
            if (result.ok) accepted++;
            else {
              rejected++;
              expect(result.reason.length).toBeGreaterThan(0);
              expect(session.log.length).toBe(before);
              expect(session.log[before - 1]).toBe(last);
            }
          }
          const json = JSON.parse(JSON.stringify(session.log));
          expect(sessionLogSchema.safeParse(json).success).toBe(true);
          const rebuilt = replayLog(scenario, json);
          expect(rebuilt.log).toEqual(session.log);
          expect(rebuilt.metrics).toEqual(session.metrics);
        },
      ),
      { numRuns: RUNS, seed: 20261201 },
    );
    // Both kinds were really exercised.
    expect(accepted).toBeGreaterThan(RUNS);
    expect(rejected).toBeGreaterThan(RUNS);
  }, 900_000);
});
