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

export const playerActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reply'), post: postRef, option }),
  z.strictObject({ type: z.literal('reply_private'), post: postRef, option }),
  z.strictObject({ type: z.literal('like'), post: postRef }),
  z.strictObject({ type: z.literal('hide'), post: postRef }),
  z.strictObject({ type: z.literal('delete'), post: postRef }),
  z.strictObject({ type: z.literal('block'), post: postRef }),
  z.strictObject({ type: z.literal('leave'), post: postRef }),
  z.strictObject({ type: z.literal('escalate') }),
  z.strictObject({ type: z.literal('analyse') }),
  z.strictObject({ type: z.literal('statement'), option }),
  z.strictObject({ type: z.literal('update'), option }),
  z.strictObject({ type: z.literal('redress'), post: postRef, amount: z.number().int().positive() }),
]);
export type PlayerAction = z.infer<typeof playerActionSchema>;

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
  const parsed = playerActionSchema.safeParse(input);
  if (parsed.success) return { ok: true, action: parsed.data };
  const reason = parsed.error.issues
    .map((i) =>
      i.code === 'unrecognized_keys'
        ? `unexpected field ${i.keys.join(', ')}`
        : `${i.path.join('.') || 'action'}: ${i.message}`,
    )
    .join('; ');
  return { ok: false, reason: `invalid ${type} action: ${reason}` };
}
