import type { Socket } from 'socket.io-client';
import type { SessionEvent } from '../../sim/event';
import {
  CONTROL_EVENT,
  type ControlAck,
  type ControlMessage,
  controlMessageSchema,
} from './control-protocol';
import { type Ack, ackSchema, CHANNEL, joinedSchema, MAX_BATCH_EVENTS } from './live-protocol';

/**
 * Streams a team's session log to the workshop server as it grows. One batch is in flight at a
 * time; everything past the last acknowledgement is kept (the log itself is the buffer, so nothing
 * is copied) and sent again after a reconnection, from what the server says it holds. The game
 * never waits for it: with the server gone the team plays on, and the log catches up when the
 * server is back. A refusal that resending cannot mend (another session's log, a bad token) stops
 * the stream and is reported; the game still goes on.
 */
export type LiveStatus =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'live'; readonly acked: number; readonly pending: number }
  | { readonly kind: 'offline'; readonly reason: string }
  | { readonly kind: 'refused'; readonly reason: string };

export interface LiveClientOptions {
  /** How long to wait for an acknowledgement before sending again. */
  readonly ackTimeoutMs?: number;
  /** The wait before retrying after a refusal that time mends (rate limit, storage). */
  readonly retryMs?: number;
  readonly onStatus?: (status: LiveStatus) => void;
  /** The server says whether the workshop holds its teams on the briefing (on every join). */
  readonly onHold?: (hold: boolean) => void;
  /**
   * A facilitator's control: resolves once the game has applied it (or knows it cannot), and only
   * then is it acknowledged; a control the game never got to is sent again on the next connection.
   */
  readonly onControl?: (control: ControlMessage) => Promise<ControlAck>;
}

export class LiveClient {
  private log: readonly SessionEvent[] = [];
  private now = 0;
  /** Events of the log the server holds, as far as this client knows. */
  private acked = 0;
  private joined = false;
  private inFlight = false;
  private stopped = false;
  /** Bumped on every disconnection: an answer to a batch sent before it is ignored. */
  private epoch = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  /** Controls applied or being applied, by id: one sent again (a lost acknowledgement) is not applied twice. */
  private readonly controls = new Map<number, Promise<ControlAck>>();
  status: LiveStatus = { kind: 'connecting' };

  constructor(
    private readonly socket: Socket,
    private readonly options: LiveClientOptions = {},
  ) {
    socket.on(CHANNEL.joined, (payload: unknown) => {
      const joined = joinedSchema.safeParse(payload);
      if (!joined.success) return this.refuse('the server did not say how much of the log it holds');
      // What the server holds that this log also has is checked by resending it: the server
      // acknowledges the same events and refuses different ones.
      this.acked = Math.min(joined.data.held, this.log.length);
      this.joined = true;
      this.options.onHold?.(joined.data.hold ?? false);
      this.live();
      this.pump();
    });
    socket.on('disconnect', (reason: string) => {
      this.epoch += 1;
      this.joined = false;
      this.inFlight = false;
      if (this.stopped) return;
      this.setStatus({ kind: 'offline', reason });
      // socket.io reconnects by itself after a lost connection, not after the server's own goodbye.
      if (reason === 'io server disconnect') this.later(() => socket.connect());
    });
    socket.on('connect_error', (error: Error) => {
      // A refusal by the server (an unknown workshop, a wrong token) is final; a network error is retried.
      if (socket.active) this.setStatus({ kind: 'offline', reason: error.message });
      else this.refuse(error.message);
    });
    socket.on(CONTROL_EVENT, (payload: unknown, ack?: unknown) => {
      const answer = typeof ack === 'function' ? (ack as (a: ControlAck) => void) : () => undefined;
      const message = controlMessageSchema.safeParse(payload);
      if (!message.success) return answer({ ok: false, reason: 'not a control this game knows' });
      const { id } = message.data;
      let applied = this.controls.get(id);
      if (!applied) {
        applied = (this.options.onControl?.(message.data) ?? Promise.resolve({ ok: true })).catch(
          (error: Error) => ({ ok: false, reason: error.message.slice(0, 300) }),
        );
        this.controls.set(id, applied);
      }
      void applied.then(answer);
    });
    socket.on(CHANNEL.refused, (payload: unknown) => {
      const ack = ackSchema.safeParse(payload);
      if (ack.success && !ack.data.ok) console.warn(`workshop server: ${ack.data.message}`);
    });
  }

  /** The session's log and clock as they stand now (called whenever the session moves). */
  update(log: readonly SessionEvent[], now: number): void {
    this.log = log;
    this.now = now;
    this.pump();
  }

  /** Events of the log not yet acknowledged. */
  get pending(): number {
    return Math.max(0, this.log.length - this.acked);
  }

  close(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.socket.close();
  }

  private pump(): void {
    if (this.stopped || !this.joined || this.inFlight || this.retry || !this.socket.connected) return;
    const seq = this.acked;
    const events = this.log.slice(seq, seq + MAX_BATCH_EVENTS);
    if (events.length === 0) return;
    this.inFlight = true;
    const epoch = this.epoch;
    this.socket
      .timeout(this.options.ackTimeoutMs ?? 10_000)
      .emitWithAck(CHANNEL.events, { seq, events, now: this.now })
      .then(
        (answer: unknown) => {
          if (epoch !== this.epoch) return;
          this.inFlight = false;
          const ack = ackSchema.safeParse(answer);
          if (!ack.success)
            return this.refuse('the server answered something that is not an acknowledgement');
          this.onAck(ack.data, seq, events.length);
        },
        () => {
          // No answer in time: the same batch goes again (the server takes it once).
          if (epoch !== this.epoch) return;
          this.inFlight = false;
          this.later();
        },
      );
  }

  private onAck(ack: Ack, seq: number, sent: number): void {
    if (ack.ok) {
      // Never past what was sent: the rest of what the server holds is checked by sending it.
      this.acked = Math.max(this.acked, Math.min(ack.held, seq + sent));
      this.live();
      this.pump();
    } else if (ack.error === 'gap' && ack.expected !== undefined) {
      this.acked = Math.min(ack.expected, this.log.length);
      this.pump();
    } else if (ack.error === 'rate_limited' || ack.error === 'storage') this.later();
    else this.refuse(ack.message);
  }

  private later(then: () => void = () => this.pump()): void {
    if (this.retry || this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      then();
    }, this.options.retryMs ?? 1000);
  }

  private live(): void {
    this.setStatus({ kind: 'live', acked: this.acked, pending: this.pending });
  }

  private refuse(reason: string): void {
    this.stopped = true;
    this.setStatus({ kind: 'refused', reason });
    this.socket.close();
  }

  private setStatus(status: LiveStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}
