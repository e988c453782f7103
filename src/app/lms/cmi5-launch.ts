import { z } from 'zod';
import { CMI5_LAUNCH_PARAMETERS } from './lms-context';
import { SESSION_ID_EXTENSION } from './xapi-vocabulary';

/**
 * What a cmi5 LMS hands the game: the five launch parameters in the query (cmi5 §8.1) and the
 * LaunchData document it writes to the State API before the launch (§10). Both are read with zod,
 * and every way they can be wrong is named: a launch the game cannot report to is said so, never
 * half-used.
 */
const absoluteUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `${what} must be an absolute http(s) URL` });

/** An xAPI Agent; cmi5 §9.2 gives the learner as an `account`. */
export const agentSchema = z.looseObject({
  objectType: z.literal('Agent').optional(),
  name: z.string().optional(),
  account: z.strictObject({ homePage: z.string().min(1), name: z.string().min(1) }),
});
export type Agent = z.infer<typeof agentSchema>;

const launchSchema = z.strictObject({
  endpoint: absoluteUrl('endpoint'),
  fetch: absoluteUrl('fetch'),
  actor: agentSchema,
  registration: z.guid({ error: 'registration must be a UUID' }),
  activityId: z
    .string()
    .regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'activityId must be an IRI')
    .max(2000, 'activityId is too long'),
});
export type Cmi5Launch = z.infer<typeof launchSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const firstIssue = (error: z.ZodError, what: string): string => {
  const issue = error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return `${what}${where}: ${issue?.message ?? 'not valid'}`;
};

/** The launch parameters of this page's query; the other parameters (the deep link) are left to it. */
export function parseCmi5Launch(search: string): Parsed<Cmi5Launch> {
  const query = new URLSearchParams(search);
  const raw: Record<string, unknown> = {};
  for (const name of CMI5_LAUNCH_PARAMETERS) raw[name] = query.get(name) ?? undefined;
  if (typeof raw.actor === 'string') {
    try {
      raw.actor = JSON.parse(raw.actor);
    } catch {
      return { ok: false, reason: 'the cmi5 launch parameter actor is not JSON' };
    }
  }
  const parsed = launchSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error, 'the cmi5 launch parameters') };
  // The endpoint is a base: statements go to `<endpoint>statements`.
  const endpoint = parsed.data.endpoint.endsWith('/') ? parsed.data.endpoint : `${parsed.data.endpoint}/`;
  return { ok: true, value: { ...parsed.data, endpoint } };
}

export const LAUNCH_MODES = ['Normal', 'Browse', 'Review'] as const;
export const MOVE_ON = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
] as const;

/** The pass mark when LaunchData gives none (the package's own default, `masteryScore` 0.7). */
export const DEFAULT_MASTERY_SCORE = 0.7;

const launchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({
    contextActivities: z.looseObject({}).optional(),
    extensions: z.looseObject({ [SESSION_ID_EXTENSION]: z.string().min(1) }),
  }),
  launchMode: z.enum(LAUNCH_MODES),
  launchMethod: z.enum(['OwnWindow', 'AnyWindow']).optional(),
  launchParameters: z.string().optional(),
  masteryScore: z.number().min(0).max(1).optional(),
  moveOn: z.enum(MOVE_ON),
  returnURL: z.string().optional(),
  entitlementKey: z.unknown().optional(),
});
export type LaunchData = z.infer<typeof launchDataSchema>;

/** The LaunchData document as the State API returned it (JSON already parsed). */
export function parseLaunchData(data: unknown): Parsed<LaunchData> {
  const parsed = launchDataSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: firstIssue(parsed.error, 'the LMS launch data') };
  return { ok: true, value: parsed.data };
}

export const sessionIdOf = (data: LaunchData): string =>
  data.contextTemplate.extensions[SESSION_ID_EXTENSION];
export const masteryScoreOf = (data: LaunchData): number => data.masteryScore ?? DEFAULT_MASTERY_SCORE;
