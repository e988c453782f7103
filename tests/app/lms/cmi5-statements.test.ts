import { describe, expect, it } from 'vitest';
import type { LaunchData } from '../../../src/app/lms/cmi5-launch';
import {
  answeredStatement,
  initializedStatement,
  isoDuration,
  replyEvents,
  type StatementBase,
  terminatedStatement,
  verdictStatements,
  type XapiStatement,
} from '../../../src/app/lms/cmi5-statements';
import {
  CMI5_CATEGORY,
  EVIDENCE_EXTENSION,
  MASTERY_SCORE_EXTENSION,
  MOVEON_CATEGORY,
  principleExtension,
  QUALITIES_EXTENSION,
  REPLY_KIND_EXTENSION,
  SESSION_ID_EXTENSION,
  VERBS,
} from '../../../src/app/lms/xapi-vocabulary';
import { PRINCIPLE_IDS } from '../../../src/content/principle';
import { scoreSession } from '../../../src/scoring/score';
import type { Score } from '../../../src/scoring/score.schema';
import {
  firstShift,
  ids,
  LAUNCH,
  launchData,
  playedToTheEnd,
  problemsOf,
  SESSION_ID,
  WRITTEN,
} from './cmi5-fixtures';

const AT = new Date('2026-12-03T09:30:00.000Z');
const base = (data: LaunchData = launchData()): StatementBase => ({
  launch: LAUNCH,
  launchData: data,
  scenario: 'first-shift',
  lang: 'en',
  newId: ids(),
});

const extOf = (s: XapiStatement | undefined): Record<string, unknown> =>
  (s?.result?.extensions ?? {}) as Record<string, unknown>;

const categories = (s: XapiStatement): string[] =>
  ((s.context.contextActivities as { category?: Array<{ id: string }> }).category ?? []).map((c) => c.id);

/** What cmi5 §9.6 asks of every statement the AU sends: the registration, the template, the session id. */
function expectCmi5Context(s: XapiStatement): void {
  expect(s.context.registration).toBe(LAUNCH.registration);
  expect((s.context.extensions as Record<string, unknown>)[SESSION_ID_EXTENSION]).toBe(SESSION_ID);
  const grouping = (s.context.contextActivities as { grouping: Array<{ id: string }> }).grouping;
  expect(grouping.map((g) => g.id)).toEqual(['urn:cortafuegos:au:first-shift']);
  expect(s.actor).toEqual(LAUNCH.actor);
  expect(s.timestamp).toBe(AT.toISOString());
  expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(problemsOf(s)).toEqual([]);
}

const played = playedToTheEnd();
const score: Score = scoreSession(firstShift().manifest, played.log);

describe('the xAPI statements of a cmi5 session', () => {
  it('initialized and terminated: cmi5 verbs on the AU, the cmi5 category, a duration on terminated', () => {
    const b = base();
    const start = initializedStatement(b, AT);
    expect(start.verb.id).toBe(VERBS.initialized);
    expect(start.object).toEqual({ objectType: 'Activity', id: LAUNCH.activityId });
    expect(categories(start)).toEqual([CMI5_CATEGORY]);
    expect(start.result).toBeUndefined();
    expectCmi5Context(start);
    const end = terminatedStatement(b, AT, 754_321);
    expect(end.verb.id).toBe(VERBS.terminated);
    expect(end.result).toEqual({ duration: 'PT12M34.32S' });
    expect(categories(end)).toEqual([CMI5_CATEGORY]);
    expectCmi5Context(end);
    expect(end.id).not.toBe(start.id);
    // The validator does see a broken statement.
    expect(problemsOf({ ...start, verb: { id: 'initialized', display: {} } })).not.toEqual([]);
    expect(problemsOf({ ...end, result: { duration: '12 minutes' } })).not.toEqual([]);
  });

  it('one "answered" per reply in the log: its text and qualities, and where a written one was read', () => {
    const replies = replyEvents(played.log);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    const b = base();
    const answered = replies.map((e) => answeredStatement(b, e, AT));
    for (const [i, s] of answered.entries()) {
      const reply = replies[i]?.reply;
      if (!reply) throw new Error('no reply');
      expect(s.verb.id).toBe(VERBS.answered);
      expect(s.object.id).toMatch(/^urn:cortafuegos:scenario:first-shift:/);
      expect(s.result?.response).toBe(reply.text);
      const extensions = s.result?.extensions as Record<string, unknown>;
      expect(extensions[QUALITIES_EXTENSION]).toEqual(reply.qualities);
      // An allowed statement, not one of cmi5's: no cmi5 nor moveOn category, the AU as its parent.
      expect(categories(s)).toEqual([]);
      expect((s.context.contextActivities as { parent: Array<{ id: string }> }).parent).toEqual([
        { id: LAUNCH.activityId, objectType: 'Activity' },
      ]);
      expectCmi5Context(s);
    }
    const written = answered.filter((s) => extOf(s)[REPLY_KIND_EXTENSION] === 'written');
    expect(written).toHaveLength(1);
    expect(written[0]?.result?.response).toBe(WRITTEN);
    const evidence = extOf(written[0])[EVIDENCE_EXTENSION];
    expect(Array.isArray(evidence) && evidence.length > 0).toBe(true);
    expect((written[0]?.object.definition as { interactionType?: string } | undefined)?.interactionType).toBe(
      'long-fill-in',
    );
  });

  it('completed, then passed or failed against masteryScore, with the scaled score and one extension per principle', () => {
    const overall = Math.round(score.overall as number);
    expect(score.overall).not.toBeNull();
    const [completed, verdict, ...rest] = verdictStatements(base(), score, AT, 600_000, {
      completed: false,
      passed: false,
    });
    expect(rest).toEqual([]);
    if (!completed || !verdict) throw new Error('no verdict');
    expect(completed.verb.id).toBe(VERBS.completed);
    expect(completed.result?.completion).toBe(true);
    expect(completed.result?.duration).toBe('PT10M0S');
    expect(completed.result?.score).toBeUndefined();
    expect(categories(completed)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    expectCmi5Context(completed);
    expect(verdict.verb.id).toBe(overall >= 70 ? VERBS.passed : VERBS.failed);
    expect(verdict.result?.score).toEqual({ scaled: overall / 100, raw: overall, min: 0, max: 100 });
    expect(verdict.result?.success).toBe(overall >= 70);
    expect(verdict.result?.completion).toBeUndefined();
    expect((verdict.context.extensions as Record<string, unknown>)[MASTERY_SCORE_EXTENSION]).toBe(0.7);
    expect(categories(verdict)).toEqual([CMI5_CATEGORY, MOVEON_CATEGORY]);
    const extensions = verdict.result?.extensions as Record<string, unknown>;
    expect(Object.keys(extensions)).toHaveLength(PRINCIPLE_IDS.length);
    for (const id of PRINCIPLE_IDS) {
      const principle = score.principles[id]?.score ?? null;
      expect(extensions[principleExtension(id)]).toBe(principle === null ? null : Math.round(principle));
    }
    expectCmi5Context(verdict);
  });

  it('passes at the mark and fails below it; the package default 0.7 when LaunchData gives none', () => {
    const overall = Math.round(score.overall as number) / 100;
    const verbOf = (data: LaunchData) =>
      verdictStatements(base(data), score, AT, 1000, { completed: false, passed: false })[1]?.verb.id;
    expect(verbOf(launchData({ masteryScore: overall }))).toBe(VERBS.passed);
    expect(verbOf(launchData({ masteryScore: Math.min(1, overall + 0.01) }))).toBe(VERBS.failed);
    const { masteryScore: _, ...none } = launchData();
    const defaulted = verdictStatements(base(none as LaunchData), score, AT, 1000, {
      completed: false,
      passed: false,
    })[1];
    expect(defaulted?.verb.id).toBe(overall >= 0.7 ? VERBS.passed : VERBS.failed);
    expect(
      (defaulted?.context.extensions as Record<string, unknown> | undefined)?.[MASTERY_SCORE_EXTENSION],
    ).toBe(0.7);
  });

  it('reports no result in the Browse and Review launch modes, and never a second completed or passed', () => {
    for (const launchMode of ['Browse', 'Review'] as const)
      expect(
        verdictStatements(base(launchData({ launchMode })), score, AT, 1, {
          completed: false,
          passed: false,
        }),
      ).toEqual([]);
    const again = verdictStatements(base(launchData({ masteryScore: 0 })), score, AT, 1, {
      completed: true,
      passed: false,
    });
    expect(again.map((s) => s.verb.id)).toEqual([VERBS.passed]);
    expect(
      verdictStatements(base(launchData({ masteryScore: 0 })), score, AT, 1, {
        completed: true,
        passed: true,
      }),
    ).toEqual([]);
  });

  it('a session that exercised no principle is completed, with no score and no verdict', () => {
    const empty: Score = { ...score, overall: null };
    const out = verdictStatements(base(), empty, AT, 1, { completed: false, passed: false });
    expect(out.map((s) => s.verb.id)).toEqual([VERBS.completed]);
  });

  it('writes durations as ISO 8601', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(3_600_000 + 61_000)).toBe('PT1H1M1S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});
