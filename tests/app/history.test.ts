import { describe, expect, it } from 'vitest';
import type { Attempt, History } from '../../src/app/persistence/history.schema';
import {
  mergeHistories,
  parseHistory,
  readRecord,
  salvageHistory,
  toRecord,
  withAttempt,
} from '../../src/app/persistence/history-data';
import { collectedCards, progressByPrinciple, unlockedScenarios } from '../../src/app/progress';
import { buildResults } from '../../src/debrief/results';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

const attempt = (
  scenario: string,
  policy: 'exemplary' | 'silent',
  n: number,
  mode: Attempt['mode'] = 'training',
): Attempt => {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === scenario);
  if (!compiled) throw new Error(scenario);
  const session = playHeadless(compiled, 'en', n, POLICIES[policy] as never);
  return {
    id: `${scenario}-${n}`,
    finishedAt: `2026-11-2${n}T10:00:00.000Z`,
    mode,
    hints: 0,
    selfRating: { before: null, after: null },
    results: buildResults({ ...compiled, log: session.log, mode }),
  };
};

const empty: History = { version: 1, attempts: [] };
const ids = ['first-shift', 'faulty-product', 'rude-agent', 'troll-wave', 'service-outage'];

describe('history and progress', () => {
  it('unlocks the onboarding path in order and collects principle cards as they are met', () => {
    expect([...unlockedScenarios(empty, ids)]).toEqual(['first-shift']);
    const afterFirst = withAttempt(empty, attempt('first-shift', 'exemplary', 1));
    expect([...unlockedScenarios(afterFirst, ids)]).toEqual(['first-shift', 'faulty-product']);
    expect(collectedCards(afterFirst).length).toBeGreaterThanOrEqual(10);
    const silent = withAttempt(empty, attempt('first-shift', 'silent', 2));
    expect(collectedCards(silent)).toEqual(['no_deletion']);
    // self-assessment attempts neither unlock nor collect
    const assessed = withAttempt(empty, attempt('first-shift', 'exemplary', 3, 'assessment'));
    expect([...unlockedScenarios(assessed, ids)]).toEqual(['first-shift']);
    expect(collectedCards(assessed)).toEqual([]);
  });

  it('charts each principle across attempts', () => {
    const h = withAttempt(
      withAttempt(empty, attempt('first-shift', 'silent', 1)),
      attempt('first-shift', 'exemplary', 2),
    );
    const progress = progressByPrinciple(h);
    expect(progress.empathy).toEqual([0, 100]);
    expect(progress.no_deletion).toEqual([100, 100]);
  });

  it('imports a history file, merging without duplicates, and rejects bad ones with a reason', () => {
    const a = withAttempt(empty, attempt('first-shift', 'exemplary', 1));
    const b = withAttempt(a, attempt('faulty-product', 'silent', 2));
    const parsed = parseHistory(JSON.stringify(b));
    if (!parsed.ok) throw new Error(parsed.reason);
    const merged = mergeHistories(a, parsed.history);
    expect(merged.added).toBe(1);
    expect(merged.history.attempts.map((x) => x.id)).toEqual(['first-shift-1', 'faulty-product-2']);
    expect(parseHistory('nope')).toEqual({ ok: false, reason: 'not valid JSON' });
    expect(parseHistory(JSON.stringify({ version: 7, attempts: [] }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer version/),
    });
    expect(parseHistory(JSON.stringify({ version: 1, attempts: [{ id: 1 }] }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/damaged: attempts\.0/),
    });
  });

  it('reads an old stored history attempt by attempt, naming each damaged one', () => {
    const good = attempt('first-shift', 'exemplary', 1);
    const read = salvageHistory(JSON.stringify({ version: 1, attempts: [{ id: 'x' }, good] }));
    expect(read).toEqual({
      kind: 'read',
      attempts: [good],
      damaged: [{ index: 0, reason: expect.stringMatching(/^damaged: attempts\.0\./) }],
    });
    expect(salvageHistory('{')).toEqual({ kind: 'unreadable', reason: 'not valid JSON' });
    expect(salvageHistory('{"version":3,"attempts":[]}')).toMatchObject({ reason: /newer version/ });
    expect(salvageHistory('[]')).toMatchObject({ kind: 'unreadable', reason: /not a history/ });
  });

  it('reads one stored record, and names what is wrong with one it cannot read', () => {
    const good = attempt('first-shift', 'exemplary', 1);
    expect(readRecord(toRecord(good))).toEqual({ ok: true, attempt: good });
    expect(readRecord({ version: 2, attempt: good })).toMatchObject({ ok: false, reason: /newer version/ });
    expect(readRecord({ version: 1, attempt: { ...good, hints: -1 } })).toMatchObject({
      ok: false,
      reason: /^damaged: hints/,
    });
    expect(readRecord(null)).toEqual({ ok: false, reason: 'damaged: no version' });
  });
});
