import { PRINCIPLE_IDS, type PrincipleId } from '../../content/principle';
import type { Lang } from '../../content/scenario.schema';
import { parseResults, RESULTS_FORMAT, RESULTS_VERSION, type Results } from '../../debrief/results';
import type { BandId } from '../../scoring/score.schema';
import type { PostRecord, SessionEvent } from '../../sim/event';
import { teamKey } from './workshop-setup';

/**
 * The facilitator board's model: many teams' results files of one workshop session, checked and
 * set side by side. Pure over the files' text, so the board needs nothing but the page.
 *
 * A file is kept only if it is a valid results file of the session (same scenario and seed: the
 * same crisis and the same crowd), from a team not already on the board; every other file is
 * rejected with its reason and the rest still load.
 */

/** A file as read from disk (its text), or already parsed JSON. */
export type ResultsFileInput =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly json: unknown };

/** The session the files must belong to. */
export interface WorkshopSessionRef {
  readonly scenario: string;
  readonly seed: number;
}

export type RejectionCode =
  | 'invalid_json'
  | 'not_results'
  | 'newer_version'
  | 'damaged'
  | 'other_scenario'
  | 'other_seed'
  | 'duplicate_team';

export interface Rejection {
  readonly file: string;
  readonly code: RejectionCode;
  /** The details a message needs: what was expected, what was found, which team, which field. */
  readonly vars: Readonly<Record<string, string | number>>;
  /** The reason, in English, for logs and tests; the board words it in its own language. */
  readonly message: string;
}

export interface TeamResult {
  readonly team: string;
  readonly file: string;
  readonly lang: Lang;
  readonly overall: number | null;
  readonly band: BandId;
  /** Every principle's score, 0–100, or null when the session never exercised it. */
  readonly profile: Readonly<Record<PrincipleId, number | null>>;
  readonly results: Results;
}

export interface RankingEntry {
  /** 1-based; teams with the same overall score share a rank. */
  readonly rank: number;
  readonly team: string;
  readonly overall: number | null;
  readonly band: BandId;
}

/** One thing a team did with a post. */
export type TeamAction =
  | {
      readonly t: number;
      readonly type: 'reply' | 'reply_private';
      readonly text: string;
      /** Whether it was the reply the script marks as the model one. */
      readonly model: boolean;
    }
  | { readonly t: number; readonly type: 'redress'; readonly amount: number }
  | { readonly t: number; readonly type: 'like' | 'hide' | 'delete' | 'block' | 'leave' };

export interface TeamTreatment {
  readonly team: string;
  /** Whether the post reached this team's feed (the crowd and the story follow each team's choices). */
  readonly seen: boolean;
  /** In the order the team took them; empty when the team did nothing with it. */
  readonly actions: readonly TeamAction[];
}

export interface DivergentPost {
  readonly post: Pick<PostRecord, 'id' | 'author' | 'authorType' | 'kind' | 'network' | 'channel' | 'text'>;
  /** When the post first appeared, in simulated seconds. */
  readonly t: number;
  /** One entry per team, in the board's team order. */
  readonly teams: readonly TeamTreatment[];
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

const MESSAGES: Record<RejectionCode, string> = {
  invalid_json: 'not valid JSON ({detail})',
  not_results: 'not a Cortafuegos results file',
  newer_version: 'results file of version {found}, newer than this board reads ({expected})',
  damaged: 'damaged results file: {detail}',
  other_scenario: 'from scenario "{found}", not this session\'s "{expected}"',
  other_seed: "played with seed {found}, not this session's seed {expected}",
  duplicate_team: 'team "{team}" is already on the board (from {other})',
};

const fill = (text: string, vars: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

const reject = (
  file: string,
  code: RejectionCode,
  vars: Record<string, string | number> = {},
): Rejection => ({
  file,
  code,
  vars,
  message: fill(MESSAGES[code], vars),
});

/** A file's name without its extension: the team's name when the file does not carry one. */
export const baseName = (name: string): string => {
  const last = name.split(/[\\/]/).pop() ?? name;
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(0, dot) : last;
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

type Read = { ok: true; results: Results } | { ok: false; rejection: Rejection };

function read(input: ResultsFileInput): Read {
  let json: unknown;
  if ('text' in input) {
    try {
      json = JSON.parse(input.text);
    } catch (error) {
      return {
        ok: false,
        rejection: reject(input.name, 'invalid_json', {
          detail: error instanceof Error ? error.message : String(error),
        }),
      };
    }
  } else json = input.json;
  if (!isObject(json) || json.format !== RESULTS_FORMAT)
    return { ok: false, rejection: reject(input.name, 'not_results') };
  if (typeof json.version === 'number' && json.version > RESULTS_VERSION)
    return {
      ok: false,
      rejection: reject(input.name, 'newer_version', { found: json.version, expected: RESULTS_VERSION }),
    };
  try {
    return { ok: true, results: parseResults(json) };
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    const detail = issue
      ? `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`
      : error instanceof Error
        ? error.message
        : String(error);
    return { ok: false, rejection: reject(input.name, 'damaged', { detail }) };
  }
}

/** The team that played: the file's own `team` when it has one, else the file's name. */
export const teamOf = (results: Results, file: string): string => {
  const team = (results as { team?: string }).team?.trim();
  return team ? team : baseName(file).trim() || file;
};

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

/** What a team did with each post, from its log: its actions, and the reply options the script offered. */
function actionsByPost(log: readonly SessionEvent[]): Map<string, TeamAction[]> {
  const options = new Map<string, Map<number, { text: string; model: boolean }>>();
  const byPost = new Map<string, TeamAction[]>();
  const add = (post: string, action: TeamAction) => {
    const list = byPost.get(post) ?? [];
    list.push(action);
    byPost.set(post, list);
  };
  for (const e of log) {
    if (e.type === 'reply_opened') {
      options.set(e.post, new Map(e.options.map((o) => [o.index, { text: o.text, model: o.model }])));
      continue;
    }
    if (e.type !== 'action') continue;
    const a = e.action;
    switch (a.type) {
      case 'reply':
      case 'reply_private': {
        const offered = options.get(a.post)?.get(a.option);
        add(a.post, {
          t: e.t,
          type: a.type,
          text: e.reply?.text ?? offered?.text ?? '',
          model: e.reply?.model ?? offered?.model ?? false,
        });
        break;
      }
      case 'redress':
        add(a.post, { t: e.t, type: 'redress', amount: a.amount });
        break;
      case 'like':
      case 'hide':
      case 'delete':
      case 'block':
      case 'leave':
        add(a.post, { t: e.t, type: a.type });
        break;
      default:
        // Statements, updates, escalation and analysis concern no single post.
        break;
    }
  }
  return byPost;
}

/** Two teams did the same with a post when they took the same actions, whatever the timing. */
const signature = (actions: readonly TeamAction[]): string =>
  actions
    .map((a) => {
      if (a.type === 'reply' || a.type === 'reply_private') return `${a.type}:${a.text}`;
      if (a.type === 'redress') return `redress:${a.amount}`;
      return a.type;
    })
    .sort()
    .join('\u0000');

/**
 * The posts where teams acted differently. The same seed gives the same scripted post ids, but a
 * thread's later posts follow each team's replies, so a post is matched by its id, author and
 * wording: only posts that at least two teams saw are compared, among the teams that saw them.
 */
function divergentPosts(teams: readonly TeamResult[]): DivergentPost[] {
  if (teams.length < 2) return [];
  const key = (p: PostRecord) => `${p.id}\u0000${p.author}\u0000${p.text}`;
  const posts = new Map<string, { post: PostRecord; t: number; seenBy: Set<number> }>();
  const actions = teams.map((team) => actionsByPost(team.results.log));
  teams.forEach((team, i) => {
    for (const e of team.results.log) {
      if (e.type !== 'post' || e.post.authorType === 'brand') continue;
      const k = key(e.post);
      const entry = posts.get(k) ?? { post: e.post, t: e.t, seenBy: new Set<number>() };
      entry.t = Math.min(entry.t, e.t);
      entry.seenBy.add(i);
      posts.set(k, entry);
    }
  });
  const result: DivergentPost[] = [];
  for (const { post, t, seenBy } of posts.values()) {
    if (seenBy.size < 2) continue;
    const treatments = teams.map((team, i): TeamTreatment => {
      const seen = seenBy.has(i);
      return { team: team.team, seen, actions: seen ? (actions[i]?.get(post.id) ?? []) : [] };
    });
    const signatures = new Set(treatments.filter((x) => x.seen).map((x) => signature(x.actions)));
    if (signatures.size < 2) continue;
    const { id, author, authorType, kind, network, channel, text } = post;
    result.push({ post: { id, author, authorType, kind, network, channel, text }, t, teams: treatments });
  }
  return result.sort((a, b) => a.t - b.t || a.post.id.localeCompare(b.post.id));
}

/**
 * Reads every file, keeps those of the session and sets them side by side. Without a session, the
 * first valid file sets it.
 */
export function compareResults(
  files: readonly ResultsFileInput[],
  session: WorkshopSessionRef | null = null,
): Comparison {
  let ref = session;
  const teams: TeamResult[] = [];
  const rejected: Rejection[] = [];
  const byTeam = new Map<string, TeamResult>();
  for (const file of files) {
    const r = read(file);
    if (!r.ok) {
      rejected.push(r.rejection);
      continue;
    }
    const results = r.results;
    ref ??= { scenario: results.scenario, seed: results.seed };
    if (results.scenario !== ref.scenario) {
      rejected.push(reject(file.name, 'other_scenario', { found: results.scenario, expected: ref.scenario }));
      continue;
    }
    if (results.seed !== ref.seed) {
      rejected.push(reject(file.name, 'other_seed', { found: results.seed, expected: ref.seed }));
      continue;
    }
    const team = teamOf(results, file.name);
    const already = byTeam.get(teamKey(team));
    if (already) {
      rejected.push(reject(file.name, 'duplicate_team', { team, other: already.file }));
      continue;
    }
    const profile = Object.fromEntries(
      PRINCIPLE_IDS.map((id) => [id, results.score.principles[id]?.score ?? null]),
    ) as Record<PrincipleId, number | null>;
    const entry: TeamResult = {
      team,
      file: file.name,
      lang: results.lang,
      overall: results.score.overall,
      band: results.score.band,
      profile,
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
    divergent: divergentPosts(teams),
    langs: [...new Set(teams.map((t) => t.lang))],
  };
}
