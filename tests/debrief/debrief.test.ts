import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { scenarioHash } from '../../src/content/scenario-hash';
import { buildDebrief } from '../../src/debrief/build-debrief';
import { debriefSchema } from '../../src/debrief/debrief.schema';
import { DEBRIEF_TEXT } from '../../src/debrief/i18n';
import { PLAN_EXTRA_IDS } from '../../src/debrief/plan-ids';
import { buildResults, parseResults, RESULTS_VERSION } from '../../src/debrief/results';
import { scoreSession } from '../../src/scoring/score';
import { SCORING_VERSION } from '../../src/scoring/scoring-version';
import type { SessionEvent } from '../../src/sim/event';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { realLibrary } from '../helpers';
import { LogBuilder, testManifest } from '../scoring/log-builder';

const scenario = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'faulty-product');
  if (!s) throw new Error('faulty-product did not load');
  return s;
};
const session = (policy: string, seed = 5, lang: 'es' | 'en' = 'es') =>
  playHeadless(scenario(), lang, seed, POLICIES[policy] as Policy).log;
const debriefOf = (log: readonly SessionEvent[]) => {
  const manifest = scenario().manifest;
  return buildDebrief(manifest, log, scoreSession(manifest, log));
};

describe('debrief of a hand-built session', () => {
  const manifest = testManifest();
  const log = new LogBuilder('en')
    .complaint(10, 'c1', undefined, { text: 'It does not work' })
    .reply(15, 'c1', ['defensive', 'blames_customer'], { text: 'Read the manual.' })
    .complaint(20, 'c2', undefined, { author: 'c2' })
    .reply(22, 'c2', ['apologises', 'empathises', 'offers_private'], {
      model: true,
      text: 'Sorry, we are on it.',
    })
    .pulse(30, 20, -5)
    .build();
  const d = buildDebrief(manifest, log, scoreSession(manifest, log));

  it('sets the model reply beside the player’s in the weakest moment', () => {
    const worst = d.weakest[0];
    expect(worst?.post?.id).toBe('c1');
    expect(worst?.player.reply?.text).toBe('Read the manual.');
    expect(worst?.model?.text).toBe('Sorry, we are on it.');
    expect(worst?.judgements.some((j) => j.rule === 'empathy.cold')).toBe(true);
    expect(d.strongest[0]?.post?.id).toBe('c2');
  });

  it('places the actions on the heat and sentiment timeline', () => {
    expect(d.timeline.points).toEqual([{ t: 30, heat: 20, sentiment: -5, reach: 0 }]);
    expect(d.timeline.actions.map((a) => [a.t, a.action, a.effect])).toEqual([
      [15, 'reply', 'backfired'],
      [22, 'reply', 'calmed'],
    ]);
  });

  it('speaks the session’s language', () => {
    expect(d.lang).toBe('en');
    expect(d.profile.find((p) => p.principle === 'empathy')?.name).toBe('Empathy and active listening');
  });
});

describe('debrief of real sessions', () => {
  it('is valid for every policy: profile, moments, timeline, ledger, detector, plan', () => {
    for (const policy of Object.keys(POLICIES)) {
      const log = session(policy);
      const d = debriefOf(log);
      expect(debriefSchema.parse(d)).toEqual(d);
      expect(d.profile.map((p) => p.principle)).toEqual([...PRINCIPLE_IDS]);
      expect(d.timeline.points.length).toBe(log.filter((e) => e.type === 'pulse').length);
      expect(d.timeline.actions.length).toBe(log.filter((e) => e.type === 'action').length);
      expect(d.crisisPlan.every((i) => !i.text.includes('{'))).toBe(true);
      for (const m of [...d.strongest, ...d.weakest]) expect(m.judgements.length).toBeGreaterThan(0);
      expect(d.weakest.every((m) => m.value < 0)).toBe(true);
      expect(d.strongest.every((m) => m.value > 0)).toBe(true);
    }
  });

  it('ends with a crisis plan built from what went wrong and right', () => {
    const deleter = debriefOf(session('deleter'));
    expect(deleter.crisisPlan.filter((i) => i.status === 'fix').map((i) => i.id)).toContain('no_deletion');
    expect(deleter.crisisPlan[0]?.status).toBe('fix');
    const exemplary = debriefOf(session('exemplary'));
    expect(exemplary.crisisPlan.filter((i) => i.status === 'keep').length).toBeGreaterThan(10);
    expect(exemplary.weakest).toEqual([]);
    const silent = debriefOf(session('silent'));
    expect(silent.crisisPlan.map((i) => i.id)).toEqual(expect.arrayContaining(['timeliness', 'empathy']));
  });

  it('lists the follow-up ledger and the troll detector', () => {
    const d = debriefOf(session('exemplary'));
    expect(d.ledger.length).toBeGreaterThan(0);
    expect(d.ledger.every((l) => l.statusText.length > 0)).toBe(true);
    expect(d.trollDiscernment.sensitivity).toBe(100);
    expect(d.trollDiscernment.trolls.every((x) => x.treatment === 'starved')).toBe(true);
  });

  it('sets the model statement beside a statement the player published', () => {
    const log = session('defensive', 3);
    const offered = log.find((e) => e.type === 'menu_opened' && e.menu === 'statement');
    const model = offered?.type === 'menu_opened' ? offered.options.find((o) => o.model) : undefined;
    expect(model).toBeDefined();
    const d = debriefOf(log);
    const statements = [...d.weakest, ...d.strongest].filter((m) => m.player.action === 'statement');
    expect(statements.length).toBeGreaterThan(0);
    for (const m of statements) expect(m.model?.text).toBe(model?.text);
  });

  it('is deterministic: the same log, or its JSON round trip, gives the same debrief', () => {
    const log = session('random', 9);
    expect(debriefOf(log)).toEqual(debriefOf(log));
    expect(debriefOf(JSON.parse(JSON.stringify(log)))).toEqual(debriefOf(log));
  });
});

describe('results file', () => {
  it('is versioned JSON that validates and reads back', () => {
    const log = session('random', 2, 'en');
    const r = buildResults({ ...scenario(), log, mode: 'headless', policy: 'random' });
    expect(r).toMatchObject({
      format: 'cortafuegos-results',
      version: RESULTS_VERSION,
      scenario: 'faulty-product',
      seed: 2,
      lang: 'en',
    });
    expect(Object.keys(r)).toEqual([
      'format',
      'version',
      'scoringVersion',
      'scenarioHash',
      'scenario',
      'seed',
      'lang',
      'mode',
      'policy',
      'log',
      'score',
      'debrief',
    ]);
    expect(parseResults(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(r.scoringVersion).toBe(SCORING_VERSION);
    expect(r.scenarioHash).toBe(scenarioHash(scenario()));
    expect(() => parseResults({ ...r, version: 3 })).toThrow();
    expect(() => parseResults({ ...r, scenarioHash: 'abc' })).toThrow(/scenarioHash/);
    expect(() => parseResults({ ...r, team: 'x'.repeat(61) })).toThrow(/team/);
  });

  it('still reads a version-1 file (kept in the history of a device), which has no scoring version or fingerprint', () => {
    const {
      scoringVersion: _s,
      scenarioHash: _h,
      ...rest
    } = buildResults({
      ...scenario(),
      log: session('silent', 4),
      mode: 'training',
    });
    const v1 = JSON.parse(JSON.stringify({ ...rest, version: 1 }));
    expect(parseResults(v1)).toEqual(v1);
    expect(() => parseResults({ ...v1, scoringVersion: 1 })).toThrow();
  });

  it('fingerprints the compiled scenario: its sidecar and every story, whatever the key order', () => {
    const s = scenario();
    const hash = scenarioHash(s);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(scenarioHash(JSON.parse(JSON.stringify(s)))).toBe(hash);
    const reordered = { stories: { en: s.stories.en, es: s.stories.es }, manifest: s.manifest };
    expect(scenarioHash(reordered)).toBe(hash);
    expect(scenarioHash({ ...s, stories: { ...s.stories, es: `${s.stories.es} ` } })).not.toBe(hash);
    expect(
      scenarioHash({ ...s, manifest: { ...s.manifest, durationSeconds: s.manifest.durationSeconds + 1 } }),
    ).not.toBe(hash);
  });

  it('cuts a team name longer than a team link allows instead of losing the results', () => {
    const r = buildResults({
      ...scenario(),
      log: session('silent'),
      mode: 'workshop',
      team: 'x'.repeat(500),
    });
    expect(r.team).toBe('x'.repeat(60));
  });

  it('refuses a log of another scenario', () => {
    expect(() =>
      buildResults({
        manifest: testManifest(),
        stories: scenario().stories,
        log: session('silent'),
        mode: 'training',
      }),
    ).toThrow(/faulty-product/);
  });
});

describe('debrief words in Spanish and English', () => {
  it('have the same keys, none empty, a line per principle and per extra', () => {
    const leaves = (o: object, path = ''): [string, unknown][] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === 'object' && v ? leaves(v, `${path}/${k}`) : [[`${path}/${k}`, v] as [string, unknown]],
      );
    const es = leaves(DEBRIEF_TEXT.es);
    const en = leaves(DEBRIEF_TEXT.en);
    expect(es.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [, v] of [...es, ...en]) expect(typeof v === 'string' && v.trim().length > 0).toBe(true);
    expect(Object.keys(DEBRIEF_TEXT.es.plan.fix).sort()).toEqual([...PRINCIPLE_IDS].sort());
    expect(Object.keys(DEBRIEF_TEXT.en.plan.extra).sort()).toEqual([...PLAN_EXTRA_IDS].sort());
  });
});
