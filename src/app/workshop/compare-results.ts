import { PRINCIPLE_IDS, type PrincipleId } from '../../content/principle';
import type { Lang } from '../../content/scenario.schema';
import type { Results } from '../../debrief/results.schema';
import type { BandId, Score } from '../../scoring/score.schema';
import { type DivergentPost, divergentPosts } from './divergent-posts';
import { type Rejection, type ResultsFileInput, readResultsFile, reject, teamOf } from './results-file';
import { type Examined, examineRead, type ScenarioLookup } from './verify-results';
import { teamKey } from './workshop-setup';

/**
 * The facilitator board's model: many teams' results files of one workshop session, checked and
 * set side by side. Pure over the files and the scenarios, so the board needs nothing but the page.
 *
 * A file is kept only if it is a valid results file of the session (same scenario and seed: the
 * same crowd), its session replays to the very log it carries and its score is that log's score,
 * and its team is not already on the board. Every other file is rejected with its reason and the
 * rest still load. Scores shown are always recomputed from the replayed log.
 */

export type { DivergentPost, TeamAction, TeamTreatment } from './divergent-posts';
export type { Rejection, RejectionCode, RejectionReason, ResultsFileInput } from './results-file';

/** The session the files must belong to. */
export interface WorkshopSessionRef {
  readonly scenario: string;
  readonly seed: number;
}

export interface TeamResult {
  readonly team: string;
  readonly file: string;
  readonly lang: Lang;
  readonly overall: number | null;
  readonly band: BandId;
  /** Every principle's score, 0–100, or null when the session never exercised it. */
  readonly profile: Readonly<Record<PrincipleId, number | null>>;
  /** The score recomputed from the replayed log (the file's own matched it). */
  readonly score: Score;
  readonly results: Results;
}

export interface RankingEntry {
  /** 1-based; teams with the same overall score share a rank. */
  readonly rank: number;
  readonly team: string;
  readonly overall: number | null;
  readonly band: BandId;
}

export interface Comparison {
  /** The session the accepted files belong to; null when no file was accepted. */
  readonly session: WorkshopSessionRef | null;
  /** In the order the files were given. */
  readonly teams: readonly TeamResult[];
  readonly rejected: readonly Rejection[];
  readonly ranking: readonly RankingEntry[];
  /** Posts several teams saw and treated differently, in the order they appeared. */
  readonly divergent: readonly DivergentPost[];
  /** The languages the accepted files were played in (posts are matched by their wording). */
  readonly langs: readonly Lang[];
}

function ranking(teams: readonly TeamResult[]): RankingEntry[] {
  const sorted = [...teams].sort((a, b) => {
    const byScore = (b.overall ?? -1) - (a.overall ?? -1);
    return byScore !== 0 ? byScore : a.team.localeCompare(b.team);
  });
  let rank = 0;
  return sorted.map((team, i) => {
    if (i === 0 || team.overall !== sorted[i - 1]?.overall) rank = i + 1;
    return { rank, team: team.team, overall: team.overall, band: team.band };
  });
}

/**
 * Sets the examined files side by side, in the order given. Without a session, the first file that
 * checks sets it. A file of another session is told so first (that is what the facilitator can act
 * on), then a file that did not check; a team already on the board last, so that a forged file
 * never keeps the honest one of the same team off it.
 */
export function compareExamined(
  files: readonly Examined[],
  session: WorkshopSessionRef | null = null,
): Comparison {
  let ref = session;
  const teams: TeamResult[] = [];
  const rejected: Rejection[] = [];
  const byTeam = new Map<string, TeamResult>();
  for (const examined of files) {
    if (!examined.ok) {
      rejected.push(examined.rejection);
      continue;
    }
    const { file, results, verdict } = examined;
    if (ref && results.scenario !== ref.scenario) {
      rejected.push(reject(file, 'other_scenario', { found: results.scenario, expected: ref.scenario }));
      continue;
    }
    if (ref && results.seed !== ref.seed) {
      rejected.push(reject(file, 'other_seed', { found: results.seed, expected: ref.seed }));
      continue;
    }
    if (!verdict.ok) {
      rejected.push(reject(file, verdict.reason, verdict.vars));
      continue;
    }
    ref ??= { scenario: results.scenario, seed: results.seed };
    const team = teamOf(results, file);
    const already = byTeam.get(teamKey(team));
    if (already) {
      rejected.push(reject(file, 'duplicate_team', { team, other: already.file }));
      continue;
    }
    const score = verdict.score;
    const profile = Object.fromEntries(
      PRINCIPLE_IDS.map((id) => [id, score.principles[id]?.score ?? null]),
    ) as Record<PrincipleId, number | null>;
    const entry: TeamResult = {
      team,
      file,
      lang: results.lang,
      overall: score.overall,
      band: score.band,
      profile,
      score,
      results,
    };
    byTeam.set(teamKey(team), entry);
    teams.push(entry);
  }
  return {
    session: ref,
    teams,
    rejected,
    ranking: ranking(teams),
    divergent: divergentPosts(teams.map((t) => ({ team: t.team, log: t.results.log }))),
    langs: [...new Set(teams.map((t) => t.lang))],
  };
}

/** Reads, checks and compares files in one go, each against the scenario it names. */
export function compareResults(
  files: readonly ResultsFileInput[],
  scenarios: ScenarioLookup,
  session: WorkshopSessionRef | null = null,
): Comparison {
  return compareExamined(
    files.map((input) => {
      const read = readResultsFile(input);
      return examineRead(input.name, read, read.ok ? scenarios(read.results.scenario) : undefined);
    }),
    session,
  );
}
