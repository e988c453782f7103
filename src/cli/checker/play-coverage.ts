import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Lang } from '../../content/scenario.schema';
import type { ReplyOptionRecord } from '../../scoring/facts';
import { playHeadless } from '../../sim/headless';
import type { Policy } from '../../sim/policy';

export interface PlayCoverage {
  sessions: number;
  endings: Map<string, number>;
  /** Endings reached per policy, for the table. */
  endingsByPolicy: Map<string, Map<string, number>>;
  visited: Set<string>;
  deadEnds: Set<string>;
  scriptedPosts: number;
  crowdPosts: number;
  errors: string[];
  /** The options of every reply point reached, by post id (as first offered). */
  points: Map<string, ReplyOptionRecord[]>;
}

export function emptyCoverage(): PlayCoverage {
  return {
    sessions: 0,
    endings: new Map(),
    endingsByPolicy: new Map(),
    visited: new Set(),
    deadEnds: new Set(),
    scriptedPosts: 0,
    crowdPosts: 0,
    errors: [],
    points: new Map(),
  };
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** Plays seeded sessions with a policy and adds what they reached to the coverage. */
export function playCoverage(
  scenario: CompiledScenario,
  lang: Lang,
  policy: Policy,
  seeds: number,
  into: PlayCoverage,
): void {
  for (let seed = 0; seed < seeds; seed++) {
    try {
      const s = playHeadless(scenario, lang, seed, policy);
      into.sessions++;
      const ending = s.ending ?? '(none)';
      bump(into.endings, ending);
      const byPolicy = into.endingsByPolicy.get(policy.name) ?? new Map<string, number>();
      bump(byPolicy, ending);
      into.endingsByPolicy.set(policy.name, byPolicy);
      for (const k of s.runner.knots()) if (s.runner.visits(k) > 0) into.visited.add(k);
      for (const d of s.runner.deadEnds) into.deadEnds.add(d);
      // A point offered again once the player asked is a reply point of its own for the option checks.
      const asked = new Set<string>();
      for (const e of s.log) {
        if (e.type === 'trigger' && e.on === 'confirmed') asked.add(e.post);
        const key = e.type === 'reply_opened' ? (asked.has(e.post) ? `${e.post} (asked)` : e.post) : '';
        if (e.type === 'reply_opened' && !into.points.has(key)) into.points.set(key, e.options);
        if (e.type !== 'post' || e.post.authorType === 'brand') continue;
        if (e.post.crowd) into.crowdPosts++;
        else into.scriptedPosts++;
      }
    } catch (error) {
      into.errors.push(`${lang} ${policy.name} seed ${seed}: ${(error as Error).message}`);
      return;
    }
  }
}
