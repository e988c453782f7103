import { describe, expect, it } from 'vitest';
import type { PlayerAction } from '../../src/sim/action';
import type { Effect } from '../../src/sim/event';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { mini } from '../helpers';

/** A session of the fixture at the moment its first posts are out (ana 10 s, troll 20 s, fan 30 s, abuse 40 s). */
const at = (t: number, seed = 3): CrisisSession => {
  const s = new CrisisSession(mini(), 'es', seed);
  s.advanceTo(t);
  return s;
};

const effectsAfter = (s: CrisisSession, from: number): Effect[] =>
  s.log.slice(from).flatMap((e) => (e.type === 'consequence' ? [e.effect] : []));

const act = (s: CrisisSession, a: PlayerAction): Effect[] => {
  const before = s.log.length;
  const result = s.act(a);
  expect(result).toEqual({ ok: true });
  return effectsAfter(s, before);
};

/** The option with ink index `n` (the options are shown in a seeded shuffle). */
const option = (s: CrisisSession, post: string, n: number): number =>
  s.replyOptions(post)?.find((o) => o.index === n)?.index ?? -1;

describe('actions and their consequences', () => {
  it('a good public reply calms: heat down, sentiment up, the public answers in kind', () => {
    const s = at(41);
    const { heat, sentiment } = s.metrics;
    expect(act(s, { type: 'reply', post: 'ana-1', option: option(s, 'ana-1', 0) })).toEqual(['calmed']);
    expect(s.metrics.heat).toBeLessThan(heat);
    expect(s.metrics.sentiment).toBeGreaterThan(sentiment);
    s.advanceTo(50);
    expect(s.posts.find((p) => p.text === 'Vale, gracias.')).toBeDefined();
    expect(s.posts.find((p) => p.author === 'brand')?.replyTo).toBe('ana-1');
  });

  it('a reply that blames the customer backfires', () => {
    const s = at(41);
    const sentiment = s.metrics.sentiment;
    expect(act(s, { type: 'reply', post: 'ana-1', option: option(s, 'ana-1', 1) })).toEqual(['backfired']);
    expect(s.metrics.sentiment).toBeLessThan(sentiment);
  });

  it('a private reply must use a private option', () => {
    const s = at(41);
    expect(s.act({ type: 'reply_private', post: 'ana-1', option: option(s, 'ana-1', 0) })).toMatchObject({
      ok: false,
    });
    expect(act(s, { type: 'reply_private', post: 'ana-1', option: option(s, 'ana-1', 2) })).toEqual([
      'calmed',
    ]);
    expect(s.posts.find((p) => p.author === 'brand')?.channel).toBe('private');
  });

  it('deleting legitimate criticism backfires and the script reacts; deleting abuse protects the community', () => {
    const s = at(41);
    const heat = s.metrics.heat;
    expect(act(s, { type: 'delete', post: 'ana-1' })).toEqual(['criticism_silenced']);
    expect(s.metrics.heat).toBeGreaterThan(heat);
    expect(s.metrics.deletedCriticism).toBe(1);
    expect(s.posts.some((p) => p.text === '¡Me han borrado el comentario!')).toBe(true);
    expect(s.log.some((e) => e.type === 'trigger' && e.on === 'deleted')).toBe(true);
    const rude = s.posts.find((p) => p.kind === 'abuse')?.id as string;
    expect(act(s, { type: 'delete', post: rude })).toEqual(['community_protected']);
    expect(s.metrics.deletedCriticism).toBe(1);
  });

  it('hiding criticism counts as silencing it too', () => {
    const s = at(41);
    expect(act(s, { type: 'hide', post: 'ana-1' })).toEqual(['criticism_silenced']);
    expect(s.post('ana-1')?.status).toBe('hidden');
  });

  it('a fed troll multiplies; a calm boundary does not feed it', () => {
    const fed = at(41);
    const trollsBefore = fed.posts.filter((p) => p.authorType === 'troll').length;
    expect(act(fed, { type: 'reply', post: 'tro-1', option: option(fed, 'tro-1', 0) })).toEqual([
      'troll_fed',
    ]);
    fed.advanceTo(120);
    expect(fed.metrics.trollsFed).toBe(1);
    expect(fed.posts.filter((p) => p.authorType === 'troll').length).toBeGreaterThanOrEqual(trollsBefore + 2);
    const calm = at(41);
    expect(act(calm, { type: 'reply', post: 'tro-1', option: option(calm, 'tro-1', 1) })).toEqual([
      'troll_ignored',
    ]);
    expect(calm.metrics.trollsFed).toBe(0);
  });

  it("a coach's aside is recorded for the player, not posted to the network", () => {
    const s = at(41);
    const posts = s.posts.length;
    expect(act(s, { type: 'reply', post: 'fan-1', option: option(s, 'fan-1', 0) })).toEqual(['thanked_fan']);
    const coach = s.log.find((e) => e.type === 'coach');
    expect(coach).toMatchObject({
      principle: 'acknowledge_positive',
      text: expect.stringMatching(/Agradecer/),
    });
    expect(s.posts.length).toBe(posts + 1); // only the brand's reply
  });

  it('liking a troll feeds it; liking a fan thanks them', () => {
    const s = at(41);
    expect(act(s, { type: 'like', post: 'tro-1' })).toEqual(['troll_fed']);
    expect(act(s, { type: 'like', post: 'fan-1' })).toEqual(['thanked_fan']);
  });

  it('an ignored genuine complaint grows and the script has the customer insist', () => {
    const s = at(10);
    s.advanceTo(75);
    expect(s.log.some((e) => e.type === 'trigger' && e.post === 'ana-1' && e.on === 'ignored')).toBe(true);
    expect(
      s.log.some((e) => e.type === 'consequence' && e.effect === 'complaint_grew' && e.post === 'ana-1'),
    ).toBe(true);
    expect(s.posts.some((p) => p.text === '¿Nadie contesta?')).toBe(true);
  });

  it('blocking a genuine customer is a serious backlash; blocking a troll is not', () => {
    const s = at(41);
    const heat = s.metrics.heat;
    expect(act(s, { type: 'block', post: 'ana-1' })).toEqual(['genuine_blocked']);
    expect(s.metrics.heat).toBeGreaterThanOrEqual(heat + 10);
    expect(s.metrics.blockedGenuine).toBe(1);
    expect(act(s, { type: 'block', post: 'tro-1' })).toEqual(['troll_blocked']);
    expect(s.act({ type: 'block', post: 'tro-1' })).toMatchObject({ ok: false });
  });

  it('redress spends a limited budget', () => {
    const s = at(41);
    expect(act(s, { type: 'redress', post: 'ana-1', amount: 60 })).toEqual(['redress_given']);
    expect(s.metrics.budget).toBe(40);
    expect(s.act({ type: 'redress', post: 'ana-1', amount: 60 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/budget/),
    });
    expect(act(s, { type: 'redress', post: 'tro-1', amount: 10 })).toEqual(['redress_wasted']);
  });

  it('a statement publishes, counts, brings the public answer, and is not offered twice', () => {
    const s = at(41);
    const model = s.menu('statement')?.options.find((o) => o.model)?.index as number;
    expect(act(s, { type: 'statement', option: model })).toEqual(['statement_landed']);
    expect(s.metrics.statements).toBe(1);
    s.advanceTo(60);
    expect(s.posts.some((p) => p.text === 'Bien hecho.')).toBe(true);
    expect(s.menu('statement')?.options.some((o) => o.index === model && o.model)).toBeFalsy();
    expect(s.act({ type: 'statement', option: 99 })).toMatchObject({ ok: false });
  });

  it('a follow-up update lands and then the menu empties', () => {
    const s = at(41);
    expect(act(s, { type: 'update', option: s.menu('update')?.options[0]?.index as number })).toEqual([
      'update_landed',
    ]);
    expect(s.metrics.updates).toBe(1);
    expect(s.menu('update')).toBeNull();
  });

  it('a composer opens when the player opens it, with the options of that moment, and is logged', () => {
    const s = at(41);
    expect(s.log.some((e) => e.type === 'menu_opened')).toBe(false);
    const point = s.menu('statement');
    expect(point?.options.length).toBeGreaterThan(0);
    const opened = s.log.filter((e) => e.type === 'menu_opened');
    expect(opened).toEqual([
      { t: s.now, type: 'menu_opened', menu: 'statement', options: point?.options.map((o) => ({ ...o })) },
    ]);
    // Open until used: asking again changes nothing and logs nothing; reopening runs it afresh.
    expect(s.menu('statement')).toBe(point);
    expect(s.log.filter((e) => e.type === 'menu_opened')).toHaveLength(1);
    s.advanceTo(50);
    expect(s.menu('statement', true)?.options).toEqual(point?.options);
    expect(s.log.filter((e) => e.type === 'menu_opened').map((e) => e.t)).toEqual([41, 50]);
    const model = point?.options.find((o) => o.model)?.index as number;
    s.act({ type: 'statement', option: model });
    s.advanceTo(70);
    s.menu('statement');
    expect(s.log.filter((e) => e.type === 'menu_opened').map((e) => e.t)).toEqual([41, 50, 70]);
    // Replaying the log opens the composers at the same moments and gives the same session.
    expect(replayLog(s.scenario, s.log, s.now).log).toEqual(s.log);
  });

  it('escalation and analysis are recorded once each; leaving a troll is ignoring it', () => {
    const s = at(41);
    expect(act(s, { type: 'escalate' })).toEqual(['escalated']);
    expect(s.act({ type: 'escalate' })).toMatchObject({ ok: false });
    expect(act(s, { type: 'analyse' })).toEqual(['analysed']);
    expect(s.metrics.analysed).toBe(true);
    expect(act(s, { type: 'leave', post: 'tro-1' })).toEqual(['troll_ignored']);
  });

  it('rejects actions on unknown posts and after the end, recording nothing', () => {
    const s = at(41);
    const n = s.log.length;
    expect(s.act({ type: 'like', post: 'nope' })).toEqual({ ok: false, reason: 'no post "nope"' });
    expect(s.log.length).toBe(n);
    s.runToEnd();
    expect(s.act({ type: 'analyse' })).toEqual({ ok: false, reason: 'the session has ended' });
  });

  it('the ending depends on play', () => {
    const deleted = at(41);
    deleted.act({ type: 'delete', post: 'ana-1' });
    deleted.runToEnd();
    expect(deleted.ending).toBe('censored');
    const silent = at(0);
    silent.runToEnd();
    expect(silent.ending).toBe('lost');
  });
});
