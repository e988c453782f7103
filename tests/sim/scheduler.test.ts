import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/sim/scheduler';

describe('simulated clock agenda', () => {
  it('runs jobs in time order, ties in the order they were scheduled', () => {
    const s = new Scheduler();
    const ran: string[] = [];
    s.at(5, () => ran.push('b'));
    s.at(1, () => ran.push('a'));
    s.at(5, () => ran.push('c'));
    for (let j = s.takeDue(10); j; j = s.takeDue(10)) j.run();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('gives the same order however finely the clock is advanced', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 10 }),
        (times, steps) => {
          const run = (advance: number[]) => {
            const s = new Scheduler();
            const out: number[] = [];
            times.forEach((t, i) => {
              s.at(t, () => out.push(i));
            });
            let now = 0;
            for (let k = 0; now < 200; k++) {
              now += advance[k % advance.length] as number;
              for (let j = s.takeDue(now); j; j = s.takeDue(now)) j.run();
            }
            return out;
          };
          expect(run(steps)).toEqual(run([200]));
        },
      ),
    );
  });
});
