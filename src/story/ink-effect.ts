import type { Story } from 'inkjs';
import { notAtRest } from './ink-at-rest';
import type { FlowCopier } from './ink-flow-state';
import { writeFlowState } from './ink-flow-state';
import type { InkCallStack, InkChoice, InkStory, InkValue } from './ink-internal-types';
import type { Trace } from './ink-trace';
import { valueAnswer } from './ink-values';

/**
 * Capture and install. After a traced call, the effect of the call is kept: its flow as it stood
 * (call stack, choices, output, copied through ink's own copy constructors) and its net changes to
 * global variables, visit counts and turn indices. Installing that effect on a story whose state
 * gives the same answers to the same reads leaves the story exactly as running the call would have:
 * ink is deterministic, so the same reads lead to the same steps and the same writes.
 */

/** The effect of one call into ink, to install on a story in the same position. */
export interface InkEffect {
  readonly callStack: InkCallStack;
  readonly choices: readonly InkChoice[];
  readonly output: readonly unknown[];
  /** The flow's thread counter before and after the call (thread numbers only name threads in saves). */
  readonly threadsBefore: number;
  readonly threadsAfter: number;
  readonly globals: readonly (readonly [string, InkValue])[];
  readonly visits: readonly (readonly [string, number])[];
  /** Turn indices recorded, as offsets from the turn index the call began at. */
  readonly turns: readonly (readonly [string, number])[];
  readonly turnDelta: number;
  readonly didSafeExit: boolean;
  /**
   * The flow's state after the call (call stack and choices, threads numbered from the counter),
   * written out; equal for two calls that leave their flows alike, so that what is chosen next can
   * be kept once for both. Null when it holds a value that cannot be written out.
   */
  readonly flowState: string | null;
}

/**
 * The effect of the traced call `t` (ended, unspoiled), or null when the story did not end it at
 * rest with the same state objects, seed and randomness it began with.
 */
export function captureEffect(t: Trace, copier: FlowCopier): InkEffect | null {
  const story = t.story as unknown as Story;
  const st = t.story.state;
  if (
    notAtRest(story) !== null ||
    st._visitCounts !== t.counts ||
    st._turnIndices !== t.turnMarks ||
    st.variablesState !== t.vars ||
    !st.divertedPointer.isNull ||
    st.storySeed !== t.seed ||
    st.previousRandom !== t.random
  ) {
    return null;
  }
  // Every global the call wrote, with the value it holds now. (A write ink took back with a
  // newline snapshot is written again when ink continues from there, so by the end of a whole
  // call the last write of each is the one that stands.) Not only the changed ones: a write of
  // the value a global already held is still a write in a story where it held another.
  const globals: [string, InkValue][] = [];
  for (const [name, last] of t.lastWritten) {
    const now = t.vars._globalVariables.get(name);
    if (now !== last || valueAnswer(now) === null) return null;
    globals.push([name, now]);
  }
  const visits: [string, number][] = [];
  for (const [path, before] of t.visitsBefore) {
    const delta = (t.counts.get(path) ?? 0) - before;
    if (delta !== 0) visits.push([path, delta]);
  }
  const turns: [string, number][] = [];
  for (const [path, before] of t.turnsBefore) {
    const now = t.turnMarks.get(path);
    if (now !== before && now !== undefined) turns.push([path, now - t.turnBase]);
  }
  const flow = st._currentFlow;
  const threadsAfter = flow.callStack._threadCounter;
  return {
    flowState: writeFlowState(flow.callStack, flow.currentChoices, threadsAfter),
    callStack: copier.copyCallStack(flow.callStack, 0, threadsAfter),
    choices: flow.currentChoices.map((c) => copier.cloneChoice(c, 0)),
    output: [...flow.outputStream],
    threadsBefore: t.threadsBefore,
    threadsAfter,
    globals,
    visits,
    turns,
    turnDelta: st.currentTurnIndex - t.turnBase,
    didSafeExit: st.didSafeExit,
  };
}

/**
 * Puts the effect of a call on the story, whose current flow is the one the call runs in: all but
 * the flow's own state, which ink reads only when it runs in that flow again (`settleEffect`).
 */
export function applyEffect(story: Story, effect: InkEffect): void {
  const st = (story as unknown as InkStory).state;
  const globals = st.variablesState._globalVariables;
  for (const [name, value] of effect.globals) globals.set(name, value);
  const counts = st._visitCounts;
  for (const [path, delta] of effect.visits) counts.set(path, (counts.get(path) ?? 0) + delta);
  const base = st.currentTurnIndex;
  for (const [path, offset] of effect.turns) st._turnIndices.set(path, base + offset);
  st.currentTurnIndex = base + effect.turnDelta;
  st.didSafeExit = effect.didSafeExit;
  st._currentFlow.callStack._threadCounter += effect.threadsAfter - effect.threadsBefore;
}

/** Puts the flow's state after the call in the current flow (after `applyEffect` of that call). */
export function settleEffect(story: Story, effect: InkEffect, copier: FlowCopier): void {
  const st = (story as unknown as InkStory).state;
  const flow = st._currentFlow;
  // `applyEffect` has moved the counter on: the thread numbers move by what it was before the call.
  const shift = flow.callStack._threadCounter - effect.threadsAfter;
  const callStack = copier.copyCallStack(effect.callStack, shift, effect.threadsAfter + shift);
  flow.callStack = callStack;
  st.variablesState.callStack = callStack;
  flow.currentChoices = effect.choices.map((c) => copier.cloneChoice(c, shift));
  flow.outputStream = [...effect.output];
  st.OutputStreamDirty();
}
