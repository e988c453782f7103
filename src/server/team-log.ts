import type { Ack, EventBatch } from '../app/workshop/live-protocol';
import { MAX_LOG_EVENTS } from '../app/workshop/live-protocol';
import type { SessionEvent } from '../sim/event';
import type { TeamLiveStore, TeamLogStore } from './workshop-store';

/** What a team's log must begin with: the workshop's own crisis. */
export interface Crisis {
  readonly scenario: string;
  readonly lang: string;
  readonly seed: number;
}

/**
 * One team's log as the server holds it: the events kept in the store, in order, and the rules for
 * adding to it. A batch is taken only where it continues the log: events the server already holds
 * are acknowledged again without being written (a resend after a lost acknowledgement), provided
 * they are the same events; a batch that starts past the end is a gap, refused with the sequence
 * number expected. Appends run one at a time in this process, and the store's append is
 * conditional (it writes only at the end it was told), so two processes sharing a store cannot
 * both write one place; the acknowledgement comes only once the events are kept.
 */
export class TeamLog {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly name: string,
    private readonly crisis: Crisis,
    private readonly store: TeamLogStore,
    /** Its connections and clock (shared by every process when the store is). */
    readonly live: TeamLiveStore,
    /** Other processes append to this log too: read what they added before judging a batch. */
    private readonly shared: boolean,
    /** The events held, and the JSON of each as written (to tell a resent duplicate from a forgery). */
    readonly events: SessionEvent[],
    private readonly texts: string[],
  ) {}

  static async open(
    name: string,
    crisis: Crisis,
    store: TeamLogStore,
    live: TeamLiveStore,
    shared: boolean,
  ): Promise<TeamLog> {
    const texts = await store.readFrom(0);
    const events = texts.map((t) => JSON.parse(t) as SessionEvent);
    return new TeamLog(name, crisis, store, live, shared, events, texts);
  }

  get held(): number {
    return this.events.length;
  }

  get ended(): boolean {
    return this.events.some((e) => e.type === 'session_ended');
  }

  /** Brings the events in memory up to what the store holds (a shared store's other writers). */
  refresh(): Promise<void> {
    if (!this.shared) return Promise.resolve();
    // In the queue with the appends: two reads at once must not both add what they read.
    const run = this.queue.then(() => this.catchUp());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The whole log as the store holds it now. */
  async readAll(): Promise<readonly SessionEvent[]> {
    await this.refresh();
    return this.events;
  }

  /** The session's clock as far as the server knows: its last event, or what the team last said. */
  async clock(): Promise<number> {
    return Math.max(this.events[this.events.length - 1]?.t ?? 0, await this.live.reported());
  }

  append(batch: EventBatch): Promise<Ack> {
    const run = this.queue.then(() => this.appendNow(batch));
    this.queue = run.catch(() => undefined);
    return run;
  }

  close(): Promise<void> {
    return this.queue.then(() => this.store.close());
  }

  private async catchUp(): Promise<void> {
    const more = await this.store.readFrom(this.texts.length);
    for (const text of more) {
      this.texts.push(text);
      this.events.push(JSON.parse(text) as SessionEvent);
    }
  }

  private async appendNow(batch: EventBatch): Promise<Ack> {
    const refuse = (error: 'gap' | 'conflict' | 'full' | 'malformed' | 'storage', message: string): Ack => ({
      ok: false,
      error,
      message,
      expected: this.held,
    });
    const texts = batch.events.map((e) => JSON.stringify(e));
    // Another process may append between our reading and our writing: the store then refuses the
    // write, and the batch is judged again against what it holds (a few rounds at most).
    for (let round = 0; round < 5; round++) {
      try {
        if (this.shared) await this.catchUp();
      } catch (error) {
        return refuse('storage', `the server could not read the log (${(error as Error).message})`);
      }
      const held = this.held;
      if (batch.seq > held)
        return refuse(
          'gap',
          `batch starts at event ${batch.seq}, but the server holds ${held}: resend from ${held}`,
        );
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
      let written: Awaited<ReturnType<TeamLogStore['appendAt']>>;
      try {
        written = await this.store.appendAt(held, fresh);
      } catch (error) {
        // Nothing is acknowledged: the team sends the batch again later.
        return refuse('storage', `the server could not write the log (${(error as Error).message})`);
      }
      if (!written.ok) continue;
      this.events.push(...batch.events.slice(held - batch.seq));
      this.texts.push(...fresh);
      return this.ack(batch);
    }
    return refuse('storage', 'the log kept changing under this batch: send it again');
  }

  private async ack(batch: EventBatch): Promise<Ack> {
    // The events are kept: a clock that could not be (the store failing just now) only leaves the
    // console on the last event's time until the next batch, so it does not undo the acknowledgement.
    if (batch.now !== undefined) await this.live.report(batch.now).catch(() => undefined);
    return { ok: true, held: this.held };
  }
}
