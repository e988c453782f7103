import { Story } from 'inkjs';
import type { CallStackCopier, InkFlow, InkState, InkStory, InkVariables } from './ink-internal-types';
import { findValueClasses, type ValueClasses } from './ink-values';

/**
 * The guard: a throwaway story checks that this inkjs has every internal the memo relies on, and
 * finds the classes inkjs does not export. Anything missing (another inkjs version) and the probe
 * gives null, and nothing is hooked.
 */

/** What the probe found: the prototypes to hook and the classes to make and copy with. */
export interface InkProbe {
  readonly storyProto: InkStory;
  readonly stateProto: InkState;
  readonly varsProto: InkVariables;
  readonly CallStack: CallStackCopier;
  readonly values: ValueClasses;
}

/** A story with a global and a choice (compiled from `VAR v = 1`, `* [a]`, `-> DONE`). */
function newProbeStory(): Story | null {
  try {
    return new Story(
      '{"inkVersion":21,"root":[["ev","str","^a","/str","/ev",{"*":"0.c-0","flg":20},{"c-0":["\\n","done",{"->":"0.g-0"},{"#f":5}],"g-0":["done",null]}],"done",{"global decl":["ev",1,{"VAR=":"v"},"/ev","end",null]}],"listDefs":{}}',
    );
  } catch {
    return null;
  }
}

function hasMethods(o: Record<string, unknown> | null, names: string[]): boolean {
  return o !== null && names.every((n) => typeof o[n] === 'function');
}

/** The choice the probe offers: its class must clone, with the thread it was made in. */
function clonesChoices(probe: Story, flow: InkFlow, CallStack: CallStackCopier): boolean {
  try {
    probe.Continue();
  } catch {
    return false;
  }
  const choice = (probe.state as unknown as InkState)._currentFlow.currentChoices[0];
  if (!choice || typeof choice.Clone !== 'function' || !choice.threadAtGeneration?.Copy) return false;
  const copied = new CallStack(flow.callStack);
  return Array.isArray(copied._threads) && copied._threads !== flow.callStack._threads;
}

/** The observer bookkeeping `setGlobal` checks is idle. */
function hasObserverFields(vars: InkVariables): boolean {
  return (
    Array.isArray(vars.variableChangedEventCallbacks) &&
    typeof vars._batchObservingVariableChanges === 'boolean' &&
    vars._defaultGlobalVariables instanceof Map
  );
}

/** The internals, checked; null when any is missing. */
export function probeInk(): InkProbe | null {
  const probe = newProbeStory();
  if (probe === null) return null;
  const inkStory = probe as unknown as InkStory;
  const state = inkStory.state;
  const vars = state?.variablesState;
  const flow = state?._currentFlow;
  const storyProto = Story.prototype as unknown as Record<string, unknown>;
  const stateProto = state ? (Object.getPrototypeOf(state) as Record<string, unknown>) : null;
  const varsProto = vars ? (Object.getPrototypeOf(vars) as Record<string, unknown>) : null;
  const CallStack = flow?.callStack?.constructor as CallStackCopier | undefined;
  if (
    !hasMethods(storyProto, [
      'NextSequenceShuffleIndex',
      'ChoosePathString',
      'ChooseChoiceIndex',
      'Continue',
    ]) ||
    !hasMethods(stateProto, [
      'VisitCountForContainer',
      'IncrementVisitCountForContainer',
      'RecordTurnIndexVisitToContainer',
      'OutputStreamDirty',
    ]) ||
    !hasMethods(varsProto, ['GetVariableWithName', 'SetGlobal', 'GlobalVariableExistsWithName']) ||
    !(state._visitCounts instanceof Map) ||
    !(state._turnIndices instanceof Map) ||
    !(vars._globalVariables instanceof Map) ||
    !flow ||
    !Array.isArray(flow.outputStream) ||
    !Array.isArray(flow.currentChoices) ||
    !Array.isArray(flow.callStack?._threads) ||
    typeof flow.callStack._threadCounter !== 'number' ||
    typeof CallStack !== 'function' ||
    !('_stateSnapshotAtLastNewline' in inkStory) ||
    inkStory._state !== state ||
    !('_currentErrors' in state) ||
    !('_currentWarnings' in state) ||
    !('_variableObservers' in inkStory) ||
    typeof state.currentTurnIndex !== 'number'
  ) {
    return null;
  }
  if (!clonesChoices(probe, flow, CallStack)) return null;
  const values = findValueClasses(probe, vars);
  if (values === null || !hasObserverFields(vars)) return null;
  return {
    storyProto: storyProto as unknown as InkStory,
    stateProto: stateProto as unknown as InkState,
    varsProto: varsProto as unknown as InkVariables,
    CallStack,
    values,
  };
}
