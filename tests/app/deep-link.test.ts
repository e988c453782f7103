import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';

const known = ['faulty-product', 'troll-wave'];

describe('deep links', () => {
  it('opens a scenario with its language, seed and speed', () => {
    expect(parseDeepLink('?scenario=troll-wave&lang=en&seed=42&speed=4', known)).toEqual({
      kind: 'link',
      link: { scenario: 'troll-wave', lang: 'en', seed: 42, speed: 4 },
    });
    expect(parseDeepLink('?scenario=faulty-product', known)).toEqual({
      kind: 'link',
      link: { scenario: 'faulty-product' },
    });
    expect(parseDeepLink('?scenario=troll-wave&seed=7&mode=workshop&team=Los%20Linces', known)).toEqual({
      kind: 'link',
      link: { scenario: 'troll-wave', seed: 7, mode: 'workshop', team: 'Los Linces' },
    });
    expect(parseDeepLink('?scenario=troll-wave&mode=party', known)).toMatchObject({ kind: 'error' });
  });

  it('is no link at all without parameters, or with display options only', () => {
    expect(parseDeepLink('', known)).toEqual({ kind: 'none' });
    expect(parseDeepLink('?renderer=canvas', known)).toEqual({ kind: 'none' });
    expect(parseDeepLink('?view=console&workshop=abc', known)).toEqual({ kind: 'none' });
    expect(
      parseDeepLink('?scenario=troll-wave&endpoint=x&fetch=y&actor=z&registration=r&activityId=a', known),
    ).toEqual({ kind: 'link', link: { scenario: 'troll-wave' } });
  });

  it.each([
    ['?scenario=nope', /no scenario "nope" \(available: faulty-product, troll-wave\)/],
    ['?scenario=troll-wave&lang=fr', /lang must be one of es, en/],
    ['?scenario=troll-wave&seed=abc', /seed must be a whole number/],
    ['?scenario=troll-wave&seed=1.5', /seed must be a whole number/],
    ['?scenario=troll-wave&speed=0', /speed must be at least 0.1/],
    ['?scenario=troll-wave&colour=red', /unknown parameter colour/],
    ['?seed=3', /scenario/],
    ['?scenario=troll-wave&seed=', /seed must be a whole number/],
    ['?scenario=troll-wave&seed=0x10', /seed must be a whole number/],
    ['?scenario=troll-wave&seed=1e3', /seed must be a whole number/],
    ['?scenario=troll-wave&seed=%207', /seed must be a whole number/],
    ['?scenario=troll-wave&seed=99999999999', /seed must be a whole number/],
    ['?scenario=troll-wave&speed=1e2', /speed must be a number/],
    ['?scenario=troll-wave&speed=', /speed must be a number/],
    ['?scenario=troll-wave&speed=0x10', /speed must be a number/],
    ['?scenario=troll-wave&seed=1&seed=2', /parameter seed is given more than once/],
    ['?scenario=troll-wave&scenario=faulty-product', /parameter scenario is given more than once/],
    ['?scenario=troll-wave&renderer=canvas&renderer=webgl', /parameter renderer is given more than once/],
  ])('explains what is wrong with %s', (search, reason) => {
    const result = parseDeepLink(search, known);
    expect(result.kind).toBe('error');
    if (result.kind === 'error') expect(result.reason).toMatch(reason);
  });
});
