import { isBadQuality, type Quality } from '../content/quality';
import { type PlayerAction, replyWith } from './action';
import { replyValue } from './consequences';
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
    return replyWith(option.channel, post.id, option.index);
  }
  const statement = roll < 0.62 ? s.menu('statement') : null;
  if (statement) return { type: 'statement', option: rng.pick(statement.options).index };
  const update = roll < 0.68 ? s.menu('update') : null;
  if (update) return { type: 'update', option: rng.pick(update.options).index };
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
  if (kind === 'like' && s.liked.has(post.id)) return null;
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

/** Seconds a promise of an update may wait before the update is due: time to have something to report. */
const UPDATE_AFTER = 120;
/** Promises still arriving: hold the update until none has been made for this long, so one update answers them all. */
const PROMISES_SETTLE = 45;

/**
 * Plays by the book: analyses and involves the person in charge first, answers every reply point
 * with its model reply, removes only abuse, leaves trolls alone, likes the praise it cannot answer,
 * publishes the model statement once the problem is clearly brand-wide, makes amends to affected
 * customers, and publishes the update once the promises it made have had time to be worked on (or
 * before the session ends). Reads the posts' kinds and authors as a careful human reads the text.
 */
export const exemplaryPolicy: Policy = {
  name: 'exemplary',
  decide: (s) => {
    const actions: PlayerAction[] = [];
    if (!s.metrics.analysed) actions.push({ type: 'analyse' });
    if (!s.metrics.escalated) actions.push({ type: 'escalate' });
    const complaints = s.posts.filter((p) => p.kind === 'complaint' && p.authorType !== 'troll').length;
    const statement = s.menu('statement')?.options.find((o) => o.model);
    if (s.metrics.statementsLanded === 0 && complaints >= 2 && statement) {
      actions.push({ type: 'statement', option: statement.index });
    }
    const redressed = new Set<string>();
    const promises: number[] = [];
    for (const e of s.log) {
      if (e.type !== 'action') continue;
      if (e.action.type === 'redress') redressed.add(s.post(e.action.post)?.author ?? '');
      if (e.action.type === 'update') promises.length = 0;
      else if (e.reply?.qualities.includes('promises_update')) promises.push(e.t);
    }
    let budget = s.metrics.budget;
    for (const p of visible(s)) {
      if (p.kind === 'abuse') {
        actions.push({ type: 'delete', post: p.id });
        continue;
      }
      const model = s.replyOptions(p.id)?.find((o) => o.model);
      if (model) actions.push(replyWith(model.channel, p.id, model.index));
      else if (
        p.kind === 'praise' &&
        p.authorType !== 'troll' &&
        p.channel === 'public' &&
        !s.liked.has(p.id)
      )
        actions.push({ type: 'like', post: p.id });
      if (p.authorType === 'affected_customer' && !p.crowd && !redressed.has(p.author) && budget >= 30) {
        redressed.add(p.author);
        budget -= 30;
        actions.push({ type: 'redress', post: p.id, amount: 30 });
      }
    }
    const update = s.menu('update')?.options.find((o) => o.model);
    const oldest = promises[0];
    const newest = promises[promises.length - 1];
    if (update && oldest !== undefined && newest !== undefined) {
      const due = s.now - oldest >= UPDATE_AFTER && s.now - newest >= PROMISES_SETTLE;
      const closing = s.duration - s.now <= 60;
      if (due || closing) actions.push({ type: 'update', option: update.index });
    }
    return actions;
  },
};

/** Most bad qualities first; among equals, the one that lands worst with the public. */
function mostDefensive<T extends { readonly qualities: readonly Quality[] }>(
  options: readonly T[],
): T | undefined {
  const bad = (o: T) => o.qualities.filter(isBadQuality).length;
  let worst: T | undefined;
  for (const o of options) {
    if (
      !worst ||
      bad(o) > bad(worst) ||
      (bad(o) === bad(worst) && replyValue(o.qualities) < replyValue(worst.qualities))
    )
      worst = o;
  }
  return worst;
}

/**
 * The brand on the defensive: answers everything, promptly, but always with the most defensive
 * option available (most bad qualities, then lowest value) — replies, one statement once the
 * complaints pile up, one update later. Never deletes, never analyses, escalates or compensates.
 */
export const defensivePolicy: Policy = {
  name: 'defensive',
  decide: (s) => {
    const actions: PlayerAction[] = [];
    for (const p of visible(s)) {
      const option = mostDefensive(s.replyOptions(p.id) ?? []);
      if (option) actions.push(replyWith(option.channel, p.id, option.index));
    }
    const complaints = s.posts.filter((p) => p.kind === 'complaint' && p.authorType !== 'troll').length;
    const statement = mostDefensive(s.menu('statement')?.options ?? []);
    if (s.metrics.statements === 0 && complaints >= 2 && statement)
      actions.push({ type: 'statement', option: statement.index });
    const statementAt = s.log.find((e) => e.type === 'action' && e.action.type === 'statement')?.t;
    const update = mostDefensive(s.menu('update')?.options ?? []);
    if (s.metrics.updates === 0 && statementAt !== undefined && s.now - statementAt >= UPDATE_AFTER && update)
      actions.push({ type: 'update', option: update.index });
    return actions;
  },
};

export const POLICIES: Readonly<Record<string, Policy>> = {
  random: randomPolicy,
  silent: silentPolicy,
  deleter: deleterPolicy,
  exemplary: exemplaryPolicy,
  defensive: defensivePolicy,
};
