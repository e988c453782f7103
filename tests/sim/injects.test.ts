import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyResults } from '../../src/app/workshop/verify-results';
import { canonicalJson } from '../../src/content/canonical-json';
import type { CompiledScenario } from '../../src/content/compiled-scenario';
import { buildResults } from '../../src/debrief/results';
import { scoreSession } from '../../src/scoring/score';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { injectLabels } from '../../src/story/inject-labels';
import { realLibrary } from '../helpers';

function scenario(id: string): CompiledScenario {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === id);
  if (!s) throw new Error(`${id} did not load`);
  return s;
}

const random = POLICIES.random ?? exemplaryPolicy;

describe('injects', () => {
  it('land as an event in the log at their time, and their knot plays as a thread', () => {
    const s = new CrisisSession(scenario('faulty-product'), 'en', 3);
    s.advanceTo(200);
    expect(s.inject('leaked_memo')).toEqual({ ok: true });
    expect(s.log.find((e) => e.type === 'inject')).toEqual({ t: 200, type: 'inject', inject: 'leaked_memo' });
    s.advanceTo(210);
    const leak = s.posts.find((p) => p.thread === 'leaked_memo');
    expect(leak?.author).toBe('quique');
    // The label line is the console's, never a post.
    expect(s.posts.some((p) => p.text.startsWith('A leaked screenshot'))).toBe(false);
    expect(s.replyOptions(leak?.id ?? '')?.length).toBeGreaterThan(0);
  });

  it('a session with injects replays to the same log and the same score (any seed, any time)', () => {
    const faulty = scenario('faulty-product');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom('es' as const, 'en' as const),
        (seed, a, b, lang) => {
          const s = playHeadless(faulty, lang, seed, random, [
            { at: a, id: 'leaked_memo' },
            { at: b, id: 'competitor_ad' },
          ]);
          expect(s.log.filter((e) => e.type === 'inject')).toHaveLength(2);
          const again = replayLog(faulty, s.log);
          expect(canonicalJson(again.log)).toBe(canonicalJson(s.log));
          expect(scoreSession(faulty.manifest, again.log)).toEqual(scoreSession(faulty.manifest, s.log));
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a results file with an inject verifies', () => {
    const outage = scenario('service-outage');
    const s = playHeadless(outage, 'es', 7, exemplaryPolicy, [{ at: 300, id: 'radio_call' }]);
    const verdict = verifyResults(buildResults({ ...outage, log: s.log, mode: 'workshop' }), outage);
    expect(verdict.ok).toBe(true);
  });

  it('a forged inject (an id the scenario lacks) is refused by the session and by verification', () => {
    const faulty = scenario('faulty-product');
    const s = new CrisisSession(faulty, 'en', 1);
    s.advanceTo(100);
    const before = s.log.length;
    const refused = s.inject('bomb_threat');
    expect(refused).toEqual({
      ok: false,
      reason: 'no inject "bomb_threat" in scenario "faulty-product" (it has: leaked_memo, competitor_ad)',
    });
    expect(s.log).toHaveLength(before);

    const played = playHeadless(faulty, 'en', 1, exemplaryPolicy);
    const forged = [...played.log];
    forged.splice(5, 0, { t: forged[4]?.t ?? 0, type: 'inject', inject: 'bomb_threat' });
    expect(() => replayLog(faulty, forged)).toThrow(/cannot be replayed: no inject "bomb_threat"/);
    const verdict = verifyResults(buildResults({ ...faulty, log: forged, mode: 'workshop' }), faulty);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason).toBe('forged.log');
  });

  it('an inject lands once, and not after the end', () => {
    const s = new CrisisSession(scenario('faulty-product'), 'es', 2);
    s.advanceTo(50);
    expect(s.inject('competitor_ad').ok).toBe(true);
    expect(s.inject('competitor_ad')).toEqual({
      ok: false,
      reason: 'inject "competitor_ad" has already landed',
    });
    s.runToEnd();
    expect(s.inject('leaked_memo')).toEqual({ ok: false, reason: 'the session has ended' });
  });

  it('the console names each inject from the ink of its language', () => {
    expect(injectLabels(scenario('service-outage'), 'es')).toEqual([
      {
        id: 'radio_call',
        label: 'La llamada de una periodista: Radio Costa quiere al banco en antena',
        found: true,
      },
    ]);
    expect(injectLabels(scenario('faulty-product'), 'en').map((l) => l.label)).toEqual([
      'A leaked screenshot: the internal chat about the ad',
      'A competitor\'s ad: Voltana mocks the "one hour of sun"',
    ]);
  });
});
