import { describe, expect, it } from 'vitest';
import type { PrincipleId } from '../../src/content/principle';
import type { Quality } from '../../src/content/quality';
import type { RuleId } from '../../src/scoring/rule-ids';
import { scoreSession } from '../../src/scoring/score';
import type { SessionEvent } from '../../src/sim/event';
import { LogBuilder, testManifest } from './log-builder';

/**
 * The flaws a plausible, professional reply can carry (issues 11 and 12) are scored by the same
 * rules whether the reply was picked or written: each costs what the source articles say it costs.
 */
const manifest = testManifest();
const of = (log: SessionEvent[], p: PrincipleId) => scoreSession(manifest, log).principles[p];
const rules = (log: SessionEvent[], p: PrincipleId): RuleId[] => of(log, p).evidence.map((e) => e.rule);
const answered = (qualities: Quality[], channel: 'public' | 'private' = 'public') =>
  new LogBuilder()
    .post(10, 'c1', { patience: 120 })
    .options(10, 'c1', [{ qualities: ['apologises', 'empathises'] }])
    .reply(30, 'c1', qualities, { channel })
    .build();

describe('near-miss flaws cost their principle', () => {
  it.each([['non_apology'], ['apology_then_blame'], ['minimises'], ['blames_third_party']] as const)(
    'a warm reply that %s does not count as listening',
    (flaw) => {
      expect(rules(answered(['empathises', 'acknowledges']), 'empathy')).toEqual(['empathy.listened']);
      expect(rules(answered(['empathises', 'acknowledges', flaw]), 'empathy')).toEqual(['empathy.cold']);
    },
  );

  it('promising what cannot be known yet is neither honest nor coherent', () => {
    const log = answered(['apologises', 'admits_error', 'over_promises']);
    expect(rules(log, 'transparency')).toContain('transparency.unconfirmed');
    expect(of(log, 'transparency').score ?? 100).toBeLessThan(
      of(answered(['apologises', 'admits_error']), 'transparency').score ?? 0,
    );
    expect(rules(log, 'consistency')).toContain('consistency.over_promised');
    expect(rules(answered(['apologises', 'premature_all_clear']), 'consistency')).toContain(
      'consistency.over_promised',
    );
  });

  it('public blanket compensation on an unverified claim is a promise to all', () => {
    expect(
      rules(answered(['apologises', 'offers_redress', 'unverified_compensation']), 'consistency'),
    ).toContain('consistency.blanket_compensation');
    expect(rules(answered(['apologises', 'offers_redress']), 'consistency')).not.toContain(
      'consistency.blanket_compensation',
    );
  });

  it('private data in public breaks the private channel; the same in a private reply does not', () => {
    expect(rules(answered(['apologises', 'exposes_private_data']), 'private_channel')).toContain(
      'private_channel.exposed',
    );
    expect(
      rules(answered(['apologises', 'exposes_private_data'], 'private'), 'private_channel'),
    ).not.toContain('private_channel.exposed');
  });

  it.each([['names_person'], ['apology_then_blame'], ['blames_third_party'], ['non_apology']] as const)(
    'pointing a finger (%s) is not humble',
    (flaw) => {
      expect(rules(answered(['apologises']), 'humility')).toEqual(['humility.humble']);
      expect(rules(answered(['apologises', flaw]), 'humility')).toEqual(['humility.defensive']);
    },
  );
});
