import { describe, expect, it } from 'vitest';
import { recordInkPath, replayInkPath } from '../../src/cli/ink-path';
import { playHeadless } from '../../src/sim/headless';
import { randomPolicy } from '../../src/sim/policies';
import { StoryRunner } from '../../src/story/story-runner';
import { realLibrary } from '../helpers';

const troll = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'troll-wave');
  if (!s) throw new Error('troll-wave missing');
  return s;
};

describe("the engine benchmark's ink-path baseline", () => {
  it('replays on bare inkjs the same lines the engine read, seed after seed', () => {
    const scenario = troll();
    for (const seed of [1, 2, 3]) {
      const path = recordInkPath(scenario, 'es', seed, randomPolicy);
      expect(path.calls.filter((c) => c.op === 'start').length).toBeGreaterThan(10);
      expect(path.calls.some((c) => c.op === 'choose')).toBe(true);
      expect(path.calls.some((c) => c.op === 'set')).toBe(true);
      expect(path.lines).toBeGreaterThan(0);
      expect(replayInkPath(scenario, 'es', path)).toBe(path.lines);
    }
  });

  it('leaves the story runner as it was, and the session it records unchanged', () => {
    const scenario = troll();
    const before = { start: StoryRunner.prototype.start, choose: StoryRunner.prototype.choose };
    const plain = playHeadless(scenario, 'en', 7, randomPolicy).log;
    recordInkPath(scenario, 'en', 7, randomPolicy);
    expect(StoryRunner.prototype.start).toBe(before.start);
    expect(StoryRunner.prototype.choose).toBe(before.choose);
    expect(playHeadless(scenario, 'en', 7, randomPolicy).log).toEqual(plain);
  });
});
