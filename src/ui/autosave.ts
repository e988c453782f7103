import type { Actor } from 'xstate';
import { SAVE_VERSION } from '../app/persistence/save.schema';
import type { SaveStore } from '../app/persistence/save-store';
import type { sessionMachine } from '../app/session.machine';

/**
 * Saves the live session after every change to its log (at most once a second of real time) and
 * when the page is hidden or closed; forgets it once the session reaches its debrief. Reports the
 * first failed save so the player knows a reload would lose the session, and the first save that
 * succeeds after it, so the warning goes.
 */
export function autosave(
  actor: Actor<typeof sessionMachine>,
  saves: SaveStore,
  onFailure: () => void,
  onRecovered: () => void = () => undefined,
): void {
  let savedEvents = -1;
  let savedClock = -1;
  let lastWrite = 0;
  let failed = false;
  const write = (force: boolean): void => {
    const snap = actor.getSnapshot();
    const { session, scenario, speed, mode, team } = snap.context;
    if (snap.matches('debrief') || snap.matches('menu')) {
      if (savedEvents !== -1) saves.clear();
      savedEvents = -1;
      return;
    }
    if (!snap.matches('live') || !session || !scenario || session.ended) return;
    const changed = session.log.length !== savedEvents || (force && session.now !== savedClock);
    if (!changed || (!force && performance.now() - lastWrite < 1000)) return;
    lastWrite = performance.now();
    const ok = saves.save({
      version: SAVE_VERSION,
      scenario: scenario.manifest.id,
      lang: session.lang,
      seed: session.seed,
      speed,
      mode,
      ...(team ? { team } : {}),
      now: session.now,
      savedAt: new Date().toISOString(),
      log: session.log,
    });
    savedEvents = session.log.length;
    savedClock = session.now;
    if (!ok && !failed) {
      failed = true;
      onFailure();
    } else if (ok && failed) {
      // Storage has room again: the warning would now be untrue.
      failed = false;
      onRecovered();
    }
  };
  actor.subscribe(() => write(false));
  setInterval(() => write(true), 5000);
  window.addEventListener('pagehide', () => write(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') write(true);
  });
}
