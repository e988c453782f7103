import type { Lang } from '../../src/content/scenario.schema';
import type { ReplyOptionRecord } from '../../src/scoring/facts';
import { scoreSession } from '../../src/scoring/score';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy } from '../../src/sim/policies';
import type { Policy } from '../../src/sim/policy';
import { realLibrary } from '../helpers';

/** The exemplary player who never analyses nor involves the person in charge. */
export const neverAsks: Policy = {
  name: 'exemplary-never-asks',
  decide: (s, rng) =>
    exemplaryPolicy.decide(s, rng).filter((a) => a.type !== 'analyse' && a.type !== 'escalate'),
};

/** What the scenario tests ask of one real scenario: its options as offered, its sessions and scores. */
export function scenarioPlay(id: string) {
  const scenario = () => {
    const s = realLibrary().scenarios.find((x) => x.manifest.id === id);
    if (!s) throw new Error(`${id} did not load`);
    return s;
  };
  const play = (policy: Policy, lang: Lang, seed: number) => playHeadless(scenario(), lang, seed, policy);
  return {
    scenario,
    play,
    score: (s: ReturnType<typeof play>) => scoreSession(scenario().manifest, s.log).overall ?? 0,
    /** The options of every reply point and composer the policy opened, in order. */
    offered(policy: Policy, lang: Lang, seeds: number, kinds = ['reply_opened', 'menu_opened']) {
      const out: ReplyOptionRecord[][] = [];
      for (let seed = 0; seed < seeds; seed++)
        for (const e of play(policy, lang, seed).log)
          if ((e.type === 'reply_opened' || e.type === 'menu_opened') && kinds.includes(e.type))
            out.push(e.options);
      return out;
    },
    /** The options of every reply point the policy reached, by post, as first offered. */
    replyPoints(policy: Policy, lang: Lang, seeds = 4): Map<string, ReplyOptionRecord[]> {
      const points = new Map<string, ReplyOptionRecord[]>();
      for (let seed = 0; seed < seeds; seed++)
        for (const e of play(policy, lang, seed).log)
          if (e.type === 'reply_opened' && !points.has(e.post)) points.set(e.post, e.options);
      return points;
    },
  };
}

export const models = (sets: ReplyOptionRecord[][]) => sets.flatMap((o) => o.filter((x) => x.model));
