import { describe, expect, it } from 'vitest';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';
import { useBuiltGame, useTestPages, watchErrors } from './harness';

const game = useBuiltGame();
const testPages = useTestPages();

describe('the engine in the browser', () => {
  it.each([
    ['es', 'random'],
    ['en', 'exemplary'],
  ])('gives the same logs as Node for the same seeds (%s, %s)', async (lang, policyName) => {
    const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
    if (!scenario) throw new Error('faulty-product did not load');
    const seeds = [1, 2, 3, 99, 123456];
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(
      `${testPages.url()}tests/browser/engine-check.html?scenario=faulty-product&lang=${lang}&policy=${policyName}&seeds=${seeds.join(',')}`,
    );
    await page.waitForSelector('#out[data-done]');
    expect(await page.getAttribute('#out', 'data-done')).toBe('true');
    const browserLogs = JSON.parse((await page.textContent('#out')) ?? '[]');
    const policy = POLICIES[policyName];
    if (!policy) throw new Error(policyName);
    const nodeLogs = seeds.map((seed) => playHeadless(scenario, lang as 'es' | 'en', seed, policy).log);
    expect(browserLogs).toEqual(JSON.parse(JSON.stringify(nodeLogs)));
    expect(errors).toEqual([]);
    await page.close();
  });
});
