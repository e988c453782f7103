import type { Quality } from '../content/quality';
import type { Lang } from '../content/scenario.schema';
import type { Channel } from '../content/tag.schema';
import { missingIn } from '../grading';
import type { ReplyOption } from '../story/beat';
import type { MenuKind } from './event';
import { BRAND, type PostState, type PostStatus } from './post';
import type { CrisisSession } from './session';

/**
 * What the player may see of a session, as immutable plain data: the posts without their authors'
 * hidden true type, the public metrics, the replies on offer. The UI draws this and nothing else;
 * it changes the session only by sending actions through the command path.
 */
export interface AuthorView {
  readonly id: string;
  readonly name: string;
  readonly handle: string;
  readonly isBrand: boolean;
}

export interface PostView {
  readonly id: string;
  readonly thread: string;
  readonly author: AuthorView;
  readonly network: string;
  readonly networkName: string;
  readonly channel: Channel;
  readonly text: string;
  readonly t: number;
  readonly replyTo: string | null;
  /** Who the post answers (for private messages sent by the brand). */
  readonly replyToAuthor: AuthorView | null;
  readonly likes: number;
  readonly shares: number;
  readonly status: PostStatus;
  readonly liked: boolean;
  /** Still owed an answer by the brand: its wait builds pressure. */
  readonly awaiting: boolean;
  /** The replies the script offers to this post now, in the order shown. */
  readonly replies: readonly ReplyOption[];
}

/** Events in the log that the player must not miss (a toast or a status line). */
export type Happening =
  | { readonly seq: number; readonly kind: 'network_jump'; readonly network: string }
  | { readonly seq: number; readonly kind: 'press' }
  | { readonly seq: number; readonly kind: 'escalated' }
  | { readonly seq: number; readonly kind: 'coach'; readonly text: string }
  /** The coach on a written reply: what it showed, and what its context asked for that it did not. */
  | {
      readonly seq: number;
      readonly kind: 'coach_reading';
      readonly qualities: readonly Quality[];
      readonly missing: readonly Quality[];
    };

export interface SessionView {
  readonly scenario: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly brand: { readonly name: string; readonly handle: string };
  readonly lang: Lang;
  readonly now: number;
  readonly duration: number;
  readonly ended: boolean;
  /** How many events the log holds: a view with more is newer. */
  readonly events: number;
  readonly metrics: {
    readonly heat: number;
    readonly sentiment: number;
    readonly reach: number;
    readonly budget: number;
    readonly networks: readonly { readonly id: string; readonly name: string }[];
    readonly escalated: boolean;
  };
  readonly posts: readonly PostView[];
  /** What analysing the situation tells the player: what a careful reading of the feed shows. */
  readonly analysis: {
    readonly complaints: number;
    readonly waiting: number;
    readonly networks: number;
    readonly heat: number;
  };
  /** Open composers and their options, for a UI that shows the one it asked for. */
  readonly composers: Readonly<Record<MenuKind, readonly ReplyOption[]>>;
  readonly happenings: readonly Happening[];
}

function author(s: CrisisSession, id: string): AuthorView {
  const p = s.persona(id);
  return Object.freeze({ id, name: p.name, handle: p.handle, isBrand: id === BRAND });
}

function postView(s: CrisisSession, p: PostState, names: Map<string, string>): PostView {
  const target = p.replyTo ? s.post(p.replyTo) : undefined;
  return Object.freeze({
    id: p.id,
    thread: p.thread,
    author: author(s, p.author),
    network: p.network,
    networkName: names.get(p.network) ?? p.network,
    channel: p.channel,
    text: p.text,
    t: p.t,
    replyTo: p.replyTo,
    replyToAuthor: target ? author(s, target.author) : null,
    likes: p.likes,
    shares: p.shares,
    status: p.status,
    liked: s.liked.has(p.id),
    awaiting: s.awaitingReply(p),
    replies: Object.freeze([...(s.replyOptions(p.id) ?? [])]),
  });
}

function happenings(s: CrisisSession): Happening[] {
  const out: Happening[] = [];
  s.log.forEach((e, seq) => {
    if (e.type === 'network_jump') out.push({ seq, kind: 'network_jump', network: e.network });
    else if (e.type === 'post' && e.post.kind === 'press') out.push({ seq, kind: 'press' });
    else if (e.type === 'consequence' && e.effect === 'escalated') out.push({ seq, kind: 'escalated' });
    else if (e.type === 'coach') out.push({ seq, kind: 'coach', text: e.text });
    else if (e.type === 'coach_reading') {
      const read = s.log.find((a) => a.type === 'action' && a.reply?.id === e.reply);
      const reply = read?.type === 'action' ? read.reply : undefined;
      if (!reply?.written) return;
      out.push({
        seq,
        kind: 'coach_reading',
        qualities: reply.qualities,
        missing: missingIn(reply.qualities, reply.written.context),
      });
    }
  });
  return out;
}

/** The read-only view of a session at this moment. */
export function viewSession(s: CrisisSession): SessionView {
  const m = s.metrics;
  const names = new Map(s.manifest.networks.map((n) => [n.id, n.name]));
  const posts = s.posts.map((p) => postView(s, p, names));
  return Object.freeze({
    scenario: s.manifest.id,
    title: s.manifest.title,
    brand: { name: s.manifest.brand.name, handle: s.manifest.brand.handle },
    lang: s.lang,
    now: s.now,
    duration: s.duration,
    ended: s.ended,
    events: s.log.length,
    metrics: Object.freeze({
      heat: m.heat,
      sentiment: m.sentiment,
      reach: m.reach,
      budget: m.budget,
      networks: m.networks.map((id) => ({ id, name: names.get(id) ?? id })),
      escalated: m.escalated,
    }),
    posts: Object.freeze(posts),
    analysis: {
      complaints: s.posts.filter((p) => p.kind === 'complaint' && p.status !== 'deleted').length,
      waiting: posts.filter((p) => p.awaiting).length,
      networks: m.networks.length,
      heat: Math.round(m.heat),
    },
    composers: {
      statement: s.openComposer('statement')?.options ?? [],
      update: s.openComposer('update')?.options ?? [],
    },
    happenings: happenings(s),
  });
}
