import { fromCallback } from 'xstate';

export interface ClockInput {
  /** Simulated seconds per real second. */
  readonly speed: number;
  /** Real milliseconds between ticks. */
  readonly intervalMs?: number;
}

export type ClockEvent = { type: 'CLOCK.TICK'; dt: number };

/**
 * The simulated clock as an actor: while it runs it sends the elapsed simulated seconds to its
 * parent. It is invoked only in the running state, so pausing stops it.
 */
export const clockActor = fromCallback<{ type: 'CLOCK.SPEED'; speed: number }, ClockInput>(
  ({ input, sendBack, receive }) => {
    const intervalMs = input.intervalMs ?? 100;
    let speed = input.speed;
    receive((event) => {
      if (event.type === 'CLOCK.SPEED') speed = event.speed;
    });
    const id = setInterval(() => {
      // Speed 0 is the timer switched off: time moves only when the player asks.
      if (speed > 0) sendBack({ type: 'CLOCK.TICK', dt: (intervalMs / 1000) * speed } satisfies ClockEvent);
    }, intervalMs);
    return () => clearInterval(id);
  },
);
