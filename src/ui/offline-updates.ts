/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { lmsContext } from '../app/lms/lms-context';
import type { Notices } from '../app/notices';

/** The id of the menu's notice that offers a new version. */
export const UPDATE_NOTICE = 'update';

/** How often an open page asks whether a new version is out (besides at every load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export type OfflineOutcome = 'registering' | 'no-service-worker' | 'lms';

const warn = (error: unknown): void => console.warn('The game could not be set up to work offline:', error);

/**
 * Registers the service worker that keeps the game working offline after its first load (Workbox,
 * built by vite-plugin-pwa: `sw.js` precaches every file the menu and the scenarios need), and
 * offers a new version through the menu's notices once the browser has downloaded it. Nothing is
 * forced: the new version waits until the player presses "Reload to update" (the autosave writes
 * a session in progress as the page goes, and the menu offers to continue it).
 *
 * None is registered inside a learning platform (the LMS serves and versions the package, and a
 * worker left on its origin would answer for other courses), nor where the browser has no
 * service workers: plain-http LAN addresses of the workshop server are not secure contexts. In
 * `npm start` the plugin's register module is a stub that does nothing. Never throws.
 */
export function offerOfflineAndUpdates(notices: Notices): OfflineOutcome {
  if (!navigator.serviceWorker) return 'no-service-worker';
  if (lmsContext(window)) return 'lms';
  const start = (): void => {
    try {
      const update = registerSW({
        onNeedRefresh() {
          notices.add({
            id: UPDATE_NOTICE,
            key: 'update.available',
            action: { label: 'update.reload', key: 'u', run: () => void update(true) },
          });
        },
        onRegisteredSW(_url: string, registration: ServiceWorkerRegistration | undefined) {
          if (!registration) return;
          // Registering an unchanged script URL checks nothing, and Chromium's own check after a
          // navigation waits until the worker idles: ask now, then hourly while the page is open.
          // Not while a worker installs (a first visit, or a check already under way: a second
          // one would queue behind it). Offline the check fails quietly; the cached version goes on.
          const check = (): void => {
            if (registration.installing || !navigator.onLine) return;
            registration.update().catch(() => undefined);
          };
          if (navigator.serviceWorker.controller) check();
          setInterval(check, UPDATE_CHECK_MS);
        },
        onRegisterError: warn,
      });
    } catch (error) {
      warn(error);
    }
  };
  // Not before the page has loaded: the worker then downloads the whole build for its cache,
  // which must not compete with the menu's first draw.
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return 'registering';
}
