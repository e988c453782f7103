import { z } from 'zod';
import { gradingContextSchema } from '../content/grading-context';
import { principleSchema } from '../content/principle';
import { qualitySchema } from '../content/quality';
import { langSchema, personaTypeSchema, postKindSchema } from '../content/scenario.schema';
import { ledgerItemSchema } from '../scoring/ledger';
import { ruleIdSchema } from '../scoring/rule-ids';
import { bandSchema } from '../scoring/score.schema';
import { sourceFileSchema } from '../scoring/sources';
import { ACTION_TYPES } from '../sim/action';
import { effectSchema } from '../sim/event';
import { planExtraIdSchema } from './plan-ids';

/**
 * The debrief a player learns from, as a view model: everything the debrief screen, an export or
 * a workshop comparison shows, already in the session's language. Pure data, validated by zod so a
 * results file can be trusted when read back.
 */
const percent = z.number().min(0).max(100);
const actionTypeSchema = z.enum(ACTION_TYPES);

export const profileEntrySchema = z.strictObject({
  principle: principleSchema,
  name: z.string(),
  asks: z.string(),
  score: percent.nullable(),
  weight: z.number().positive(),
  core: z.boolean(),
  sources: z.array(sourceFileSchema),
  evidence: z.number().int().nonnegative(),
});

const replySchema = z.strictObject({ text: z.string(), qualities: z.array(qualitySchema) });

export const momentSchema = z.strictObject({
  t: z.number().nonnegative(),
  post: z
    .strictObject({
      id: z.string(),
      author: z.string(),
      authorType: personaTypeSchema,
      kind: postKindSchema,
      text: z.string(),
    })
    .nullable(),
  /** What the player did: the action (null when they did nothing) and what they published, if anything. */
  player: z.strictObject({
    action: actionTypeSchema.nullable(),
    reply: replySchema.nullable(),
    summary: z.string(),
  }),
  /** The model reply the script marked for this post, when there was one. */
  model: replySchema.nullable(),
  /** Net weighted points of every judgement made here: above 0 helped, below 0 hurt. */
  value: z.number(),
  principles: z.array(principleSchema),
  judgements: z.array(
    z.strictObject({
      principle: principleSchema,
      rule: ruleIdSchema,
      points: z.number(),
      of: z.number(),
      text: z.string(),
      source: sourceFileSchema,
    }),
  ),
});
export type Moment = z.infer<typeof momentSchema>;

export const timelineSchema = z.strictObject({
  points: z.array(
    z.strictObject({ t: z.number(), heat: z.number(), sentiment: z.number(), reach: z.number() }),
  ),
  actions: z.array(
    z.strictObject({
      t: z.number(),
      action: actionTypeSchema,
      post: z.string().nullable(),
      effect: effectSchema.nullable(),
      heat: z.number(),
      sentiment: z.number(),
    }),
  ),
  jumps: z.array(z.strictObject({ t: z.number(), network: z.string() })),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const planItemSchema = z.strictObject({
  /** A principle's line, or a line a specific event called for. */
  id: z.union([principleSchema, planExtraIdSchema]),
  principle: principleSchema,
  status: z.enum(['fix', 'keep']),
  text: z.string(),
  source: sourceFileSchema,
});
export type PlanItem = z.infer<typeof planItemSchema>;

const treatedSchema = z.strictObject({
  post: z.string(),
  author: z.string(),
  treatment: z.enum(['attended', 'dismissed', 'ignored', 'fed', 'starved']),
  label: z.string(),
});

/** A reply the player wrote, with the grader's reading laid over it. */
export const writtenReplySchema = z.strictObject({
  t: z.number().nonnegative(),
  via: z.enum(['reply', 'reply_private', 'statement', 'update']),
  post: z.strictObject({ author: z.string(), text: z.string() }).nullable(),
  text: z.string(),
  context: gradingContextSchema,
  spans: z.array(
    z.strictObject({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      quality: qualitySchema,
      label: z.string(),
      quote: z.string(),
    }),
  ),
  /** What the context expected and the reply did not show ("a next step"). */
  missing: z.array(z.strictObject({ quality: qualitySchema, label: z.string() })),
  model: replySchema.nullable(),
});
export type WrittenReply = z.infer<typeof writtenReplySchema>;

export const DEBRIEF_VERSION = 1;

export const debriefSchema = z.strictObject({
  version: z.literal(DEBRIEF_VERSION),
  scenario: z.string(),
  title: z.string(),
  lang: langSchema,
  ending: z.string().nullable(),
  overall: percent.nullable(),
  band: z.strictObject({ id: bandSchema, name: z.string(), summary: z.string() }),
  profile: z.array(profileEntrySchema),
  strongest: z.array(momentSchema).max(3),
  weakest: z.array(momentSchema).max(3),
  timeline: timelineSchema,
  ledger: z.array(ledgerItemSchema.extend({ statusText: z.string() })),
  trollDiscernment: z.strictObject({
    sensitivity: percent.nullable(),
    dismissive: percent.nullable(),
    feeding: percent.nullable(),
    labels: z.strictObject({ sensitivity: z.string(), dismissive: z.string(), feeding: z.string() }),
    genuine: z.array(treatedSchema),
    trolls: z.array(treatedSchema),
  }),
  crisisPlan: z.array(planItemSchema),
  /** The replies the player wrote; files from before writing have none. */
  written: z.array(writtenReplySchema).default([]),
});
export type Debrief = z.infer<typeof debriefSchema>;
