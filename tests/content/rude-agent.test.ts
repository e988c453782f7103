import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/content/scenario.schema';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import { scoreSession } from '../../src/scoring/score';
import { replyWith } from '../../src/sim/action';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { models, neverAsks, scenarioPlay } from './scenario-play';

const { scenario, offered } = scenarioPlay('rude-agent');

/** Figures and causes only the person in charge or an analysis can confirm. */
const CONFIRMED_FACTS: Record<Lang, RegExp> = {
  es: /212|79,80|buzón|24 horas|desde enero/,
  en: /212|79\.80|inbox|24 hours|since January/,
};

/** Answers every reply point with its longest option and does nothing else. */
const longest: Policy = {
  name: 'longest',
  decide: (s) =>
    s.posts.flatMap((p) => {
      const options = p.status === 'deleted' ? null : s.replyOptions(p.id);
      if (!options?.length) return [];
      const o = [...options].sort((a, b) => [...b.text].length - [...a.text].length)[0];
      return o ? [replyWith(o.channel, p.id, o.index)] : [];
    }),
};

describe.each(['es', 'en'] as const)('rude-agent (%s): facts come from asking', (lang) => {
  it('before the player asks, no model reply states a figure or cause nobody confirmed', () => {
    const texts = models(offered(neverAsks, lang, 4)).map((o) => o.text);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => CONFIRMED_FACTS[lang].test(t))).toEqual([]);
  });

  it('once the player has asked, the model replies give the facts', () => {
    const texts = models(offered(exemplaryPolicy, lang, 2)).map((o) => o.text);
    expect(texts.some((t) => CONFIRMED_FACTS[lang].test(t))).toBe(true);
  });

  it('every reply point offers one model reply, and a menu never more than one at a time', () => {
    const count = (options: ReplyOptionRecord[]) => options.filter((o) => o.model).length;
    for (const policy of [POLICIES.random as Policy, neverAsks, exemplaryPolicy]) {
      for (const options of offered(policy, lang, 3, ['reply_opened'])) expect(count(options)).toBe(1);
      for (const options of offered(policy, lang, 3, ['menu_opened']))
        expect(count(options)).toBeLessThanOrEqual(1);
    }
  });

  it('always picking the longest reply neither scores nor ends like the exemplary player', () => {
    const play = (policy: Policy, seed: number) => playHeadless(scenario(), lang, seed, policy);
    for (let seed = 0; seed < 4; seed++) {
      const best = play(exemplaryPolicy, seed);
      const long = play(longest, seed);
      expect(long.ending).not.toBe(best.ending);
      const score = (s: typeof best) => scoreSession(scenario().manifest, s.log).overall ?? 0;
      expect(score(long)).toBeLessThan(score(best) - 25);
    }
  });
});
