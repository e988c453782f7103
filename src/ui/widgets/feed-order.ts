import type { PostView } from '../../sim/session-view';

/**
 * The order a social network shows a crisis in: conversations with the latest activity first,
 * and inside each conversation its posts in the order they were written. Private messages live in
 * their own panel; deleted posts are gone.
 */
export function feedOrder(posts: readonly PostView[]): PostView[] {
  const threads = new Map<string, PostView[]>();
  for (const p of posts) {
    if (p.status === 'deleted' || p.channel === 'private') continue;
    const list = threads.get(p.thread) ?? [];
    list.push(p);
    threads.set(p.thread, list);
  }
  const last = (list: PostView[]) => list[list.length - 1]?.t ?? 0;
  return [...threads.values()].sort((a, b) => last(b) - last(a)).flat();
}

/** Private messages, newest first. */
export function privateMessages(posts: readonly PostView[]): PostView[] {
  return posts.filter((p) => p.channel === 'private' && p.status !== 'deleted').reverse();
}
