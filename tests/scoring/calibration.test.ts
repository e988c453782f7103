import { describe, expect, it } from 'vitest';
import { type CalibrationRow, calibrate } from '../../src/cli/calibrate';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

/**
 * The calibration of the issue, held as a test on every scenario in `scenarios/`: the built-in
 * policies span neglect to the textbook, and the rules must rank them as the principles would.
 * The CLI's `--calibrate` prints the same table over 50 seeds.
 */
const SEEDS = 12;

describe.each(realLibrary().scenarios.map((s) => [s.manifest.id, s] as const))(
  'calibration of %s',
  (_id, scenario) => {
    const rows = calibrate([scenario], Object.values(POLICIES), SEEDS);
    const row = (policy: string): CalibrationRow => {
      const r = rows.find((x) => x.policy === policy);
      if (!r) throw new Error(`no row for ${policy}`);
      return r;
    };
    const overall = (policy: string) => row(policy).overall.mean ?? Number.NaN;

    it('exemplary play scores at least 85 overall', () => {
      expect(overall('exemplary')).toBeGreaterThanOrEqual(85);
    });

    it('silence scores at most 25 overall, and at most 10 on timeliness', () => {
      expect(overall('silent')).toBeLessThanOrEqual(25);
      expect(row('silent').principles.timeliness).toBeLessThanOrEqual(10);
    });

    it('deleting criticism scores at most 15 on no deletion', () => {
      expect(row('deleter').principles.no_deletion).toBeLessThanOrEqual(15);
    });

    it('the defensive brand scores at most 30 on empathy and on humility', () => {
      expect(row('defensive').principles.empathy).toBeLessThanOrEqual(30);
      expect(row('defensive').principles.humility).toBeLessThanOrEqual(30);
    });

    it('random play lands strictly between silence and the textbook', () => {
      expect(overall('random')).toBeGreaterThan(overall('silent'));
      expect(overall('random')).toBeLessThan(overall('exemplary'));
    });
  },
);
