import { canonicalJson } from '../../content/canonical-json';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Lang } from '../../content/scenario.schema';
import type { ReplyOptionRecord } from '../../scoring/facts';
import type { SessionEvent } from '../../sim/event';
import { playHeadless } from '../../sim/headless';
import type { Policy } from '../../sim/policy';
import { replayLog } from '../../sim/replay';
import { overLength } from './option-length';

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
  /** Suggested replies offered in play that are longer than a player may write in their place. */
  tooLong: Set<string>;
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
    tooLong: new Set(),
  };
}

/**
 * Offered options a player could not write in their place (option-length.ts). Conditional options
 * (after analysing, say) are only offered in play, so the exploration of the knots alone would miss
 * them.
 */
function checkLengths(log: readonly SessionEvent[], into: PlayCoverage): void {
  for (const e of log) {
    if (e.type !== 'reply_opened' && e.type !== 'menu_opened') continue;
    for (const o of e.options) {
      const over = overLength(o, e.type === 'menu_opened');
      if (over) into.tooLong.add(over);
    }
  }
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
      checkLengths(s.log, into);
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

/**
 * Plays seeded sessions in which every inject of the scenario lands (at a third and at two thirds
 * of the session, in turn), so each inject's knot is played, its reply points checked like any
 * other, and the log replays to the same log. Adds only reach, dead ends, reply points and errors:
 * the endings and post counts stay those of sessions without a facilitator.
 */
export function playInjectCoverage(
  scenario: CompiledScenario,
  lang: Lang,
  policy: Policy,
  seeds: number,
  into: PlayCoverage,
): void {
  const m = scenario.manifest;
  if (m.injects.length === 0) return;
  for (let seed = 0; seed < seeds; seed++) {
    const at = Math.round((m.durationSeconds * (1 + (seed % 2))) / 3);
    const injects = m.injects.map((i, n) => ({ at: at + 20 * n, id: i.id }));
    try {
      const s = playHeadless(scenario, lang, seed, policy, injects);
      for (const k of s.runner.knots()) if (s.runner.visits(k) > 0) into.visited.add(k);
      for (const d of s.runner.deadEnds) into.deadEnds.add(d);
      checkLengths(s.log, into);
      for (const e of s.log)
        if (e.type === 'reply_opened' && !into.points.has(e.post)) into.points.set(e.post, e.options);
      const landed = s.log.filter((e) => e.type === 'inject').length;
      if (landed !== m.injects.length)
        throw new Error(`${landed} of ${m.injects.length} injects landed (one arrived after the end?)`);
      if (canonicalJson(replayLog(scenario, s.log).log) !== canonicalJson(s.log))
        throw new Error('a log with injects does not replay to the same log');
    } catch (error) {
      into.errors.push(`${lang} ${policy.name} seed ${seed} with injects: ${(error as Error).message}`);
      return;
    }
  }
}
