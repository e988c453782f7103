import type { MessageKey } from '../../app/i18n/i18n';
import { redressAmount } from '../../app/player-commands';
import type { PostView, SessionView } from '../../sim/session-view';
import type { PointerInput } from '../pointer/pointer-input';
import type { Drawer } from '../retained-layer';
import { COLORS } from '../theme';
import { type ButtonSpec, drawButtonRow } from './button';
import { privateMessages } from './feed-order';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * The selected post's action bar. Each button runs the key it shows, through the same command as
 * the keyboard; its id names the post, so a press that ends on another post's bar does nothing.
 */
export function postButtons(
  t: T,
  post: PostView,
  o: { readonly redress: number; readonly hints: boolean; readonly command: (key: string) => void },
): ButtonSpec[] {
  const b = (key: string, label: string, extra: Partial<ButtonSpec> = {}): ButtonSpec => ({
    id: `post:${post.id}:${key}`,
    label,
    key: key.toUpperCase(),
    onTap: () => o.command(key),
    ...extra,
  });
  const buttons = [
    b('r', t('ctl.reply'), { tone: 'accent' }),
    b('p', t('ctl.replyPrivately')),
    b('l', t(post.liked ? 'ctl.liked' : 'ctl.like'), { on: post.liked }),
    b('h', t('ctl.hide')),
    b('d', t('ctl.delete'), { tone: 'danger' }),
    b('b', t('ctl.block'), { tone: 'danger' }),
    b('x', t('ctl.leave')),
    b('m', t('ctl.redress', { amount: o.redress }), { disabled: o.redress <= 0 }),
  ];
  if (o.hints) buttons.push(b('i', t('ctl.hint')));
  return buttons;
}

/** The brand's own moves and the clock: escalate, analyse, publish, pause and speed (or step on). */
export function brandButtons(
  t: T,
  o: { readonly paused: boolean; readonly timerOff: boolean; readonly command: (key: string) => void },
): ButtonSpec[] {
  const b = (key: string, label: string, shown = key.toUpperCase(), extra: Partial<ButtonSpec> = {}) => ({
    id: `brand:${key}`,
    label,
    key: shown,
    onTap: () => o.command(key),
    ...extra,
  });
  const moves: ButtonSpec[] = [
    b('e', t('ctl.escalate')),
    b('a', t('ctl.analyse')),
    b('s', t('ctl.statement')),
    b('u', t('ctl.update')),
  ];
  if (o.timerOff) return [...moves, b('n', t('ctl.next'), 'N', { tone: 'accent' })];
  return [
    ...moves,
    b(' ', t(o.paused ? 'ctl.resume' : 'ctl.pause'), '␣', { on: o.paused }),
    b('-', t('ctl.slower'), '−'),
    b('+', t('ctl.faster'), '+'),
  ];
}

/**
 * The action bar of the selected private message, or null when none is selected: the same as a
 * post's, as its keys and the accessible layer offer (the engine refuses what cannot be done).
 */
export function messageButtons(
  t: T,
  s: SessionView,
  selectedId: string | null,
  o: { readonly hints: boolean; readonly command: (key: string) => void },
): ButtonSpec[] | null {
  const dm = privateMessages(s.posts).find((p) => p.id === selectedId && !p.author.isBrand);
  if (!dm) return null;
  return postButtons(t, dm, { ...o, redress: redressAmount(s) });
}

/**
 * The brand bar over the feed column; returns its height. Cards scrolled above the feed are
 * covered here, and the cover answers taps, so nothing hidden under it can be pressed.
 */
export function drawBrandBar(
  draw: Drawer,
  pointer: PointerInput,
  buttons: readonly ButtonSpec[],
  at: { readonly x: number; readonly y: number; readonly width: number; readonly feedTop: number },
): number {
  draw.rectangle(at.x, 0, at.width, at.feedTop, COLORS.background).setOrigin(0, 0).setDepth(1);
  pointer.zones.add({
    id: 'feed:cover',
    x: at.x,
    y: 0,
    width: at.width,
    height: at.feedTop,
    onTap: () => {},
    inert: true,
  });
  return drawButtonRow(draw, pointer, at.x, at.y, at.width, buttons, { depth: 2 });
}
