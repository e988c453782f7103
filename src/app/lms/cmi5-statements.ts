import { PRINCIPLE_IDS } from '../../content/principle';
import type { Lang } from '../../content/scenario.schema';
import type { Score } from '../../scoring/score.schema';
import type { EventOfType, SessionEvent } from '../../sim/event';
import { type Agent, type Cmi5Launch, type LaunchData, masteryScoreOf } from './cmi5-launch';
import {
  CLOCK_EXTENSION,
  CMI5_CATEGORY,
  EVIDENCE_EXTENSION,
  INTERACTION_TYPE,
  MASTERY_SCORE_EXTENSION,
  MOVEON_CATEGORY,
  principleExtension,
  QUALITIES_EXTENSION,
  REPLY_KIND_EXTENSION,
  VERBS,
  type VerbName,
} from './xapi-vocabulary';

/**
 * The xAPI statements of one cmi5 session, built as data (pure: ids and clocks are handed in),
 * from the launch, the LMS's LaunchData and the session log, following cmi5 §9: the AU's
 * activityId as the object of cmi5's own statements; LaunchData's contextTemplate in every
 * context, with the registration; the cmi5 category on cmi5's own statements only, the moveOn
 * category on those with a success or completion; the score only on passed/failed, against
 * masteryScore; durations on completed, passed, failed and terminated. "answered" is a cmi5
 * *allowed* statement: the same context, no cmi5 category. The score is the one scoring built from
 * the log, never worked out again here.
 */
export interface XapiStatement {
  id: string;
  timestamp: string;
  actor: Agent;
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context: Record<string, unknown>;
}

/** Everything a statement needs besides what it reports. */
export interface StatementBase {
  readonly launch: Cmi5Launch;
  readonly launchData: LaunchData;
  readonly scenario: string;
  readonly lang: Lang;
  readonly newId: () => string;
}

/** What earlier sessions of this registration already reported: cmi5 allows each only once. */
export interface Reported {
  readonly completed: boolean;
  readonly passed: boolean;
}

type Activity = { id: string; objectType?: string; [k: string]: unknown };

/** An ISO 8601 duration (xAPI's `result.duration`), to the hundredth of a second. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

function context(
  base: StatementBase,
  categories: readonly string[],
  extra: { parent?: Activity[]; extensions?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const template = base.launchData.contextTemplate;
  const activities = (template.contextActivities ?? {}) as Record<string, Activity[] | undefined>;
  // The template's own categories stay; cmi5's two are this builder's to add or leave out.
  const kept = (activities.category ?? []).filter((a) => a.id !== CMI5_CATEGORY && a.id !== MOVEON_CATEGORY);
  const category = [...kept, ...categories.map((id) => ({ id, objectType: 'Activity' }))];
  const contextActivities: Record<string, unknown> = { ...activities };
  if (category.length > 0) contextActivities.category = category;
  else delete contextActivities.category;
  if (extra.parent) contextActivities.parent = [...(activities.parent ?? []), ...extra.parent];
  return {
    ...template,
    registration: base.launch.registration,
    language: base.lang,
    contextActivities,
    extensions: { ...template.extensions, ...extra.extensions },
  };
}

function statement(
  base: StatementBase,
  verb: VerbName,
  at: Date,
  parts: Pick<XapiStatement, 'context'> & Partial<Pick<XapiStatement, 'object' | 'result'>>,
): XapiStatement {
  return {
    id: base.newId(),
    timestamp: at.toISOString(),
    actor: base.launch.actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object: parts.object ?? { objectType: 'Activity', id: base.launch.activityId },
    ...(parts.result ? { result: parts.result } : {}),
    context: parts.context,
  };
}

export function initializedStatement(base: StatementBase, at: Date): XapiStatement {
  return statement(base, 'initialized', at, { context: context(base, [CMI5_CATEGORY]) });
}

export function terminatedStatement(base: StatementBase, at: Date, durationMs: number): XapiStatement {
  return statement(base, 'terminated', at, {
    result: { duration: isoDuration(durationMs) },
    context: context(base, [CMI5_CATEGORY]),
  });
}

export type ReplyEvent = EventOfType<'action'> & { reply: NonNullable<EventOfType<'action'>['reply']> };

/** The player's replies in a log, in order: each action that published something. */
export const replyEvents = (log: readonly SessionEvent[]): ReplyEvent[] =>
  log.filter((e): e is ReplyEvent => e.type === 'action' && e.reply !== undefined);

/** The game's IRI of what the player answered: a post, or the crisis itself for a statement or update. */
export const answeredIri = (scenario: string, event: ReplyEvent): string =>
  'post' in event.action
    ? `urn:cortafuegos:scenario:${scenario}:post:${event.action.post}`
    : `urn:cortafuegos:scenario:${scenario}:${event.action.type}`;

/** One reply, as "answered": the published text as the response, its qualities (and, written, where each was read). */
export function answeredStatement(base: StatementBase, event: ReplyEvent, at: Date): XapiStatement {
  const { reply } = event;
  const written = reply.written !== undefined;
  const extensions: Record<string, unknown> = {
    [QUALITIES_EXTENSION]: reply.qualities,
    [REPLY_KIND_EXTENSION]: written ? 'written' : 'suggested',
    [CLOCK_EXTENSION]: event.t,
  };
  if (reply.written) extensions[EVIDENCE_EXTENSION] = reply.written.evidence;
  return statement(base, 'answered', at, {
    object: {
      objectType: 'Activity',
      id: answeredIri(base.scenario, event),
      definition: { type: INTERACTION_TYPE, interactionType: written ? 'long-fill-in' : 'choice' },
    },
    result: { response: reply.text, extensions },
    context: context(base, [], { parent: [{ id: base.launch.activityId, objectType: 'Activity' }] }),
  });
}

/** Each principle's score (0–100, or null when not exercised) as a result extension. */
export const principleExtensions = (score: Score): Record<string, number | null> =>
  Object.fromEntries(
    PRINCIPLE_IDS.map((id) => {
      const value = score.principles[id]?.score ?? null;
      return [principleExtension(id), value === null ? null : Math.round(value)];
    }),
  );

/**
 * The finished session's verdict: completed, then passed or failed against masteryScore, with the
 * scaled score and one extension per principle. Only in the Normal launch mode (cmi5 §10: Browse
 * and Review report no result), and never a second completed or passed for the registration.
 */
export function verdictStatements(
  base: StatementBase,
  score: Score,
  at: Date,
  durationMs: number,
  reported: Reported,
): XapiStatement[] {
  if (base.launchData.launchMode !== 'Normal') return [];
  const duration = isoDuration(durationMs);
  const extensions = principleExtensions(score);
  const out: XapiStatement[] = [];
  if (!reported.completed)
    out.push(
      statement(base, 'completed', at, {
        result: { completion: true, duration, extensions },
        context: context(base, [CMI5_CATEGORY, MOVEON_CATEGORY]),
      }),
    );
  if (score.overall === null || reported.passed) return out;
  const mastery = masteryScoreOf(base.launchData);
  const raw = Math.round(score.overall);
  const scaled = raw / 100;
  const passed = scaled >= mastery;
  out.push(
    statement(base, passed ? 'passed' : 'failed', at, {
      result: { score: { scaled, raw, min: 0, max: 100 }, success: passed, duration, extensions },
      context: context(base, [CMI5_CATEGORY, MOVEON_CATEGORY], {
        extensions: { [MASTERY_SCORE_EXTENSION]: mastery },
      }),
    }),
  );
  return out;
}
