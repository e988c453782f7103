import { canonicalJson } from '../content/canonical-json';
import type { CompiledScenario } from '../content/compiled-scenario';
import { PRINCIPLE_IDS, type PrincipleId } from '../content/principle';
import { scoreSession } from '../scoring/score';
import type { BandId } from '../scoring/score.schema';
import type { SessionEvent } from '../sim/event';
import { replayLog } from '../sim/replay';

/**
 * A team's score as the console reads it: the existing scoring over the log the server holds, so
 * far (a session under way scores what it has done until now). Once the session has ended the log
 * is also replayed on the scenario and seed, as the board does with a results file: `verified`
 * says whether the log is one the engine plays (null while the session runs).
 */
export interface TeamScore {
  readonly overall: number | null;
  readonly band: BandId;
  readonly principles: Readonly<Record<PrincipleId, number | null>>;
  readonly verified: boolean | null;
}

export function teamScore(scenario: CompiledScenario, log: readonly SessionEvent[]): TeamScore | null {
  if (log.length === 0) return null;
  const ended = log.some((e) => e.type === 'session_ended');
  const score = scoreSession(scenario.manifest, log);
  const principles = Object.fromEntries(
    PRINCIPLE_IDS.map((id) => [id, score.principles[id].score]),
  ) as Record<PrincipleId, number | null>;
  return {
    overall: score.overall,
    band: score.band,
    principles,
    verified: ended ? replays(scenario, log) : null,
  };
}

function replays(scenario: CompiledScenario, log: readonly SessionEvent[]): boolean {
  try {
    return canonicalJson(replayLog(scenario, log).log) === canonicalJson(log);
  } catch {
    return false;
  }
}

/** Scores each team once per length of its log: a console polling every second costs nothing new. */
export class ScoreCache {
  private readonly cache = new WeakMap<object, { held: number; score: TeamScore | null }>();

  get(team: object, held: number, compute: () => TeamScore | null): TeamScore | null {
    const hit = this.cache.get(team);
    if (hit && hit.held === held) return hit.score;
    const score = compute();
    this.cache.set(team, { held, score });
    return score;
  }
}
