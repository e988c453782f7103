import { describe, expect, it } from 'vitest';
import {
  attemptOf,
  attemptState,
  EMPTY_STATE,
  readAttemptState,
} from '../../../src/app/lms/cmi5-attempt-state';
import { resumeAttempt } from '../../../src/app/lms/resume-attempt';
import { playerInputs, SUSPEND_VERSION, type SuspendedAttempt } from '../../../src/app/lms/suspend-data';
import { CrisisSession } from '../../../src/sim/session';
import { answerAll, firstShift } from './cmi5-fixtures';

/** first-shift played part of the way, its replies made. */
function halfPlayed(): CrisisSession {
  const session = new CrisisSession(firstShift(), 'en', 5);
  while (session.now < 120 && !session.ended) {
    session.advanceTo(session.now + 3);
    answerAll(session);
  }
  session.advanceTo(session.now + 1.5);
  return session;
}

const attemptOfSession = (session: CrisisSession): SuspendedAttempt => ({
  v: SUSPEND_VERSION,
  scenario: 'first-shift',
  lang: session.lang,
  seed: session.seed,
  now: session.now,
  speed: 4,
  mode: 'training',
  inputs: playerInputs(session.log),
});

describe('the attempt kept in the cmi5 State API', () => {
  it('round-trips through JSON and rebuilds the same session at the same clock', () => {
    const session = halfPlayed();
    expect(playerInputs(session.log).some(([, , a]) => typeof a === 'object' && 'text' in a)).toBe(true);
    const document = attemptState(attemptOfSession(session), firstShift(), 3, {
      completed: false,
      passed: false,
    });
    const stored = JSON.parse(JSON.stringify(document));
    const read = readAttemptState(stored);
    if (!read.ok) throw new Error(read.reason);
    expect(read.state.answered).toBe(3);
    const decoded = attemptOf(read.state, firstShift());
    if (!decoded?.ok) throw new Error('the attempt did not decode');
    const resumed = resumeAttempt(firstShift(), decoded.attempt);
    expect(resumed.now).toBe(session.now);
    expect(resumed.log).toEqual(session.log);
    // Small: the same compressed text SCORM keeps, well under its 4,096 characters here.
    expect(JSON.stringify(stored).length).toBeLessThan(4096);
  });

  it('a finished attempt leaves only what was reported', () => {
    const document = attemptState(null, firstShift(), 5, { completed: true, passed: true });
    expect(document).toEqual({ ...EMPTY_STATE, completed: true, passed: true });
    expect(attemptOf(document, firstShift())).toBeNull();
  });

  it('no document yet is an empty state; a damaged one is named', () => {
    expect(readAttemptState(null)).toEqual({ ok: true, state: EMPTY_STATE });
    const bad = readAttemptState({ v: 1, attempt: 7 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/attempt state is not valid at attempt/);
    const garbled = readAttemptState({ ...EMPTY_STATE, attempt: 'not an attempt' });
    if (!garbled.ok) throw new Error(garbled.reason);
    const decoded = attemptOf(garbled.state, firstShift());
    expect(decoded).toEqual({ ok: false, reason: "the suspended attempt is not in the game's format" });
  });
});
