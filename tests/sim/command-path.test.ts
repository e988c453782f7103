import { describe, expect, it } from 'vitest';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { mini, realLibrary } from '../helpers';

/** A session of the fixture at the moment its first posts are out (ana 10 s, troll 20 s, fan 30 s, abuse 40 s). */
const at = (t: number, seed = 3): CrisisSession => {
  const s = new CrisisSession(mini(), 'es', seed);
  s.advanceTo(t);
  return s;
};

/** Acts and checks the action was refused with the log and metrics untouched; returns the reason. */
function rejected(s: CrisisSession, action: unknown): string {
  const log = JSON.stringify(s.log);
  const metrics = JSON.stringify(s.metrics);
  const result = s.act(action);
  expect(result.ok).toBe(false);
  expect(JSON.stringify(s.log)).toBe(log);
  expect(JSON.stringify(s.metrics)).toBe(metrics);
  return result.ok ? '' : result.reason;
}

describe('the command path: every action is validated before anything is logged', () => {
  it('refuses a redress of 0, a negative, a fraction, a string, NaN and more than the budget', () => {
    const s = at(41);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: 0 })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: -50 })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: 12.5 })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: '50' })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: Number.NaN })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: s.metrics.budget + 1 })).toMatch(/budget/);
  });

  it('once the budget is spent, a further redress is refused and the session still saves, replays and ends', () => {
    const s = at(41);
    const budget = s.metrics.budget;
    expect(s.act({ type: 'redress', post: 'ana-1', amount: budget })).toEqual({ ok: true });
    expect(s.metrics.budget).toBe(0);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: 0 })).toMatch(/amount/);
    expect(rejected(s, { type: 'redress', post: 'ana-1', amount: 50 })).toMatch(/budget/);
    s.runToEnd();
    expect(s.ending).not.toBeNull();
    const copy = JSON.parse(JSON.stringify(s.log));
    expect(replayLog(mini(), copy).log).toEqual(s.log);
  });

  it('refuses an unknown action type or a malformed one with a reason that names it', () => {
    const s = at(41);
    expect(rejected(s, { type: 'shout', post: 'ana-1' })).toMatch(/unknown action type "shout"/);
    expect(rejected(s, null)).toMatch(/unknown action type/);
    expect(rejected(s, 'like')).toMatch(/unknown action type/);
    expect(rejected(s, { type: 'like' })).toMatch(/post/);
    expect(rejected(s, { type: 'like', post: 'ana-1', extra: 1 })).toMatch(/unexpected field extra/);
    expect(rejected(s, { type: 'reply', post: 'ana-1', option: -1 })).toMatch(/option/);
    expect(rejected(s, { type: 'reply', post: 'nobody', option: 0 })).toMatch(/no post "nobody"/);
  });

  it('a like is given once per post', () => {
    const s = at(41);
    expect(s.act({ type: 'like', post: 'fan-1' })).toEqual({ ok: true });
    expect(rejected(s, { type: 'like', post: 'fan-1' })).toMatch(/already liked/);
  });

  it('a statement or update needs its composer open: a bad option logs nothing, not even an opening', () => {
    const s = at(41);
    expect(rejected(s, { type: 'statement', option: 99 })).toMatch(/not open/);
    expect(rejected(s, { type: 'update', option: 0 })).toMatch(/not open/);
    const point = s.menu('statement', true);
    expect(point?.options.length).toBeGreaterThan(0);
    expect(rejected(s, { type: 'statement', option: 99 })).toMatch(/not an available statement/);
  });

  it('an action taken after a clock step that ends just short of a job replays in the same order', () => {
    // The fixture's first post arrives at 10 s: a clock stopped at 9.9996 shows 10.000.
    const s = new CrisisSession(mini(), 'es', 3);
    s.advanceTo(9.9996);
    expect(s.act({ type: 'analyse' })).toEqual({ ok: true });
    s.runToEnd();
    expect(replayLog(mini(), JSON.parse(JSON.stringify(s.log))).log).toEqual(s.log);
  });

  it('ignores a clock target that is not a number', () => {
    const s = at(12);
    s.advanceTo(Number.NaN);
    s.advanceTo(Number.POSITIVE_INFINITY);
    expect(s.now).toBe(12);
  });
});

describe('the log says what scoring reads', () => {
  it('each action names its consequences, and a landed statement names the crowd posts it answers', () => {
    const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
    if (!scenario) throw new Error('faulty-product did not load');
    const s = playHeadless(scenario, 'en', 7, exemplaryPolicy);
    const actionAt = s.log.flatMap((e, i) => (e.type === 'action' ? [i] : []));
    const caused = s.log.flatMap((e) =>
      e.type === 'consequence' && e.action !== undefined ? [e.action] : [],
    );
    expect(actionAt.length).toBeGreaterThan(5);
    for (const i of caused) expect(s.log[i]?.type).toBe('action');
    for (const i of actionAt) expect(caused).toContain(i);
    const covered = s.log.filter((e) => e.type === 'covered');
    expect(covered.length).toBeGreaterThan(0);
    const statements = new Set(
      s.log.flatMap((e) =>
        e.type === 'action' && e.action.type === 'statement' && e.reply ? [e.reply.id] : [],
      ),
    );
    for (const c of covered) {
      expect(statements.has(c.type === 'covered' ? c.by : '')).toBe(true);
      expect(s.post(c.type === 'covered' ? c.post : '')?.crowd).toBe(true);
    }
  });
});
