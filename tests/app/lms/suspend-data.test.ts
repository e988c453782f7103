import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resumeAttempt } from '../../../src/app/lms/resume-attempt';
import {
  decodeSuspendData,
  encodeSuspendData,
  playerInputs,
  SUSPEND_DATA_LIMIT,
  type SuspendedAttempt,
  suspendDictionary,
} from '../../../src/app/lms/suspend-data';
import { textLength } from '../../../src/sim/action';
import { CrisisSession } from '../../../src/sim/session';
import { realLibrary } from '../../helpers';
import { PRIVATE_REPLIES, PUBLIC_REPLIES, STATEMENT, UPDATE } from './written-replies';

const outage = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'service-outage');
  if (!s) throw new Error('service-outage did not load');
  return s;
};

/**
 * Plays service-outage writing a reply at every reply point; with `composers`, also a written
 * statement, a written update and a hint.
 */
function writeEverywhere(
  until = Number.POSITIVE_INFINITY,
  composers = true,
): { session: CrisisSession; points: number } {
  const session = new CrisisSession(outage(), 'es', 1);
  let pub = 0;
  let priv = 0;
  while (!session.ended && session.now < until) {
    session.advanceTo(session.now + 1);
    if (composers && session.now === 60) {
      session.menu('statement');
      expect(session.act({ type: 'statement', text: STATEMENT }).ok).toBe(true);
    }
    if (composers && session.now === 400) {
      session.menu('update');
      expect(session.act({ type: 'update', text: UPDATE }).ok).toBe(true);
    }
    for (const post of session.posts) {
      const options = session.replyOptions(post.id);
      if (post.status !== 'visible' || !options?.length) continue;
      if (composers && pub + priv === 2) session.hint(post.id);
      const result =
        options[0]?.channel === 'private'
          ? session.act({ type: 'reply_private', post: post.id, text: PRIVATE_REPLIES[priv++] as string })
          : session.act({ type: 'reply', post: post.id, text: PUBLIC_REPLIES[pub++] as string });
      expect(result).toEqual({ ok: true });
    }
  }
  return { session, points: pub + priv };
}

const attemptOf = (session: CrisisSession): SuspendedAttempt => ({
  v: 1,
  scenario: session.manifest.id,
  lang: session.lang,
  seed: session.seed,
  now: session.now,
  speed: 1,
  mode: 'training',
  inputs: playerInputs(session.log),
});

describe('the suspended attempt in cmi.suspend_data', () => {
  it('the written texts are distinct and within the limits', () => {
    expect(new Set(PUBLIC_REPLIES).size).toBe(PUBLIC_REPLIES.length);
    for (const text of PUBLIC_REPLIES) expect(textLength(text)).toBeLessThanOrEqual(280);
    for (const text of PUBLIC_REPLIES) expect(textLength(text)).toBeGreaterThan(200);
    for (const text of PRIVATE_REPLIES) expect(textLength(text)).toBeGreaterThan(400);
  });

  const measure = (composers: boolean): number => {
    const { session, points } = writeEverywhere(Number.POSITIVE_INFINITY, composers);
    // Every reply point the crisis offered was answered in writing (the loop answers each one).
    expect(points).toBeGreaterThanOrEqual(15);
    const attempt = attemptOf(session);
    const written = attempt.inputs
      .map(([, kind, what]) => (kind === 'a' && 'text' in what ? textLength(what.text) : 0))
      .reduce((a, b) => a + b, 0);
    const text = encodeSuspendData(attempt, outage());
    const wholeLog = Buffer.from(deflateSync(strToU8(JSON.stringify(session.log)), { level: 9 })).toString(
      'base64',
    ).length;
    console.log(
      `suspend_data, service-outage, ${points} written replies${composers ? ' + written statement, update and a hint' : ''} (${written} characters written, ${attempt.inputs.length} inputs): ${text.length} of ${SUSPEND_DATA_LIMIT} characters (the whole log compressed: ${wholeLog})`,
    );
    expect(wholeLog).toBeGreaterThan(SUSPEND_DATA_LIMIT);
    return text.length;
  };

  it('fits 4,096 characters with a written reply at every reply point of service-outage', () => {
    expect(measure(false)).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  it('fits with a written statement, a written update and a hint besides', () => {
    expect(measure(true)).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  it('round-trips, and replaying it mid-attempt rebuilds the same log at the same clock', () => {
    const { session } = writeEverywhere(500);
    const read = decodeSuspendData(encodeSuspendData(attemptOf(session), outage()), outage());
    if (!read.ok) throw new Error(read.reason);
    expect(read.attempt).toEqual(attemptOf(session));
    const resumed = resumeAttempt(outage(), read.attempt);
    expect(resumed.now).toBe(session.now);
    expect(resumed.log).toEqual(session.log);
    // And it plays on as the original does.
    session.advanceTo(700);
    resumed.advanceTo(700);
    expect(resumed.log).toEqual(session.log);
  });

  it('names what is wrong with a damaged value, and never throws', () => {
    const bad = (text: string): string => {
      const read = decodeSuspendData(text, outage());
      if (read.ok) throw new Error('a damaged value was read');
      return read.reason;
    };
    const packed = (json: string, lang = 'es') =>
      `1:${lang}:${Buffer.from(
        deflateSync(strToU8(json), { dictionary: suspendDictionary(outage(), lang as 'es') }),
      ).toString('base64')}`;
    const good = attemptOf(new CrisisSession(outage(), 'es', 1));
    expect(decodeSuspendData(packed(JSON.stringify(good)), outage())).toEqual({ ok: true, attempt: good });
    expect(bad('not base64 at all!')).toMatch(/not in the game's format/);
    expect(bad(`2:es:${btoa('x')}`)).toMatch(/format 2, not 1/);
    expect(bad(`1:fr:${btoa('x')}`)).toMatch(/language "fr"/);
    expect(bad(`1:es:${btoa('plain text, not deflated')}`)).toMatch(/not compressed base64/);
    // Deflated with the other language's dictionary: inflating with this one fails or gives garbage.
    expect(bad(packed(JSON.stringify(good), 'en').replace('1:en:', '1:es:'))).toMatch(/not/);
    expect(bad(packed(JSON.stringify(good)).replace('1:es:', '1:en:'))).toMatch(/not/);
    expect(bad(packed('{oops'))).toMatch(/not valid JSON/);
    expect(bad(packed(JSON.stringify({ ...good, seed: 'x' })))).toMatch(/not valid at seed/);
    expect(bad(packed(JSON.stringify({ ...good, inputs: [[3, 'a', { type: 'fly' }]] })))).toMatch(
      /not valid at inputs/,
    );
    expect(bad(packed(JSON.stringify({ ...good, lang: 'en' })))).toMatch(/says en inside and es outside/);
  });

  it('refuses to rebuild an attempt whose input no longer fits the crisis', () => {
    const attempt: SuspendedAttempt = {
      ...attemptOf(new CrisisSession(outage(), 'es', 1)),
      now: 30,
      inputs: [[10, 'a', { type: 'like', post: 'no-such-post' }]],
    };
    expect(() => resumeAttempt(outage(), attempt)).toThrow(/t=10 cannot be replayed/);
    expect(() => resumeAttempt(outage(), { ...attempt, inputs: [[40, 'a', { type: 'analyse' }]] })).toThrow(
      /after the attempt's clock/,
    );
  });
});
