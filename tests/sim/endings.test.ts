import { describe, expect, it } from 'vitest';
import type { ActionType } from '../../src/sim/action';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { realLibrary } from '../helpers';

/** The exemplary player with some of the textbook actions taken away. */
const without = (...skip: ActionType[]): Policy => ({
  name: `exemplary-without-${skip.join('-')}`,
  decide: (s, rng) => exemplaryPolicy.decide(s, rng).filter((a) => !skip.includes(a.type)),
});

const endingsOf = (policy: Policy, seeds = 10): Set<string> => {
  const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  if (!scenario) throw new Error('faulty-product did not load');
  const out = new Set<string>();
  for (let seed = 0; seed < seeds; seed++)
    out.add(playHeadless(scenario, seed % 2 ? 'en' : 'es', seed, policy).ending ?? '');
  return out;
};

describe('faulty-product endings depend on play', () => {
  it('by the book, the brand recovers', () => {
    expect(endingsOf(exemplaryPolicy)).toEqual(new Set(['recovered']));
  });

  it('a promise of updates never kept ends in a broken promise', () => {
    expect(endingsOf(without('update'))).toEqual(new Set(['broken_promise']));
  });

  it('good words without amends only contain the crisis', () => {
    expect(endingsOf(without('redress'))).toEqual(new Set(['contained']));
  });

  it('silence and deleting end in a boycott', () => {
    expect(endingsOf(POLICIES.silent as Policy)).toEqual(new Set(['boycott']));
    expect(endingsOf(POLICIES.deleter as Policy)).toEqual(new Set(['boycott']));
  });
});
