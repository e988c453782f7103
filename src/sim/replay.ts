import type { CompiledScenario } from '../content/compiled-scenario';
import { isWritten } from './action';
import type { EventOfType, SessionEvent } from './event';
import { CrisisSession } from './session';
import type { WrittenReading } from './written-reply';

/** The reading a written text was given when it was played: replay keeps it, whatever the grader says now. */
export function loggedReading(event: EventOfType<'action'>): WrittenReading | undefined {
  const w = event.reply?.written;
  if (!w) return undefined;
  return {
    graderVersion: w.graderVersion,
    context: w.context,
    confirmed: w.confirmed,
    qualities: event.reply?.qualities ?? [],
    evidence: w.evidence,
    branch: w.branch,
  };
}

/**
 * The first written reply the log holds no reading for. The engine logs one with every text it
 * reads, so such a log was not written by the engine; replaying it would read the text afresh,
 * which needs the grader's lexicon and would not show what was played.
 */
export function unreadWritten(log: readonly SessionEvent[]): EventOfType<'action'> | undefined {
  for (const e of log) if (e.type === 'action' && isWritten(e.action) && !e.reply?.written) return e;
  return undefined;
}

/**
 * Rebuilds a session from its log: the same scenario and seed, the logged player actions at their
 * logged times. The result's log equals the original when the log is genuine.
 */
export function replayLog(
  scenario: CompiledScenario,
  log: readonly SessionEvent[],
  until?: number,
  /** Read every written text afresh instead of taking the logged reading (verification). */
  regrade = false,
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
    if (event.type === 'inject') {
      session.advanceTo(event.t);
      const landed = session.inject(event.inject);
      if (!landed.ok) throw new Error(`logged inject at t=${event.t} cannot be replayed: ${landed.reason}`);
      continue;
    }
    if (event.type === 'hint') {
      session.advanceTo(event.t);
      session.hint(event.post);
      continue;
    }
    if (event.type !== 'action') continue;
    session.advanceTo(event.t);
    const result = session.act(event.action, regrade ? undefined : loggedReading(event));
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
