import { redressAmount } from '../../app/player-commands';
import type { PlayerAction } from '../../sim/action';
import type { SessionView } from '../../sim/session-view';
import { FeedView } from '../dom/feed-view';
import { changeSpeed, hint, type LiveHost, togglePause } from './live-commands';

/**
 * The accessible layer's feed for the live scene: the same actions as the canvas, through the
 * same commands, for screen readers and keyboard users in the DOM.
 */
export function liveFeedView(
  host: () => LiveHost,
  view: () => SessionView | null,
  first: SessionView,
  send: (action: PlayerAction) => void,
): FeedView {
  const { ctx } = host();
  const lang = ctx.actor.getSnapshot().context.lang;
  return new FeedView(ctx.a11y, () => view() ?? first, lang, {
    act: send,
    write: (kind: 'public' | 'private' | 'statement' | 'update', post?: string) => {
      const writing = host().writing;
      if (kind === 'statement' || kind === 'update') writing?.menu(kind);
      else if (post) writing?.reply(post, kind);
    },
    redressAmount: () => redressAmount(view() ?? first),
    togglePause: () => togglePause(ctx),
    changeSpeed: (step) => changeSpeed(ctx, step),
    advance: () => ctx.actor.send({ type: 'ADVANCE' }),
    hint: ctx.actor.getSnapshot().context.mode === 'assessment' ? null : (post) => hint(host(), post),
    isPaused: () => ctx.actor.getSnapshot().matches({ live: 'paused' }),
  });
}
