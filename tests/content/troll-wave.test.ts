import { describe, expect, it } from 'vitest';
import { checkOptions, MAX_MODEL_LONGEST } from '../../src/cli/checker/check-options';
import { firstOptionPlayer, longestOptionPlayer } from '../../src/cli/checker/shortcut-players';
import type { Lang } from '../../src/content/scenario.schema';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import { replyWith } from '../../src/sim/action';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { CrisisSession } from '../../src/sim/session';
import { models, neverAsks, scenarioPlay } from './scenario-play';

const { scenario, offered, replyPoints, play, score } = scenarioPlay('troll-wave');

/**
 * What only the analysis or the person in charge confirms: the hotfix time, the figures, each
 * player's backup, that PC saves are safe and the start-up crash's workaround, the bank's delay.
 */
const CONFIRMED_FACTS: Record<Lang, RegExp> = {
  es: /16:00|4 ?%|1\.840|hace dos días|es de ayer|solución temporal|a salvo|están bien|2 o 3 días/,
  en: /16:00|4 ?%|1,840|two days ago|from yesterday|workaround|are safe|saves are fine|2 to 3 days/,
};

/** The exemplary player, except that one post gets the option whose text matches. */
const exemplaryBut = (post: string, pick: RegExp): Policy => ({
  name: `exemplary-but-${post}`,
  decide: (s, rng) =>
    exemplaryPolicy.decide(s, rng).map((a) => {
      if (!('post' in a) || a.post !== post || !a.type.startsWith('reply')) return a;
      const o = s.replyOptions(post)?.find((x) => pick.test(x.text));
      return o ? replyWith(o.channel, post, o.index) : a;
    }),
});

describe.each(['es', 'en'] as const)('troll-wave (%s): facts come from asking', (lang) => {
  it('before the player asks, no model reply states a figure, time or cause nobody confirmed', () => {
    const texts = models(offered(neverAsks, lang, 4)).map((o) => o.text);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => CONFIRMED_FACTS[lang].test(t))).toEqual([]);
  });

  it('once the player has asked, the model replies give them, PC crash included', () => {
    const texts = models(offered(exemplaryPolicy, lang, 2)).map((o) => o.text);
    expect(texts.filter((t) => CONFIRMED_FACTS[lang].test(t)).length).toBeGreaterThan(4);
    // Lucas, Sergio and the statement tell one story: PC saves are safe, LX-042 is a separate crash.
    expect(texts.filter((t) => t.includes('LX-042') && CONFIRMED_FACTS[lang].test(t)).length).toBeGreaterThan(
      2,
    );
  });

  it('Lucas, still waiting when the player first asks, is offered the PC facts', () => {
    const s = new CrisisSession(scenario(), lang, 3);
    while (!s.replyOptions('lucas-open') && s.now < 400) s.advanceTo(s.now + 1);
    const model = () => s.replyOptions('lucas-open')?.find((o) => o.model)?.text ?? '';
    expect(model()).not.toMatch(CONFIRMED_FACTS[lang]);
    expect(s.act({ type: 'escalate' }).ok).toBe(true);
    expect(model()).toMatch(/LX-042/);
    expect(model()).toMatch(CONFIRMED_FACTS[lang]);
  });

  it('every reply point offers one model reply, and a menu never more than one at a time', () => {
    const count = (options: ReplyOptionRecord[]) => options.filter((o) => o.model).length;
    for (const policy of [POLICIES.random as Policy, neverAsks, exemplaryPolicy]) {
      for (const options of offered(policy, lang, 3, ['reply_opened'])) expect(count(options)).toBe(1);
      for (const options of offered(policy, lang, 3, ['menu_opened']))
        expect(count(options)).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['before the facts are confirmed', neverAsks],
    ['once the player has asked', exemplaryPolicy],
  ])('%s, every reply point offers a near-miss and length gives the model away in few', (_, policy) => {
    const report = checkOptions(replyPoints(policy, lang));
    expect(report.points).toBeGreaterThanOrEqual(16);
    expect(report.withoutNearMiss).toEqual([]);
    expect(report.modelLongest).toBeLessThanOrEqual(MAX_MODEL_LONGEST * report.points);
  });
});

describe.each(['es', 'en'] as const)(
  'troll-wave (%s): telling trolls from customers takes reading',
  (lang) => {
    it('no model reply to a troll is also the model reply to a customer', () => {
      const byPost = replyPoints(exemplaryPolicy, lang);
      const trollPosts = new Set([
        'kaiser-open',
        'curioso-open',
        'brigade-open',
        'fake-open',
        'copycat-open',
      ]);
      const model = (post: string) => byPost.get(post)?.find((o) => o.model)?.text;
      const trollModels = [...trollPosts].map(model).filter(Boolean);
      const customerModels = [...byPost.keys()].filter((p) => !trollPosts.has(p)).map(model);
      expect(trollModels.length).toBe(trollPosts.size);
      expect(trollModels.filter((t) => customerModels.includes(t))).toEqual([]);
    });

    it('a troll-style boundary to the vague but genuine player costs', () => {
      const boundary = lang === 'es' ? /sumarte a la campaña/ : /join the campaign/;
      for (let seed = 0; seed < 3; seed++) {
        const best = play(exemplaryPolicy, lang, seed);
        const wrong = play(exemplaryBut('lobo-open', boundary), lang, seed);
        expect(wrong.ending).not.toBe(best.ending);
        expect(score(wrong)).toBeLessThan(score(best));
      }
    });

    it('a warm refund to the troll with a copied order number feeds the wave', () => {
      const refund = lang === 'es' ? /como compensación/ : /as compensation/;
      for (let seed = 0; seed < 3; seed++) {
        const best = play(exemplaryPolicy, lang, seed);
        const wrong = play(exemplaryBut('copycat-open', refund), lang, seed);
        expect(wrong.ending).toBe('trolls_fed');
        expect(score(wrong)).toBeLessThan(score(best));
      }
    });

    it('the longest-reply and first-option players neither score nor end like the exemplary one', () => {
      for (let seed = 0; seed < 4; seed++) {
        const best = play(exemplaryPolicy, lang, seed);
        for (const shortcut of [longestOptionPlayer, firstOptionPlayer]) {
          const s = play(shortcut, lang, seed);
          expect(s.ending).not.toBe(best.ending);
          expect(score(s)).toBeLessThan(score(best) - 25);
        }
      }
    });
  },
);
