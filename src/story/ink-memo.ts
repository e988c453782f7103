import type { Story } from 'inkjs';
import type { Beat, ReplyOption } from './beat';
import type { Answer, InkEffect, InkInternals, Read, Reads } from './ink-internals';

/**
 * What one call into a story gave (its beat) and did (its effect on the ink state), kept for the
 * next call that will give and do the same. Calls chain: choosing in a flow continues from where
 * the entry left the flow, so a choice's entries hang under that flow state (shared by every entry
 * that leaves its flow alike).
 */
export interface MemoEntry {
  readonly beat: Beat;
  readonly effect: InkEffect;
  /** The flow as this entry left it: shared by every entry that leaves a flow alike. */
  readonly flow: FlowKept;
}

/** A flow's state some entries leave it in, and the calls that chose in it, by choice index. */
export interface FlowKept {
  chosen?: Map<number, MemoNode>;
}

/**
 * A decision tree over what calls read: the first read a call makes is the same for every state
 * (ink is deterministic), the answer picks the branch, and so on until the entry. A node either asks
 * one read or holds an entry.
 */
export interface MemoNode {
  read?: Read;
  answers?: Map<Answer, MemoNode>;
  entry?: MemoEntry;
  /** Calls that started from here (for a root), traced calls that could not be kept, and that were. */
  calls: number;
  spoiled: number;
  kept: number;
}

/** Entries kept over all stories in this thread: enough for every branch of a batch, bounded in memory. */
const MAX_ENTRIES = 40_000;
let entryCount = 0;

export interface MemoStats {
  hits: number;
  misses: number;
  kept: number;
  /** Two traces of the same reads that disagreed: never expected (ink is deterministic). */
  conflicts: number;
}

export const memoStats: MemoStats = { hits: 0, misses: 0, kept: 0, conflicts: 0 };

const newNode = (): MemoNode => ({ calls: 0, spoiled: 0, kept: 0 });

/** One copy of each line and option text: many kept beats give the same ones. */
const texts = new Map<string, string>();
function intern(text: string): string {
  const kept = texts.get(text);
  if (kept !== undefined) return kept;
  texts.set(text, text);
  return text;
}

const sharedOptions = (options: readonly ReplyOption[]): readonly ReplyOption[] =>
  Object.freeze(
    options.map((o) => Object.freeze({ ...o, text: intern(o.text), qualities: freeze(o.qualities) })),
  );

/** The beat kept, its texts shared, frozen (entries are shared by every session of the story). */
function shared(beat: Beat): Beat {
  const lines = beat.lines.map((l) => Object.freeze({ text: intern(l.text), tags: freeze(l.tags) }));
  const choices = beat.choices && {
    options: sharedOptions(beat.choices.options),
    writtenOnly: sharedOptions(beat.choices.writtenOnly),
    triggers: freeze(beat.choices.triggers),
  };
  return Object.freeze({
    lines: Object.freeze(lines),
    choices: choices && Object.freeze(choices),
    done: beat.done,
  });
}

/** Freezes a parsed tag set or list (shared already, by the runner's tag caches) and what it holds. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) freeze(v);
  }
  return value;
}

/** The memo of one compiled story, shared by every session that plays it. */
export class InkMemo {
  private readonly starts = new Map<string, MemoNode>();
  private readonly flowStates = new Map<string, FlowKept>();

  constructor(private readonly ink: InkInternals) {}

  /** Where the calls that start `knot` are kept. */
  startRoot(knot: string): MemoNode {
    let root = this.starts.get(knot);
    if (!root) {
      root = newNode();
      this.starts.set(knot, root);
    }
    return root;
  }

  /** Where the calls that choose `index` in the flow `parent` left are kept. */
  chooseRoot(parent: MemoEntry, index: number): MemoNode {
    const flow = parent.flow;
    flow.chosen ??= new Map();
    let root = flow.chosen.get(index);
    if (!root) {
      root = newNode();
      flow.chosen.set(index, root);
    }
    return root;
  }

  /** The entry for the story as it stands, or null. */
  find(story: Story, root: MemoNode): MemoEntry | null {
    if (!this.ink.atRest(story)) return null;
    let node: MemoNode | undefined = root;
    while (node.read !== undefined) {
      const answer = this.ink.answer(story, node.read);
      node = answer === null ? undefined : node.answers?.get(answer);
      if (node === undefined) {
        memoStats.misses++;
        return null;
      }
    }
    if (node.entry) memoStats.hits++;
    else memoStats.misses++;
    return node.entry ?? null;
  }

  /**
   * Whether to trace a call from `root`. A knot started for the first time is not: most knots of a
   * single session start once, and keeping what they did would only cost (copies, memory) — the
   * memo starts keeping a knot the second time it starts, in this session or a later one. What is
   * chosen in a kept flow is traced at once. Never once a root has only ever been spoiled.
   */
  worthTracing(root: MemoNode, isStart: boolean): boolean {
    root.calls++;
    if (isStart && root.calls < 2) return false;
    return entryCount < MAX_ENTRIES && (root.kept > 0 || root.spoiled < 4);
  }

  /** Keeps what a traced call read, gave and did; null when it could not be kept. */
  keep(root: MemoNode, kept: { reads: Reads; effect: InkEffect } | null, beat: Beat): MemoEntry | null {
    if (kept === null) {
      root.spoiled++;
      return null;
    }
    const { reads, effect } = kept;
    let node = root;
    for (const { read, answer } of reads) {
      if (node.entry !== undefined || (node.read !== undefined && node.read.key !== read.key)) {
        memoStats.conflicts++;
        return null;
      }
      node.read ??= read;
      node.answers ??= new Map();
      let next = node.answers.get(answer);
      if (!next) {
        next = newNode();
        node.answers.set(answer, next);
      }
      node = next;
    }
    if (node.read !== undefined || node.entry !== undefined) {
      memoStats.conflicts++;
      return null;
    }
    let flow: FlowKept | undefined;
    if (effect.flowState !== null) {
      flow = this.flowStates.get(effect.flowState);
      if (!flow) {
        flow = {};
        this.flowStates.set(effect.flowState, flow);
      }
    }
    node.entry = { beat: shared(beat), effect, flow: flow ?? {} };
    root.kept++;
    entryCount++;
    memoStats.kept++;
    return node.entry;
  }
}
