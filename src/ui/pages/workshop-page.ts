import { pageLang, tw } from '../../app/i18n/workshop-i18n';
import { clear } from '../dom/dom';
import { renderBoard } from './board-page';
import { renderConsole } from './console-page';
import { renderSetup } from './setup-page';

/**
 * The facilitator's pages, plain DOM and no Phaser: `?view=workshop` sets up a session and hands
 * out one link (and QR code) per team; `?view=board` loads the teams' results files, replays each
 * session through the simulation engine to check it, and sets them side by side on a projector.
 * Everything happens in the page: nothing is sent anywhere.
 */
export function startWorkshopPage(view: 'workshop' | 'board' | 'console', root: HTMLElement): void {
  const lang = pageLang(window.location.search, navigator.languages ?? [navigator.language]);
  document.documentElement.lang = lang;
  document.body.classList.add('workshop-page');
  const title = tw(
    lang,
    view === 'workshop' ? 'setup.title' : view === 'board' ? 'board.title' : 'console.title',
  );
  document.title = `${title} · Cortafuegos`;
  root.setAttribute('aria-label', title);
  root.setAttribute('tabindex', '-1');
  const skip = document.getElementById('skip');
  if (skip) {
    skip.textContent = tw(lang, 'page.skip');
    skip.setAttribute('href', `#${root.id || 'game'}`);
  }
  clear(root);
  if (view === 'workshop') renderSetup(root, lang);
  else if (view === 'board') renderBoard(root, lang);
  else renderConsole(root, lang);
}
