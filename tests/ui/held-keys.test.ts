import { describe, expect, it } from 'vitest';
import { HeldKeys } from '../../src/ui/held-keys';

describe('keys pressed before a screen listens', () => {
  it('are kept for the live feed and handed to it in the order they were pressed', () => {
    const keys = new HeldKeys<string>(['live']);
    for (const [i, key] of ['+', '+', ' ', '+'].entries()) keys.hold('live', key, 100 + i);
    expect(keys.take('live', 120)).toEqual(['+', '+', ' ', '+']);
    // Handed over once.
    expect(keys.take('live', 121)).toEqual([]);
  });

  it('are not kept for a screen the clock may open under keys meant for another (the debrief)', () => {
    const keys = new HeldKeys<string>(['live']);
    expect(keys.holdsFor('debrief')).toBe(false);
    keys.hold('debrief', 'd', 0);
    expect(keys.take('debrief', 1)).toEqual([]);
  });

  it('are dropped when another screen starts listening, or when the screen took too long to start', () => {
    const keys = new HeldKeys<string>(['live']);
    keys.hold('live', '+', 0);
    expect(keys.take('menu', 10)).toEqual([]);
    expect(keys.take('live', 11)).toEqual([]);
    keys.hold('live', '+', 0);
    keys.hold('live', '-', 900);
    expect(keys.take('live', 1500)).toEqual(['-']);
  });

  it('keep the latest presses when more arrive than a frame can hold', () => {
    const keys = new HeldKeys<number>(['live']);
    for (let i = 0; i < 40; i++) keys.hold('live', i, 0);
    const taken = keys.take('live', 0);
    expect(taken).toHaveLength(32);
    expect(taken.at(-1)).toBe(39);
  });
});
