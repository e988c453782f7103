import type { Quality } from '../content/quality';
import type { ReplyOption } from '../story/beat';
import type { ActionResult, PlayerAction } from './action';
import { applyOutcome } from './apply-outcome';
import {
  likeOutcome,
  moderationOutcome,
  redressOutcome,
  replyOutcome,
  statementOutcome,
  updateOutcome,
} from './consequences';
import type { WrittenLog } from './event';
import { branchOf } from './nearest-branch';
import { isLegitimate, type PostState } from './post';
import type { SessionCore } from './session-core';
import type { WritingSituation } from './written-reply';

const fail = (reason: string): ActionResult => ({ ok: false, reason });

interface Said {
  readonly text: string;
  readonly qualities: readonly Quality[];
  /** The ink index of the branch the script plays. */
  readonly branch: number;
  /**
   * A written text the branch only resembles: its coach lines, written for the scripted reply,
   * would praise or fault what the player did not write, so the coach speaks to the reading.
   */
  readonly coachReads: boolean;
  readonly logged: { text: string; qualities: Quality[]; model: boolean; written?: WrittenLog };
}

/**
 * What an answering action says: the suggested option it names, or the player's own text read by
 * the grader and played through the nearest scripted branch. A string says why it cannot be said.
 */
function say(
  s: SessionCore,
  action: Extract<PlayerAction, { type: 'reply' | 'reply_private' | 'statement' | 'update' }>,
  options: readonly ReplyOption[],
  writtenOnly: readonly ReplyOption[],
  situation: WritingSituation,
  what: string,
): Said | string {
  if ('option' in action) {
    const option = options.find((o) => o.index === action.option);
    if (!option)
      return `option ${action.option} is not ${what} (valid: ${options.map((o) => o.index).join(', ') || 'none'})`;
    return {
      text: option.text,
      qualities: option.qualities,
      branch: option.index,
      coachReads: false,
      logged: { text: option.text, qualities: [...option.qualities], model: option.model },
    };
  }
  const branch0 = options[0];
  if (!branch0) return `nothing can be sent as ${what} now`;
  const reading = s.readText(action.text, situation);
  const all = [...options, ...writtenOnly];
  const branch =
    reading.branch === undefined
      ? (branchOf(all, action.text, reading.qualities) ?? branch0)
      : all.find((o) => o.index === reading.branch);
  if (!branch)
    return `the logged branch ${reading.branch} is not ${what} (valid: ${all.map((o) => o.index).join(', ')})`;
  const { qualities, graderVersion, context, confirmed, evidence } = reading;
  return {
    text: action.text,
    qualities,
    branch: branch.index,
    coachReads: graderVersion >= COACH_READS_FROM && !sameQualities(qualities, branch.qualities),
    logged: {
      text: action.text,
      qualities: [...qualities],
      model: false,
      written: {
        graderVersion,
        context,
        confirmed,
        evidence: evidence.map((e) => ({ ...e })),
        branch: branch.index,
      },
    },
  };
}

/**
 * The grader version from which a written reply's coach is its reading: logs read by an older
 * grader replay as they were played, with the branch's own coach lines.
 */
export const COACH_READS_FROM = 5;

const sameQualities = (a: readonly Quality[], b: readonly Quality[]): boolean =>
  a.length === b.length && a.every((q) => b.includes(q)) && b.every((q) => a.includes(q));

function findPost(s: SessionCore, id: string): PostState | string {
  const post = s.post(id);
  if (!post) return `no post "${id}"`;
  if (post.authorType === 'brand') return `post "${id}" is the brand's own`;
  if (post.status === 'deleted') return `post "${id}" was deleted`;
  return post;
}

/** Validates one player action, records it, and applies its consequences. Nothing is recorded on failure. */
export function performAction(s: SessionCore, action: PlayerAction): ActionResult {
  const t = s.now;
  switch (action.type) {
    case 'reply':
    case 'reply_private': {
      const post = findPost(s, action.post);
      if (typeof post === 'string') return fail(post);
      const options = s.replyOptions(post.id);
      if (!options) return fail(`post "${post.id}" has no reply waiting`);
      const channel: 'public' | 'private' = action.type === 'reply' ? 'public' : 'private';
      const onChannel = options.filter((o) => o.channel === channel);
      const situation = { post, channel, authorName: s.persona(post.author).name };
      const writtenOnly = s.writtenOnlyOptions(post.id).filter((o) => o.channel === channel);
      const said = say(s, action, onChannel, writtenOnly, situation, `a ${channel} reply to "${post.id}"`);
      if (typeof said === 'string') return fail(said);
      const id = s.publishBrandPost(said.text, post.thread, post.id, channel);
      s.record({ t, type: 'action', action, reply: { id, channel, ...said.logged } });
      if (post.answeredAt === null) post.answeredAt = t;
      applyOutcome(s, replyOutcome(post, said.qualities, channel === 'private', s.metrics), post.id);
      s.choose(post.id, said.branch, said.coachReads ? id : null);
      return { ok: true };
    }
    case 'like':
    case 'leave': {
      const post = findPost(s, action.post);
      if (typeof post === 'string') return fail(post);
      if (action.type === 'like' && s.liked.has(post.id)) return fail(`post "${post.id}" is already liked`);
      s.record({ t, type: 'action', action });
      if (action.type === 'like') {
        s.liked.add(post.id);
        applyOutcome(s, likeOutcome(post, s.metrics), post.id);
      } else {
        post.left = true;
        applyOutcome(
          s,
          { effect: post.authorType === 'troll' ? 'troll_ignored' : 'left_alone', heat: 0, sentiment: 0 },
          post.id,
        );
      }
      return { ok: true };
    }
    case 'hide':
    case 'delete':
    case 'block': {
      const post = findPost(s, action.post);
      if (typeof post === 'string') return fail(post);
      if (action.type === 'hide' && post.status === 'hidden')
        return fail(`post "${post.id}" is already hidden`);
      if (action.type === 'block' && s.blocked.has(post.author))
        return fail(`"${post.author}" is already blocked`);
      s.record({ t, type: 'action', action });
      const outcome = moderationOutcome(action.type, post);
      if (action.type === 'block') {
        s.blocked.add(post.author);
        if (outcome.effect === 'genuine_blocked') s.metrics.blockedGenuine++;
      } else {
        post.status = action.type === 'hide' ? 'hidden' : 'deleted';
        if (isLegitimate(post) || post.kind === 'praise') s.metrics.deletedCriticism++;
      }
      applyOutcome(s, outcome, post.id);
      s.trigger(
        post.id,
        action.type === 'hide' ? 'hidden' : action.type === 'delete' ? 'deleted' : 'blocked',
      );
      return { ok: true };
    }
    case 'escalate': {
      if (s.metrics.escalated) return fail('the person in charge is already involved');
      const asked = s.metrics.analysed;
      s.record({ t, type: 'action', action });
      s.metrics.escalated = true;
      applyOutcome(s, { effect: 'escalated', heat: 0, sentiment: 0 }, null);
      if (!asked) s.factsConfirmed();
      return { ok: true };
    }
    case 'analyse': {
      const asked = s.metrics.analysed || s.metrics.escalated;
      s.record({ t, type: 'action', action });
      s.metrics.analysed = true;
      applyOutcome(s, { effect: 'analysed', heat: 0, sentiment: 0 }, null);
      if (!asked) s.factsConfirmed();
      return { ok: true };
    }
    case 'statement':
    case 'update': {
      // Only the options the player was shown: the composer must be open (opening it is logged).
      const point = s.openComposer(action.type);
      if (!point) return fail(`the ${action.type} composer is not open: open it first`);
      const situation = { post: null, channel: 'public' } as const;
      const said = say(s, action, point.options, point.writtenOnly, situation, `an available ${action.type}`);
      if (typeof said === 'string') return fail(said);
      const id = s.publishBrandPost(said.text, action.type, null, 'public');
      s.record({ t, type: 'action', action, reply: { id, channel: 'public', ...said.logged } });
      if (action.type === 'statement') {
        s.metrics.statements++;
        const outcome = statementOutcome(said.qualities, s.metrics);
        if (outcome.effect === 'statement_landed') {
          // A good public statement answers the crowd's pile-on as a whole; individual cases still need their reply.
          s.metrics.statementsLanded++;
          s.landedStatement ??= id;
          for (const p of s.posts)
            if (p.crowd && p.answeredAt === null && !s.replyOptions(p.id)) s.cover(p, id);
        }
        applyOutcome(s, outcome, id);
      } else {
        s.metrics.updates++;
        applyOutcome(s, updateOutcome(said.qualities), id);
      }
      s.playMenuChoice(action.type, said.branch, action.type, said.coachReads ? id : null);
      return { ok: true };
    }
    case 'redress': {
      const post = findPost(s, action.post);
      if (typeof post === 'string') return fail(post);
      if (action.amount > s.metrics.budget)
        return fail(`redress of ${action.amount} exceeds the budget left (${s.metrics.budget})`);
      s.record({ t, type: 'action', action });
      s.metrics.budget -= action.amount;
      s.metrics.redressGiven++;
      applyOutcome(s, redressOutcome(post, action.amount, s.metrics), post.id);
      return { ok: true };
    }
  }
}
