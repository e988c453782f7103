import { describe, expect, it } from 'vitest';
import { checkOptions, MAX_MODEL_LONGEST } from '../../src/cli/checker/check-options';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import type { ActionType } from '../../src/sim/action';
import { exemplaryPolicy } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { scenarioPlay } from './scenario-play';

const { replyPoints } = scenarioPlay('faulty-product');

/** The model reply at every reply point, with some of the textbook actions left out. */
const without = (...skip: ActionType[]): Policy => ({
  name: `exemplary-without-${skip.join('-')}`,
  decide: (s, rng) => exemplaryPolicy.decide(s, rng).filter((a) => !skip.includes(a.type)),
});

const neverAsks = without('analyse', 'escalate');

describe.each(['es', 'en'] as const)('faulty-product suggested replies (%s)', (lang) => {
  it.each([
    ['before the facts are confirmed', neverAsks],
    ['once the player has analysed and escalated', exemplaryPolicy],
  ])('%s, every reply point offers a near-miss and length gives the model away in few', (_, policy) => {
    const points = replyPoints(policy, lang);
    const report = checkOptions(points);
    expect(report.points).toBeGreaterThanOrEqual(12);
    expect(report.withoutNearMiss).toEqual([]);
    expect(report.modelLongest).toBeLessThanOrEqual(MAX_MODEL_LONGEST * report.points);
  });

  it('gives figures and causes only once someone has asked', () => {
    const explains = (points: Map<string, ReplyOptionRecord[]>) =>
      [...points]
        .filter(([, options]) => options.some((o) => o.model && o.qualities.includes('explains')))
        .map(([post]) => post);
    expect(explains(replyPoints(neverAsks, lang))).toEqual([]);
    expect(explains(replyPoints(exemplaryPolicy, lang))).toContain('jorge-open');
  });
});
