import type { Story } from 'inkjs';

/**
 * The shapes of the inkjs internals (inkjs 2.4) that the ink memo reaches into. inkjs's typings do
 * not declare them, so they are written out here: only the fields and methods the memo uses. The probe
 * at start-up (ink-probe.ts) checks that the ones it relies on are there, so that another inkjs turns
 * the memo off instead of breaking the story.
 */

/** An ink runtime value (IntValue, BoolValue, StringValue…): immutable once made. */
export interface InkValue {
  readonly valueObject: unknown;
}

export interface InkContainer {
  readonly path: { toString(): string };
}

export interface InkPointer {
  readonly container: InkContainer | null;
  readonly index: number;
}

export interface InkElement {
  readonly currentPointer: InkPointer;
  readonly inExpressionEvaluation: boolean;
  readonly temporaryVariables: Map<string, InkValue>;
  readonly type: number;
  readonly evaluationStackHeightWhenPushed: number;
  readonly functionStartInOutputStream: number;
}

export interface InkThread {
  threadIndex: number;
  readonly callstack: InkElement[];
  readonly previousPointer: InkPointer;
  Copy(): InkThread;
}

export interface InkCallStack {
  _threads: InkThread[];
  _threadCounter: number;
}

export interface InkChoice {
  text: string;
  readonly index: number;
  readonly sourcePath: string;
  readonly targetPath: { toString(): string } | null;
  readonly isInvisibleDefault: boolean;
  readonly originalThreadIndex: number;
  threadAtGeneration: InkThread | null;
  tags: string[] | null;
  Clone(): InkChoice;
}

export interface InkFlow {
  readonly name: string;
  callStack: InkCallStack;
  outputStream: unknown[];
  currentChoices: InkChoice[];
}

export interface InkVariables {
  _globalVariables: Map<string, InkValue>;
  _defaultGlobalVariables: Map<string, InkValue>;
  _changedVariablesForBatchObs: Set<string> | null;
  ObserveVariableChange(callback: (name: string, value: InkValue) => void): void;
  _batchObservingVariableChanges: boolean;
  variableChangedEventCallbacks: unknown[];
  callStack: InkCallStack;
  patch: unknown;
  GetVariableWithName(name: string | null, contextIndex?: number): InkValue | null;
  GlobalVariableExistsWithName(name: string): boolean;
  SetGlobal(name: string | null, value: InkValue): void;
}

export interface InkState {
  readonly story: Story;
  readonly _currentErrors: string[] | null;
  readonly _currentWarnings: string[] | null;
  _currentFlow: InkFlow;
  _namedFlows: Map<string, InkFlow> | null;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _patch: unknown;
  currentTurnIndex: number;
  storySeed: number;
  previousRandom: number;
  didSafeExit: boolean;
  readonly divertedPointer: { readonly isNull: boolean };
  readonly evaluationStack: unknown[];
  readonly variablesState: InkVariables;
  readonly hasError: boolean;
  readonly hasWarning: boolean;
  OutputStreamDirty(): void;
  VisitCountForContainer(container: InkContainer | null): number;
  IncrementVisitCountForContainer(container: InkContainer): void;
  RecordTurnIndexVisitToContainer(container: InkContainer): void;
}

export interface InkStory {
  readonly state: InkState;
  _state: InkState;
  VariableStateDidChangeEvent(name: string, value: InkValue): void;
  _stateSnapshotAtLastNewline: unknown;
  _variableObservers: Map<string, unknown> | null;
  _temporaryEvaluationContainer: unknown;
  NextSequenceShuffleIndex(): number;
}

/** ink's CallStack class, whose constructor copies a call stack (threads copied, not shared). */
export type CallStackCopier = new (toCopy: InkCallStack) => InkCallStack;
