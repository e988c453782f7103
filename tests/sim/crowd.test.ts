import { describe, expect, it } from 'vitest';
import { crowdSchema } from '../../src/content/scenario.schema';
import { countUnanswered, crowdTick } from '../../src/sim/crowd';
import type { Metrics } from '../../src/sim/metrics';
import type { PostState } from '../../src/sim/post';
import { createRng } from '../../src/sim/rng';

const metrics = (over: Partial<Metrics> = {}): Metrics => ({
  heat: 20,
  sentiment: 0,
  reach: 0,
  budget: 0,
  networks: ['a'],
  deletedCriticism: 0,
  blockedGenuine: 0,
  trollsFed: 0,
  statements: 0,
  statementsLanded: 0,
  redressGiven: 0,
  escalated: false,
  analysed: false,
  updates: 0,
  fansThanked: 0,
  ...over,
});

const post = (over: Partial<PostState>): PostState => ({
  id: 'p',
  thread: 't',
  author: 'x',
  authorType: 'affected_customer',
  kind: 'complaint',
  network: 'a',
  channel: 'public',
  text: '',
  t: 0,
  replyTo: null,
  crowd: false,
  patience: 100,
  likes: 0,
  shares: 0,
  status: 'visible',
  answeredAt: null,
  left: false,
  ...over,
});

const awaiting = (p: PostState): boolean => p.answeredAt === null && p.kind !== 'praise';

const tuning = crowdSchema.parse({
  voices: [
    { knot: 'c', kind: 'complaint', type: 'bystander' },
    { knot: 't', kind: 'troll', type: 'troll' },
  ],
});

/** Runs n ticks and returns the metrics. */
const run = (posts: PostState[], m: Metrics, n = 20, seed = 1) => {
  const rng = createRng(seed);
  let crowd = 0;
  let trolls = 0;
  for (let i = 1; i <= n; i++) {
    const r = crowdTick(i * 10, posts, m, tuning, ['a', 'b'], rng, new Set(), awaiting);
    if (r.voice?.kind === 'troll') trolls++;
    else if (r.voice) crowd++;
  }
  return { m, crowd, trolls };
};

describe('crowd model', () => {
  it('an unanswered complaint heats up the crisis; an answered one lets it cool', () => {
    const ignored = run([post({})], metrics());
    const answered = run([post({ answeredAt: 5 })], metrics());
    expect(ignored.m.heat).toBeGreaterThan(40);
    expect(answered.m.heat).toBeLessThan(20);
    expect(ignored.m.sentiment).toBeLessThan(answered.m.sentiment);
  });

  it('the longer a complaint waits, the more likes it gathers', () => {
    const fresh = [post({ t: 190 })];
    const old = [post({ t: 0 })];
    const rng1 = createRng(4);
    const rng2 = createRng(4);
    crowdTick(200, fresh, metrics(), tuning, ['a'], rng1, new Set(), awaiting);
    crowdTick(200, old, metrics(), tuning, ['a'], rng2, new Set(), awaiting);
    expect(old[0]?.likes).toBeGreaterThanOrEqual(fresh[0]?.likes ?? 0);
  });

  it('a hot crisis jumps to the next network', () => {
    const m = metrics({ heat: 80 });
    const r = crowdTick(10, [post({})], m, tuning, ['a', 'b'], createRng(1), new Set(), awaiting);
    expect(r.jump).toBe('b');
    expect(m.networks).toEqual(['a', 'b']);
  });

  it('heat brings pile-on posts, and fed trolls bring more trolls', () => {
    let calm = 0;
    let hot = 0;
    let fedTrolls = 0;
    let unfedTrolls = 0;
    for (let seed = 0; seed < 30; seed++) {
      calm += run([post({ answeredAt: 1 })], metrics({ heat: 0 }), 10, seed).crowd;
      hot += run([post({})], metrics({ heat: 90 }), 10, seed).crowd;
      fedTrolls += run([post({ answeredAt: 1 })], metrics({ heat: 50, trollsFed: 4 }), 10, seed).trolls;
      unfedTrolls += run([post({ answeredAt: 1 })], metrics({ heat: 50 }), 10, seed).trolls;
    }
    expect(hot).toBeGreaterThan(calm * 2);
    expect(fedTrolls).toBeGreaterThan(unfedTrolls * 2);
  });

  it('is deterministic for a seed', () => {
    const a = run([post({}), post({ id: 'q', kind: 'question' })], metrics(), 30, 9);
    const b = run([post({}), post({ id: 'q', kind: 'question' })], metrics(), 30, 9);
    expect(a).toEqual(b);
  });

  it('drops settled posts for good and keeps every post that can still build pressure', () => {
    const removed = post({ id: 'removed', status: 'deleted' });
    const oldAnswered = post({ id: 'old-answered', t: 0, answeredAt: 20 });
    const oldPraise = post({ id: 'old-praise', t: 0, kind: 'praise', authorType: 'fan' });
    const oldWaiting = post({ id: 'old-waiting', t: 0 });
    const recentAnswered = post({ id: 'recent', t: 900, answeredAt: 910 });
    const posts = [removed, oldAnswered, oldPraise, oldWaiting, recentAnswered];
    crowdTick(1000, posts, metrics(), tuning, ['a'], createRng(3), new Set(), awaiting);
    expect(posts.map((p) => p.id)).toEqual(['old-waiting', 'recent']);
  });

  it('counts only complaints still waiting, and forgets answered or removed ones', () => {
    const posts = [post({ id: 'a' }), post({ id: 'b', answeredAt: 5 }), post({ id: 'c', status: 'hidden' })];
    expect(countUnanswered(posts, awaiting)).toBe(1);
    expect(posts.map((p) => p.id)).toEqual(['a']);
  });
});
