import type { Quality } from '../content/quality';
import type { Effect } from './event';
import type { Metrics } from './metrics';
import { isLegitimate, type PostState } from './post';

/**
 * The engine's rules for what an action does to the public, the same in every scenario.
 * Numbers are deltas of heat (0–100) and sentiment (−100…100).
 */
const WEIGHT: Record<Quality, number> = {
  apologises: 2,
  acknowledges: 1.5,
  empathises: 2,
  explains: 1.5,
  admits_error: 2,
  next_step: 2,
  promises_update: 1,
  offers_private: 1,
  offers_redress: 1.5,
  asks_details: 1,
  thanks: 1.5,
  rewards: 1.5,
  human_tone: 1,
  calm_boundary: 1,
  names_person: -2,
  defensive: -3,
  blames_customer: -4,
  cites_policy: -2,
  sarcastic: -4,
  canned: -2,
  attacks_competitor: -3,
  feeds_troll: -3,
  dismisses: -3,
  deceives: -4,
  belittles: -4,
  non_apology: -3,
  apology_then_blame: -3,
  minimises: -2.5,
  blames_third_party: -2,
  over_promises: -2,
  premature_all_clear: -3,
  exposes_private_data: -4,
  unverified_compensation: -2,
};

/** How well a reply lands with an upset public: the sum of its qualities' weights. */
export function replyValue(qualities: readonly Quality[]): number {
  let v = 0;
  for (const q of qualities) v += WEIGHT[q];
  return v;
}

export interface Outcome {
  readonly effect: Effect;
  readonly heat: number;
  readonly sentiment: number;
  /** Copycat troll posts the action provokes. */
  readonly trollCopycats?: number;
  /** Crowd complaints the action provokes (screenshots of a deleted post, "they blocked me"). */
  readonly backlashPosts?: number;
}

/** Engaging a troll in public feeds it, unless the reply only sets a calm boundary with no bad quality. */
export function feedsTroll(qualities: readonly Quality[]): boolean {
  return !qualities.includes('calm_boundary') || qualities.some((q) => WEIGHT[q] < 0);
}

export function replyOutcome(
  post: PostState,
  qualities: readonly Quality[],
  isPrivate: boolean,
  m: Metrics,
): Outcome {
  if (post.authorType === 'troll') {
    if (!isPrivate && feedsTroll(qualities))
      return { effect: 'troll_fed', heat: 6, sentiment: -3, trollCopycats: 1 };
    return { effect: 'troll_ignored', heat: 0, sentiment: 1 };
  }
  const v = replyValue(qualities);
  const reach = isPrivate ? 0.5 : 1;
  if (v > 0) {
    const thanks = post.kind === 'praise';
    if (thanks) m.fansThanked++;
    return {
      effect: thanks ? 'thanked_fan' : 'calmed',
      heat: -Math.min(12, 2 + v) * reach,
      sentiment: Math.min(10, 1 + v) * reach,
    };
  }
  return {
    effect: 'backfired',
    heat: (4 + Math.abs(v)) * reach,
    sentiment: -(4 + Math.abs(v) * 1.5) * reach,
  };
}

export function moderationOutcome(kind: 'hide' | 'delete' | 'block', post: PostState): Outcome {
  if (post.kind === 'abuse')
    return { effect: 'community_protected', heat: -2, sentiment: kind === 'hide' ? 3 : 4 };
  if (post.authorType === 'troll') {
    return kind === 'block'
      ? { effect: 'troll_blocked', heat: 1, sentiment: 0 }
      : { effect: 'troll_ignored', heat: kind === 'delete' ? 2 : 0, sentiment: 0 };
  }
  if (kind === 'block') {
    return { effect: 'genuine_blocked', heat: 15, sentiment: -15, backlashPosts: 2 };
  }
  if (isLegitimate(post) || post.kind === 'praise') {
    const strong = kind === 'delete' ? 12 : 8;
    return { effect: 'criticism_silenced', heat: strong, sentiment: -strong, backlashPosts: 1 };
  }
  return { effect: 'left_alone', heat: 0, sentiment: 0 };
}

export function likeOutcome(post: PostState, m: Metrics): Outcome {
  if (post.authorType === 'troll') return { effect: 'troll_fed', heat: 3, sentiment: -2, trollCopycats: 1 };
  if (post.kind === 'praise') {
    m.fansThanked++;
    return { effect: 'thanked_fan', heat: 0, sentiment: 2 };
  }
  return { effect: 'left_alone', heat: 0, sentiment: -1 };
}

export function redressOutcome(post: PostState, amount: number, m: Metrics): Outcome {
  if (post.authorType === 'troll')
    return { effect: 'redress_wasted', heat: 2, sentiment: -2, trollCopycats: 1 };
  const boost = m.escalated ? 1.2 : 1;
  return { effect: 'redress_given', heat: -3 * boost, sentiment: (3 + Math.min(8, amount / 25)) * boost };
}

export function statementOutcome(qualities: readonly Quality[], m: Metrics): Outcome {
  const v = replyValue(qualities);
  if (v > 0) {
    const boost = m.escalated ? 1.5 : 1;
    return {
      effect: 'statement_landed',
      heat: -(8 + Math.min(10, v)) * boost,
      sentiment: (6 + Math.min(10, v)) * boost,
    };
  }
  return { effect: 'statement_backfired', heat: 8 + Math.abs(v), sentiment: -(8 + Math.abs(v)) };
}

export function updateOutcome(qualities: readonly Quality[]): Outcome {
  const v = replyValue(qualities);
  if (v > 0) return { effect: 'update_landed', heat: -4, sentiment: 4 + Math.min(6, v) };
  return { effect: 'update_backfired', heat: 5, sentiment: -6 };
}
