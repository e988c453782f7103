import { describe, expect, it } from 'vitest';
import { runParallel } from '../../src/cli/parallel-runs';
import { playBatch } from '../../src/cli/play-batch';
import { randomPolicy } from '../../src/sim/policies';
import { mini } from '../helpers';

const total = (endings: Record<string, number>) => Object.values(endings).reduce((a, b) => a + b, 0);

describe('batches of seeded sessions', () => {
  it('count every session played, with or without a progress callback', () => {
    const batch = playBatch(mini(), 'es', randomPolicy, { first: 1, stride: 1, more: (k) => k < 5 }, false);
    expect(batch.played).toBe(5);
    expect(total(batch.endings)).toBe(5);
  });

  it('on worker threads for a fixed time, report how many sessions were played and in how long', async () => {
    const result = await runParallel(2, {
      scenario: mini(),
      lang: 'es',
      policy: 'random',
      first: 1,
      seconds: 0.3,
      score: false,
      warmUp: 2,
    });
    expect(result.played).toBeGreaterThan(0);
    expect(result.played).toBe(total(result.endings));
    expect(result.seconds).toBeGreaterThanOrEqual(0.3);
    expect(result.played / result.seconds).toBeGreaterThan(0);
  });
});
