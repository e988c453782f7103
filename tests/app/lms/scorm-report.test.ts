import { describe, expect, it } from 'vitest';
import {
  cmiTimespan,
  DEFAULT_MASTERY,
  finishedReport,
  masteryOf,
  suspendedReport,
} from '../../../src/app/lms/scorm-report';
import { PRINCIPLE_IDS } from '../../../src/content/principle';
import { scoreSession } from '../../../src/scoring/score';
import type { Score } from '../../../src/scoring/score.schema';
import { playHeadless } from '../../../src/sim/headless';
import { exemplaryPolicy } from '../../../src/sim/policies';
import { realLibrary } from '../../helpers';

const valuesOf = (list: ReadonlyArray<readonly [string, string]>): Map<string, string> => new Map(list);

function scored(): Score {
  const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  if (!scenario) throw new Error('faulty-product did not load');
  const session = playHeadless(scenario, 'en', 7, exemplaryPolicy);
  return scoreSession(scenario.manifest, session.log);
}

describe('what the game reports to a SCORM 1.2 LMS', () => {
  it('reads the mastery score the LMS gives, 70 when it gives none or nonsense', () => {
    expect(masteryOf('80')).toBe(80);
    expect(masteryOf(' 65.5 ')).toBe(65.5);
    for (const v of ['', null, undefined, 'abc', '-3', '101', '1e2'])
      expect(masteryOf(v)).toBe(DEFAULT_MASTERY);
  });

  it('writes the session time as HHHH:MM:SS.SS', () => {
    expect(cmiTimespan(0)).toBe('0000:00:00.00');
    expect(cmiTimespan(61_234)).toBe('0000:01:01.23');
    expect(cmiTimespan(3_600_000 * 12 + 59_999)).toBe('0012:01:00.00');
    expect(cmiTimespan(-5)).toBe('0000:00:00.00');
  });

  it('reports the score the log earned, passed or failed against the mastery, one objective per principle', () => {
    const score = scored();
    const overall = score.overall as number;
    expect(overall).not.toBeNull();
    const pass = valuesOf(finishedReport(score, Math.round(overall), 90_000));
    expect(pass.get('cmi.core.lesson_status')).toBe('passed');
    expect(pass.get('cmi.core.score.raw')).toBe(String(Math.round(overall)));
    expect(pass.get('cmi.core.score.min')).toBe('0');
    expect(pass.get('cmi.core.score.max')).toBe('100');
    expect(pass.get('cmi.core.session_time')).toBe('0000:01:30.00');
    expect(pass.get('cmi.core.exit')).toBe('');
    const fail = valuesOf(finishedReport(score, Math.round(overall) + 1, 0));
    expect(fail.get('cmi.core.lesson_status')).toBe('failed');
    PRINCIPLE_IDS.forEach((id, n) => {
      expect(pass.get(`cmi.objectives.${n}.id`)).toBe(id);
      const principle = score.principles[id]?.score ?? null;
      if (principle === null) {
        expect(pass.get(`cmi.objectives.${n}.status`)).toBe('not attempted');
        expect(pass.has(`cmi.objectives.${n}.score.raw`)).toBe(false);
      } else {
        expect(pass.get(`cmi.objectives.${n}.score.raw`)).toBe(String(Math.round(principle)));
        expect(pass.get(`cmi.objectives.${n}.status`)).toBe(
          Math.round(principle) >= Math.round(overall) ? 'passed' : 'failed',
        );
      }
    });
    // Objective ids go before their other fields: an LMS may refuse a field of an objective with no id.
    const order = finishedReport(score, 70, 0).map(([e]) => e);
    expect(order.indexOf('cmi.objectives.0.id')).toBeLessThan(order.indexOf('cmi.objectives.0.status'));
  });

  it('reports an unscored session as completed, with no score', () => {
    const score = { ...scored(), overall: null };
    const values = valuesOf(finishedReport(score, 70, 0));
    expect(values.get('cmi.core.lesson_status')).toBe('completed');
    expect(values.has('cmi.core.score.raw')).toBe(false);
  });

  it('suspends an unfinished session', () => {
    expect(valuesOf(suspendedReport(1000))).toEqual(
      new Map([
        ['cmi.core.lesson_status', 'incomplete'],
        ['cmi.core.session_time', '0000:00:01.00'],
        ['cmi.core.exit', 'suspend'],
      ]),
    );
  });
});
