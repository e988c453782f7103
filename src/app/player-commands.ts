import { type PlayerAction, replyWith, replyWritten } from '../sim/action';
import type { MenuKind } from '../sim/event';
import type { PostView, SessionView } from '../sim/session-view';
import type { ReplyOption } from '../story/beat';

/**
 * What the player's inputs mean, for every input the game has (keys on the canvas, buttons of the
 * accessible layer): the actions they build from the view the player is looking at. The session
 * still validates every action; these only keep an input from asking for something it cannot mean.
 */

/** An open composer remembers what it answers: the post it was opened on, or the brand's own composer. */
export type Composer =
  | { readonly kind: 'public' | 'private'; readonly post: string; readonly options: readonly ReplyOption[] }
  | { readonly kind: MenuKind; readonly post: null; readonly options: readonly ReplyOption[] };

/** The reply composer of a post, or null when the script offers no reply on that channel now. */
export function replyComposer(post: PostView, channel: 'public' | 'private'): Composer | null {
  const options = post.replies.filter((o) => o.channel === channel);
  return options.length > 0 ? { kind: channel, post: post.id, options } : null;
}

/** The action of choosing an option in a composer: always to the composer's own post. */
export function chooseOption(composer: Composer, option: ReplyOption): PlayerAction {
  if (composer.post === null)
    return composer.kind === 'statement'
      ? { type: 'statement', option: option.index }
      : { type: 'update', option: option.index };
  return replyWith(composer.kind === 'public' ? 'public' : 'private', composer.post, option.index);
}

/** The action of sending the player's own text from a composer: to the composer's own post. */
export function writeText(composer: Composer, text: string): PlayerAction {
  if (composer.post === null)
    return composer.kind === 'statement' ? { type: 'statement', text } : { type: 'update', text };
  return replyWritten(composer.kind === 'public' ? 'public' : 'private', composer.post, text);
}

/** How much one "make amends" offers, at most. */
export const REDRESS_STEP = 50;

/** The redress the player can still offer (up to one step of what is left), or 0 once the budget is spent. */
export const redressAmount = (view: SessionView): number =>
  Math.max(0, Math.min(REDRESS_STEP, Math.floor(view.metrics.budget)));

/** A redress action on a post, or null when nothing is left to offer. */
export function redressAction(view: SessionView, post: string): PlayerAction | null {
  const amount = redressAmount(view);
  return amount > 0 ? { type: 'redress', post, amount } : null;
}

/** The posts the player can select and act on, in the order the feed shows them. */
export function actionablePosts(ordered: readonly PostView[]): PostView[] {
  return ordered.filter((p) => !p.author.isBrand);
}

/** The speeds the player steps through with +/−, slowest first. */
export const SPEED_STEPS = [0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64] as const;

/** One step faster (+1) or slower (−1) from the current speed, held at both ends. */
export function nextSpeed(current: number, step: number): number {
  const i = SPEED_STEPS.findIndex((v) => v >= current);
  const from = i < 0 ? SPEED_STEPS.length - 1 : i;
  return SPEED_STEPS[Math.max(0, Math.min(SPEED_STEPS.length - 1, from + step))] ?? 1;
}
