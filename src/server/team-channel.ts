import type { Server as HttpServer } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import { z } from 'zod';
import {
  CONTROL_EVENT,
  type ControlMessage,
  controlAckSchema,
  controlMessageSchema,
} from '../app/workshop/control-protocol';
import {
  type Ack,
  CHANNEL,
  eventBatchSchema,
  MAX_MESSAGE_BYTES,
  MAX_TRANSPORT_BYTES,
  teamAuthSchema,
} from '../app/workshop/live-protocol';
import { RateLimit } from './rate-limit';
import type { TeamLog } from './team-log';
import type { Workshop, WorkshopRegistry } from './workshop-registry';

/**
 * The teams' real-time channel (socket.io, on the page's own origin). A team connects with its
 * workshop id and token (`auth`), is told how many of its events the server holds, then sends its
 * log in batches, each answered through socket.io's acknowledgement. A token opens only its own
 * team's log. Every message is size-checked, rate-limited per connection and validated; one that
 * fails gets a refusal naming why, nothing is written, and the connection stays open. With
 * several server processes (Redis), a control issued through one reaches the team's connections on
 * the others through socket.io's adapter, and each process counts its connections in the store.
 */
export interface ChannelOptions {
  /** Batches a connection may send per second, and at once. */
  readonly ratePerSecond?: number;
  readonly rateBurst?: number;
  /** The rate limit's clock, in milliseconds (tests move it by hand). */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

interface TeamData {
  team: TeamLog;
  label: string;
  workshop: Workshop;
  index: number;
  /** The team waits for the facilitator's start. */
  hold: boolean;
}

/** Between the server processes sharing a store: a control for a team connected to any of them. */
const CONTROL_BETWEEN_SERVERS = 'cortafuegos:control';
const betweenServersSchema = z.strictObject({
  workshop: z.string(),
  team: z.number().int().nonnegative(),
  message: controlMessageSchema,
});

const refusal = (error: 'malformed' | 'too_large' | 'rate_limited', message: string): Ack => ({
  ok: false,
  error,
  message,
});

export function attachTeamChannel(
  http: HttpServer,
  registry: WorkshopRegistry,
  options: ChannelOptions = {},
  /** socket.io's adapter between server processes (Redis streams); none for one process. */
  adapter?: ServerOptions['adapter'],
) {
  const io = new Server(http, {
    ...(adapter ? { adapter } : {}),
    serveClient: false,
    maxHttpBufferSize: MAX_TRANSPORT_BYTES,
    // The game connects to its own origin: no cross-origin access is granted.
    cors: undefined,
  });
  const log = options.log ?? (() => undefined);

  io.use((socket, next) => {
    const auth = teamAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success)
      return next(new Error(`cannot join: ${auth.error.issues.map((i) => i.message).join('; ')}`));
    const { workshop: id, token } = auth.data;
    registry
      .find(id)
      .then(async (workshop) => {
        if (!workshop) return next(new Error(`cannot join: no workshop "${id}"`));
        const team = registry.teamByToken(workshop, token);
        if (!team) return next(new Error('cannot join: the team token is wrong'));
        const index = workshop.teams.indexOf(team);
        // What the team is told on joining: all the store holds (another process may have written it).
        await team.refresh();
        const hold = workshop.meta.hold && !(await workshop.controls.started());
        (socket.data as TeamData) = {
          team,
          label: `${workshop.meta.id}/${team.name}`,
          workshop,
          index,
          hold,
        };
        next();
      })
      .catch((error: Error) => {
        log(`joining workshop ${id}: ${error.message}`);
        next(new Error('cannot join: the server cannot reach its store just now; try again'));
      });
  });

  // The open connections of each team, for the facilitator's controls.
  const open = new Map<TeamLog, Set<Socket>>();
  /**
   * Sends a control and waits, without a time limit, for the game to say it applied it (it may
   * wait for its session to start first). The acknowledgement is kept on disk; a control never
   * acknowledged is sent again on the team's next connection.
   */
  const sendControl = (socket: Socket, message: ControlMessage): void => {
    const { workshop, index, label } = socket.data as TeamData;
    socket.emit(CONTROL_EVENT, message, (answer: unknown) => {
      const ack = controlAckSchema.safeParse(answer);
      if (!ack.success) return log(`team ${label}: control ${message.id}: not an acknowledgement`);
      if (!ack.data.ok) log(`team ${label}: control ${message.id} not applied: ${ack.data.reason ?? ''}`);
      workshop.controls.acknowledge(index, message.id).catch((error: Error) => {
        log(`team ${label}: control ${message.id}: acknowledgement not written: ${error.message}`);
      });
    });
  };
  const deliverHere = (workshop: Workshop, index: number, message: ControlMessage): void => {
    const team = workshop.teams[index];
    for (const socket of (team && open.get(team)) ?? []) sendControl(socket, message);
  };
  registry.onControl = (workshop, index, message) => {
    deliverHere(workshop, index, message);
    // The other processes deliver it to the team's connections they hold (with Redis only).
    if (adapter)
      io.serverSideEmit(CONTROL_BETWEEN_SERVERS, { workshop: workshop.meta.id, team: index, message });
  };
  io.on(CONTROL_BETWEEN_SERVERS, (data: unknown) => {
    const parsed = betweenServersSchema.safeParse(data);
    if (!parsed.success) return log('a control from another server process did not read');
    const { workshop: id, team, message } = parsed.data;
    registry.find(id).then(
      (workshop) => workshop && deliverHere(workshop, team, message),
      (error: Error) => log(`control ${message.id} for workshop ${id}: ${error.message}`),
    );
  });

  io.on('connection', (socket: Socket) => {
    const { team, label, workshop, index, hold } = socket.data as TeamData;
    const rate = new RateLimit(options.ratePerSecond ?? 20, options.rateBurst ?? 40, options.now);
    const sockets = open.get(team) ?? new Set<Socket>();
    sockets.add(socket);
    open.set(team, sockets);
    log(`team ${label} connected (${sockets.size} open here)`);
    team.live
      .join(socket.id)
      .catch((error: Error) => log(`team ${label}: presence not kept: ${error.message}`));
    socket.emit(CHANNEL.joined, { team: team.name, held: team.held, hold });
    workshop.controls.pending(index).then(
      (pending) => {
        for (const message of pending) if (socket.connected) sendControl(socket, message);
      },
      (error: Error) => log(`team ${label}: pending controls not read: ${error.message}`),
    );

    socket.onAny((name: unknown, ...args: unknown[]) => {
      if (name === CHANNEL.events) return;
      const answer = refusal('malformed', `unknown message "${String(name).slice(0, 40)}"`);
      const last = args[args.length - 1];
      if (typeof last === 'function') last(answer);
      else socket.emit(CHANNEL.refused, answer);
    });

    socket.on(CHANNEL.events, (...args: unknown[]) => {
      const callback = args[args.length - 1];
      const reply = (ack: Ack): void => {
        if (typeof callback === 'function') callback(ack);
        else socket.emit(CHANNEL.refused, ack);
      };
      if (typeof callback !== 'function' || args.length !== 2)
        return reply(refusal('malformed', 'send one batch with an acknowledgement callback'));
      if (!rate.take())
        return reply(refusal('rate_limited', 'too many messages: wait for the acknowledgements'));
      let size: number;
      try {
        size = Buffer.byteLength(JSON.stringify(args[0]) ?? '');
      } catch {
        return reply(refusal('malformed', 'the batch is not JSON'));
      }
      if (size > MAX_MESSAGE_BYTES)
        return reply(refusal('too_large', `a batch of ${size} bytes; at most ${MAX_MESSAGE_BYTES}`));
      const batch = eventBatchSchema.safeParse(args[0]);
      if (!batch.success) {
        const issue = batch.error.issues[0];
        const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        return reply(
          refusal('malformed', `not a batch of log events (${where}${issue?.message ?? 'invalid'})`),
        );
      }
      team.append(batch.data).then(reply, (error: Error) => {
        log(`team ${label}: append failed: ${error.message}`);
        reply({
          ok: false,
          error: 'storage',
          message: 'the server could not write the log',
          expected: team.held,
        });
      });
    });

    socket.on('disconnect', () => {
      sockets.delete(socket);
      log(`team ${label} disconnected (${sockets.size} open here)`);
      team.live
        .leave(socket.id)
        .catch((error: Error) => log(`team ${label}: presence not cleared: ${error.message}`));
    });
  });

  return io;
}
