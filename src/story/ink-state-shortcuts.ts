import type { Story } from 'inkjs';
import type { FlowCopier } from './ink-flow-state';
import type { InkState, InkStory } from './ink-internal-types';
import type { ValueClass, ValueClasses } from './ink-values';

/**
 * Cheaper ways to the state two public inkjs calls leave, for sessions started and set up many times
 * over: a fresh state copied from a reset reference instead of `ResetState`, and a global set
 * without `$`'s observer bookkeeping. Each says false when it cannot, and the caller uses ink's own.
 */

/**
 * Gives `story` (over the same content as `reference`, just made) the state `ResetState` would:
 * that of `reference`, which was reset and never played, copied, instead of running the content's
 * global declarations again. False when it cannot (the caller then calls `ResetState`).
 */
export function freshState(story: Story, reference: Story, copier: FlowCopier): boolean {
  const s = story as unknown as InkStory;
  const r = reference as unknown as InkStory;
  const rs = r.state;
  if (
    typeof r.VariableStateDidChangeEvent !== 'function' ||
    rs._namedFlows !== null ||
    rs.evaluationStack.length > 0 ||
    rs.hasError ||
    rs.hasWarning ||
    rs._patch !== null ||
    !rs.divertedPointer.isNull ||
    (r as unknown as Story).mainContentContainer !== story.mainContentContainer
  ) {
    return false;
  }
  const State = rs.constructor as new (story: Story) => InkState;
  const st = new State(story);
  s._state = st;
  const v = st.variablesState;
  const rv = rs.variablesState;
  v.ObserveVariableChange(s.VariableStateDidChangeEvent.bind(s));
  v._globalVariables = new Map(rv._globalVariables);
  v._defaultGlobalVariables = new Map(rv._defaultGlobalVariables);
  v._changedVariablesForBatchObs =
    rv._changedVariablesForBatchObs === null ? null : new Set(rv._changedVariablesForBatchObs);
  st._visitCounts = new Map(rs._visitCounts);
  st._turnIndices = new Map(rs._turnIndices);
  st.currentTurnIndex = rs.currentTurnIndex;
  st.previousRandom = rs.previousRandom;
  st.didSafeExit = rs.didSafeExit;
  // (The story seed stays the one this state drew, as ResetState's would.)
  const flow = st._currentFlow;
  const from = rs._currentFlow;
  flow.callStack = copier.copyCallStack(from.callStack, 0, from.callStack._threadCounter);
  v.callStack = flow.callStack;
  flow.outputStream = [...from.outputStream];
  flow.currentChoices = from.currentChoices.map((c) => copier.cloneChoice(c, 0));
  st.OutputStreamDirty();
  return true;
}

/**
 * Sets a global as `variablesState.$(name, value)` does, without its observer bookkeeping (done
 * only when nobody observes); false when it cannot (the caller then uses `$`).
 */
export function setGlobal(
  story: Story,
  name: string,
  value: number | boolean | string,
  classes: ValueClasses,
): boolean {
  const s = story as unknown as InkStory;
  const v = s.state.variablesState;
  if (
    v.patch !== null ||
    v._batchObservingVariableChanges ||
    v.variableChangedEventCallbacks.length > 1 ||
    (s._variableObservers !== null && s._variableObservers.size > 0) ||
    !v._defaultGlobalVariables.has(name)
  ) {
    return false;
  }
  let Kind: ValueClass;
  if (typeof value === 'boolean') Kind = classes.bool;
  else if (typeof value === 'string') Kind = classes.string;
  else if (Number.isInteger(value)) Kind = classes.int;
  else if (!Number.isNaN(value)) Kind = classes.float;
  else return false;
  v._globalVariables.set(name, new Kind(value));
  return true;
}
