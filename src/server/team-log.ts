import type { Ack, EventBatch } from '../app/workshop/live-protocol';
import { MAX_LOG_EVENTS } from '../app/workshop/live-protocol';
import type { SessionEvent } from '../sim/event';
import { eventLine, type TeamLogFile } from './team-log-file';

/** What a team's log must begin with: the workshop's own crisis. */
export interface Crisis {
  readonly scenario: string;
  readonly lang: string;
  readonly seed: number;
}

/**
 * One team's log as the server holds it: the events on disk, in order, and the rules for adding
 * to it. A batch is taken only where it continues the log: events the server already holds are
 * acknowledged again without being written (a resend after a lost acknowledgement), provided they
 * are the same events; a batch that starts past the end is a gap, refused with the sequence number
 * expected. Appends run one at a time, and the acknowledgement comes only once they are on disk.
 */
export class TeamLog {
  /** The JSON of each event held, as written. */
  private readonly texts: string[];
  private queue: Promise<unknown> = Promise.resolve();
  /** Open connections of this team. */
  connections = 0;
  /** The latest clock the team reported (simulated seconds); not kept on disk. */
  reportedNow = 0;

  constructor(
    readonly name: string,
    private readonly crisis: Crisis,
    private readonly file: TeamLogFile,
    readonly events: SessionEvent[],
    texts: string[],
  ) {
    this.texts = texts;
  }

  get held(): number {
    return this.events.length;
  }

  get ended(): boolean {
    return this.events.some((e) => e.type === 'session_ended');
  }

  /** The session's clock as far as the server knows: its last event, or what the team last said. */
  get clock(): number {
    return Math.max(this.events[this.events.length - 1]?.t ?? 0, this.reportedNow);
  }

  append(batch: EventBatch): Promise<Ack> {
    const run = this.queue.then(() => this.appendNow(batch));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.queue.then(() => this.file.close());
  }

  private async appendNow(batch: EventBatch): Promise<Ack> {
    const held = this.held;
    const refuse = (error: 'gap' | 'conflict' | 'full' | 'malformed' | 'storage', message: string): Ack => ({
      ok: false,
      error,
      message,
      expected: held,
    });
    if (batch.seq > held)
      return refuse(
        'gap',
        `batch starts at event ${batch.seq}, but the server holds ${held}: resend from ${held}`,
      );
    const texts = batch.events.map((e) => JSON.stringify(e));
    for (const [i, text] of texts.entries()) {
      const seq = batch.seq + i;
      if (seq < held && this.texts[seq] !== text)
        return refuse('conflict', `event ${seq} differs from the one the server already holds`);
    }
    const fresh = texts.slice(held - batch.seq);
    if (fresh.length === 0) return this.ack(batch);
    if (held === 0) {
      const first = batch.events[0];
      const c = this.crisis;
      if (
        first?.type !== 'session_started' ||
        first.scenario !== c.scenario ||
        first.lang !== c.lang ||
        first.seed !== c.seed
      )
        return refuse(
          'malformed',
          `the log must begin with session_started of scenario "${c.scenario}", lang ${c.lang}, seed ${c.seed}`,
        );
    }
    if (held + fresh.length > MAX_LOG_EVENTS)
      return refuse('full', `a log holds at most ${MAX_LOG_EVENTS} events`);
    try {
      await this.file.append(fresh.map((text, i) => eventLine(held + i, text)).join(''));
    } catch (error) {
      // Nothing is acknowledged; the file is cut back to what it held, so the resend starts clean.
      await this.file.truncateBack().catch(() => undefined);
      return refuse('storage', `the server could not write the log (${(error as Error).message})`);
    }
    this.events.push(...batch.events.slice(held - batch.seq));
    this.texts.push(...fresh);
    return this.ack(batch);
  }

  private ack(batch: EventBatch): Ack {
    if (batch.now !== undefined) this.reportedNow = Math.max(this.reportedNow, batch.now);
    return { ok: true, held: this.held };
  }
}
