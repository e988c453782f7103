import type { CallStackCopier, InkCallStack, InkChoice, InkPointer, InkThread } from './ink-internal-types';
import { valueAnswer } from './ink-values';

/**
 * A flow's own state (its call stack and choices): written out, so that two calls that leave their
 * flows alike share what is chosen next, and copied, so that a kept call's flow can be put in
 * another story without the two sharing anything ink changes.
 */

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

/**
 * `flowState` of an effect: the call stack and choices written out, threads numbered from the
 * flow's thread `counter`; null if a temporary is not a plain value.
 */
export function writeFlowState(
  callStack: InkCallStack,
  choices: readonly InkChoice[],
  counter: number,
): string | null {
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

/** Copies of a flow's call stack and choices, with their thread numbers moved by `shift`. */
export interface FlowCopier {
  cloneChoice(c: InkChoice, shift: number): InkChoice;
  /** A copy of `from` whose flow's thread counter is `counter`. */
  copyCallStack(from: InkCallStack, shift: number, counter: number): InkCallStack;
}

// Thread numbers: a thread ink forks takes the flow's next number, so a kept call's numbers are
// moved by the difference between the flow's counter then and now; a thread a call stack starts
// with (on a reset) is number 0 in every flow.
function renumber(thread: InkThread, shift: number): void {
  if (thread.threadIndex !== 0) thread.threadIndex += shift;
}

/** A copier that copies call stacks through ink's own `CallStack` copy constructor. */
export function makeFlowCopier(CallStack: CallStackCopier): FlowCopier {
  // Choice texts recur in many kept calls: one copy of each.
  const texts = new Map<string, string>();
  return {
    cloneChoice(c, shift) {
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
    },
    copyCallStack(from, shift, counter) {
      const copy = new CallStack(from);
      for (const thread of copy._threads) renumber(thread, shift);
      copy._threadCounter = counter;
      return copy;
    },
  };
}
