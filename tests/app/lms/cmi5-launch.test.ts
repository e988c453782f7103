import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MASTERY_SCORE,
  masteryScoreOf,
  parseCmi5Launch,
  parseLaunchData,
  sessionIdOf,
} from '../../../src/app/lms/cmi5-launch';
import { SESSION_ID_EXTENSION } from '../../../src/app/lms/xapi-vocabulary';
import { LAUNCH, launchData, launchQuery, SESSION_ID } from './cmi5-fixtures';

describe('the cmi5 launch parameters', () => {
  it('reads the five parameters, whatever else the query holds and in any order', () => {
    const read = parseCmi5Launch(launchQuery());
    expect(read).toEqual({ ok: true, value: LAUNCH });
    const reversed = `?${[...new URLSearchParams(launchQuery()).entries()]
      .reverse()
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&')}`;
    expect(parseCmi5Launch(reversed)).toEqual(read);
  });

  it('gives the endpoint as a base that statements are appended to', () => {
    const read = parseCmi5Launch(launchQuery({ ...LAUNCH, endpoint: 'http://lms.test/xapi' }));
    expect(read.ok && read.value.endpoint).toBe('http://lms.test/xapi/');
  });

  it('names what is wrong with a launch it cannot use', () => {
    const cases: Array<[string, RegExp]> = [
      ['?scenario=first-shift', /endpoint/],
      [launchQuery({ ...LAUNCH, endpoint: 'ftp://lms.test/' }), /endpoint must be an absolute http\(s\) URL/],
      [launchQuery({ ...LAUNCH, fetch: '/fetch' }), /fetch must be an absolute/],
      [launchQuery({ ...LAUNCH, registration: 'not-a-uuid' }), /registration must be a UUID/],
      [launchQuery({ ...LAUNCH, activityId: 'no iri' }), /activityId must be an IRI/],
      [launchQuery({ ...LAUNCH, actor: { objectType: 'Agent', mbox: 'mailto:a@b.c' } as never }), /actor/],
    ];
    for (const [query, reason] of cases) {
      const read = parseCmi5Launch(query);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(reason);
    }
    const broken = launchQuery().replace(/actor=[^&]+/, 'actor=%7Bnot%20json');
    expect(parseCmi5Launch(broken)).toEqual({
      ok: false,
      reason: 'the cmi5 launch parameter actor is not JSON',
    });
  });
});

describe('the LaunchData document', () => {
  it('reads the launch mode, pass mark, moveOn, return URL and session id', () => {
    const read = parseLaunchData(JSON.parse(JSON.stringify({ ...launchData(), somethingElse: 1 })));
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.launchMode).toBe('Normal');
    expect(read.value.moveOn).toBe('CompletedAndPassed');
    expect(read.value.returnURL).toBe('http://lms.test/course');
    expect(masteryScoreOf(read.value)).toBe(0.7);
    expect(sessionIdOf(read.value)).toBe(SESSION_ID);
    const { masteryScore: _, ...none } = launchData();
    const defaulted = parseLaunchData(none);
    expect(defaulted.ok && masteryScoreOf(defaulted.value)).toBe(DEFAULT_MASTERY_SCORE);
  });

  it('refuses one it cannot use, naming the field', () => {
    const cases: Array<[unknown, RegExp]> = [
      [null, /launch data/],
      [{ ...launchData(), launchMode: 'Sometimes' }, /launchMode/],
      [{ ...launchData(), masteryScore: 70 }, /masteryScore/],
      [{ ...launchData(), moveOn: 'Whenever' }, /moveOn/],
      [
        { ...launchData(), contextTemplate: { extensions: {} } },
        new RegExp(SESSION_ID_EXTENSION.replace(/[/.]/g, '.')),
      ],
    ];
    for (const [data, reason] of cases) {
      const read = parseLaunchData(data);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(reason);
    }
  });
});
