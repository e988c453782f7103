import { z } from 'zod';
import {
  type ControlAction,
  type ControlMessage,
  controlActionSchema,
  MAX_CONTROLS,
} from '../app/workshop/control-protocol';
import type { Redis } from './redis-store';
import type { ControlsStore } from './workshop-store';

/**
 * A workshop's controls in Redis, shared by every server process: `<key>` is the list of controls
 * issued (a control's id is its place in the list, from 1, so two processes issuing at once get
 * two ids), `<key>:acked:<team>` the set of ids that team's game acknowledged. Each process reads
 * the list from where it last stopped; a control is in Redis before it counts as issued.
 */
const storedSchema = z.strictObject({
  at: z.string(),
  to: z.array(z.number().int().nonnegative()),
  control: controlActionSchema,
});
type Stored = z.infer<typeof storedSchema>;

/** Pushes a control unless the workshop holds the most it may; its id, or -1. */
const PUSH = `
if redis.call('LLEN', KEYS[1]) >= tonumber(ARGV[1]) then return -1 end
return redis.call('RPUSH', KEYS[1], ARGV[2])`;

export class RedisControls implements ControlsStore {
  private readonly issued: Stored[] = [];

  private constructor(
    private readonly redis: Redis,
    private readonly key: string,
  ) {}

  static async open(redis: Redis, key: string): Promise<RedisControls> {
    const controls = new RedisControls(redis, key);
    await controls.refresh();
    return controls;
  }

  async issue(to: readonly number[], control: ControlAction, now = new Date()): Promise<ControlMessage> {
    const stored: Stored = { at: now.toISOString(), to: [...to], control };
    const id = Number(
      await this.redis.eval(PUSH, {
        keys: [this.key],
        arguments: [String(MAX_CONTROLS), JSON.stringify(stored)],
      }),
    );
    if (id === -1) throw new Error(`a workshop holds at most ${MAX_CONTROLS} controls`);
    return { id, control };
  }

  async started(): Promise<boolean> {
    await this.refresh();
    return this.issued.some((c) => c.control.type === 'start');
  }

  async pending(team: number): Promise<ControlMessage[]> {
    const [acked] = await Promise.all([this.redis.sMembers(this.ackedKey(team)), this.refresh()]);
    const done = new Set(acked.map(Number));
    return this.issued.flatMap((c, i) =>
      c.to.includes(team) && !done.has(i + 1) ? [{ id: i + 1, control: c.control }] : [],
    );
  }

  async acknowledge(team: number, id: number): Promise<void> {
    await this.refresh();
    if (!this.issued[id - 1]?.to.includes(team)) return;
    await this.redis.sAdd(this.ackedKey(team), String(id));
  }

  async flushed(): Promise<void> {}

  private ackedKey(team: number): string {
    return `${this.key}:acked:${team}`;
  }

  /** Reads the controls issued since the last read (by any process). */
  private async refresh(): Promise<void> {
    const from = this.issued.length;
    const more = await this.redis.lRange(this.key, from, -1);
    // Two reads at once may both fetch the same controls: only the first to land appends them.
    if (this.issued.length !== from) return;
    for (const [i, text] of more.entries()) {
      try {
        this.issued.push(storedSchema.parse(JSON.parse(text)));
      } catch (error) {
        throw new Error(`Redis ${this.key}[${from + i}]: not a control (${(error as Error).message})`);
      }
    }
  }
}
