import type { Actor } from 'xstate';
import type { MessageKey } from '../i18n/i18n';
import type { Notices } from '../notices';
import type { sessionMachine } from '../session.machine';
import { connectCmi5 } from './cmi5-connect';
import type { Cmi5Session } from './cmi5-session';
import type { StorageLike } from './statement-queue';

/**
 * The game's side of a cmi5 launch: opens the session (cmi5-session.ts) with the page's query and
 * storage, and turns what happens on the LMS side into the menu's notices and spoken messages.
 * Loaded with a dynamic import only when the launch URL says `lms=cmi5`, so the game's first
 * download does not carry it.
 */
export interface Cmi5Ui {
  readonly notices: Notices;
  /** Says a message now, where the learner is (the live feed's toast and the screen reader). */
  tell(key: MessageKey): void;
}

function localStorageOf(win: Window): StorageLike | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

export function launchCmi5(
  win: Window,
  scenario: string,
  actor: Actor<typeof sessionMachine>,
  ui: Cmi5Ui,
): Promise<Cmi5Session | null> {
  let opened: Cmi5Session | null = null;
  const { notices } = ui;
  return connectCmi5(win, { search: win.location.search, storage: localStorageOf(win) }, scenario, actor, {
    failed: (reason) => notices.add({ id: 'lms.cmi5', key: 'lms.cmi5Failed', vars: { reason } }),
    unusable: (raw, reason) =>
      notices.add({
        id: 'lms.resume',
        key: 'lms.resumeFailed',
        vars: { reason },
        download: { raw, name: 'cortafuegos-lms-attempt.txt', label: 'lms.download' },
      }),
    down: (reason) => {
      notices.add({ id: 'lms.lrs', key: 'lms.lrsDown', vars: { reason } });
      ui.tell('lms.lrsDown');
    },
    back: () => notices.dismiss('lms.lrs'),
    refused: (reason) =>
      notices.add({
        id: 'lms.refused',
        key: 'lms.lrsRefused',
        vars: { reason },
        download: {
          raw: JSON.stringify(opened?.statements.refused ?? [], null, 2),
          name: 'cortafuegos-refused-statements.json',
          label: 'lms.downloadRefused',
        },
      }),
    finished: (returnUrl) => {
      if (!returnUrl) return;
      notices.add({
        id: 'lms.return',
        key: 'lms.finished',
        action: { label: 'lms.return', key: 'b', run: () => win.location.assign(returnUrl) },
      });
    },
  }).then((session) => {
    opened = session;
    return session;
  });
}
