import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkedSave, linksToSave } from '../../src/app/persistence/resume-check';
import { SAVE_VERSION, type SavedSession } from '../../src/app/persistence/save.schema';
import { SaveStore } from '../../src/app/persistence/save-store';
import * as engine from '../../src/app/play-engine';
import { sessionMachine } from '../../src/app/session.machine';
import { loadSettings, saveSettings, suggestionsOn } from '../../src/app/settings';
import { CrisisSession } from '../../src/sim/session';
import { mini } from '../helpers';

class MemoryStore {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

function save(change: Partial<SavedSession> = {}): SavedSession {
  const session = new CrisisSession(mini(), 'en', 77);
  session.advanceTo(41);
  return {
    version: SAVE_VERSION,
    scenario: 'mini',
    lang: 'en',
    seed: 77,
    speed: 2,
    mode: 'workshop',
    team: 'Linces',
    now: 41,
    savedAt: '2026-12-01T10:00:00.000Z',
    log: session.log,
    ...change,
  };
}

const stored = (s: unknown): { store: MemoryStore; saves: SaveStore } => {
  const store = new MemoryStore();
  store.setItem('cortafuegos.session', JSON.stringify(s));
  return { store, saves: new SaveStore(store, () => new Date('2026-12-01T12:00:00Z')) };
};

describe('tampered or failing saves', () => {
  it('a genuine save is offered', () => {
    const { saves } = stored(save());
    expect(checkedSave(saves, [mini().manifest]).kind).toBe('saved');
  });

  it.each([
    ['a clock far past the end', { now: 1e9 }, /past the end of the scenario/],
    ['another seed in the log', { seed: 78 }, /seed 77, not 78/],
    ['a language that is not the log’s', { lang: 'es' as const }, /in "en", not "es"/],
    ['a clock behind its log', { now: 3 }, /runs past its clock/],
  ])('%s is refused, kept under a backup key and removed from play', (_name, change, reason) => {
    const { store, saves } = stored(save(change));
    const result = checkedSave(saves, [mini().manifest]);
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') {
      expect(result.reason).toMatch(reason);
      expect(store.getItem(result.backupKey)).toBe(result.raw);
    }
    expect(store.getItem('cortafuegos.session')).toBeNull();
  });

  it('a speed out of range makes the save damaged, not a setting', () => {
    const { saves } = stored(save({ speed: 1e308 }));
    const result = checkedSave(saves, [mini().manifest]);
    expect(result.kind).toBe('unreadable');
  });

  it('a link to the saved crisis resumes it; a link to another seed does not', () => {
    expect(linksToSave({ scenario: 'mini', seed: 77 }, save())).toBe(true);
    expect(linksToSave({ scenario: 'mini', seed: 78 }, save())).toBe(false);
    expect(linksToSave({ scenario: 'mini' }, save({ seed: 1 }))).toBe(true);
    expect(linksToSave({ scenario: 'mini', seed: 77, lang: 'en' }, save())).toBe(true);
    expect(linksToSave({ scenario: 'mini', seed: 77, lang: 'es' }, save())).toBe(false);
  });
});

describe('speeds and settings', () => {
  it('the flow never takes a speed out of range, whoever sends it', () => {
    const actor = createActor(sessionMachine, { input: {} }).start();
    actor.send({ type: 'SELECT', scenario: mini(), engine, lang: 'en', seed: 1, speed: 1e308 });
    expect(actor.getSnapshot().context.speed).toBe(200);
    actor.send({ type: 'START' });
    actor.send({ type: 'SET_SPEED', speed: Number.NaN });
    expect(actor.getSnapshot().context.speed).toBe(1);
    actor.send({ type: 'SET_SPEED', speed: 0 });
    expect(actor.getSnapshot().context.speed).toBe(0.1);
    actor.stop();
  });

  it('one bad stored setting falls back alone; the others are kept', () => {
    const store = new MemoryStore();
    store.setItem(
      'cortafuegos.settings.v1',
      JSON.stringify({ lang: 'en', speed: 1e308, timer: 'slow', largeText: true }),
    );
    expect(loadSettings(store, 'es')).toEqual({
      lang: 'en',
      speed: 1,
      timer: 'slow',
      largeText: true,
      suggestions: { training: true, workshop: true },
    });
    // Suggested replies fall back per mode too; self-assessment never has them.
    store.setItem(
      'cortafuegos.settings.v1',
      JSON.stringify({ lang: 'en', suggestions: { training: false, workshop: 'maybe' } }),
    );
    const settings = loadSettings(store, 'es');
    expect(settings.suggestions).toEqual({ training: false, workshop: true });
    expect(suggestionsOn(settings, 'training')).toBe(false);
    expect(suggestionsOn(settings, 'workshop')).toBe(true);
    expect(suggestionsOn({ suggestions: { training: true, workshop: true } }, 'assessment')).toBe(false);
    expect(saveSettings(store, loadSettings(store, 'es'))).toBe(true);
  });
});
