import type { MessageKey } from '../../app/i18n/i18n';
import { addNotice, type NoticeList } from '../../app/notices';
import type { Lang } from '../../content/scenario.schema';
import { downloadText } from '../dom/download';
import { noticeText } from '../dom/notice-list';
import type { GameContext } from '../game-context';
import type { PointerInput } from '../pointer/pointer-input';
import type { RetainedLayer } from '../retained-layer';
import { drawNotices, type NoticeFrame } from '../widgets/notice-panel';

/** Every message at once: the ones raised so far, and the scenarios that failed to build. */
export function menuNotices(ctx: GameContext): NoticeList {
  const { broken } = ctx.library;
  return broken.length
    ? addNotice(ctx.notices.all, { id: 'menu.broken', key: 'menu.broken', vars: { ids: broken.join(', ') } })
    : ctx.notices.all;
}

/** The download of the nth notice that has one (the digit shown beside it on the canvas). */
export function downloadNotice(ctx: GameContext, n: number): void {
  const notice = menuNotices(ctx).filter((x) => x.download)[n - 1];
  if (notice?.download) downloadText(notice.download.name, notice.download.raw);
}

/** The notices on the menu's canvas, each with its buttons; returns the panel's height. */
export function drawMenuNotices(
  draw: RetainedLayer,
  pointer: PointerInput,
  o: {
    readonly ctx: GameContext;
    readonly lang: Lang;
    readonly t: (key: MessageKey, vars?: Record<string, string | number>) => string;
    /** Runs the digit key of the nth download, as the keyboard does. */
    readonly command: (key: string) => void;
  },
  frame: NoticeFrame,
): number {
  const { ctx, t } = o;
  return drawNotices(
    draw,
    pointer,
    menuNotices(ctx),
    {
      text: (notice) => noticeText(o.lang, notice),
      downloadKey: (n) => t('notice.downloadKey', { n }),
      dismissLabel: t('ctl.dismiss'),
      dismiss: (id) => ctx.notices.dismiss(id),
      // The broken-scenario notice is made anew from the library on every draw: it cannot go.
      canDismiss: (id) => ctx.notices.all.some((n) => n.id === id),
      download: (n) => o.command(String(n)),
      actionLabel: (notice) => (notice.action ? t(notice.action.label) : ''),
    },
    frame,
  );
}
