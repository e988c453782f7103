import { Story } from 'inkjs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/content/ink-compile';
import { playHeadless } from '../../src/sim/headless';
import { deleterPolicy, exemplaryPolicy, randomPolicy } from '../../src/sim/policies';
import { inkInternals, shuffleIndex } from '../../src/story/ink-internals';
import { memoStats } from '../../src/story/ink-memo';
import { freshStory, StoryRunner, setInkMemo, setInkMemoVerification } from '../../src/story/story-runner';
import { realLibrary } from '../helpers';

const compile = (source: string): string => {
  const compiled = compileInk('memo.ink', source);
  if (!compiled.json) throw new Error(JSON.stringify(compiled.diagnostics));
  return compiled.json;
};

afterAll(() => {
  setInkMemo(true);
  setInkMemoVerification(false);
});

describe('ink memo', () => {
  it('finds the inkjs internals it relies on', () => {
    expect(inkInternals).not.toBeNull();
  });

  it('gives a fresh story the state ResetState gives, for every scenario', () => {
    for (const scenario of realLibrary().scenarios) {
      for (const lang of ['es', 'en'] as const) {
        const content = freshStory(scenario.stories[lang]);
        const story = () => new Story(content.mainContentContainer, content.listDefinitions?.lists ?? null);
        const reset = story();
        reset.ResetState();
        const fast = story();
        expect(inkInternals?.freshState(fast, reset)).toBe(true);
        reset.state.storySeed = fast.state.storySeed;
        expect(JSON.parse(fast.state.toJson())).toEqual(JSON.parse(reset.state.toJson()));
        const knot = scenario.manifest.threads[0]?.knot ?? '';
        fast.ChoosePathString(knot);
        reset.ChoosePathString(knot);
        expect(fast.ContinueMaximally()).toBe(reset.ContinueMaximally());
        expect(JSON.parse(fast.state.toJson())).toEqual(JSON.parse(reset.state.toJson()));
      }
    }
  });

  it('sets a variable as the ink setter does', () => {
    const json = compile(
      'VAR n = 0\nVAR f = 0.5\nVAR b = false\nVAR s = ""\n=== k ===\n{n} {f} {b} {s}\n-> DONE\n',
    );
    const fast = new StoryRunner(json, 'memo.ink', 1);
    const own = new StoryRunner(json, 'memo.ink', 1);
    const values: [string, number | boolean | string][] = [
      ['n', 3],
      ['f', 1.25],
      ['b', true],
      ['s', 'hola'],
      ['n', 2.5],
    ];
    for (const [name, value] of values) {
      fast.setVariable(name, value);
      (
        own as unknown as { story: { variablesState: { $(n: string, v: unknown): void } } }
      ).story.variablesState.$(name, value);
    }
    expect(fast.inkState()).toBe(own.inkState());
    expect(fast.start('f', 'k').lines[0]?.text).toBe('2.5 1.25 true hola');
    expect(() => fast.setVariable('missing', 1)).toThrow(/declared/);
  });

  it('leaves the story exactly as running ink would, on every hit, over sessions of every scenario', () => {
    setInkMemoVerification(true);
    const before = { ...memoStats };
    try {
      for (const scenario of realLibrary().scenarios) {
        for (const policy of [randomPolicy, exemplaryPolicy, deleterPolicy]) {
          for (let seed = 0; seed < 6; seed++) playHeadless(scenario, seed % 2 ? 'en' : 'es', seed, policy);
        }
      }
    } finally {
      setInkMemoVerification(false);
    }
    expect(memoStats.hits - before.hits).toBeGreaterThan(200);
    expect(memoStats.conflicts).toBe(0);
  });

  it('plays the same sessions with the memo on and off, and leaves ink in the same state', () => {
    const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'service-outage');
    if (!scenario) throw new Error('no service-outage');
    const logs = (on: boolean) => {
      setInkMemo(on);
      return [3, 4, 3, 5, 6, 7].map((seed) => {
        const session = playHeadless(scenario, 'es', seed, randomPolicy);
        return [JSON.stringify(session.log), session.runner.inkState()];
      });
    };
    const on = logs(true);
    const off = logs(false);
    setInkMemo(true);
    expect(on).toEqual(off);
  });

  it('writes a global a kept call wrote, even when the story it was kept in held that value already', () => {
    const json = compile(
      'VAR a = 0\nVAR b = 0\n=== k1 ===\n~ b = a\nuno\n-> DONE\n=== k2 ===\n~ b = a\ndos\n-> DONE\n',
    );
    // A knot is kept from its second start on.
    const seen = new StoryRunner(json, 'memo.ink', 1);
    seen.start('f', 'k1');
    seen.start('g', 'k2');
    const first = new StoryRunner(json, 'memo.ink', 1);
    first.setVariable('a', 5);
    first.start('f', 'k1');
    // b now holds a's very value; k2 is kept from here.
    first.start('g', 'k2');
    const second = new StoryRunner(json, 'memo.ink', 1);
    second.setVariable('a', 5);
    const hits = memoStats.hits;
    expect(second.start('g', 'k2').lines[0]?.text).toBe('dos');
    expect(memoStats.hits).toBe(hits + 1);
    expect(second.getVariable('b')).toBe(5);
  });

  it('keeps apart calls whose reads are answered differently, and follows a choice from a kept call', () => {
    const json = compile(
      'VAR mood = 0\n=== k ===\n{mood > 0: Bien|Mal}\n* [Sí] {mood > 1: Muy bien|Vale}\n  -> DONE\n* [No] Adiós\n  -> DONE\n',
    );
    const play = (mood: number) => {
      const r = new StoryRunner(json, 'memo.ink', 1);
      r.setVariable('mood', mood);
      const opened = r.start('f', 'k');
      r.setVariable('mood', mood + 1);
      return [opened.lines[0]?.text, r.choose('f', 0).lines[0]?.text];
    };
    setInkMemoVerification(true);
    try {
      // A knot is kept from its second start on.
      expect(play(2)).toEqual(['Bien', 'Muy bien']);
      expect(play(0)).toEqual(['Mal', 'Vale']);
      expect(play(1)).toEqual(['Bien', 'Muy bien']);
      const hits = memoStats.hits;
      expect(play(0)).toEqual(['Mal', 'Vale']);
      expect(play(1)).toEqual(['Bien', 'Muy bien']);
      expect(memoStats.hits).toBe(hits + 4);
    } finally {
      setInkMemoVerification(false);
    }
  });

  it('runs content through ink when it may read what the memo does not follow (RANDOM, lists)', () => {
    const traceable = (source: string) => inkInternals?.traceableContent(JSON.parse(compile(source)));
    expect(traceable('=== k ===\n{RANDOM(1, 6)}\n-> DONE\n')).toBe(false);
    expect(traceable('LIST colour = red, blue\n=== k ===\nHola\n-> DONE\n')).toBe(false);
    expect(traceable('=== k ===\n{TURNS_SINCE(-> k)}\n-> DONE\n')).toBe(false);
    expect(traceable('=== k ===\nHola {~uno|dos}\n-> DONE\n')).toBe(true);
  });

  it('keeps a shuffle by the element it picks for the seed: the same lines as ink for every seed', () => {
    const json = compile('=== k ===\n{shuffle:\n- uno\n- dos\n- tres\n- cuatro\n}\n-> DONE\n');
    const texts = (seed: number) => {
      const r = new StoryRunner(json, 'memo.ink', seed);
      return Array.from({ length: 9 }, () => r.start('f', 'k').lines[0]?.text);
    };
    setInkMemo(false);
    const ink = Array.from({ length: 40 }, (_, seed) => texts(seed));
    setInkMemo(true);
    setInkMemoVerification(true);
    try {
      const hits = memoStats.hits;
      expect(Array.from({ length: 40 }, (_, seed) => texts(seed))).toEqual(ink);
      expect(Array.from({ length: 40 }, (_, seed) => texts(seed))).toEqual(ink);
      expect(memoStats.hits - hits).toBeGreaterThan(400);
      // Where ink would fail (a shuffle of nothing), there is no answer, so no hit.
      expect(shuffleIndex('k.0', 0, 1, 1)).toBeNull();
    } finally {
      setInkMemoVerification(false);
    }
  });
});
