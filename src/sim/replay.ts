import type { CompiledScenario } from '../content/compiled-scenario';
import type { SessionEvent } from './event';
import { CrisisSession } from './session';

/**
 * Rebuilds a session from its log: the same scenario and seed, the logged player actions at their
 * logged times. The result's log equals the original when the log is genuine.
 */
export function replayLog(
  scenario: CompiledScenario,
  log: readonly SessionEvent[],
  until?: number,
): CrisisSession {
  const start = log[0];
  if (start?.type !== 'session_started') throw new Error('a session log must begin with session_started');
  if (start.scenario !== scenario.manifest.id) {
    throw new Error(`log is of scenario "${start.scenario}", not "${scenario.manifest.id}"`);
  }
  const session = new CrisisSession(scenario, start.lang, start.seed);
  for (const event of log) {
    if (event.type === 'menu_opened') {
      session.advanceTo(event.t);
      session.menu(event.menu, true);
      continue;
    }
    if (event.type === 'hint') {
      session.advanceTo(event.t);
      session.hint(event.post);
      continue;
    }
    if (event.type !== 'action') continue;
    session.advanceTo(event.t);
    const result = session.act(event.action);
    if (!result.ok) throw new Error(`logged action at t=${event.t} cannot be replayed: ${result.reason}`);
  }
  if (log.some((e) => e.type === 'session_ended')) session.runToEnd();
  else {
    // A saved session's clock may have run on past its last event: `until` puts it back there.
    const last = log[log.length - 1];
    session.advanceTo(Math.max(until ?? 0, last?.t ?? 0));
  }
  return session;
}
