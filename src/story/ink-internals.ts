import type { Story } from 'inkjs';
import { atRest, notAtRest } from './ink-at-rest';
import { applyEffect, captureEffect, type InkEffect, settleEffect } from './ink-effect';
import { makeFlowCopier } from './ink-flow-state';
import { probeInk } from './ink-probe';
import { freshState, setGlobal } from './ink-state-shortcuts';
import {
  answerRead,
  beginTrace,
  installReadHooks,
  type Read,
  type Reads,
  takeTrace,
  traceableContent,
} from './ink-trace';
import { type Answer, registerValueClasses } from './ink-values';

export type { InkEffect } from './ink-effect';
export { shuffleIndex } from './ink-shuffle';
export type { Read, Reads } from './ink-trace';
export type { Answer } from './ink-values';

/**
 * The door to the inkjs internals (inkjs 2.4) the story runner's memo (ink-memo.ts) uses, so that a
 * batch of sessions does not run the same ink again and again. What it adds changes nothing ink does:
 *
 * - Read tracing (ink-trace.ts): while a call into the story is traced, hooks on a few internal
 *   methods note what the call read of the state outside its own flow and what it touched.
 * - Capture and install (ink-effect.ts): after a traced call its effect is kept, and installing it on
 *   a story whose state gives the same answers to the same reads leaves the story exactly as running
 *   the call would have.
 *
 * Content that could read anything else — RANDOM, SEED_RANDOM, TURNS, TURNS_SINCE, LIST_RANDOM,
 * lists, external functions — is never traced (see `traceableContent`), nor is a call that meets an
 * error or leaves ink mid-way. A shuffle's read of the story seed is traced as the element it picks
 * (see `shuffleIndex`, ink-shuffle.ts).
 *
 * Guarded (ink-probe.ts): if any internal this relies on is missing (another inkjs version),
 * `inkInternals` is null, nothing is hooked, and the runner runs every call through ink as before.
 */

export interface InkInternals {
  /** False when the content may read what tracing does not follow (see the comment above). */
  traceableContent(json: unknown): boolean;
  /** Null when the story is between calls, in a state a call can be traced from or installed on. */
  notAtRest(story: Story): string | null;
  /** `notAtRest(story) === null`, checked by fields alone (before every memo lookup). */
  atRest(story: Story): boolean;
  beginTrace(story: Story): void;
  /** Ends the trace; the reads and the effect, or null when the call cannot be kept. */
  endTrace(keep: boolean): { reads: Reads; effect: InkEffect } | null;
  /** The story's answer now to a read a traced call made; null when it cannot be given. */
  answer(story: Story, read: Read): Answer | null;
  /**
   * Puts the effect of a call on the story, whose current flow is the one the call runs in: all
   * but the flow's own state, which ink reads only when it runs in that flow again (`settle`).
   */
  apply(story: Story, effect: InkEffect): void;
  /** Puts the flow's state after the call in the current flow (after `apply` of that call). */
  settle(story: Story, effect: InkEffect): void;
  /**
   * Gives `story` (over the same content as `reference`, just made) the state `ResetState` would:
   * that of `reference`, which was reset and never played, copied, instead of running the content's
   * global declarations again. False when it cannot (the caller then calls `ResetState`).
   */
  freshState(story: Story, reference: Story): boolean;
  /**
   * Sets a global as `variablesState.$(name, value)` does, without its observer bookkeeping (done
   * only when nobody observes); false when it cannot (the caller then uses `$`).
   */
  setGlobal(story: Story, name: string, value: number | boolean | string): boolean;
}

/** Probes inkjs, and only if everything is there registers its value classes and hooks it. */
function setUp(): InkInternals | null {
  const probe = probeInk();
  if (probe === null) return null;
  registerValueClasses(probe.values);
  const getVariable = installReadHooks(probe);
  const copier = makeFlowCopier(probe.CallStack);
  return {
    traceableContent,
    notAtRest,
    atRest,
    beginTrace,
    endTrace(keep) {
      const t = takeTrace();
      if (t === null || !keep || t.spoiled !== null) return null;
      const effect = captureEffect(t, copier);
      return effect === null ? null : { reads: t.reads, effect };
    },
    answer: (story, read) => answerRead(story, read, getVariable),
    apply: applyEffect,
    settle: (story, effect) => settleEffect(story, effect, copier),
    freshState: (story, reference) => freshState(story, reference, copier),
    setGlobal: (story, name, value) => setGlobal(story, name, value, probe.values),
  };
}

/** The internals the memo uses, or null when this inkjs does not have them (the memo then stays off). */
export const inkInternals: InkInternals | null = setUp();
