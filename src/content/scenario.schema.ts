import { z } from 'zod';
import { gradingContextSchema } from './grading-context';
import { principleSchema } from './principle';

export const LANGS = ['es', 'en'] as const;
export const langSchema = z.enum(LANGS);
export type Lang = z.infer<typeof langSchema>;

/** The hidden truth about who a persona is; the player only sees what they write. */
export const PERSONA_TYPES = [
  'genuine_customer',
  'affected_customer',
  'troll',
  'fan',
  'journalist',
  'influencer',
  'bystander',
] as const;
export const personaTypeSchema = z.enum(PERSONA_TYPES);
export type PersonaType = z.infer<typeof personaTypeSchema>;

export const POST_KINDS = ['complaint', 'question', 'praise', 'troll', 'abuse', 'press', 'comment'] as const;
export const postKindSchema = z.enum(POST_KINDS);
export type PostKind = z.infer<typeof postKindSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lowercase letters, digits, - and _ only');
const localizedSchema = z.strictObject({ es: z.string().min(1), en: z.string().min(1) });

export const personaSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  handle: z.string().regex(/^[A-Za-z0-9_.]+$/, 'a handle without @'),
  type: personaTypeSchema,
  network: idSchema.optional(),
  followers: z.number().int().nonnegative().default(100),
  /** Someone the community manager already knows before the shift: listed in the briefing (never their type). */
  known: z.boolean().default(false),
});
export type Persona = z.infer<typeof personaSchema>;

export const threadSchema = z.strictObject({
  id: idSchema,
  knot: z.string().min(1),
  /** Simulated seconds from the start of the session. */
  start: z.number().nonnegative(),
  network: idSchema.optional(),
  /** The thread opens only once heat has reached this value (a journalist who shows up if it goes viral). */
  minHeat: z.number().min(0).max(100).optional(),
  /** What a written reply in this thread is graded as; without it the author's true type decides. */
  context: gradingContextSchema.optional(),
});
export type ThreadSpec = z.infer<typeof threadSchema>;

/**
 * An event the facilitator can drop into a live workshop (a journalist's call, a leaked
 * screenshot): a knot played as a thread of its own when it lands, at most once a session. Its
 * text, and the console's name for it (the knot's first line, tagged `label: inject`), are in the
 * ink of each language; the sidecar holds only what the engine needs.
 */
export const injectSchema = z.strictObject({
  id: idSchema,
  knot: z.string().min(1),
  network: idSchema.optional(),
  /** What a written reply in the inject's thread is graded as; without it the author's true type decides. */
  context: gradingContextSchema.optional(),
});
export type InjectSpec = z.infer<typeof injectSchema>;

export const crowdVoiceSchema = z.strictObject({
  knot: z.string().min(1),
  kind: postKindSchema,
  type: personaTypeSchema,
});
export type CrowdVoice = z.infer<typeof crowdVoiceSchema>;

/** Tunable numbers of the crowd model; defaults give a medium-sized crisis. */
export const crowdSchema = z.strictObject({
  tickSeconds: z.number().positive().default(10),
  patienceSeconds: z.number().positive().default(150),
  /** Crowd posts per tick at zero heat, and extra per tick at full heat. */
  baseRate: z.number().min(0).max(1).default(0.05),
  pileOnRate: z.number().min(0).max(1).default(0.3),
  /** Heat gained per tick per unit of pressure, and fraction lost per tick. */
  heatGain: z.number().nonnegative().default(1.6),
  heatDecay: z.number().min(0).max(1).default(0.04),
  /** Heat at which the crisis jumps to the next network. */
  jumpHeat: z.number().min(0).max(100).default(60),
  /** Copycat troll posts spawned each time a troll is fed. */
  trollCopycats: z.number().int().nonnegative().default(2),
  startHeat: z.number().min(0).max(100).default(10),
  startSentiment: z.number().min(-100).max(100).default(0),
  voices: z.array(crowdVoiceSchema).default([]),
});
export type CrowdTuning = z.infer<typeof crowdSchema>;

export const scenarioManifestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  title: localizedSchema,
  summary: localizedSchema,
  brand: z.strictObject({ name: z.string().min(1), handle: z.string().regex(/^[A-Za-z0-9_.]+$/) }),
  difficulty: z.number().int().min(1).max(3),
  durationSeconds: z.number().positive().max(3600),
  networks: z.array(z.strictObject({ id: idSchema, name: z.string().min(1) })).min(1),
  principles: z.array(principleSchema).min(1),
  redressBudget: z.number().int().nonnegative(),
  personas: z.array(personaSchema).min(1),
  threads: z.array(threadSchema).min(1),
  /** Events the facilitator may inject in a live workshop (see injectSchema). */
  injects: z.array(injectSchema).default([]),
  crowd: crowdSchema.default(() => crowdSchema.parse({})),
  /** How the player's own words are read: statements and updates in `context`; `staff` are the brand's people. */
  grading: z
    .strictObject({
      context: gradingContextSchema.default('genuine_complaint'),
      /** Names of the brand's own people: naming one in public is `names_person`. */
      staff: z.array(z.string().min(1)).default([]),
      /** Rival brands and products of the crisis' world: naming one in a public reply joins the comparison (`attacks_competitor`). */
      competitors: z.array(z.string().min(1)).default([]),
    })
    .default(() => ({ context: 'genuine_complaint' as const, staff: [], competitors: [] })),
  /** Knot names the engine runs; they rarely need changing. */
  knots: z
    .strictObject({
      statement: z.string().default('statement'),
      update: z.string().default('update'),
      ending: z.string().default('ending'),
      briefing: z.string().default('briefing'),
    })
    .default(() => ({ statement: 'statement', update: 'update', ending: 'ending', briefing: 'briefing' })),
});
export type ScenarioManifest = z.infer<typeof scenarioManifestSchema>;
