import { z } from 'zod';

/** The player's action vocabulary. The engine owns every consequence. */
export const ACTION_TYPES = [
  'reply',
  'reply_private',
  'like',
  'hide',
  'delete',
  'block',
  'escalate',
  'statement',
  'redress',
  'analyse',
  'update',
  'leave',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

const postRef = z.string().min(1);
const option = z.number().int().nonnegative();

/** How long a written text may be, in characters (code points), by what it is. */
export const TEXT_LIMITS = { reply: 280, reply_private: 1000, statement: 1000, update: 1000 } as const;

/** A text's length as the player's counter shows it: code points, so an emoji is one. */
export const textLength = (text: string): number => [...text].length;

const written = (limit: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, 'a written text cannot be empty')
    .refine((s) => textLength(s) <= limit, `a written text is at most ${limit} characters`);

/** Each action type's shapes: a reply or composer is either a suggested option or the player's own text. */
const SHAPES = {
  reply: [
    z.strictObject({ type: z.literal('reply'), post: postRef, option }),
    z.strictObject({ type: z.literal('reply'), post: postRef, text: written(TEXT_LIMITS.reply) }),
  ],
  reply_private: [
    z.strictObject({ type: z.literal('reply_private'), post: postRef, option }),
    z.strictObject({
      type: z.literal('reply_private'),
      post: postRef,
      text: written(TEXT_LIMITS.reply_private),
    }),
  ],
  statement: [
    z.strictObject({ type: z.literal('statement'), option }),
    z.strictObject({ type: z.literal('statement'), text: written(TEXT_LIMITS.statement) }),
  ],
  update: [
    z.strictObject({ type: z.literal('update'), option }),
    z.strictObject({ type: z.literal('update'), text: written(TEXT_LIMITS.update) }),
  ],
} as const;

const one = <T extends z.ZodType>(schema: T) => [schema] as const;
const ALL_SHAPES = {
  ...SHAPES,
  like: one(z.strictObject({ type: z.literal('like'), post: postRef })),
  hide: one(z.strictObject({ type: z.literal('hide'), post: postRef })),
  delete: one(z.strictObject({ type: z.literal('delete'), post: postRef })),
  block: one(z.strictObject({ type: z.literal('block'), post: postRef })),
  leave: one(z.strictObject({ type: z.literal('leave'), post: postRef })),
  escalate: one(z.strictObject({ type: z.literal('escalate') })),
  analyse: one(z.strictObject({ type: z.literal('analyse') })),
  redress: one(
    z.strictObject({ type: z.literal('redress'), post: postRef, amount: z.number().int().positive() }),
  ),
} as const satisfies Record<ActionType, readonly z.ZodType[]>;

export const playerActionSchema = z.union([
  ...ALL_SHAPES.reply,
  ...ALL_SHAPES.reply_private,
  ...ALL_SHAPES.like,
  ...ALL_SHAPES.hide,
  ...ALL_SHAPES.delete,
  ...ALL_SHAPES.block,
  ...ALL_SHAPES.leave,
  ...ALL_SHAPES.escalate,
  ...ALL_SHAPES.analyse,
  ...ALL_SHAPES.statement,
  ...ALL_SHAPES.update,
  ...ALL_SHAPES.redress,
]);
export type PlayerAction = z.infer<typeof playerActionSchema>;
/** An action that publishes the player's own words. */
export type WrittenAction = Extract<PlayerAction, { text: string }>;
export const isWritten = (a: PlayerAction): a is WrittenAction => 'text' in a;

export type ActionResult = { ok: true } | { ok: false; reason: string };

/**
 * Reads an action from anywhere (the canvas, the accessible layer, a policy, a save) against the
 * schema, naming the field that is wrong: nothing malformed reaches the engine.
 */
export function parseAction(
  input: unknown,
): { ok: true; action: PlayerAction } | { ok: false; reason: string } {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(ACTION_TYPES as readonly string[]).includes(type)) {
    return {
      ok: false,
      reason: `unknown action type ${JSON.stringify(type) ?? 'undefined'} (valid: ${ACTION_TYPES.join(', ')})`,
    };
  }
  // Read against this type's own shape (the written one when the input carries a text), so the
  // reason names the field that is wrong rather than every member of the union.
  const shapes: readonly z.ZodType[] = ALL_SHAPES[type as ActionType];
  const schema =
    shapes[(input as { text?: unknown }).text !== undefined ? 1 : 0] ?? shapes[0] ?? playerActionSchema;
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, action: parsed.data as PlayerAction };
  const reason = parsed.error.issues
    .map((i) =>
      i.code === 'unrecognized_keys'
        ? `unexpected field ${i.keys.join(', ')}`
        : `${i.path.join('.') || 'action'}: ${i.message}`,
    )
    .join('; ');
  return { ok: false, reason: `invalid ${type} action: ${reason}` };
}

/** The action of answering a post with a suggested option, by the option's channel. */
export function replyWith(channel: 'public' | 'private', post: string, option: number): PlayerAction {
  return channel === 'private' ? { type: 'reply_private', post, option } : { type: 'reply', post, option };
}

/** The action of answering a post with the player's own text. */
export function replyWritten(channel: 'public' | 'private', post: string, text: string): PlayerAction {
  return channel === 'private' ? { type: 'reply_private', post, text } : { type: 'reply', post, text };
}
