import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { migrateSave } from '../../src/app/persistence/migrations';
import { SAVE_VERSION, type SavedSession } from '../../src/app/persistence/save.schema';
import { SaveStore } from '../../src/app/persistence/save-store';
import * as engine from '../../src/app/play-engine';
import { sessionMachine } from '../../src/app/session.machine';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { mini } from '../helpers';

class MemoryStore {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** A session played for a while with some actions, as the game would save it. */
function midSession(): { session: CrisisSession; save: SavedSession } {
  const session = new CrisisSession(mini(), 'en', 77);
  session.advanceTo(41);
  session.act({ type: 'reply', post: 'ana-1', option: session.replyOptions('ana-1')?.[0]?.index ?? 0 });
  session.advanceTo(95.5);
  session.act({ type: 'delete', post: session.posts.find((p) => p.kind === 'abuse')?.id ?? '' });
  session.advanceTo(130.25);
  const save: SavedSession = {
    version: SAVE_VERSION,
    scenario: 'mini',
    lang: 'en',
    seed: 77,
    speed: 2,
    mode: 'training',
    now: session.now,
    savedAt: '2026-11-23T10:00:00.000Z',
    log: JSON.parse(JSON.stringify(session.log)),
  };
  return { session, save };
}

describe('saving and resuming a session', () => {
  it('rebuilds exactly the same session: feed, clock, metrics, pending replies', () => {
    const { session, save } = midSession();
    const store = new SaveStore(new MemoryStore());
    expect(store.save(save)).toBe(true);
    const loaded = store.load();
    if (loaded.kind !== 'saved') throw new Error(loaded.kind);
    const rebuilt = replayLog(mini(), loaded.save.log, loaded.save.now);
    expect(rebuilt.now).toBe(session.now);
    expect(rebuilt.log).toEqual(session.log);
    expect(rebuilt.metrics).toEqual(session.metrics);
    expect(rebuilt.posts).toEqual(session.posts);
    expect([...rebuilt.pending.keys()]).toEqual([...session.pending.keys()]);
    // and it plays on identically
    session.runToEnd();
    rebuilt.runToEnd();
    expect(rebuilt.log).toEqual(session.log);
  });

  it('resumes through the game flow, paused, at the saved clock', () => {
    const { save } = midSession();
    const restored = replayLog(mini(), save.log, save.now);
    const actor = createActor(sessionMachine, { input: {} }).start();
    actor.send({
      type: 'RESTORE',
      engine,
      scenario: mini(),
      session: restored,
      speed: save.speed,
      mode: 'assessment',
    });
    const snap = actor.getSnapshot();
    expect(snap.matches({ live: 'paused' })).toBe(true);
    expect(snap.context.session).toBe(restored);
    expect(snap.context.speed).toBe(2);
    expect(snap.context.mode).toBe('assessment');
    expect(snap.context.session?.now).toBe(save.now);
  });

  it('migrates a version 1 save (no mode) to the current version', () => {
    const { save } = midSession();
    const { mode: _mode, ...old } = { ...save, version: 1 };
    const result = migrateSave(old);
    expect(result).toMatchObject({
      ok: true,
      migrated: true,
      save: { version: SAVE_VERSION, mode: 'training' },
    });
  });

  it.each([
    ['{not json', /not valid JSON/],
    [JSON.stringify({ version: 99, scenario: 'mini' }), /newer version of the game \(99/],
    [JSON.stringify({ scenario: 'mini' }), /no version/],
    [JSON.stringify({ ...midSession().save, log: [{ t: 0, type: 'bogus' }] }), /damaged: log\.0/],
  ])('keeps an unreadable save %# as a backup and reports why', (raw, reason) => {
    const memory = new MemoryStore();
    memory.setItem('cortafuegos.session', raw);
    const store = new SaveStore(memory, () => new Date('2026-11-23T12:00:00.000Z'));
    const result = store.load();
    expect(result.kind).toBe('unreadable');
    if (result.kind !== 'unreadable') return;
    expect(result.reason).toMatch(reason);
    expect(result.raw).toBe(raw);
    expect(memory.getItem(result.backupKey)).toBe(raw);
    expect(memory.getItem('cortafuegos.session')).toBeNull();
    expect(store.load().kind).toBe('none');
  });

  it('reports a full or missing storage instead of throwing', () => {
    const memory = new MemoryStore();
    memory.full = true;
    expect(new SaveStore(memory).save(midSession().save)).toBe(false);
    expect(new SaveStore(null).save(midSession().save)).toBe(false);
    expect(new SaveStore(null).load()).toEqual({ kind: 'none' });
  });

  it('a finished session replays whole from its log', () => {
    const finished = playHeadless(mini(), 'es', 5, POLICIES.random as never);
    expect(replayLog(mini(), finished.log).log).toEqual(finished.log);
  });
});
