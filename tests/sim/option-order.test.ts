import { describe, expect, it } from 'vitest';
import { playHeadless } from '../../src/sim/headless';
import { exemplaryPolicy } from '../../src/sim/policies';
import { replayLog } from '../../src/sim/replay';
import { realLibrary } from '../helpers';

const scenario = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === 'faulty-product');
  if (!s) throw new Error('faulty-product did not load');
  return s;
};

/** Where the model reply stood in each reply point and composer opened in a session. */
function modelPositions(seed: number): number[] {
  const s = playHeadless(scenario(), 'es', seed, exemplaryPolicy);
  return s.log.flatMap((e) =>
    e.type === 'reply_opened' || e.type === 'menu_opened' ? [e.options.findIndex((o) => o.model)] : [],
  );
}

describe('options are shown in a seeded shuffle', () => {
  it('the model reply is not a position: across sessions it stands anywhere', () => {
    const positions = Array.from({ length: 20 }, (_, seed) => modelPositions(seed)).flat();
    const first = positions.filter((p) => p === 0).length / positions.length;
    expect(new Set(positions).size).toBeGreaterThanOrEqual(3);
    expect(first).toBeLessThan(0.6);
  });

  it('the same seed shows the same order, logged as shown, and replay holds', () => {
    expect(modelPositions(7)).toEqual(modelPositions(7));
    const s = playHeadless(scenario(), 'en', 7, exemplaryPolicy);
    const opened = s.log.filter((e) => e.type === 'reply_opened');
    expect(opened.length).toBeGreaterThan(0);
    expect(replayLog(scenario(), JSON.parse(JSON.stringify(s.log))).log).toEqual(s.log);
  });
});
