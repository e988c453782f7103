import { describe, expect, it } from 'vitest';
import { checkOptions, MAX_MODEL_LONGEST } from '../../src/cli/checker/check-options';
import { firstOptionPlayer, longestOptionPlayer } from '../../src/cli/checker/shortcut-players';
import type { Lang } from '../../src/content/scenario.schema';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import { scoreSession } from '../../src/scoring/score';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { models, neverAsks, scenarioPlay } from './scenario-play';

const { scenario, offered, replyPoints } = scenarioPlay('first-shift');

/** What only the bakehouse or Inés can confirm: the filling, the web shop's failure window, the change. */
const CONFIRMED_FACTS: Record<Lang, RegExp> = {
  es: /praliné|entre las 11 y las 2|bandeja aparte/,
  en: /praline|between 11 and 2|separate tray/,
};

describe.each(['es', 'en'] as const)('first-shift (%s): suggested replies that need reading', (lang) => {
  it.each([
    ['before the facts are confirmed', neverAsks],
    ['once the player has analysed and escalated', exemplaryPolicy],
    ['for a player who clicks around', POLICIES.random as Policy],
  ])('%s, every reply point offers a near-miss and length gives the model away in few', (_, policy) => {
    const points = replyPoints(policy, lang);
    const report = checkOptions(points);
    expect(report.points).toBeGreaterThanOrEqual(9);
    expect(report.withoutNearMiss).toEqual([]);
    expect(report.modelLongest).toBeLessThanOrEqual(MAX_MODEL_LONGEST * report.points);
  });

  it('before the player asks, no model reply states what the filling held or what failed', () => {
    const texts = models(offered(neverAsks, lang, 4)).map((o) => o.text);
    expect(texts.length).toBeGreaterThan(8);
    expect(texts.filter((t) => CONFIRMED_FACTS[lang].test(t))).toEqual([]);
    const points = replyPoints(neverAsks, lang);
    const explains = [...points].filter(([, o]) =>
      o.some((x) => x.model && x.qualities.includes('explains')),
    );
    expect(explains.map(([post]) => post)).toEqual([]);
  });

  it('once the player has asked, the model replies give the facts, to Dani first of all', () => {
    const texts = models(offered(exemplaryPolicy, lang, 2)).map((o) => o.text);
    expect(texts.some((t) => CONFIRMED_FACTS[lang].test(t))).toBe(true);
    const dani = replyPoints(exemplaryPolicy, lang, 1)
      .get('allergy-open')
      ?.find((o) => o.model);
    expect(dani?.qualities).toContain('admits_error');
    expect(dani?.text).toMatch(CONFIRMED_FACTS[lang]);
  });

  it('every reply point offers one model reply, and a menu never more than one at a time', () => {
    const count = (options: ReplyOptionRecord[]) => options.filter((o) => o.model).length;
    for (const policy of [POLICIES.random as Policy, neverAsks, exemplaryPolicy]) {
      for (const options of offered(policy, lang, 3, ['reply_opened'])) expect(count(options)).toBe(1);
      for (const options of offered(policy, lang, 3, ['menu_opened']))
        expect(count(options)).toBeLessThanOrEqual(1);
    }
  });

  it.each([longestOptionPlayer, firstOptionPlayer])(
    'the $name player neither scores nor ends like the exemplary player',
    (shortcut) => {
      const play = (policy: Policy, seed: number) => playHeadless(scenario(), lang, seed, policy);
      for (let seed = 0; seed < 4; seed++) {
        const best = play(exemplaryPolicy, seed);
        const quick = play(shortcut, seed);
        expect(quick.ending).not.toBe(best.ending);
        const score = (s: typeof best) => scoreSession(scenario().manifest, s.log).overall ?? 0;
        expect(score(quick)).toBeLessThan(score(best) - 25);
      }
    },
  );
});
