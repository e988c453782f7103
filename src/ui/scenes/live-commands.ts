import type { MessageKey } from '../../app/i18n/i18n';
import { nextSpeed, redressAction } from '../../app/player-commands';
import type { PlayerAction } from '../../sim/action';
import type { PostView, SessionView } from '../../sim/session-view';
import type { GameContext } from '../game-context';
import type { FeedSelection } from '../pointer/feed-selection';
import { feedOrder, privateMessages } from '../widgets/feed-order';
import type { LiveComposer } from './live-composer';

/** What the commands need from the live feed: the flow, the selection, the write box, the status line. */
export interface LiveHost {
  readonly ctx: GameContext;
  readonly sel: FeedSelection;
  readonly writing: LiveComposer | null;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  setStatus(text: string): void;
}

/** The posts the player can select, in the order they are shown: the feed, then the private messages. */
export function selectablePosts(v: SessionView): PostView[] {
  return [...feedOrder(v.posts), ...privateMessages(v.posts)].filter((p) => !p.author.isBrand);
}

/**
 * What each key of the live feed does. The buttons drawn on the canvas run the same, so a click, a
 * tap and a key take one path into the flow's command path. False when the key means nothing.
 */
export function liveCommand(host: LiveHost, key: string): boolean {
  const { ctx, sel, writing } = host;
  const v = ctx.actor.getSnapshot().context.view;
  if (!v) return false;
  const list = selectablePosts(v);
  const index = list.findIndex((p) => p.id === sel.selectedId);
  const post = list[index] ?? list[0];
  const send = (action: PlayerAction) => ctx.actor.send({ type: 'ACT', action });
  // With the box open but the focus out of it, a digit picks that suggestion (when offered),
  // sent where the box was opened, whatever is selected now.
  if (writing?.open && /^[1-9]$/.test(key)) writing.box.pick(Number(key));
  else if (key === 'Escape') writing?.box.cancel();
  else if (key === 'ArrowDown' || key === 'ArrowUp')
    sel.move(
      key === 'ArrowDown' ? 1 : -1,
      list.map((p) => p.id),
    );
  else if (key === ' ') togglePause(ctx);
  else if (key === '+' || key === '-') changeSpeed(ctx, key === '+' ? 1 : -1);
  else if (key === 'n') ctx.actor.send({ type: 'ADVANCE' });
  else if (key === 'i' && post) hint(host, post.id);
  else if (key === 'e') send({ type: 'escalate' });
  else if (key === 'a') {
    send({ type: 'analyse' });
    const analysis = ctx.actor.getSnapshot().context.view?.analysis;
    if (analysis) host.setStatus(host.t('live.analysis', { ...analysis }));
  } else if (key === 's' || key === 'u') writing?.menu(key === 's' ? 'statement' : 'update');
  else if (post && key.length === 1 && 'rplhdbxm'.includes(key)) postAction(host, v, post, key, send);
  else return false;
  return true;
}

function postAction(
  host: LiveHost,
  v: SessionView,
  post: PostView,
  key: string,
  send: (action: PlayerAction) => void,
): void {
  host.sel.choose(post.id);
  if (key === 'r' || key === 'p') {
    host.writing?.reply(post.id, key === 'r' ? 'public' : 'private');
    return;
  }
  const simple = { l: 'like', h: 'hide', d: 'delete', b: 'block', x: 'leave' } as const;
  // A like is given once: say so in the player's language rather than send what the engine refuses.
  if (key === 'l' && post.liked) host.setStatus(host.t('live.alreadyLiked'));
  else if (key in simple) send({ type: simple[key as keyof typeof simple], post: post.id });
  else if (key === 'm') {
    const action = redressAction(v, post.id);
    if (!action) host.setStatus(host.t('live.noBudget'));
    else {
      send(action);
      if (action.type === 'redress') host.setStatus(host.t('live.redressed', { amount: action.amount }));
    }
  }
}

/** Hints on demand (not in self-assessment): the model reply of the post, recorded in the log. */
export function hint(host: LiveHost, postId: string): void {
  const { ctx } = host;
  if (ctx.actor.getSnapshot().context.mode === 'assessment') return;
  ctx.actor.send({ type: 'HINT', post: postId });
  // The flow sets `hint` on every request: the model reply, or null when the post awaits none.
  const shown = ctx.actor.getSnapshot().context.hint;
  const text = shown ? host.t('live.hint', { text: shown.text }) : host.t('live.noHint');
  host.setStatus(text);
  ctx.a11y.announce(text);
}

export function togglePause(ctx: GameContext): void {
  ctx.actor.send({ type: ctx.actor.getSnapshot().matches({ live: 'paused' }) ? 'RESUME' : 'PAUSE' });
}

export function changeSpeed(ctx: GameContext, step: number): void {
  ctx.actor.send({ type: 'SET_SPEED', speed: nextSpeed(ctx.actor.getSnapshot().context.speed, step) });
}
