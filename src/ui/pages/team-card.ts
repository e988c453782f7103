import QRCode from 'qrcode';
import { tw } from '../../app/i18n/workshop-i18n';
import type { Lang } from '../../content/scenario.schema';
import { el } from '../dom/dom';

/** One team's link as the facilitator hands it out: the link, a copy button and its QR code. */
export function teamCard(team: string, url: string, lang: Lang, status: HTMLElement): HTMLLIElement {
  const qr = el('div', { class: 'ws-qr' });
  QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 320 })
    .then((data) =>
      qr.append(el('img', { src: data, alt: tw(lang, 'setup.qr', { team }), width: 320, height: 320 })),
    )
    .catch(() => qr.append(el('p', {}, tw(lang, 'setup.qrFailed'))));
  const copy = el(
    'button',
    {
      type: 'button',
      'aria-label': tw(lang, 'setup.copyLabel', { team }),
      onclick: () => {
        const done = () => {
          status.textContent = tw(lang, 'setup.copied', { team });
        };
        const failed = () => {
          status.textContent = tw(lang, 'setup.copyFailed');
        };
        if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, failed);
        else failed();
      },
    },
    tw(lang, 'setup.copy'),
  );
  return el(
    'li',
    { class: 'ws-team-card' },
    el('h3', {}, team),
    el('p', { class: 'ws-url' }, el('a', { href: url }, url)),
    el('p', {}, copy),
    qr,
  );
}
