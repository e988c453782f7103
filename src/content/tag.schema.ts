import { z } from 'zod';
import { principleSchema } from './principle';
import { qualitySchema } from './quality';
import { postKindSchema } from './scenario.schema';

/**
 * Ink tags are `key: value`. They are parsed here and only here: by the source linter (which
 * knows file and line) and by the story runner at play time (same schema, same messages).
 */
const seconds = z.coerce.number().nonnegative();
const tagId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only');

/**
 * Hidden choices the engine takes for the player: the post was ignored, deleted, hidden, its
 * author blocked — or `confirmed`: the player has just asked (analysed or escalated), so a reply
 * point still open goes back to offer the replies that need the facts.
 */
export const TRIGGER_EVENTS = ['ignored', 'deleted', 'hidden', 'blocked', 'confirmed'] as const;
export const triggerEventSchema = z.enum(TRIGGER_EVENTS);
export type TriggerEvent = z.infer<typeof triggerEventSchema>;

export const channelSchema = z.enum(['public', 'private']);
export type Channel = z.infer<typeof channelSchema>;

export const lineTagsSchema = z.strictObject({
  author: tagId.optional(),
  id: tagId.optional(),
  after: seconds.optional(),
  kind: postKindSchema.optional(),
  patience: seconds.optional(),
  network: tagId.optional(),
  channel: channelSchema.optional(),
  ending: tagId.optional(),
  /** A coach's aside about a principle, shown to the player, never posted to the network. */
  coach: principleSchema.optional(),
  /**
   * `label: inject` marks the first line of an inject's knot as the console's name for it, in the
   * language of the file: shown to the facilitator, never posted (a tag's value is the same in
   * both languages, so the localised name is the line's text).
   */
  label: z.literal('inject').optional(),
});
export type LineTags = z.infer<typeof lineTagsSchema>;

export const choiceTagsSchema = z.strictObject({
  quality: z.array(qualitySchema).optional(),
  channel: channelSchema.optional(),
  model: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  on: triggerEventSchema.optional(),
  /**
   * `written: only` marks a branch the menu never offers: it is there for a written reply whose
   * reading is nearest to it, so the public can answer what was written (a thank-you with no gift).
   */
  written: z.literal('only').optional(),
});
export type ChoiceTags = z.infer<typeof choiceTagsSchema>;

/** Keys that may repeat on one line; their values collect into an array. */
const REPEATABLE = new Set(['quality']);

export type TagContext = 'line' | 'choice';

export interface TagProblem {
  readonly tag: string;
  readonly rule: string;
  readonly message: string;
}

export type TagParse<T> = { ok: true; value: T } | { ok: false; problems: TagProblem[] };

function split(raw: string): { key: string; value: string } | null {
  const at = raw.indexOf(':');
  if (at <= 0) return null;
  return { key: raw.slice(0, at).trim(), value: raw.slice(at + 1).trim() };
}

export function parseTags(raw: readonly string[], context: 'line'): TagParse<LineTags>;
export function parseTags(raw: readonly string[], context: 'choice'): TagParse<ChoiceTags>;
export function parseTags(raw: readonly string[], context: TagContext): TagParse<LineTags | ChoiceTags> {
  const schema = context === 'line' ? lineTagsSchema : choiceTagsSchema;
  const known = schema.shape as Record<string, unknown>;
  const problems: TagProblem[] = [];
  const bag: Record<string, string | string[]> = {};
  for (const tag of raw) {
    const text = tag.trim();
    if (text === '') continue;
    const kv = split(text);
    if (!kv) {
      problems.push({ tag: text, rule: 'tag-format', message: `tag "${text}" is not in "key: value" form` });
      continue;
    }
    if (!(kv.key in known)) {
      problems.push({
        tag: text,
        rule: 'tag-unknown-key',
        message: `unknown ${context} tag "${kv.key}" (allowed: ${Object.keys(known).join(', ')})`,
      });
      continue;
    }
    if (REPEATABLE.has(kv.key)) {
      const list = (bag[kv.key] as string[] | undefined) ?? [];
      list.push(kv.value);
      bag[kv.key] = list;
    } else if (kv.key in bag) {
      problems.push({ tag: text, rule: 'tag-repeated', message: `tag "${kv.key}" appears twice` });
    } else {
      bag[kv.key] = kv.value;
    }
  }
  const result = schema.safeParse(bag);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      problems.push({
        tag: `${key}: ${String(bag[key] ?? '')}`,
        rule: 'tag-value',
        message: `${key}: ${issue.message}`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: result.data as LineTags | ChoiceTags };
}
