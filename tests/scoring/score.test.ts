import { describe, expect, it } from 'vitest';
import { CORE_PRINCIPLES, PRINCIPLE_IDS } from '../../src/content/principle';
import { SCORING_TEXT } from '../../src/scoring/i18n';
import { LEDGER_STATUSES } from '../../src/scoring/ledger';
import { RULE_IDS } from '../../src/scoring/rule-ids';
import { scoreSession } from '../../src/scoring/score';
import { BAND_IDS, scoreSchema } from '../../src/scoring/score.schema';
import { SOURCE_FILES } from '../../src/scoring/sources';
import { bandOf, overallScore, WEIGHTS } from '../../src/scoring/weighting';
import type { SessionEvent } from '../../src/sim/event';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { realLibrary } from '../helpers';
import { LogBuilder, testManifest } from './log-builder';

const nulls = () =>
  Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, null])) as Record<
    (typeof PRINCIPLE_IDS)[number],
    number | null
  >;

describe('overall score and bands', () => {
  it('the four core principles weigh most', () => {
    for (const id of PRINCIPLE_IDS)
      for (const core of CORE_PRINCIPLES)
        if (!CORE_PRINCIPLES.includes(id)) expect(WEIGHTS[core]).toBeGreaterThan(WEIGHTS[id]);
  });

  it('is the weighted mean of the principles exercised; null ones are left out', () => {
    expect(overallScore(nulls())).toBeNull();
    expect(overallScore({ ...nulls(), empathy: 100, timeliness: 0 })).toBe(75);
    expect(overallScore({ ...nulls(), timeliness: 40 })).toBe(40);
  });

  it('maps to bands', () => {
    expect([90, 85, 84, 70, 55, 30, 10].map(bandOf)).toEqual([
      'firewall',
      'firewall',
      'solid',
      'solid',
      'developing',
      'at_risk',
      'fuel',
    ]);
    expect(bandOf(null)).toBe('unrated');
  });

  it('an empty session is unrated, with every principle null', () => {
    const s = scoreSession(testManifest(), new LogBuilder().build());
    expect(s.overall).toBeNull();
    expect(s.band).toBe('unrated');
    expect(PRINCIPLE_IDS.every((id) => s.principles[id].score === null)).toBe(true);
  });
});

describe('explanations in Spanish and English', () => {
  /** Every leaf of a dictionary as [path, text]; rule ids contain dots, so paths are arrays. */
  const leaves = (o: object, path: string[] = []): [string[], unknown][] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null
        ? leaves(v, [...path, k])
        : [[[...path, k], v] as [string[], unknown]],
    );

  it('both languages have every key, none empty', () => {
    const paths = (lang: 'es' | 'en') =>
      leaves(SCORING_TEXT[lang])
        .map(([p]) => p.join(' / '))
        .sort();
    expect(paths('es')).toEqual(paths('en'));
    for (const lang of ['es', 'en'] as const) {
      const text = SCORING_TEXT[lang];
      expect(Object.keys(text.rule).sort()).toEqual([...RULE_IDS].sort());
      expect(Object.keys(text.principle).sort()).toEqual([...PRINCIPLE_IDS].sort());
      expect(Object.keys(text.band).sort()).toEqual([...BAND_IDS].sort());
      expect(Object.keys(text.ledger).sort()).toEqual([...LEDGER_STATUSES].sort());
      const empty = leaves(text).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
      expect(empty).toEqual([]);
    }
    expect(SCORING_TEXT.es.rule['no_deletion.deleted']).not.toBe(SCORING_TEXT.en.rule['no_deletion.deleted']);
  });
});

describe('scores of real sessions', () => {
  const scenario = () => {
    const s = realLibrary().scenarios.find((x) => x.manifest.id === 'faulty-product');
    if (!s) throw new Error('faulty-product did not load');
    return s;
  };
  const play = (policy: string, seed = 7) =>
    playHeadless(scenario(), 'en', seed, POLICIES[policy] as Policy).log;

  it('validate against the score schema, and every evidence cites a source file', () => {
    for (const policy of Object.keys(POLICIES)) {
      const s = scoreSession(scenario().manifest, play(policy));
      expect(scoreSchema.parse(s)).toEqual(s);
      for (const id of PRINCIPLE_IDS) {
        const p = s.principles[id];
        if (p.score !== null) expect(p.score).toBeGreaterThanOrEqual(0);
        for (const e of p.evidence) {
          expect(SOURCE_FILES).toContain(e.source);
          expect(e.rule.startsWith(`${id}.`)).toBe(true);
        }
      }
    }
  });

  it('the four core principles are exercised in every scenario, whatever the player does', () => {
    for (const sc of realLibrary().scenarios)
      for (const policy of Object.values(POLICIES)) {
        const s = scoreSession(sc.manifest, playHeadless(sc, 'es', 3, policy).log);
        for (const id of CORE_PRINCIPLES)
          expect(s.principles[id].score, `${sc.manifest.id} ${policy.name} ${id}`).not.toBeNull();
      }
  });

  it('is deterministic: the same log gives the same score, also after a JSON round trip', () => {
    const log = play('random', 11);
    const a = scoreSession(scenario().manifest, log);
    const b = scoreSession(scenario().manifest, log);
    expect(b).toEqual(a);
    const json = JSON.parse(JSON.stringify(log)) as SessionEvent[];
    expect(scoreSession(scenario().manifest, json)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('scores the same whichever language the session was played in', () => {
    const manifest = scenario().manifest;
    const es = scoreSession(manifest, playHeadless(scenario(), 'es', 4, POLICIES.exemplary as Policy).log);
    const en = scoreSession(manifest, playHeadless(scenario(), 'en', 4, POLICIES.exemplary as Policy).log);
    expect(en.overall).toBe(es.overall);
    expect(PRINCIPLE_IDS.map((id) => en.principles[id].score)).toEqual(
      PRINCIPLE_IDS.map((id) => es.principles[id].score),
    );
  });
});
