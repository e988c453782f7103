import { describe, expect, it } from 'vitest';
import { firstOptionPlayer, longestOptionPlayer } from '../../src/cli/checker/shortcut-players';
import type { Lang } from '../../src/content/scenario.schema';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy, POLICIES } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { neverAsks, scenarioPlay } from './scenario-play';

const { scenario, score } = scenarioPlay('service-outage');

/** The cause, the number of customers, the time it comes back and the fee waived for everyone. */
const CONFIRMED_FACTS: Record<Lang, RegExp> = {
  es: /actualización (del sistema )?de anoche|180\.000|13:00|comisión de mantenimiento/,
  en: /last night's (system )?update|180,000|1 pm|maintenance fee/,
};

/** An update or reply saying the service works again. */
const WORKING_AGAIN: Record<Lang, RegExp> = {
  es: /vuelven a funcionar|está todo resuelto|todo funcionando|está restablecido/,
  en: /working (normally )?again|all sorted now|everything is working|service is restored/,
};

/** What a "works again" reply offered too early is: premature, a lie, or a promise nobody can keep. */
const FALSE_CLEAR: readonly string[] = ['premature_all_clear', 'deceives', 'over_promises'];

/** Yolanda's salary and account, which the bank may only confirm once it knows it is her. */
const HER_ACCOUNT = /1[.,]480|4412/;

/** Sistemas declares the service restored when Irene's thread starts. */
const SERVICE_BACK_AT = 490;

interface Offer {
  readonly t: number;
  readonly post: string | null;
  readonly options: readonly ReplyOptionRecord[];
}

function offered(policy: Policy, lang: Lang, seeds: number, kinds = ['reply_opened', 'menu_opened']) {
  const out: Offer[] = [];
  for (let seed = 0; seed < seeds; seed++)
    for (const e of playHeadless(scenario(), lang, seed, policy).log) {
      if (e.type === 'reply_opened' && kinds.includes(e.type))
        out.push({ t: e.t, post: e.post, options: e.options });
      if (e.type === 'menu_opened' && kinds.includes(e.type))
        out.push({ t: e.t, post: null, options: e.options });
    }
  return out;
}

const models = (offers: Offer[]) => offers.flatMap((o) => o.options.filter((x) => x.model));

describe.each(['es', 'en'] as const)('service-outage (%s): facts come from asking', (lang) => {
  it('before the player asks, no model reply states a cause, a figure, a time or a fee nobody confirmed', () => {
    const texts = models(offered(neverAsks, lang, 4)).map((o) => o.text);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => CONFIRMED_FACTS[lang].test(t))).toEqual([]);
  });

  it('once the player has asked, the model replies give the facts', () => {
    const texts = models(offered(exemplaryPolicy, lang, 2)).map((o) => o.text);
    expect(texts.some((t) => CONFIRMED_FACTS[lang].test(t))).toBe(true);
  });

  it('every reply point offers one model reply, and a menu never more than one at a time', () => {
    const count = (options: readonly ReplyOptionRecord[]) => options.filter((o) => o.model).length;
    for (const policy of [POLICIES.random as Policy, neverAsks, exemplaryPolicy]) {
      for (const o of offered(policy, lang, 3, ['reply_opened'])) expect(count(o.options)).toBe(1);
      for (const o of offered(policy, lang, 3, ['menu_opened']))
        expect(count(o.options)).toBeLessThanOrEqual(1);
    }
  });

  it('"it works again" is a model only once the service is back and someone asked; earlier it is premature', () => {
    for (const policy of [POLICIES.random as Policy, neverAsks, exemplaryPolicy])
      for (const { t, options } of offered(policy, lang, 3))
        for (const o of options.filter((x) => WORKING_AGAIN[lang].test(x.text))) {
          if (o.model) expect(t).toBeGreaterThanOrEqual(SERVICE_BACK_AT);
          else expect(o.qualities.some((q) => FALSE_CLEAR.includes(q))).toBe(true);
        }
    const all = offered(neverAsks, lang, 3).flatMap((o) => o.options);
    expect(all.filter((o) => o.model && WORKING_AGAIN[lang].test(o.text))).toEqual([]);
  });

  it("the bank confirms Yolanda's salary only after verifying her, never her amount or account", () => {
    const toHer = [...offered(neverAsks, lang, 2), ...offered(exemplaryPolicy, lang, 2)].filter(
      (o) => o.post === 'yolanda-dm',
    );
    expect(toHer.length).toBeGreaterThan(0);
    for (const { options } of toHer) {
      const model = options.find((o) => o.model);
      expect(model?.text).toMatch(/900 100 200/);
      expect(model?.text).not.toMatch(HER_ACCOUNT);
      for (const o of options.filter((x) => HER_ACCOUNT.test(x.text)))
        expect(o.qualities).toContain('exposes_private_data');
    }
    const everyModel = models([...offered(exemplaryPolicy, lang, 2), ...offered(neverAsks, lang, 2)]);
    expect(everyModel.filter((o) => HER_ACCOUNT.test(o.text))).toEqual([]);
  });

  it('answering by habit (first option shown, longest option) neither scores nor ends like the exemplary player', () => {
    const play = (policy: Policy, seed: number) => playHeadless(scenario(), lang, seed, policy);
    for (let seed = 0; seed < 3; seed++) {
      const best = play(exemplaryPolicy, seed);
      for (const habit of [longestOptionPlayer, firstOptionPlayer]) {
        const quick = play(habit, seed);
        expect(quick.ending).not.toBe(best.ending);
        expect(score(quick)).toBeLessThan(score(best) - 25);
      }
    }
  });
});
