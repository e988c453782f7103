import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type ControlAction,
  type ControlMessage,
  controlActionSchema,
  MAX_CONTROLS,
} from '../app/workshop/control-protocol';
import { writeFileDurably } from './durable-file';
import type { ControlsStore } from './workshop-store';

/**
 * A workshop's facilitator controls as the server keeps them (`<data>/<id>/controls.json`): every
 * control issued, numbered, with the teams it is for, and which of those teams' games have
 * acknowledged it. A control stays pending for a team until its game says it applied it, so one
 * issued while a team is offline (or lost on the way) is sent again when the team reconnects,
 * also after a server restart. Each change is on disk (written whole, atomically) before it counts.
 */
const FILE = 'controls.json';

const storedSchema = z.strictObject({
  controls: z.array(
    z.strictObject({
      id: z.number().int().positive(),
      at: z.string(),
      to: z.array(z.number().int().nonnegative()),
      control: controlActionSchema,
    }),
  ),
  /** Per team index, the ids its game acknowledged. */
  acked: z.record(z.string(), z.array(z.number().int().positive())),
});
type Stored = z.infer<typeof storedSchema>;

export class WorkshopControls implements ControlsStore {
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly state: Stored,
  ) {}

  static async open(dir: string): Promise<WorkshopControls> {
    const path = join(dir, FILE);
    let text: string | null = null;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      // No control issued yet.
    }
    if (text === null) return new WorkshopControls(path, { controls: [], acked: {} });
    try {
      return new WorkshopControls(path, storedSchema.parse(JSON.parse(text)));
    } catch (error) {
      throw new Error(`${path}: not a controls file (${(error as Error).message})`);
    }
  }

  /** The facilitator has started the workshop (teams held on the briefing may play). */
  async started(): Promise<boolean> {
    return this.state.controls.some((c) => c.control.type === 'start');
  }

  /** Numbers a control for these teams and puts it on disk; the messages to send, per team. */
  async issue(to: readonly number[], control: ControlAction, now = new Date()): Promise<ControlMessage> {
    if (this.state.controls.length >= MAX_CONTROLS)
      throw new Error(`a workshop holds at most ${MAX_CONTROLS} controls`);
    const id = (this.state.controls[this.state.controls.length - 1]?.id ?? 0) + 1;
    this.state.controls.push({ id, at: now.toISOString(), to: [...to], control });
    await this.save();
    return { id, control };
  }

  /** The controls for a team that its game has not acknowledged, oldest first. */
  async pending(team: number): Promise<ControlMessage[]> {
    const acked = new Set(this.state.acked[String(team)] ?? []);
    return this.state.controls
      .filter((c) => c.to.includes(team) && !acked.has(c.id))
      .map(({ id, control }) => ({ id, control }));
  }

  /** A team's game applied control `id` (an unknown or repeated id changes nothing). */
  async acknowledge(team: number, id: number): Promise<void> {
    const control = this.state.controls.find((c) => c.id === id);
    if (!control?.to.includes(team)) return;
    const list = this.state.acked[String(team)] ?? [];
    if (list.includes(id)) return;
    list.push(id);
    this.state.acked[String(team)] = list;
    await this.save();
  }

  /** Waits for every write under way. */
  flushed(): Promise<void> {
    return this.writes.then(() => undefined);
  }

  private save(): Promise<void> {
    const run = this.writes.then(() => writeFileDurably(this.path, `${JSON.stringify(this.state)}\n`));
    this.writes = run.catch(() => undefined);
    return run;
  }
}
