import type { Story } from 'inkjs';
import { notAtRest } from './ink-at-rest';
import type { InkContainer, InkState, InkStory, InkValue, InkVariables } from './ink-internal-types';
import { pathHash, shuffleIndex, shufflePick } from './ink-shuffle';
import { type Answer, valueAnswer } from './ink-values';

/**
 * Read tracing. While a call into the story is being traced, a few of ink's internal methods note
 * what the call read of the state outside its own flow (global variables, visit counts, a shuffle's
 * pick) and what it touched. Every hook calls the library's own method and returns its result
 * unchanged; untraced, a hook costs one comparison.
 */

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

/** What a traced call read, in order, with the answers. */
export type Reads = { readonly read: Read; readonly answer: Answer }[];

/** The call being traced: what it began from, what it read and what it touched. */
export interface Trace {
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

/** One call is traced at a time (ink runs synchronously); null when none is. */
let trace: Trace | null = null;

export function beginTrace(story: Story): void {
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
}

/** Ends the trace under way: the hooks stop noting, and the trace (null if none) is the caller's. */
export function takeTrace(): Trace | null {
  const t = trace;
  trace = null;
  return t;
}

function noteRead(t: Trace, kind: Read['kind'], name: string, answer: Answer, elements = 0, count = 0): void {
  const key = kind === 's' ? `s${elements}|${count}|${name}` : kind + name;
  if (t.asked.has(key)) return;
  t.asked.add(key);
  t.reads.push({
    read: { key, kind, name, elements, count, hash: kind === 's' ? pathHash(name) : 0 },
    answer,
  });
}

/** The container's visit count when the call began (noted the first time the call meets it). */
function visitCountBefore(t: Trace, path: string): number {
  let before = t.visitsBefore.get(path);
  if (before === undefined) {
    before = t.counts.get(path) ?? 0;
    t.visitsBefore.set(path, before);
  }
  return before;
}

/** `GetVariableWithName` as inkjs has it, untraced. */
export type GetVariable = InkVariables['GetVariableWithName'];

/** Hooks reads and writes of globals; returns ink's own lookup, which `answerRead` uses. */
function traceGlobals(varsProto: InkVariables): GetVariable {
  const getVariable = varsProto.GetVariableWithName;
  varsProto.GetVariableWithName = function (this: InkVariables, name, contextIndex = -1) {
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
          else noteRead(t, 'v', name, answer);
        }
      }
    }
    return value;
  };

  const setGlobal = varsProto.SetGlobal;
  varsProto.SetGlobal = function (this: InkVariables, name, value) {
    setGlobal.call(this, name, value);
    const t = trace;
    if (t !== null && this === t.vars && name !== null) t.lastWritten.set(name, value);
  };
  return getVariable;
}

/** Hooks reads of visit counts, and notes what visit counts and turn indices the call touches. */
function traceVisits(stateProto: InkState): void {
  const visitCount = stateProto.VisitCountForContainer;
  stateProto.VisitCountForContainer = function (this: InkState, container) {
    const count = visitCount.call(this, container);
    const t = trace;
    if (t !== null && t.incrementing === 0 && this.story === (t.story as unknown) && container !== null) {
      const path = container.path.toString();
      // Reported as the count before the call: the call's own visits follow from its steps.
      noteRead(t, 'c', path, visitCountBefore(t, path));
    }
    return count;
  };

  const increment = stateProto.IncrementVisitCountForContainer;
  stateProto.IncrementVisitCountForContainer = function (this: InkState, container) {
    const t = trace;
    if (t === null || this.story !== (t.story as unknown)) return increment.call(this, container);
    visitCountBefore(t, container.path.toString());
    t.incrementing++;
    try {
      return increment.call(this, container);
    } finally {
      t.incrementing--;
    }
  };

  const recordTurn = stateProto.RecordTurnIndexVisitToContainer;
  stateProto.RecordTurnIndexVisitToContainer = function (this: InkState, container) {
    const t = trace;
    if (t !== null && this.story === (t.story as unknown)) {
      const path = container.path.toString();
      if (!t.turnsBefore.has(path)) t.turnsBefore.set(path, t.turnMarks.get(path));
    }
    return recordTurn.call(this, container);
  };
}

// A shuffle reads the story seed. Its other inputs (the sequence, its length and how often it was
// seen) follow from the call's earlier reads, so the read is "which element for this seed", and
// the answer is ink's own choice, which `shuffleIndex` gives again (checked on every traced one).
function traceShuffles(storyProto: InkStory): void {
  const shuffle = storyProto.NextSequenceShuffleIndex;
  storyProto.NextSequenceShuffleIndex = function (this: InkStory) {
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
      noteRead(t, 's', path, index, elements, count);
    }
    return index;
  };
}

/**
 * Puts the tracing hooks on inkjs's prototypes (once: the probe has checked every method is there).
 * Returns ink's own variable lookup, untraced.
 */
export function installReadHooks(protos: {
  readonly storyProto: InkStory;
  readonly stateProto: InkState;
  readonly varsProto: InkVariables;
}): GetVariable {
  const getVariable = traceGlobals(protos.varsProto);
  traceVisits(protos.stateProto);
  traceShuffles(protos.storyProto);
  return getVariable;
}

/** The story's answer now to a read a traced call made; null when it cannot be given. */
export function answerRead(story: Story, read: Read, getVariable: GetVariable): Answer | null {
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
}

/** Control commands (their JSON names) whose result depends on more than tracing follows. */
const UNTRACEABLE_COMMANDS = new Set(['rnd', 'srnd', 'turn', 'turns', 'lrnd']);

/** False when compiled content may read what tracing does not follow: lists, randomness, turns, externals. */
export function traceableContent(json: unknown): boolean {
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
