import type { Quality } from '../content/quality';
import type { Lang, ScenarioManifest } from '../content/scenario.schema';
import type { Channel } from '../content/tag.schema';
import type { PlayerAction } from '../sim/action';
import { replyValue } from '../sim/consequences';
import type { Effect, EventOfType, MenuKind, PostRecord, SessionEvent, WrittenLog } from '../sim/event';
import { needsAnswer } from '../sim/post';

/**
 * What a log says happened, arranged for the rules: posts with everything the player did to them,
 * what the brand published, and the moments that give context (when the case became brand-wide,
 * when it became serious). Read only from the log, so a score is a pure function of it.
 */

export type ReplyOptionRecord = EventOfType<'reply_opened'>['options'][number];

/** Something the brand published: a reply (public or private), a statement or an update. */
export interface Message {
  readonly t: number;
  readonly id: string;
  readonly via: 'reply' | 'reply_private' | 'statement' | 'update';
  /** The post it answers; null for statements and updates. */
  readonly post: string | null;
  readonly text: string;
  readonly qualities: readonly Quality[];
  readonly channel: Channel;
  readonly model: boolean;
  /** How well it lands with an upset public, as the engine weighs it. */
  readonly value: number;
  readonly effect: Effect | null;
  /** For a statement or update: the options its composer offered (the model one among them). */
  readonly offered: readonly ReplyOptionRecord[] | null;
  /** When the player wrote it: how the grader read it (its evidence and context). */
  readonly written: WrittenLog | null;
}

export interface Moderation {
  readonly t: number;
  readonly type: 'hide' | 'delete' | 'block';
}

export interface PostFact {
  readonly id: string;
  readonly t: number;
  readonly record: PostRecord;
  /** A real person: not a troll, not the brand. The hidden truth the player had to read. */
  readonly genuine: boolean;
  /** A complaint, question or press query from a real person (engine rule). */
  readonly needsAnswer: boolean;
  /** The reply options the script offered for it, if any. */
  point: { readonly t: number; readonly options: readonly ReplyOptionRecord[] } | null;
  readonly replies: Message[];
  /** A landed public statement answered it as part of the crowd (engine rule for crowd posts). */
  coveredAt: number | null;
  coveredBy: Message | null;
  moderated: Moderation | null;
  likedAt: number | null;
  leftAt: number | null;
  readonly redress: { readonly t: number; readonly amount: number }[];
  trigger: { readonly t: number; readonly on: string } | null;
}

export interface ActionFact {
  readonly t: number;
  readonly action: PlayerAction;
  readonly effect: Effect | null;
  /** What the action did to the public at once (the consequence's deltas). */
  readonly heat: number;
  readonly sentiment: number;
  readonly message: Message | null;
}

export interface Facts {
  readonly manifest: ScenarioManifest;
  readonly lang: Lang;
  readonly seed: number;
  readonly duration: number;
  /** When the session ended (or the last event, for an unfinished log). */
  readonly end: number;
  readonly posts: readonly PostFact[];
  readonly byId: ReadonlyMap<string, PostFact>;
  readonly messages: readonly Message[];
  readonly actions: readonly ActionFact[];
  readonly consequences: readonly EventOfType<'consequence'>[];
  readonly pulses: readonly EventOfType<'pulse'>[];
  readonly jumps: readonly EventOfType<'network_jump'>[];
  readonly analysedAt: number | null;
  readonly escalatedAt: number | null;
  /** When at least three different real people had complained in public: the problem is the brand's. */
  readonly brandWideAt: number | null;
  /** The first sign of a serious crisis: brand-wide, the press, high heat or a jump of network. */
  readonly seriousAt: number | null;
}

/** Distinct real complainers after which a case is no longer individual but brand-wide. */
export const BRAND_WIDE_COMPLAINERS = 3;
/** Heat (0–100) from which a crisis counts as serious. */
export const SERIOUS_HEAT = 50;

export function buildFacts(manifest: ScenarioManifest, log: readonly SessionEvent[]): Facts {
  let lang: Lang = 'es';
  let seed = 0;
  let end = 0;
  const posts: PostFact[] = [];
  const byId = new Map<string, PostFact>();
  const messages: Message[] = [];
  const menus: Partial<Record<MenuKind, readonly ReplyOptionRecord[]>> = {};
  const actions: ActionFact[] = [];
  const consequences: EventOfType<'consequence'>[] = [];
  const pulses: EventOfType<'pulse'>[] = [];
  const jumps: EventOfType<'network_jump'>[] = [];
  let analysedAt: number | null = null;
  let escalatedAt: number | null = null;
  // The log names the action each consequence follows from: no pairing by position.
  const caused = new Map<number, EventOfType<'consequence'>>();
  for (const e of log)
    if (e.type === 'consequence' && e.action !== undefined && !caused.has(e.action)) caused.set(e.action, e);
  const covered: EventOfType<'covered'>[] = [];

  log.forEach((e, i) => {
    end = Math.max(end, e.t);
    switch (e.type) {
      case 'session_started':
        lang = e.lang;
        seed = e.seed;
        break;
      case 'post': {
        if (e.post.authorType === 'brand') break;
        const p: PostFact = {
          id: e.post.id,
          t: e.t,
          record: e.post,
          genuine: e.post.authorType !== 'troll',
          needsAnswer: needsAnswer(e.post),
          point: null,
          replies: [],
          coveredAt: null,
          coveredBy: null,
          moderated: null,
          likedAt: null,
          leftAt: null,
          redress: [],
          trigger: null,
        };
        posts.push(p);
        byId.set(p.id, p);
        break;
      }
      case 'reply_opened': {
        const p = byId.get(e.post);
        if (p) p.point = { t: e.t, options: e.options };
        break;
      }
      case 'menu_opened':
        menus[e.menu] = e.options;
        break;
      case 'trigger': {
        const p = byId.get(e.post);
        // `confirmed` only re-offers the replies; the post is still waiting for one.
        if (p && !p.trigger && e.on !== 'confirmed') p.trigger = { t: e.t, on: e.on };
        break;
      }
      case 'action': {
        const consequence = caused.get(i) ?? null;
        const effect = consequence?.effect ?? null;
        const a = e.action;
        let message: Message | null = null;
        if (
          e.reply &&
          (a.type === 'reply' || a.type === 'reply_private' || a.type === 'statement' || a.type === 'update')
        ) {
          message = {
            t: e.t,
            id: e.reply.id,
            via: a.type,
            post: a.type === 'reply' || a.type === 'reply_private' ? a.post : null,
            text: e.reply.text,
            qualities: e.reply.qualities,
            channel: e.reply.channel,
            model: e.reply.model,
            value: replyValue(e.reply.qualities),
            effect,
            offered: a.type === 'statement' || a.type === 'update' ? (menus[a.type] ?? []) : null,
            written: e.reply.written ?? null,
          };
          messages.push(message);
        }
        actions.push({
          t: e.t,
          action: a,
          effect,
          message,
          heat: consequence?.heat ?? 0,
          sentiment: consequence?.sentiment ?? 0,
        });
        const p = 'post' in a ? byId.get(a.post) : undefined;
        if (a.type === 'analyse') analysedAt ??= e.t;
        else if (a.type === 'escalate') escalatedAt ??= e.t;
        if (!p) break;
        if (message) p.replies.push(message);
        else if (a.type === 'like') p.likedAt ??= e.t;
        else if (a.type === 'leave') p.leftAt ??= e.t;
        else if (a.type === 'redress') p.redress.push({ t: e.t, amount: a.amount });
        else if (a.type === 'hide' || a.type === 'delete' || a.type === 'block')
          p.moderated ??= { t: e.t, type: a.type };
        break;
      }
      case 'consequence':
        consequences.push(e);
        break;
      case 'covered':
        covered.push(e);
        break;
      case 'pulse':
        pulses.push(e);
        break;
      case 'network_jump':
        jumps.push(e);
        break;
      default:
        break;
    }
  });

  coverCrowd(byId, messages, covered);
  const brandWideAt = findBrandWide(posts);
  const firstPress = posts.find((p) => p.record.kind === 'press' && p.genuine)?.t ?? null;
  const hot = pulses.find((p) => p.heat >= SERIOUS_HEAT)?.t ?? null;
  const jump = jumps[0]?.t ?? null;
  const candidates = [brandWideAt, firstPress, hot, jump].filter((x): x is number => x !== null);
  return {
    manifest,
    lang,
    seed,
    duration: manifest.durationSeconds,
    end,
    posts,
    byId,
    messages,
    actions,
    consequences,
    pulses,
    jumps,
    analysedAt,
    escalatedAt,
    brandWideAt,
    seriousAt: candidates.length > 0 ? Math.min(...candidates) : null,
  };
}

/** The crowd posts a landed statement answered, as the engine logged them. */
function coverCrowd(
  byId: ReadonlyMap<string, PostFact>,
  messages: readonly Message[],
  covered: readonly EventOfType<'covered'>[],
): void {
  for (const c of covered) {
    const p = byId.get(c.post);
    const statement = messages.find((m) => m.id === c.by);
    if (!p || !statement || p.coveredBy) continue;
    p.coveredAt = c.t;
    p.coveredBy = statement;
  }
}

function findBrandWide(posts: readonly PostFact[]): number | null {
  const authors = new Set<string>();
  for (const p of posts) {
    if (!p.genuine || p.record.kind !== 'complaint' || p.record.channel !== 'public') continue;
    authors.add(p.record.author);
    if (authors.size >= BRAND_WIDE_COMPLAINERS) return p.t;
  }
  return null;
}

// ——— small readers the rules share ———

/** The first reply the brand gave to a post, if any. */
export const firstReply = (p: PostFact): Message | null => p.replies[0] ?? null;

/** When a post was first answered: a reply to it, or the statement that covered it. */
export function answeredAt(p: PostFact): number | null {
  const reply = firstReply(p)?.t ?? null;
  if (reply === null) return p.coveredAt;
  if (p.coveredAt === null) return reply;
  return Math.min(reply, p.coveredAt);
}

/** The post could be answered: the script offered replies, or it is a crowd post a statement answers. */
export const answerable = (p: PostFact): boolean => (p.point?.options.length ?? 0) > 0 || p.record.crowd;

export const has = (m: Pick<Message, 'qualities'>, ...qs: Quality[]): boolean =>
  qs.some((q) => m.qualities.includes(q));

/** Public messages: what every other user could read. */
export const isPublic = (m: Message): boolean => m.channel === 'public';

/** Silenced before any answer: deleted, hidden or its author blocked. */
export const silenced = (p: PostFact): boolean => p.moderated !== null;
