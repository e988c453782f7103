import { z } from 'zod';
import { gradingContextSchema } from '../content/grading-context';
import { principleSchema } from '../content/principle';
import { qualitySchema } from '../content/quality';
import { langSchema, personaTypeSchema, postKindSchema } from '../content/scenario.schema';
import { channelSchema, triggerEventSchema } from '../content/tag.schema';
import { playerActionSchema } from './action';

/**
 * The session's append-only log. With the scenario and the seed it *is* the session: score,
 * debrief, replay and resume are pure functions of it. Validated when read back from storage.
 */
const t = z.number().nonnegative();

export const replyOptionSchema = z.strictObject({
  index: z.number().int().nonnegative(),
  text: z.string(),
  qualities: z.array(qualitySchema),
  channel: channelSchema,
  model: z.boolean(),
});

/** A written text's reading as logged: the grader's version, what it read and why, the branch played. */
export const writtenSchema = z.strictObject({
  graderVersion: z.number().int().positive(),
  context: gradingContextSchema,
  confirmed: z.boolean(),
  evidence: z.array(
    z.strictObject({
      quality: qualitySchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      cue: z.string(),
    }),
  ),
  /** The ink index of the option whose branch the public's answer follows (nearest-branch.ts). */
  branch: z.number().int().nonnegative(),
});

export type WrittenLog = z.infer<typeof writtenSchema>;

/** The two standing composers: a public statement, a follow-up update. */
export const menuKindSchema = z.enum(['statement', 'update']);
export type MenuKind = z.infer<typeof menuKindSchema>;

export const postRecordSchema = z.strictObject({
  id: z.string(),
  thread: z.string(),
  author: z.string(),
  authorType: z.union([personaTypeSchema, z.literal('brand')]),
  kind: postKindSchema,
  network: z.string(),
  channel: channelSchema,
  text: z.string(),
  replyTo: z.string().nullable(),
  crowd: z.boolean(),
  patience: z.number().nonnegative(),
});
export type PostRecord = z.infer<typeof postRecordSchema>;

export const EFFECTS = [
  'calmed',
  'backfired',
  'troll_fed',
  'troll_ignored',
  'criticism_silenced',
  'community_protected',
  'genuine_blocked',
  'troll_blocked',
  'thanked_fan',
  'redress_given',
  'redress_wasted',
  'statement_landed',
  'statement_backfired',
  'update_landed',
  'update_backfired',
  'escalated',
  'analysed',
  'left_alone',
  'complaint_grew',
] as const;
export const effectSchema = z.enum(EFFECTS);
export type Effect = z.infer<typeof effectSchema>;

export const sessionEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    t,
    type: z.literal('session_started'),
    scenario: z.string(),
    lang: langSchema,
    seed: z.number().int(),
  }),
  z.strictObject({ t, type: z.literal('thread_started'), thread: z.string() }),
  z.strictObject({ t, type: z.literal('post'), post: postRecordSchema }),
  z.strictObject({
    t,
    type: z.literal('pulse'),
    heat: z.number(),
    sentiment: z.number(),
    reach: z.number(),
    grew: z.array(z.tuple([z.string(), z.number().int(), z.number().int()])),
  }),
  z.strictObject({ t, type: z.literal('network_jump'), network: z.string() }),
  /** The facilitator of a live workshop dropped one of the scenario's injects into the crisis here. */
  z.strictObject({ t, type: z.literal('inject'), inject: z.string() }),
  /**
   * The player opened the statement or update composer and the script offered these options, as
   * the crisis stood at that moment. Recorded because opening runs the script: a replay opens it
   * at the same time.
   */
  z.strictObject({
    t,
    type: z.literal('menu_opened'),
    menu: menuKindSchema,
    options: z.array(replyOptionSchema),
  }),
  z.strictObject({ t, type: z.literal('trigger'), post: z.string(), on: triggerEventSchema }),
  /** The script offers replies to a post: recorded so the debrief can set the model reply beside the player's. */
  z.strictObject({
    t,
    type: z.literal('reply_opened'),
    post: z.string(),
    options: z.array(replyOptionSchema),
  }),
  z.strictObject({
    t,
    type: z.literal('action'),
    action: playerActionSchema,
    /** What the brand published, when the action published something. */
    reply: z
      .strictObject({
        id: z.string(),
        text: z.string(),
        qualities: z.array(qualitySchema),
        channel: channelSchema,
        model: z.boolean(),
        /** When the player wrote the text: how it was read, and the scripted branch it played. */
        written: writtenSchema.optional(),
      })
      .optional(),
  }),
  z.strictObject({
    t,
    type: z.literal('consequence'),
    effect: effectSchema,
    post: z.string().nullable(),
    heat: z.number(),
    sentiment: z.number(),
    /** The log index of the player's action this follows from; absent when the crisis itself moved. */
    action: z.number().int().nonnegative().optional(),
  }),
  /** A landed public statement answers a crowd post (one already waiting, or one arriving later). */
  z.strictObject({ t, type: z.literal('covered'), post: z.string(), by: z.string() }),
  z.strictObject({ t, type: z.literal('coach'), principle: principleSchema, text: z.string() }),
  /**
   * Where the coach would speak to a scripted reply the player's written one only resembles, it
   * speaks to what the player wrote instead: the reading of the brand post `reply` (its qualities,
   * and what its context asked for that it did not show), about `principle`.
   */
  z.strictObject({ t, type: z.literal('coach_reading'), principle: principleSchema, reply: z.string() }),
  /** The player asked for a hint on a post and was shown its model reply. */
  z.strictObject({ t, type: z.literal('hint'), post: z.string(), text: z.string() }),
  z.strictObject({ t, type: z.literal('ending'), ending: z.string(), epilogue: z.array(z.string()) }),
  z.strictObject({ t, type: z.literal('session_ended') }),
]);
export type SessionEvent = z.infer<typeof sessionEventSchema>;
export type EventOfType<K extends SessionEvent['type']> = Extract<SessionEvent, { type: K }>;

export const sessionLogSchema = z.array(sessionEventSchema);
