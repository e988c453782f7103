import { type PlayerAction, replyWith } from '../../sim/action';
import type { Policy } from '../../sim/policy';
import type { ReplyOption } from '../../story/beat';

/**
 * Players who answer without reading: on every post that can be answered, at once, the option a
 * habit picks — the first one shown, or the longest — and nothing else. Suggested replies give the
 * answer away if either of them does about as well as the exemplary player.
 */
function shortcut(name: string, pick: (options: readonly ReplyOption[]) => ReplyOption): Policy {
  return {
    name,
    decide: (s) =>
      s.posts.flatMap((p): PlayerAction[] => {
        const options = p.status === 'deleted' ? null : s.replyOptions(p.id);
        if (!options?.length) return [];
        const o = pick(options);
        return [replyWith(o.channel, p.id, o.index)];
      }),
  };
}

const length = (o: ReplyOption): number => [...o.text].length;

export const firstOptionPlayer = shortcut('first-option', (options) => options[0] as ReplyOption);

/** Ties go to the option shown first, as a hurried reader would take it. */
export const longestOptionPlayer = shortcut('longest-option', (options) =>
  options.reduce((best, o) => (length(o) > length(best) ? o : best)),
);
