import { z } from 'zod';
import type { CompiledScenario } from '../../content/compiled-scenario';
import type { Reported } from './cmi5-statements';
import {
  type DecodeResult,
  decodeSuspendData,
  encodeSuspendData,
  type SuspendedAttempt,
} from './suspend-data';

/**
 * The State API document (one per registration, `urn:cortafuegos:attempt`) that lets a cmi5
 * relaunch resume: the attempt in progress in the very text SCORM's `suspend_data` holds (seed,
 * clock and the player's own inputs, compressed: the State API has no 4,096 limit, but a small
 * document is quick to write at every reply), how many replies were already sent as "answered",
 * and which results the registration already has (cmi5 allows one completed and one passed).
 */
export const ATTEMPT_STATE_VERSION = 1;

const stateSchema = z.strictObject({
  v: z.literal(ATTEMPT_STATE_VERSION),
  /** The attempt in progress, or null when the last one finished. */
  attempt: z.string().min(1).nullable(),
  /** Replies of that attempt already sent as "answered" (a resumed attempt sends only the later ones). */
  answered: z.number().int().nonnegative(),
  completed: z.boolean(),
  passed: z.boolean(),
});
export type AttemptState = z.infer<typeof stateSchema>;

export const EMPTY_STATE: AttemptState = {
  v: ATTEMPT_STATE_VERSION,
  attempt: null,
  answered: 0,
  completed: false,
  passed: false,
};

export function attemptState(
  attempt: SuspendedAttempt | null,
  scenario: CompiledScenario,
  answered: number,
  reported: Reported,
): AttemptState {
  return {
    v: ATTEMPT_STATE_VERSION,
    attempt: attempt ? encodeSuspendData(attempt, scenario) : null,
    answered: attempt ? answered : 0,
    completed: reported.completed,
    passed: reported.passed,
  };
}

export type StateRead = { ok: true; state: AttemptState } | { ok: false; reason: string };

/** The document as the State API returned it (null when there is none yet). */
export function readAttemptState(data: unknown): StateRead {
  if (data === null || data === undefined) return { ok: true, state: EMPTY_STATE };
  const parsed = stateSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      reason: `the platform's attempt state is not valid${where}: ${issue?.message ?? ''}`,
    };
  }
  return { ok: true, state: parsed.data };
}

/** The attempt in progress the state holds, decoded (null when there is none). */
export function attemptOf(state: AttemptState, scenario: CompiledScenario): DecodeResult | null {
  return state.attempt === null ? null : decodeSuspendData(state.attempt, scenario);
}
