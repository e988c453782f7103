import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/content/compiled-scenario';
import { sessionLogSchema } from '../../src/sim/event';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { fixtureLibrary, realLibrary } from '../helpers';

const RUNS = 1000;

const scenarios = (): CompiledScenario[] => [...fixtureLibrary().scenarios, ...realLibrary().scenarios];

describe.each(scenarios().map((s) => [s.manifest.id, s] as const))(
  'seeded random sessions of %s',
  (_id, scenario) => {
    it(`${RUNS} random sessions end cleanly, replay to the same log and survive JSON`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          fc.constantFrom('es', 'en') as fc.Arbitrary<'es' | 'en'>,
          (seed, lang) => {
            const session = playHeadless(scenario, lang, seed, POLICIES.random as never);
            expect(session.ended).toBe(true);
            expect(session.ending).not.toBeNull();
            const last = session.log[session.log.length - 1];
            expect(last?.type).toBe('session_ended');
            const json = JSON.parse(JSON.stringify(session.log));
            expect(json).toEqual(session.log);
            expect(sessionLogSchema.safeParse(json).success).toBe(true);
            const rebuilt = replayLog(scenario, json);
            expect(rebuilt.log).toEqual(session.log);
            expect(rebuilt.metrics).toEqual(session.metrics);
            expect(rebuilt.ending).toBe(session.ending);
            for (let i = 1; i < session.log.length; i++) {
              expect((session.log[i] as { t: number }).t).toBeGreaterThanOrEqual(
                (session.log[i - 1] as { t: number }).t,
              );
            }
          },
        ),
        { numRuns: RUNS, seed: 20261123 },
      );
    }, 600_000);

    it('the same seed and actions give the same session; another seed a different one', () => {
      const a = playHeadless(scenario, 'es', 42, POLICIES.random as never);
      const b = playHeadless(scenario, 'es', 42, POLICIES.random as never);
      const c = playHeadless(scenario, 'es', 43, POLICIES.random as never);
      expect(b.log).toEqual(a.log);
      expect(c.log).not.toEqual(a.log);
    });

    it('every built-in policy plays to an ending', () => {
      for (const policy of Object.values(POLICIES)) {
        const s = playHeadless(scenario, 'en', 5, policy);
        expect(s.ended, policy.name).toBe(true);
      }
    });
  },
);
