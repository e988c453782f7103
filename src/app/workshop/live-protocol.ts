import { z } from 'zod';
import { sessionEventSchema } from '../../sim/event';

/**
 * The team channel's messages, shared by the server and the game's live client. A team sends its
 * session log in order, each batch starting at a sequence number (the index of its first event in
 * the log); the server answers every batch with how many events of the log it holds, or refuses it
 * with a reason and, for a gap, the sequence number it expects next.
 */

/** Events one batch may carry; the client sends at most this many at once. */
export const MAX_BATCH_EVENTS = 100;
/** A batch larger than this (as JSON) is refused with an error; the transport drops far larger ones. */
export const MAX_MESSAGE_BYTES = 256 * 1024;
/** The transport's own ceiling: a message past it closes the connection rather than being read. */
export const MAX_TRANSPORT_BYTES = 1024 * 1024;
/** Events a session's log may hold on the server (a whole session at any speed is a few thousand). */
export const MAX_LOG_EVENTS = 50_000;

/** The socket.io event names. */
export const CHANNEL = {
  /** Server → team, on connecting: which team it is and how many of its events the server holds. */
  joined: 'joined',
  /** Team → server, with an acknowledgement callback. */
  events: 'events',
  /** Server → team: a message refused that had no callback to answer (an unknown name, say). */
  refused: 'refused',
} as const;

/** What a team hands over when it connects (socket.io's `auth`). */
export const teamAuthSchema = z.strictObject({
  workshop: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'workshop must be a workshop id'),
  token: z.string().min(1, 'token is required').max(128, 'token is too long'),
});
export type TeamAuth = z.infer<typeof teamAuthSchema>;

export const joinedSchema = z.strictObject({
  team: z.string(),
  held: z.number().int().nonnegative(),
  /** The workshop holds its teams on the briefing until the facilitator starts it, and has not yet. */
  hold: z.boolean().optional(),
});
export type Joined = z.infer<typeof joinedSchema>;

export const eventBatchSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  events: z.array(sessionEventSchema).min(1).max(MAX_BATCH_EVENTS),
  /** The session's clock when the batch was sent (simulated seconds), for the console. */
  now: z.number().nonnegative().optional(),
});
export type EventBatch = z.infer<typeof eventBatchSchema>;

export const REFUSALS = [
  'malformed',
  'too_large',
  'rate_limited',
  'gap',
  'conflict',
  'full',
  'storage',
] as const;
export type Refusal = (typeof REFUSALS)[number];

export const ackSchema = z.discriminatedUnion('ok', [
  /** `held`: the events of the log the server holds, all on disk; the next batch starts there. */
  z.strictObject({ ok: z.literal(true), held: z.number().int().nonnegative() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.enum(REFUSALS),
    message: z.string(),
    /** The sequence number the server expects next (what it holds). */
    expected: z.number().int().nonnegative().optional(),
  }),
]);
export type Ack = z.infer<typeof ackSchema>;
