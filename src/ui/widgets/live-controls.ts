import type { MessageKey } from '../../app/i18n/i18n';
import type { PostView } from '../../sim/session-view';
import type { ButtonSpec } from './button';

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
