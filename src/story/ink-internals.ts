import { Story } from 'inkjs';

/**
 * The one file that reaches into inkjs internals (inkjs 2.4). What it adds changes nothing ink does:
 *
 * - Read tracing. While a call into the story is being traced, a few internal methods note what the
 *   call read of the state outside its own flow (global variables, visit counts) and what it
 *   touched. Every hook calls the library's own method and returns its result unchanged; untraced,
 *   a hook costs one comparison.
 * - Capture and install. After a traced call, the effect of the call is kept: its flow as it stood
 *   (call stack, choices, output, copied through ink's own copy constructors) and its net changes to
 *   global variables, visit counts and turn indices. Installing that effect on a story whose state
 *   gives the same answers to the same reads leaves the story exactly as running the call would
 *   have: ink is deterministic, so the same reads lead to the same steps and the same writes.
 *
 * Used by the story runner's memo (ink-memo.ts) so that a batch of sessions does not run the same
 * ink again and again. Content that could read anything else — RANDOM, SEED_RANDOM, TURNS,
 * TURNS_SINCE, LIST_RANDOM, lists, external functions — is never traced (see `traceableContent`),
 * nor is a call that meets an error or leaves ink mid-way. A shuffle's read of the story seed is
 * traced as the element it picks (see `shuffleIndex`).
 *
 * Guarded: if any internal this relies on is missing (another inkjs version), `inkInternals` is null
 * and the runner runs every call through ink as before.
 */

/** An ink runtime value (IntValue, BoolValue, StringValue…): immutable once made. */
interface InkValue {
  readonly valueObject: unknown;
}

interface InkContainer {
  readonly path: { toString(): string };
}

interface InkPointer {
  readonly container: InkContainer | null;
  readonly index: number;
}

interface InkElement {
  readonly currentPointer: InkPointer;
  readonly inExpressionEvaluation: boolean;
  readonly temporaryVariables: Map<string, InkValue>;
  readonly type: number;
  readonly evaluationStackHeightWhenPushed: number;
  readonly functionStartInOutputStream: number;
}

interface InkThread {
  threadIndex: number;
  readonly callstack: InkElement[];
  readonly previousPointer: InkPointer;
  Copy(): InkThread;
}

interface InkCallStack {
  _threads: InkThread[];
  _threadCounter: number;
}

interface InkChoice {
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

interface InkFlow {
  readonly name: string;
  callStack: InkCallStack;
  outputStream: unknown[];
  currentChoices: InkChoice[];
}

interface InkVariables {
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

interface InkState {
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

interface InkStory {
  readonly state: InkState;
  _state: InkState;
  VariableStateDidChangeEvent(name: string, value: InkValue): void;
  _stateSnapshotAtLastNewline: unknown;
  _variableObservers: Map<string, unknown> | null;
  _temporaryEvaluationContainer: unknown;
  NextSequenceShuffleIndex(): number;
}

type CallStackCopier = new (toCopy: InkCallStack) => InkCallStack;

/**
 * One read a traced call made: a global variable (`v`), a visit count (`c`: of the container at
 * `name`), a shuffle's pick (`s`: of the sequence at `name`, of `elements`, seen `count` times).
 * `key` names it whole.
 */
export interface Read {
  readonly key: string;
  readonly kind: 'v' | 'c' | 's';
  readonly name: string;
  readonly elements: number;
  readonly count: number;
  /** For a shuffle, ink's hash of the sequence's path. */
  readonly hash: number;
}

/** An answer to a read: a number (an int, a count), a boolean, or a string (`"` text, `#` float). */
export type Answer = number | boolean | string;

/** What a traced call read, in order, with the answers. */
export type Reads = { readonly read: Read; readonly answer: Answer }[];

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

interface Trace {
  readonly story: InkStory;
  readonly state: InkState;
  readonly vars: InkVariables;
  readonly counts: Map<string, number>;
  readonly turnMarks: Map<string, number>;
  readonly turnBase: number;
  readonly threadsBefore: number;
  readonly seed: number;
  readonly random: number;
  readonly reads: Reads;
  readonly asked: Set<string>;
  /** Per global the call wrote, the value it last wrote. */
  readonly lastWritten: Map<string, InkValue>;
  readonly visitsBefore: Map<string, number>;
  readonly turnsBefore: Map<string, number | undefined>;
  incrementing: number;
  /** Why the call cannot be kept, once something made it so. */
  spoiled: string | null;
}

let trace: Trace | null = null;

/** The classes of ink's values a read may answer with (found in `setUp`), by the kind of answer. */
const kinds = new Map<unknown, 'int' | 'float' | 'bool' | 'string'>();

/** A value as an answer; null for anything but an int, float, bool or string. */
function valueAnswer(value: InkValue | null): Answer | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value.valueObject;
  switch (kinds.get((value as object).constructor)) {
    case 'int':
      return typeof v === 'number' ? v : null;
    case 'bool':
      return typeof v === 'boolean' ? v : null;
    case 'string':
      return typeof v === 'string' ? `"${v}` : null;
    case 'float':
      return typeof v === 'number' ? `#${v}` : null;
    default:
      return null;
  }
}

/**
 * ink's shuffle (Story.NextSequenceShuffleIndex in inkjs 2.4): the element a `{shuffle: …}` of
 * `elements` shows the `count`-th time it is seen, for the story seed. Null where ink would fail.
 */
export function shuffleIndex(path: string, elements: number, count: number, seed: number): number | null {
  return shufflePick(pathHash(path), elements, count, seed);
}

/** ink's hash of a sequence's path, which seeds its shuffle. */
function pathHash(path: string): number {
  let hash = 0;
  for (let i = 0; i < path.length; i++) hash += path.charCodeAt(i) || 0;
  return hash;
}

function shufflePick(hash: number, elements: number, count: number, seed: number): number | null {
  if (!Number.isInteger(elements) || elements <= 0 || !Number.isInteger(count) || count < 0) return null;
  const loopIndex = count / elements;
  const iterationIndex = count % elements;
  // ink's PRNG (a Park–Miller generator), seeded as ink seeds it.
  let state = Math.floor(hash + loopIndex + seed) % 2147483647;
  if (state <= 0) state += 2147483646;
  const unpicked: number[] = [];
  for (let i = 0; i < elements; i++) unpicked.push(i);
  for (let i = 0; i <= iterationIndex; i++) {
    state = (state * 48271) % 2147483647;
    const chosen = state % unpicked.length;
    const picked = unpicked[chosen] as number;
    unpicked.splice(chosen, 1);
    if (i === iterationIndex) return picked;
  }
  return null;
}

/** Texts (choice texts, tag lists) by number, so that a flow's state writes out short. */
const textIds = new Map<string, number>();
function textId(text: string): number {
  let id = textIds.get(text);
  if (id === undefined) {
    id = textIds.size;
    textIds.set(text, id);
  }
  return id;
}

function pushPointer(parts: (string | number | boolean)[], p: InkPointer): void {
  parts.push(p.container === null ? '-' : p.container.path.toString(), p.index);
}

function pushThread(parts: (string | number | boolean)[], t: InkThread, counter: number): boolean {
  parts.push('T', t.threadIndex === 0 ? 0 : t.threadIndex - counter);
  pushPointer(parts, t.previousPointer);
  for (const e of t.callstack) {
    parts.push(
      'E',
      e.type,
      e.inExpressionEvaluation,
      e.evaluationStackHeightWhenPushed,
      e.functionStartInOutputStream,
    );
    pushPointer(parts, e.currentPointer);
    for (const [name, value] of e.temporaryVariables) {
      const answer = valueAnswer(value);
      if (answer === null) return false;
      parts.push(name, typeof answer === 'string' ? JSON.stringify(answer) : answer);
    }
  }
  return true;
}

/** `flowState` of an effect: the call stack and choices written out; null if a temporary is not a plain value. */
function flowState(callStack: InkCallStack, choices: readonly InkChoice[], counter: number): string | null {
  const parts: (string | number | boolean)[] = [];
  for (const t of callStack._threads) if (!pushThread(parts, t, counter)) return null;
  for (const c of choices) {
    parts.push('C', c.index, textId(c.text), c.sourcePath, String(c.targetPath), c.isInvisibleDefault);
    parts.push(c.originalThreadIndex, c.tags === null ? '-' : textId(c.tags.join('\u0001')));
    if (c.threadAtGeneration === null) parts.push('-');
    else if (!pushThread(parts, c.threadAtGeneration, counter)) return null;
  }
  return parts.join('\u0000');
}

function note(t: Trace, kind: Read['kind'], name: string, answer: Answer, elements = 0, count = 0): void {
  const key = kind === 's' ? `s${elements}|${count}|${name}` : kind + name;
  if (t.asked.has(key)) return;
  t.asked.add(key);
  t.reads.push({
    read: { key, kind, name, elements, count, hash: kind === 's' ? pathHash(name) : 0 },
    answer,
  });
}

function visitsBefore(t: Trace, path: string): number {
  let before = t.visitsBefore.get(path);
  if (before === undefined) {
    before = t.counts.get(path) ?? 0;
    t.visitsBefore.set(path, before);
  }
  return before;
}

export interface InkInternals {
  /** False when the content may read what tracing does not follow (see the file's comment). */
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

/** Control commands (their JSON names) whose result depends on more than tracing follows. */
const UNTRACEABLE_COMMANDS = new Set(['rnd', 'srnd', 'turn', 'turns', 'lrnd']);

function traceableContent(json: unknown): boolean {
  const root = json as { listDefs?: Record<string, unknown>; root?: unknown };
  if (root.listDefs && Object.keys(root.listDefs).length > 0) return false;
  const walk = (node: unknown): boolean => {
    if (typeof node === 'string') return !UNTRACEABLE_COMMANDS.has(node);
    if (Array.isArray(node)) return node.every(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      // An external function call, or a variable reference to a read count or list item.
      if ('x()' in o) return false;
      return Object.values(o).every((v) => typeof v === 'string' || walk(v));
    }
    return true;
  };
  return walk(root.root);
}

function setUp(): InkInternals | null {
  // A throwaway story to reach the classes: a global and a choice (compiled from
  // `VAR v = 1`, `* [a]`, `-> DONE`).
  let probe: Story;
  try {
    probe = new Story(
      '{"inkVersion":21,"root":[["ev","str","^a","/str","/ev",{"*":"0.c-0","flg":20},{"c-0":["\\n","done",{"->":"0.g-0"},{"#f":5}],"g-0":["done",null]}],"done",{"global decl":["ev",1,{"VAR=":"v"},"/ev","end",null]}],"listDefs":{}}',
    );
  } catch {
    return null;
  }
  const inkStory = probe as unknown as InkStory;
  const state = inkStory.state;
  const vars = state?.variablesState;
  const flow = state?._currentFlow;
  const storyProto = Story.prototype as unknown as Record<string, unknown>;
  const stateProto = state ? (Object.getPrototypeOf(state) as Record<string, unknown>) : null;
  const varsProto = vars ? (Object.getPrototypeOf(vars) as Record<string, unknown>) : null;
  const fns = (o: Record<string, unknown> | null, names: string[]) =>
    o !== null && names.every((n) => typeof o[n] === 'function');
  const CallStack = flow?.callStack?.constructor as CallStackCopier | undefined;
  if (
    !fns(storyProto, ['NextSequenceShuffleIndex', 'ChoosePathString', 'ChooseChoiceIndex', 'Continue']) ||
    !fns(stateProto, [
      'VisitCountForContainer',
      'IncrementVisitCountForContainer',
      'RecordTurnIndexVisitToContainer',
      'OutputStreamDirty',
    ]) ||
    !fns(varsProto, ['GetVariableWithName', 'SetGlobal', 'GlobalVariableExistsWithName']) ||
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
  // The choice the probe offers: its class must clone, with the thread it was made in.
  try {
    probe.Continue();
  } catch {
    return null;
  }
  const choice = (probe.state as unknown as InkState)._currentFlow.currentChoices[0];
  if (!choice || typeof choice.Clone !== 'function' || !choice.threadAtGeneration?.Copy) return null;
  const copied = new CallStack(flow.callStack);
  if (!Array.isArray(copied._threads) || copied._threads === flow.callStack._threads) return null;
  // The classes `$` makes values with (inkjs's Value.Create), found by asking it.
  type Made = new (value: unknown) => InkValue;
  const madeBy = (value: number | boolean | string): Made | null => {
    try {
      probe.variablesState.$('v', value);
    } catch {
      return null;
    }
    const made = vars._globalVariables.get('v');
    const Kind = made?.constructor as Made | undefined;
    if (!made || made.valueObject !== value || typeof Kind !== 'function') return null;
    return new Kind(value).valueObject === value ? Kind : null;
  };
  const IntValue = madeBy(2);
  const FloatValue = madeBy(2.5);
  const BoolValue = madeBy(true);
  const StringValue = madeBy('s');
  const distinct = new Set([IntValue, FloatValue, BoolValue, StringValue]);
  if (
    distinct.size !== 4 ||
    IntValue === null ||
    FloatValue === null ||
    BoolValue === null ||
    StringValue === null ||
    !Array.isArray(vars.variableChangedEventCallbacks) ||
    typeof vars._batchObservingVariableChanges !== 'boolean' ||
    !(vars._defaultGlobalVariables instanceof Map)
  ) {
    return null;
  }
  kinds.set(IntValue, 'int');
  kinds.set(FloatValue, 'float');
  kinds.set(BoolValue, 'bool');
  kinds.set(StringValue, 'string');

  const sp = stateProto as unknown as InkState;
  const vp = varsProto as unknown as InkVariables;
  const stp = storyProto as unknown as InkStory;

  const getVariable = vp.GetVariableWithName;
  vp.GetVariableWithName = function (this: InkVariables, name, contextIndex = -1) {
    const value = getVariable.call(this, name, contextIndex);
    const t = trace;
    if (t !== null && this === t.vars && name !== null && t.spoiled === null) {
      // Globals are looked up before temporaries for context -1 and 0; temporaries live in the
      // flow, which the memo keys on separately.
      if ((contextIndex === -1 || contextIndex === 0) && this.GlobalVariableExistsWithName(name)) {
        // A value this call wrote follows from what it read before.
        if (t.lastWritten.get(name) !== value) {
          const answer = valueAnswer(value);
          if (answer === null) t.spoiled = `variable ${name} holds a value tracing does not compare`;
          else note(t, 'v', name, answer);
        }
      }
    }
    return value;
  };

  const setGlobal = vp.SetGlobal;
  vp.SetGlobal = function (this: InkVariables, name, value) {
    setGlobal.call(this, name, value);
    const t = trace;
    if (t !== null && this === t.vars && name !== null) t.lastWritten.set(name, value);
  };

  const visitCount = sp.VisitCountForContainer;
  sp.VisitCountForContainer = function (this: InkState, container) {
    const count = visitCount.call(this, container);
    const t = trace;
    if (t !== null && t.incrementing === 0 && this.story === (t.story as unknown) && container !== null) {
      const path = container.path.toString();
      // Reported as the count before the call: the call's own visits follow from its steps.
      note(t, 'c', path, visitsBefore(t, path));
    }
    return count;
  };

  const increment = sp.IncrementVisitCountForContainer;
  sp.IncrementVisitCountForContainer = function (this: InkState, container) {
    const t = trace;
    if (t === null || this.story !== (t.story as unknown)) return increment.call(this, container);
    visitsBefore(t, container.path.toString());
    t.incrementing++;
    try {
      return increment.call(this, container);
    } finally {
      t.incrementing--;
    }
  };

  const recordTurn = sp.RecordTurnIndexVisitToContainer;
  sp.RecordTurnIndexVisitToContainer = function (this: InkState, container) {
    const t = trace;
    if (t !== null && this.story === (t.story as unknown)) {
      const path = container.path.toString();
      if (!t.turnsBefore.has(path)) t.turnsBefore.set(path, t.turnMarks.get(path));
    }
    return recordTurn.call(this, container);
  };

  // A shuffle reads the story seed. Its other inputs (the sequence, its length and how often it was
  // seen) follow from the call's earlier reads, so the read is "which element for this seed", and
  // the answer is ink's own choice, which `shuffleIndex` gives again (checked on every traced one).
  const shuffle = stp.NextSequenceShuffleIndex;
  stp.NextSequenceShuffleIndex = function (this: InkStory) {
    const t = trace;
    if (t === null || this !== t.story || t.spoiled !== null) return shuffle.call(this);
    const st = this.state;
    const stack = st.evaluationStack as (InkValue | undefined)[];
    const elements = stack[stack.length - 1]?.valueObject;
    const count = stack[stack.length - 2]?.valueObject;
    const path = (
      st as unknown as { currentPointer: { container: InkContainer | null } }
    ).currentPointer.container?.path.toString();
    const index = shuffle.call(this);
    if (
      typeof elements !== 'number' ||
      typeof count !== 'number' ||
      path === undefined ||
      shuffleIndex(path, elements, count, st.storySeed) !== index
    ) {
      t.spoiled = 'a shuffle tracing cannot follow';
    } else {
      note(t, 's', path, index, elements, count);
    }
    return index;
  };

  // Thread numbers: a thread ink forks takes the flow's next number, so a kept call's numbers are
  // moved by the difference between the flow's counter then and now; a thread a call stack starts
  // with (on a reset) is number 0 in every flow.
  const renumber = (thread: InkThread, shift: number): void => {
    if (thread.threadIndex !== 0) thread.threadIndex += shift;
  };

  // Choice texts recur in many kept calls: one copy of each.
  const texts = new Map<string, string>();
  const cloneChoice = (c: InkChoice, shift: number): InkChoice => {
    const copy = c.Clone();
    let text = texts.get(copy.text);
    if (text === undefined) {
      text = copy.text;
      texts.set(text, text);
    }
    copy.text = text;
    // Choice.Clone leaves the tags out; the story's own choice has them.
    copy.tags = c.tags === null ? null : [...c.tags];
    if (copy.threadAtGeneration !== null) renumber(copy.threadAtGeneration, shift);
    return copy;
  };

  const copyCallStack = (from: InkCallStack, shift: number, counter: number): InkCallStack => {
    const copy = new CallStack(from);
    for (const thread of copy._threads) renumber(thread, shift);
    copy._threadCounter = counter;
    return copy;
  };

  const notAtRest = (story: Story): string | null => {
    const s = story as unknown as InkStory;
    const st = s.state;
    if (s._stateSnapshotAtLastNewline !== null) return 'a newline snapshot is pending';
    if (s._temporaryEvaluationContainer) return 'a function evaluation is under way';
    if (st._patch !== null || st.variablesState.patch !== null) return 'a state patch is open';
    if (st.evaluationStack.length > 0) return 'the evaluation stack is not empty';
    if (st.hasError || st.hasWarning) return 'the story has errors';
    if (s._variableObservers !== null && s._variableObservers.size > 0) return 'variables are observed';
    if (!(st._visitCounts instanceof Map) || !(st._turnIndices instanceof Map)) return 'no visit counts';
    return null;
  };

  const atRest = (story: Story): boolean => {
    const s = story as unknown as InkStory;
    const st = s._state;
    return (
      s._stateSnapshotAtLastNewline === null &&
      !s._temporaryEvaluationContainer &&
      st._patch === null &&
      st.variablesState.patch === null &&
      st.evaluationStack.length === 0 &&
      (st._currentErrors === null || st._currentErrors.length === 0) &&
      (st._currentWarnings === null || st._currentWarnings.length === 0) &&
      (s._variableObservers === null || s._variableObservers.size === 0)
    );
  };

  return {
    traceableContent,
    notAtRest,
    atRest,

    beginTrace(story) {
      const s = story as unknown as InkStory;
      const st = s.state;
      trace = {
        story: s,
        state: st,
        vars: st.variablesState,
        counts: st._visitCounts,
        turnMarks: st._turnIndices,
        turnBase: st.currentTurnIndex,
        threadsBefore: st._currentFlow.callStack._threadCounter,
        seed: st.storySeed,
        random: st.previousRandom,
        reads: [],
        asked: new Set(),
        lastWritten: new Map(),
        visitsBefore: new Map(),
        turnsBefore: new Map(),
        incrementing: 0,
        spoiled: notAtRest(story),
      };
    },

    endTrace(keep) {
      const t = trace;
      trace = null;
      if (t === null || !keep || t.spoiled !== null) return null;
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
      const effect: InkEffect = {
        flowState: flowState(flow.callStack, flow.currentChoices, threadsAfter),
        callStack: copyCallStack(flow.callStack, 0, threadsAfter),
        choices: flow.currentChoices.map((c) => cloneChoice(c, 0)),
        output: [...flow.outputStream],
        threadsBefore: t.threadsBefore,
        threadsAfter,
        globals,
        visits,
        turns,
        turnDelta: st.currentTurnIndex - t.turnBase,
        didSafeExit: st.didSafeExit,
      };
      return { reads: t.reads, effect };
    },

    answer(story, read) {
      const st = (story as unknown as InkStory).state;
      switch (read.kind) {
        case 'v': {
          // At rest (no patch), a global's value is the one its map holds, if it holds one.
          const vars = st.variablesState;
          const held = vars.patch === null ? vars._globalVariables.get(read.name) : undefined;
          return valueAnswer(held ?? getVariable.call(vars, read.name, -1));
        }
        case 'c':
          return st._visitCounts.get(read.name) ?? 0;
        case 's':
          return shufflePick(read.hash, read.elements, read.count, st.storySeed);
      }
    },

    apply(story, effect) {
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
    },

    freshState(story, reference) {
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
      flow.callStack = copyCallStack(from.callStack, 0, from.callStack._threadCounter);
      v.callStack = flow.callStack;
      flow.outputStream = [...from.outputStream];
      flow.currentChoices = from.currentChoices.map((c) => cloneChoice(c, 0));
      st.OutputStreamDirty();
      return true;
    },

    setGlobal(story, name, value) {
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
      let Kind: Made;
      if (typeof value === 'boolean') Kind = BoolValue;
      else if (typeof value === 'string') Kind = StringValue;
      else if (Number.isInteger(value)) Kind = IntValue;
      else if (!Number.isNaN(value)) Kind = FloatValue;
      else return false;
      v._globalVariables.set(name, new Kind(value));
      return true;
    },

    settle(story, effect) {
      const st = (story as unknown as InkStory).state;
      const flow = st._currentFlow;
      // `apply` has moved the counter on: the thread numbers move by what it was before the call.
      const shift = flow.callStack._threadCounter - effect.threadsAfter;
      const callStack = copyCallStack(effect.callStack, shift, effect.threadsAfter + shift);
      flow.callStack = callStack;
      st.variablesState.callStack = callStack;
      flow.currentChoices = effect.choices.map((c) => cloneChoice(c, shift));
      flow.outputStream = [...effect.output];
      st.OutputStreamDirty();
    },
  };
}

/** The internals the memo uses, or null when this inkjs does not have them (the memo then stays off). */
export const inkInternals: InkInternals | null = setUp();
