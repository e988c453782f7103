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
    return {
      type: option.channel === 'private' ? 'reply_private' : 'reply',
      post: post.id,
      option: option.index,
    };
  }
  if (roll < 0.62 && s.statementPoint)
    return { type: 'statement', option: rng.pick(s.statementPoint.options).index };
  if (roll < 0.68 && s.updatePoint) return { type: 'update', option: rng.pick(s.updatePoint.options).index };
  if (roll < 0.7 && !s.metrics.escalated) return { type: 'escalate' };
  if (roll < 0.72) return { type: 'analyse' };
  if (posts.length === 0) return null;
  const post = rng.pick(posts);
  if (roll < 0.76 && s.metrics.budget >= 10) {
    return {
      type: 'redress',
      post: post.id,
      amount: rng.int(1, Math.min(10, Math.floor(s.metrics.budget / 10))) * 10,
    };
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

/**
 * Plays by the book: analyses and involves the person in charge first, answers every reply point
 * with its model reply, removes only abuse, leaves trolls alone, publishes the model statement once
 * the problem is clearly brand-wide, makes amends to affected customers, and keeps following up
 * with updates. Reads the posts' kinds and authors as a careful human reads the text.
 */
export const exemplaryPolicy: Policy = {
  name: 'exemplary',
  decide: (s) => {
    const actions: PlayerAction[] = [];
    if (!s.metrics.analysed) actions.push({ type: 'analyse' });
    if (!s.metrics.escalated) actions.push({ type: 'escalate' });
    const complaints = s.posts.filter((p) => p.kind === 'complaint' && p.authorType !== 'troll').length;
    const statement = s.statementPoint?.options.find((o) => o.model);
    if (s.metrics.statementsLanded === 0 && complaints >= 2 && statement) {
      actions.push({ type: 'statement', option: statement.index });
    }
    const redressed = new Set<string>();
    let lastUpdate = Number.NEGATIVE_INFINITY;
    for (const e of s.log) {
      if (e.type !== 'action') continue;
      if (e.action.type === 'redress') redressed.add(s.post(e.action.post)?.author ?? '');
      if (e.action.type === 'update') lastUpdate = e.t;
    }
    let budget = s.metrics.budget;
    for (const p of visible(s)) {
      if (p.kind === 'abuse') {
        actions.push({ type: 'delete', post: p.id });
        continue;
      }
      const model = s.replyOptions(p.id)?.find((o) => o.model);
      if (model)
        actions.push({
          type: model.channel === 'private' ? 'reply_private' : 'reply',
          post: p.id,
          option: model.index,
        });
      if (p.authorType === 'affected_customer' && !p.crowd && !redressed.has(p.author) && budget >= 30) {
        redressed.add(p.author);
        budget -= 30;
        actions.push({ type: 'redress', post: p.id, amount: 30 });
      }
    }
    const update = s.updatePoint?.options.find((o) => o.model);
    if (s.metrics.statementsLanded > 0 && s.now - lastUpdate > 180 && update) {
      actions.push({ type: 'update', option: update.index });
    }
    return actions;
  },
};

export const POLICIES: Readonly<Record<string, Policy>> = {
  random: randomPolicy,
  silent: silentPolicy,
  deleter: deleterPolicy,
  exemplary: exemplaryPolicy,
};
