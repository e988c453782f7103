import { t } from '../../app/i18n/i18n';
import type { Notice, NoticeList } from '../../app/notices';
import type { Lang } from '../../content/scenario.schema';
import { el } from './dom';
import { downloadText } from './download';

/** A notice's text in the player's language. */
export const noticeText = (lang: Lang, notice: Notice): string => t(lang, notice.key, notice.vars);

/**
 * The menu's notices for the accessible layer: each its own alert (a status for an offer, which
 * must not interrupt), download, action and dismiss button.
 */
export function noticeListView(
  lang: Lang,
  notices: NoticeList,
  on: { dismiss(id: string): void },
): HTMLElement | null {
  if (notices.length === 0) return null;
  return el(
    'ul',
    { class: 'notices', 'aria-label': t(lang, 'notice.heading') },
    ...notices.map((notice) => {
      const text = noticeText(lang, notice);
      const { download, action } = notice;
      return el(
        'li',
        { 'data-notice': notice.id },
        el('p', { role: action ? 'status' : 'alert' }, text),
        action ? el('button', { type: 'button', onclick: () => action.run() }, t(lang, action.label)) : null,
        download
          ? el(
              'button',
              { type: 'button', onclick: () => downloadText(download.name, download.raw) },
              t(lang, download.label),
            )
          : null,
        el(
          'button',
          { type: 'button', onclick: () => on.dismiss(notice.id) },
          t(lang, 'notice.dismiss', { text: text.length > 60 ? `${text.slice(0, 57)}…` : text }),
        ),
      );
    }),
  );
}
