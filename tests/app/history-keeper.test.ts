import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAttemptStore, openIndexedDb } from '../../src/app/persistence/attempt-db';
import { MemoryAttemptStore } from '../../src/app/persistence/attempt-store';
import type { Attempt } from '../../src/app/persistence/history.schema';
import { historyOf } from '../../src/app/persistence/history-data';
import { HistoryKeeper, LEGACY_KEY } from '../../src/app/persistence/history-keeper';
import { buildResults } from '../../src/debrief/results';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

/** localStorage as the game used it, with the browser's limit on what it holds (about 5 MB). */
class LimitedStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly limit = 5_000_000) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.limit) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let template: Attempt;
beforeAll(() => {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  if (!compiled) throw new Error('faulty-product');
  const session = playHeadless(compiled, 'en', 7, POLICIES.random as never);
  template = {
    id: 'template',
    finishedAt: '2026-01-01T00:00:00.000Z',
    mode: 'training',
    hints: 0,
    selfRating: { before: null, after: null },
    results: buildResults({
      manifest: compiled.manifest,
      stories: compiled.stories,
      log: session.log,
      mode: 'training',
    }),
  };
});

/** The nth of many distinct attempts, each the size of a real one (~130 KB). */
const nth = (n: number): Attempt => ({
  ...template,
  id: `faulty-product-${n}`,
  finishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
});

const fresh = () => openIndexedDb(new IDBFactory());

/** Makes every put fail as a full disk does, either at once or when the transaction commits. */
function fillStorage(how: 'at-once' | 'at-commit' | 'partway'): void {
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    // `partway`: the first record fits, the second does not.
    if (how === 'at-once' || (how === 'partway' && ++puts > 1))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (how === 'partway') return put.apply(this, args);
    const request = put.apply(this, args);
    const tx = this.transaction as IDBTransaction & { _abort(name: string): void };
    queueMicrotask(() => tx._abort('QuotaExceededError'));
    return request;
  };
  restore = () => {
    IDBObjectStore.prototype.put = put;
  };
}
let restore = (): void => undefined;
afterEach(() => {
  restore();
  restore = () => undefined;
});

describe('the history in IndexedDB', () => {
  it('keeps 300 attempts of ~130 KB each, one record per attempt, across loads', async () => {
    expect(JSON.stringify(template).length).toBeGreaterThan(100_000);
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(await openIndexedDb(factory), null);
    await keeper.load();
    for (let n = 0; n < 300; n++) expect(await keeper.record(nth(n))).toEqual({ ok: true, recovered: false });
    const again = new HistoryKeeper(await openIndexedDb(factory), null);
    expect(await again.load()).toEqual([]);
    expect(again.history.attempts.length).toBe(300);
    expect(again.history.attempts[299]).toEqual(nth(299));
  });

  it('moves every attempt of the old localStorage history in, then removes the old key', async () => {
    // As many attempts as fitted in localStorage (a few dozen): all of them must arrive.
    const legacy = new LimitedStorage();
    const fit = Math.floor(5_000_000 / JSON.stringify(nth(0)).length) - 1;
    expect(fit).toBeGreaterThan(25);
    const old = historyOf(Array.from({ length: fit }, (_, n) => nth(n)));
    legacy.setItem(LEGACY_KEY, JSON.stringify(old));
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(await openIndexedDb(factory), legacy);
    expect(await keeper.load()).toEqual([]);
    expect(keeper.history).toEqual(old);
    expect(legacy.getItem(LEGACY_KEY)).toBeNull();
    const again = new HistoryKeeper(await openIndexedDb(factory), legacy);
    await again.load();
    expect(again.history).toEqual(old);
  });

  it('keeps the old key when the move fails, shows its attempts, and finishes the move later', async () => {
    const legacy = new LimitedStorage();
    const old = historyOf([nth(1), nth(2)]);
    legacy.setItem(LEGACY_KEY, JSON.stringify(old));
    const factory = new IDBFactory();
    fillStorage('at-commit');
    const keeper = new HistoryKeeper(await openIndexedDb(factory), legacy);
    const problems = await keeper.load();
    expect(problems).toMatchObject([{ kind: 'migration-failed', reason: /full/ }]);
    expect(keeper.history).toEqual(old);
    expect(legacy.getItem(LEGACY_KEY)).toBe(JSON.stringify(old));
    restore();
    // The next write that succeeds carries the attempts still waiting, and the next load lets go.
    expect(await keeper.record(nth(3))).toEqual({ ok: true, recovered: false });
    const again = new HistoryKeeper(await openIndexedDb(factory), legacy);
    expect(await again.load()).toEqual([]);
    expect(again.history.attempts.map((a) => a.id)).toEqual([
      'faulty-product-1',
      'faulty-product-2',
      'faulty-product-3',
    ]);
    expect(legacy.getItem(LEGACY_KEY)).toBeNull();
  });

  it('salvages an old history with a damaged attempt: the others move, a copy of the text is kept', async () => {
    const legacy = new LimitedStorage();
    const raw = JSON.stringify({ version: 1, attempts: [nth(1), { id: 'broken' }, nth(2)] });
    legacy.setItem(LEGACY_KEY, raw);
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(
      await openIndexedDb(factory),
      legacy,
      () => new Date('2026-12-01T00:00:00Z'),
    );
    const problems = await keeper.load();
    expect(problems).toEqual([
      {
        kind: 'unreadable-legacy',
        reason: expect.stringMatching(/attempts\.1/),
        damaged: 1,
        raw,
        kept: 'history-2026-12-01T00:00:00.000Z',
      },
    ]);
    expect(keeper.history.attempts.map((a) => a.id)).toEqual(['faulty-product-1', 'faulty-product-2']);
    const db = await openIndexedDb(factory);
    expect(
      await (db as unknown as { db: { get(s: string, k: string): Promise<unknown> } }).db.get(
        'backups',
        'history-2026-12-01T00:00:00.000Z',
      ),
    ).toMatchObject({ raw });
  });

  it('an unreadable old history with no room for a copy is left untouched and offered for download', async () => {
    const legacy = new LimitedStorage();
    legacy.setItem(LEGACY_KEY, '{"version":1,"attempts":[');
    fillStorage('at-once');
    const keeper = new HistoryKeeper(await fresh(), legacy);
    expect(await keeper.load()).toEqual([
      {
        kind: 'unreadable-legacy',
        reason: 'not valid JSON',
        damaged: null,
        raw: '{"version":1,"attempts":[',
        kept: null,
      },
    ]);
    expect(legacy.getItem(LEGACY_KEY)).toBe('{"version":1,"attempts":[');
    // Nor does a later attempt write over it.
    restore();
    await keeper.record(nth(1));
    expect(legacy.getItem(LEGACY_KEY)).toBe('{"version":1,"attempts":[');
  });

  it('a write refused by a full storage is reported, replaces nothing, and is retried', async () => {
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(await openIndexedDb(factory), null);
    await keeper.load();
    await keeper.record(nth(1));
    await keeper.record(nth(2));
    const rated: Attempt = {
      ...nth(2),
      selfRating: { before: null, after: { empathy: 3, transparency: 3, no_deletion: 3, follow_up: 3 } },
    };
    for (const how of ['at-once', 'at-commit'] as const) {
      fillStorage(how);
      expect(await keeper.record(nth(3))).toEqual({
        ok: false,
        reason: 'the storage of this device is full',
      });
      expect(await keeper.record(rated)).toEqual({ ok: false, reason: 'the storage of this device is full' });
      restore();
      const stored = new HistoryKeeper(await openIndexedDb(factory), null);
      await stored.load();
      expect(stored.history.attempts).toEqual([nth(1), nth(2)]);
    }
    // Still shown this visit, and stored by the first write that succeeds.
    expect(keeper.history.attempts).toEqual([nth(1), rated, nth(3)]);
    expect(await keeper.record(nth(4))).toEqual({ ok: true, recovered: true });
    const stored = new HistoryKeeper(await openIndexedDb(factory), null);
    await stored.load();
    expect(stored.history.attempts).toEqual([nth(1), rated, nth(3), nth(4)]);
  });

  it('an import says how many attempts were really stored, and that none were when storage refused', async () => {
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(await openIndexedDb(factory), null);
    await keeper.load();
    await keeper.record(nth(0));
    const file = JSON.stringify(historyOf(Array.from({ length: 60 }, (_, n) => nth(n))));
    fillStorage('at-commit');
    expect(await keeper.import(file)).toEqual({
      ok: false,
      reason: 'the storage of this device is full',
      refused: true,
    });
    expect(keeper.history.attempts.length).toBe(1);
    restore();
    // Refused after some of its records were written: none of them stays.
    fillStorage('partway');
    expect(await keeper.import(file)).toMatchObject({ ok: false, refused: true });
    restore();
    expect((await (await openIndexedDb(factory)).records()).length).toBe(1);
    expect(await keeper.import(file)).toEqual({ ok: true, added: 59 });
    expect(await keeper.import(file)).toEqual({ ok: true, added: 0 });
    const stored = new HistoryKeeper(await openIndexedDb(factory), null);
    await stored.load();
    expect(stored.history.attempts.length).toBe(60);
    expect(await keeper.import('{"version":1,"attempts":[{}]}')).toMatchObject({
      ok: false,
      refused: false,
      reason: /damaged/,
    });
  });

  it('an unreadable record is kept as it is, named, and not written over', async () => {
    const factory = new IDBFactory();
    const keeper = new HistoryKeeper(await openIndexedDb(factory), null);
    await keeper.load();
    await keeper.record(nth(1));
    const damaged = { version: 1, attempt: { id: 'faulty-product-2', mode: 'nonsense' } };
    const future = { version: 9, attempt: { id: 'x' } };
    const raw = await openIndexedDb(factory);
    const db = (raw as unknown as { db: { put(s: string, v: unknown, k: string): Promise<unknown> } }).db;
    await db.put('attempts', damaged, 'faulty-product-2');
    await db.put('attempts', future, 'from-the-future');
    // The old localStorage history holds a good copy of the damaged one: it is kept aside, not written over it.
    const legacy = new LimitedStorage();
    legacy.setItem(LEGACY_KEY, JSON.stringify(historyOf([nth(2)])));
    const again = new HistoryKeeper(await openIndexedDb(factory), legacy);
    const problems = await again.load();
    expect(problems).toMatchObject([
      { kind: 'unreadable-records', count: 2, reason: /damaged/ },
      { kind: 'unreadable-legacy', damaged: 1, kept: expect.stringMatching(/^history-/) },
    ]);
    expect(JSON.parse((problems[0] as { raw: string }).raw)).toMatchObject([
      { key: 'faulty-product-2', value: damaged },
      { key: 'from-the-future', value: future, reason: /newer version/ },
    ]);
    expect(again.history.attempts.map((a) => a.id)).toEqual(['faulty-product-1', 'faulty-product-2']);
    const records = await (await openIndexedDb(factory)).records();
    expect(records.find((r) => r.key === 'faulty-product-2')?.value).toEqual(damaged);
    expect(records.find((r) => r.key === 'from-the-future')?.value).toEqual(future);
  });

  it('without IndexedDB the history lives in memory, says why, and leaves the old key alone', async () => {
    const opened = await openAttemptStore(() => undefined);
    expect(opened.unavailable).toBe('IndexedDB is not available');
    expect(opened.store).toBeInstanceOf(MemoryAttemptStore);
    const legacy = new LimitedStorage();
    legacy.setItem(LEGACY_KEY, JSON.stringify(historyOf([nth(1)])));
    const keeper = new HistoryKeeper(opened.store, legacy);
    expect(await keeper.load()).toEqual([]);
    expect(keeper.history.attempts).toEqual([nth(1)]);
    expect(await keeper.import(JSON.stringify(historyOf([nth(2)])))).toEqual({ ok: true, added: 1 });
    expect(legacy.getItem(LEGACY_KEY)).not.toBeNull();
    const refused = await openAttemptStore(
      () =>
        ({
          open: () => {
            throw new DOMException('denied', 'SecurityError');
          },
        }) as unknown as IDBFactory,
    );
    expect(refused.unavailable).toBe('SecurityError: denied');
  });
});
