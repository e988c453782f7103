import type { PlayerAction } from './action';
import type { Policy } from './policy';
import type { PostState } from './post';
import type { Rng } from './rng';
import type { CrisisSession } from './session';

const visible = (s: CrisisSession): PostState[] =>
  s.posts.filter((p) => p.status === 'visible' && p.authorType !== 'brand');

/** Takes no action at all: the baseline of neglect. */
export const silentPolicy: Policy = { name: 'silent', decide: () => [] };

/** Deletes every critical post (complaints, troll posts, abuse) as soon as it appears. */
export const deleterPolicy: Policy = {
  name: 'deleter',
  decide: (s) =>
    visible(s)
      .filter((p) => p.kind === 'complaint' || p.kind === 'troll' || p.kind === 'abuse')
      .map((p): PlayerAction => ({ type: 'delete', post: p.id })),
};

function randomAction(s: CrisisSession, rng: Rng): PlayerAction | null {
  const posts = visible(s);
  const withReplies = posts.filter((p) => s.replyOptions(p.id)?.length);
  const roll = rng.next();
  if (roll < 0.55 && withReplies.length > 0) {
    const post = rng.pick(withReplies);
    const option = rng.pick(s.replyOptions(post.id) ?? []);
    return { type: option.channel === 'private' ? 'reply_private' : 'reply', post: post.id, option: option.index };
  }
  if (roll < 0.62 && s.statementPoint) return { type: 'statement', option: rng.pick(s.statementPoint.options).index };
  if (roll < 0.68 && s.updatePoint) return { type: 'update', option: rng.pick(s.updatePoint.options).index };
  if (roll < 0.7 && !s.metrics.escalated) return { type: 'escalate' };
  if (roll < 0.72) return { type: 'analyse' };
  if (posts.length === 0) return null;
  const post = rng.pick(posts);
  if (roll < 0.76 && s.metrics.budget >= 10) {
    return { type: 'redress', post: post.id, amount: rng.int(1, Math.min(10, Math.floor(s.metrics.budget / 10))) * 10 };
  }
  const kind = rng.pick(['like', 'like', 'leave', 'leave', 'hide', 'delete', 'block'] as const);
  if (kind === 'block' && s.blocked.has(post.author)) return null;
  return { type: kind, post: post.id };
}

/** Acts now and then, picking any available action at random. */
export const randomPolicy: Policy = {
  name: 'random',
  decide: (s, rng) => {
    if (rng.next() > 0.3) return [];
    const action = randomAction(s, rng);
    return action ? [action] : [];
  },
};

export const POLICIES: Readonly<Record<string, Policy>> = {
  random: randomPolicy,
  silent: silentPolicy,
  deleter: deleterPolicy,
};
