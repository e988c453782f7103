import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/content/principle';
import type { RuleId } from '../../src/scoring/rule-ids';
import { scoreSession } from '../../src/scoring/score';
import type { SessionEvent } from '../../src/sim/event';
import { LogBuilder, testManifest } from './log-builder';

const manifest = testManifest();
const of = (log: SessionEvent[], p: PrincipleId) => scoreSession(manifest, log).principles[p];
const rules = (log: SessionEvent[], p: PrincipleId): RuleId[] => of(log, p).evidence.map((e) => e.rule);

describe('timeliness: measured in simulated time, with decay', () => {
  // Patience 120 s: full marks within 60 s, nothing from 240 s on.
  const answeredAfter = (wait: number) =>
    of(
      new LogBuilder()
        .post(10, 'c1', { patience: 120 })
        .options(10, 'c1', [{ qualities: ['empathises'] }])
        .reply(10 + wait, 'c1', ['empathises'])
        .build(),
      'timeliness',
    );

  it('a prompt answer scores in full', () => {
    expect(answeredAfter(30)).toMatchObject({ score: 100, evidence: [{ rule: 'timeliness.prompt' }] });
  });

  it('a late answer is worth less, and a far too late one nothing', () => {
    const late = answeredAfter(150);
    expect(late.evidence[0]?.rule).toBe('timeliness.slow');
    expect(late.score).toBe(50);
    expect(answeredAfter(300)).toMatchObject({ score: 0, evidence: [{ rule: 'timeliness.too_late' }] });
  });

  it('no answer scores nothing; a post still inside its window at the end is not judged', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .trigger(130, 'c1', 'ignored')
      .complaint(590, 'c2')
      .build();
    expect(rules(log, 'timeliness')).toEqual(['timeliness.unanswered']);
  });

  it('the crowd is answered as a whole by a landed statement', () => {
    const log = new LogBuilder()
      .post(10, 'crowd-1-1', { crowd: true, patience: 150 })
      .statement(40, ['apologises', 'explains'])
      .post(100, 'crowd-2-1', { crowd: true, patience: 150 })
      .post(120, 'crowd-3-1', { crowd: true, patience: 150, kind: 'troll', authorType: 'troll' })
      .build();
    expect(of(log, 'timeliness')).toMatchObject({
      score: 100,
      evidence: [{ rule: 'timeliness.crowd_covered' }, { rule: 'timeliness.crowd_covered' }],
    });
  });
});

describe('composure and escalation', () => {
  it('analyse before the first public act; no rushed statement; no lost temper', () => {
    const good = new LogBuilder().analyse(5).complaint(10, 'c1').statement(20, ['apologises']).build();
    expect(rules(good, 'composure')).toEqual([
      'composure.analysed_first',
      'composure.considered_statement',
      'composure.calm_message',
    ]);
    const rushed = new LogBuilder()
      .complaint(10, 'c1')
      .statement(20, ['apologises'])
      .reply(30, 'c1', ['sarcastic'])
      .build();
    expect(rules(rushed, 'composure')).toEqual([
      'composure.never_analysed',
      'composure.rushed_statement',
      'composure.calm_message',
      'composure.lost_temper',
    ]);
  });

  it('analysing and then doing nothing is only half of it', () => {
    const idle = new LogBuilder().analyse(5).complaint(10, 'c1').build();
    expect(of(idle, 'composure')).toMatchObject({
      score: 50,
      evidence: [{ rule: 'composure.analysed_idle' }],
    });
  });

  it('escalate once the crisis turns serious, not long after', () => {
    const hot = () => new LogBuilder().complaint(10, 'c1').pulse(100, 55);
    expect(rules(hot().escalate(120).build(), 'escalation')).toEqual(['escalation.in_time']);
    expect(of(hot().escalate(340).build(), 'escalation')).toMatchObject({ score: 25 });
    expect(rules(hot().build(), 'escalation')).toEqual(['escalation.never']);
    expect(of(new LogBuilder().complaint(10, 'c1').build(), 'escalation').score).toBeNull();
  });
});

describe('troll discernment as a detector', () => {
  const scene = () =>
    new LogBuilder()
      .complaint(10, 'c1')
      .complaint(12, 'c2', undefined, { author: 'c2' })
      .post(20, 't1', { kind: 'troll', authorType: 'troll' })
      .options(20, 't1', [
        { qualities: ['calm_boundary'], model: true },
        { qualities: ['sarcastic', 'feeds_troll'] },
      ]);

  it('telling them apart perfectly scores 100', () => {
    const log = scene()
      .reply(15, 'c1', ['empathises'])
      .reply(16, 'c2', ['apologises'])
      .reply(25, 't1', ['calm_boundary'])
      .build();
    const s = scoreSession(manifest, log);
    expect(s.principles.troll_discernment.score).toBe(100);
    expect(s.trollDiscernment).toEqual({ sensitivity: 100, bias: { dismissive: 0, feeding: 0 } });
  });

  it('a troll fed shows as feeding bias and lowers the score', () => {
    const log = scene()
      .reply(15, 'c1', ['empathises'])
      .reply(16, 'c2', ['apologises'])
      .reply(25, 't1', ['sarcastic', 'feeds_troll'], { effect: 'troll_fed' })
      .build();
    const s = scoreSession(manifest, log);
    expect(s.trollDiscernment).toEqual({ sensitivity: 100, bias: { dismissive: 0, feeding: 100 } });
    expect(s.principles.troll_discernment.score).toBe(0);
    expect(s.principles.troll_discernment.evidence.map((e) => e.rule)).toContain(
      'troll_discernment.troll_fed',
    );
  });

  it('a genuine customer dismissed as a troll shows as dismissive bias', () => {
    const log = scene()
      .reply(15, 'c1', ['empathises'])
      .act(16, { type: 'leave', post: 'c2' })
      .reply(25, 't1', ['calm_boundary'])
      .build();
    const s = scoreSession(manifest, log);
    expect(s.trollDiscernment).toEqual({ sensitivity: 50, bias: { dismissive: 50, feeding: 0 } });
    expect(s.principles.troll_discernment.score).toBe(50);
    const boundaryToCustomer = scene().reply(15, 'c1', ['calm_boundary']).build();
    expect(scoreSession(manifest, boundaryToCustomer).trollDiscernment.bias.dismissive).toBe(50);
  });

  it('liking or compensating a troll feeds it too; treating everyone alike scores 0', () => {
    const log = scene().like(25, 't1', 'troll_fed').redress(26, 't1', 10, 'redress_wasted').build();
    const s = scoreSession(manifest, log);
    expect(s.trollDiscernment.bias.feeding).toBe(100);
    expect(s.principles.troll_discernment.score).toBe(0);
    expect(s.principles.redress.evidence.map((e) => e.rule)).toContain('redress.wasted');
  });
});

describe('private channel, positive comments, redress', () => {
  it('acknowledge in public, then private; answer the direct message politely', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1', undefined, { author: 'ana' })
      .reply(12, 'c1', ['apologises', 'offers_private'])
      .post(60, 'dm', { author: 'ana', channel: 'private', kind: 'question' })
      .options(60, 'dm', [{ qualities: ['offers_redress'], channel: 'private' }])
      .reply(65, 'dm', ['offers_redress'], { channel: 'private' })
      .build();
    expect(rules(log, 'private_channel')).toEqual([
      'private_channel.public_then_private',
      'private_channel.dm_answered',
    ]);
    expect(rules(log, 'consistency')).toContain('consistency.private_kept');
    const onlyPrivate = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['asks_details'], { channel: 'private' })
      .build();
    expect(of(onlyPrivate, 'private_channel')).toMatchObject({
      score: 50,
      evidence: [{ rule: 'private_channel.private_only' }],
    });
  });

  it('thanks and a reward for praise; a like where no reply is possible', () => {
    const log = new LogBuilder()
      .post(10, 'fan', { kind: 'praise', authorType: 'fan' })
      .options(10, 'fan', [{ qualities: ['thanks', 'rewards'], model: true }])
      .reply(12, 'fan', ['thanks', 'rewards'])
      .post(20, 'cheer', { kind: 'praise', authorType: 'fan', crowd: true })
      .like(25, 'cheer', 'thanked_fan')
      .post(30, 'ignored', { kind: 'praise', authorType: 'fan', crowd: true })
      .build();
    expect(rules(log, 'acknowledge_positive')).toEqual([
      'acknowledge_positive.thanked_rewarded',
      'acknowledge_positive.liked',
      'acknowledge_positive.ignored',
    ]);
    expect(of(log, 'acknowledge_positive').score).toBe(75);
  });

  it('an affected customer is redressed from the budget; the crowd gets a public offer', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1', undefined, { author: 'ana' })
      .redress(15, 'c1', 30)
      .complaint(20, 'c2', undefined, { author: 'bea' })
      .reply(22, 'c2', ['offers_redress'])
      .post(30, 'crowd-1-1', { crowd: true })
      .statement(40, ['apologises', 'offers_redress'])
      .build();
    expect(rules(log, 'redress')).toEqual(['redress.given', 'redress.offered', 'redress.crowd_offer']);
    expect(rules(log, 'consistency')).toContain('consistency.redress_broken');
  });
});

describe('humility, competitors, consistency, learning', () => {
  it('every message is read for defensiveness', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['apologises'])
      .statement(20, ['canned'])
      .build();
    expect(of(log, 'humility')).toMatchObject({
      score: 50,
      evidence: [{ rule: 'humility.humble' }, { rule: 'humility.defensive' }],
    });
  });

  it('resisting the temptation to attack a competitor counts only where it was offered', () => {
    const tempt = [{ qualities: ['explains' as const] }, { qualities: ['attacks_competitor' as const] }];
    const resisted = new LogBuilder()
      .complaint(10, 'q', tempt, { kind: 'question' })
      .reply(12, 'q', ['explains'])
      .build();
    expect(rules(resisted, 'no_competitor_bashing')).toEqual(['no_competitor_bashing.resisted']);
    const attacked = new LogBuilder()
      .complaint(10, 'q', tempt, { kind: 'question' })
      .reply(12, 'q', ['attacks_competitor'])
      .build();
    expect(of(attacked, 'no_competitor_bashing').score).toBe(0);
    expect(of(new LogBuilder().complaint(10, 'c1').build(), 'no_competitor_bashing').score).toBeNull();
  });

  it('after owning the fault, denying it or silencing critics is a contradiction', () => {
    const log = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['admits_error'])
      .complaint(20, 'c2', undefined, { author: 'c2' })
      .reply(22, 'c2', ['defensive'])
      .complaint(30, 'c3', undefined, { author: 'c3' })
      .moderate(32, 'delete', 'c3')
      .build();
    expect(rules(log, 'consistency')).toEqual([
      'consistency.contradiction',
      'consistency.apology_then_silencing',
    ]);
  });

  it('after a consequence, later decisions of the same kind show whether the player learnt', () => {
    const learnt = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['blames_customer'])
      .complaint(20, 'c2', undefined, { author: 'c2' })
      .reply(22, 'c2', ['apologises', 'empathises'])
      .reply(40, 'c1', ['apologises'])
      .build();
    expect(rules(learnt, 'learning')).toEqual(['learning.corrected', 'learning.owned_mistake']);
    const repeated = new LogBuilder()
      .complaint(10, 'c1')
      .reply(12, 'c1', ['blames_customer'])
      .complaint(20, 'c2', undefined, { author: 'c2' })
      .reply(22, 'c2', ['cites_policy'])
      .build();
    expect(of(repeated, 'learning')).toMatchObject({ score: 0, evidence: [{ rule: 'learning.repeated' }] });
  });
});
