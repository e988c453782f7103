import { z } from 'zod';

/**
 * The facilitator's controls, shared by the server, the console and the team's game. The console
 * POSTs one to `/api/workshops/:id/controls` with its key; the server numbers it, keeps it for each
 * team it is addressed to, and sends it over the team channel (`control`) until the team's game
 * acknowledges it, again after every reconnection: nothing is lost while a team is offline.
 */

/** The longest facilitator message, in characters. */
export const MAX_MESSAGE_CHARS = 500;
/** The controls a workshop may hold in all (a whole workshop needs a few dozen). */
export const MAX_CONTROLS = 1000;

/** The speeds the facilitator may set (the game's own range). */
export const CONTROL_SPEEDS = [0.5, 1, 2, 4, 8, 16, 20, 32, 64] as const;

const injectId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'inject must be an inject id');

/** What a control does, as the team's game applies it. */
export const controlActionSchema = z.discriminatedUnion('type', [
  /** Teams held on the briefing may start; teams on the briefing start now. */
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({
    type: z.literal('speed'),
    speed: z
      .number({ error: 'speed must be a number' })
      .refine((v) => (CONTROL_SPEEDS as readonly number[]).includes(v), {
        error: `speed must be one of ${CONTROL_SPEEDS.join(', ')}`,
      }),
  }),
  /** Shown to the team as a notice: plain text, never markup. */
  z.strictObject({
    type: z.literal('message'),
    text: z
      .string({ error: 'text must be a string' })
      .trim()
      .min(1, 'text must not be empty')
      .max(MAX_MESSAGE_CHARS, `text must be at most ${MAX_MESSAGE_CHARS} characters`),
  }),
  z.strictObject({ type: z.literal('inject'), inject: injectId }),
]);
export type ControlAction = z.infer<typeof controlActionSchema>;

/** The console's request: a control and who it is for (every team, or one by its index). */
export const controlRequestSchema = z.strictObject({
  to: z.union([z.literal('all'), z.number().int().nonnegative()], {
    error: 'to must be "all" or a team index',
  }),
  control: controlActionSchema,
});
export type ControlRequest = z.infer<typeof controlRequestSchema>;

/** Server → team: one control, numbered within the workshop. */
export const controlMessageSchema = z.strictObject({
  id: z.number().int().positive(),
  control: controlActionSchema,
});
export type ControlMessage = z.infer<typeof controlMessageSchema>;

/** Team → server, the acknowledgement of a control: applied, or why it could not be. */
export const controlAckSchema = z.strictObject({
  ok: z.boolean(),
  reason: z.string().max(300).optional(),
});
export type ControlAck = z.infer<typeof controlAckSchema>;

/** The socket.io event name of a control. */
export const CONTROL_EVENT = 'control';
