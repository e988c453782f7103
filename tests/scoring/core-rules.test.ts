import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/content/principle';
import type { RuleId } from '../../src/scoring/rule-ids';
import { ruleInput, scoreSession } from '../../src/scoring/score';
import type { SessionEvent } from '../../src/sim/event';
import { LogBuilder, testManifest } from './log-builder';

const manifest = testManifest();
const score = (log: SessionEvent[]) => scoreSession(manifest, log);
const of = (log: SessionEvent[], p: PrincipleId) => score(log).principles[p];
const rules = (log: SessionEvent[], p: PrincipleId): RuleId[] => of(log, p).evidence.map((e) => e.rule);

describe('empathy', () => {
  it('a reply that listens scores; a cold one does not; silence does not', () => {
    const listened = new LogBuilder()
      .complaint(10, 'c1')
      .reply(15, 'c1', ['apologises', 'empathises'])
      .build();
    expect(of(listened, 'empathy')).toMatchObject({ score: 100 });
    expect(rules(listened, 'empathy')).toEqual(['empathy.listened']);

    const cold = new LogBuilder().complaint(10, 'c1').reply(15, 'c1', ['apologises', 'canned']).build();
    expect(of(cold, 'empathy')).toMatchObject({ score: 0 });
    expect(rules(cold, 'empathy')).toEqual(['empathy.cold']);

    const silent = new LogBuilder().complaint(10, 'c1').trigger(130, 'c1', 'ignored').build();
    expect(rules(silent, 'empathy')).toEqual(['empathy.unanswered']);
    expect(of(silent, 'empathy').score).toBe(0);
  });

  it('the crowd is heard through a statement, or not at all', () => {
    const base = () =>
      new LogBuilder()
        .complaint(10, 'c1')
        .reply(12, 'c1', ['empathises'])
        .post(20, 'crowd-1-1', { crowd: true, author: 'crowd-1' });
    expect(rules(base().statement(30, ['apologises', 'human_tone']).build(), 'empathy')).toContain(
      'empathy.crowd_heard',
    );
    const none = base().build();
    expect(rules(none, 'empathy')).toContain('empathy.crowd_unheard');
    expect(of(none, 'empathy').score).toBe(33);
  });

  it('is null when no genuine complaint could be answered', () => {
    const log = new LogBuilder().post(10, 'p1', { kind: 'praise', authorType: 'fan' }).build();
    expect(of(log, 'empathy')).toEqual({ score: null, evidence: [] });
  });
});

describe('transparency', () => {
  it('an honest answer scores, an evasive one does not, a lie costs', () => {
    expect(
      of(new LogBuilder().complaint(10, 'c1').reply(12, 'c1', ['admits_error']).build(), 'transparency')
        .score,
    ).toBe(100);
    expect(
      of(new LogBuilder().complaint(10, 'c1').reply(12, 'c1', ['cites_policy']).build(), 'transparency')
        .score,
    ).toBe(0);
    const lie = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['admits_error'])
      .complaint(20, 'c2')
      .reply(22, 'c2', ['deceives'])
      .build();
    expect(rules(lie, 'transparency')).toEqual(['transparency.honest', 'transparency.deceived']);
    expect(of(lie, 'transparency').score).toBe(0);
  });

  it('a brand-wide fault must be admitted in public, and soon', () => {
    const three = () =>
      new LogBuilder()
        .complaint(10, 'c1', undefined, { author: 'a' })
        .complaint(20, 'c2', undefined, { author: 'b' })
        .complaint(30, 'c3', undefined, { author: 'c' });
    const soon = three().statement(60, ['admits_error', 'explains']).build();
    expect(rules(soon, 'transparency')).toContain('transparency.admitted');
    const late = three().statement(500, ['admits_error', 'explains']).build();
    const admitted = of(late, 'transparency').evidence.find((e) => e.rule === 'transparency.admitted_late');
    expect(admitted?.points).toBeGreaterThan(0);
    expect(admitted?.points).toBeLessThan(2);
    expect(rules(three().build(), 'transparency')).toContain('transparency.never_admitted');
  });
});

describe('no deletion, with its exception', () => {
  it('deleting a legitimate complaint is penalised; leaving it is not', () => {
    const kept = new LogBuilder().complaint(10, 'c1').complaint(20, 'c2').build();
    expect(of(kept, 'no_deletion').score).toBe(100);
    const deleted = new LogBuilder()
      .complaint(10, 'c1')
      .complaint(20, 'c2')
      .moderate(25, 'delete', 'c2')
      .build();
    expect(rules(deleted, 'no_deletion')).toEqual(['no_deletion.kept', 'no_deletion.deleted']);
    expect(of(deleted, 'no_deletion').score).toBe(0);
  });

  it('deleting a post that directly insults a group is the accepted exception', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .post(20, 'insult', { kind: 'abuse', authorType: 'troll' })
      .moderate(25, 'delete', 'insult', 'community_protected')
      .build();
    expect(rules(log, 'no_deletion')).toEqual(['no_deletion.kept', 'no_deletion.abuse_exception']);
    expect(of(log, 'no_deletion').score).toBe(100);
  });

  it('hiding, blocking a genuine customer and removing praise count too', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .complaint(12, 'c2')
      .post(14, 'fan', { kind: 'praise', authorType: 'fan' })
      .moderate(20, 'hide', 'c1')
      .moderate(21, 'block', 'c2', 'genuine_blocked')
      .moderate(22, 'delete', 'fan')
      .build();
    expect(rules(log, 'no_deletion')).toEqual([
      'no_deletion.hidden',
      'no_deletion.blocked_genuine',
      'no_deletion.praise_removed',
    ]);
  });

  it('deleting a troll post is not criticism removed', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .post(20, 't1', { kind: 'troll', authorType: 'troll' })
      .moderate(25, 'delete', 't1', 'troll_ignored')
      .build();
    expect(of(log, 'no_deletion').score).toBe(100);
  });
});

describe('follow-up and the ledger', () => {
  it('a promise of an update is kept only by a later, real update', () => {
    const kept = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['acknowledges', 'promises_update'])
      .update(200, ['explains', 'next_step'])
      .build();
    expect(rules(kept, 'follow_up')).toEqual(['follow_up.promise_kept']);
    const hollow = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['acknowledges', 'promises_update'])
      .update(200, ['deceives'])
      .build();
    expect(rules(hollow, 'follow_up')).toEqual(['follow_up.promise_hollow']);
  });

  it('a broken promise costs follow-up and consistency; one made near the end is left pending', () => {
    const broken = new LogBuilder()
      .complaint(10, 'c1')
      .update(5, ['explains', 'next_step'])
      .reply(12, 'c1', ['acknowledges', 'promises_update'])
      .build();
    expect(rules(broken, 'follow_up')).toEqual(['follow_up.promise_broken']);
    expect(of(broken, 'follow_up').score).toBe(0);
    expect(rules(broken, 'consistency')).toContain('consistency.update_broken');

    const pending = new LogBuilder()
      .complaint(500, 'c1')
      .reply(505, 'c1', ['acknowledges', 'promises_update'])
      .build();
    expect(ruleInput(manifest, pending).ledger.map((l) => l.status)).toEqual(['pending']);
    expect(rules(pending, 'follow_up')).toEqual(['follow_up.flare_up_answered']);
  });

  it('a flare-up late in the session tests whether the player still watches', () => {
    const base = () =>
      new LogBuilder().complaint(10, 'c1').reply(12, 'c1', ['empathises']).complaint(450, 'late');
    expect(rules(base().reply(455, 'late', ['explains']).build(), 'follow_up')).toEqual([
      'follow_up.flare_up_answered',
    ]);
    expect(rules(base().reply(455, 'late', ['dismisses']).build(), 'follow_up')).toEqual([
      'follow_up.flare_up_dismissed',
    ]);
    expect(rules(base().trigger(570, 'late', 'ignored').build(), 'follow_up')).toEqual([
      'follow_up.flare_up_missed',
    ]);
  });

  it('a brand-wide crisis needs an update even if nothing was promised', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1', undefined, { author: 'a' })
      .complaint(20, 'c2', undefined, { author: 'b' })
      .complaint(30, 'c3', undefined, { author: 'c' })
      .build();
    expect(rules(log, 'follow_up')).toEqual(['follow_up.never_updated']);
  });
});
