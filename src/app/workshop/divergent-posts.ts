import type { PostRecord, SessionEvent } from '../../sim/event';

/**
 * Where the teams of a workshop acted differently: post by post, what each team did with the
 * posts several of them saw. Pure over the teams' logs.
 */

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

/** A team's name and the log of its session. */
export interface TeamLog {
  readonly team: string;
  readonly log: readonly SessionEvent[];
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
        const offered = 'option' in a ? options.get(a.post)?.get(a.option) : undefined;
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
export function divergentPosts(teams: readonly TeamLog[]): DivergentPost[] {
  if (teams.length < 2) return [];
  const key = (p: PostRecord) => `${p.id}\u0000${p.author}\u0000${p.text}`;
  const posts = new Map<string, { post: PostRecord; t: number; seenBy: Set<number> }>();
  const actions = teams.map((team) => actionsByPost(team.log));
  teams.forEach((team, i) => {
    for (const e of team.log) {
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
