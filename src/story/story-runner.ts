import { Story } from 'inkjs';
import { ContentError } from '../content/diagnostic';
import { type ChoiceTags, type LineTags, parseTags, type TagProblem } from '../content/tag.schema';
import type { Beat, ChoicePoint, ReplyOption, ScriptLine } from './beat';
import { inkInternals } from './ink-internals';
import { InkMemo, type MemoEntry, type MemoNode } from './ink-memo';

export type StoryValue = number | boolean | string;

/**
 * Per compiled story: its content, loaded once; a story over it just reset and never played, whose
 * state every fresh one copies; and whether the content binds all its external functions.
 */
const templates = new Map<string, { content: Story; reference: Story; externals: boolean }>();
/** Each compiled story's memo (ink-memo.ts), or null when its content cannot be memoised. */
const memos = new Map<string, InkMemo | null>();
let memoOn = true;

/**
 * Turns the memo of ink calls on or off for runners made from now on (on by default). Off, every
 * call runs through ink; on, a call whose reads the story answers as a call before it did gives
 * that call's beat and effect without running ink again. Both give the same sessions.
 */
export function setInkMemo(on: boolean): void {
  memoOn = on;
}

/** Empties every memo (runners made from now on start from nothing kept), for measuring a cold start. */
export function clearInkMemo(): void {
  for (const [json, memo] of memos) if (memo && inkInternals) memos.set(json, new InkMemo(inkInternals));
}

/** Development check: every memo hit also runs through ink, and the two states must be equal. */
let verifyMemo = false;
export function setInkMemoVerification(on: boolean): void {
  verifyMemo = on;
}
/** Parsed tags by their raw text: the same few hundred tag sets recur in every session. */
const lineTagCache = new Map<string, LineTags>();
const choiceTagCache = new Map<string, ChoiceTags>();

/**
 * A fresh story over shared compiled content. Turning ink JSON into runtime objects costs about ten
 * times more than a whole session's state, and inkjs never mutates content during play (all that
 * changes lives in the story state), so each compiled story is loaded once and every session gets
 * its own state over it. That state starts as a copy of a reference story's just reset (running the
 * global declarations again would give the same), when ink-internals.ts can copy it.
 */
export function freshStory(json: string): Story {
  let template = templates.get(json);
  if (!template) {
    const parsed = JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const content = new Story(parsed);
    const externals = hasAllExternals(content);
    const reference = new Story(content.mainContentContainer, content.listDefinitions?.lists ?? null);
    reference.ResetState();
    template = { content, reference, externals };
    templates.set(json, template);
    memos.set(
      json,
      inkInternals && externals && inkInternals.traceableContent(parsed) ? new InkMemo(inkInternals) : null,
    );
  }
  const { content } = template;
  const story = new Story(content.mainContentContainer, content.listDefinitions?.lists ?? null);
  // A fresh state is the same for every session: the reference's, copied (see ink-internals.ts).
  if (!inkInternals?.freshState(story, template.reference)) story.ResetState();
  // inkjs walks the whole content tree on a story's first Continue to check external functions; the
  // result depends only on the shared content (no session binds externals), so check it once.
  if (template.externals) (story as unknown as ExternalsFlag)._hasValidatedExternals = true;
  return story;
}

type ExternalsFlag = { _hasValidatedExternals: boolean };

/** False when the content calls an external function: each session then validates and reports it itself. */
function hasAllExternals(template: Story): boolean {
  try {
    template.ValidateExternalBindings();
  } catch {
    return false;
  }
  return (template as unknown as ExternalsFlag)._hasValidatedExternals === true;
}

/**
 * The only place that runs ink. Each thread of the crisis is an ink flow, so several threads are
 * live at once; the runner turns their output into plain data (posts, reply options, triggers).
 */
export class StoryRunner {
  private readonly story: Story;
  private readonly errors: string[] = [];
  /**
   * The ink flow each of the caller's flows runs in. A flow whose thread is over goes back to a pool
   * and the next new one reuses it: creating an ink flow costs more than a crowd line costs to run,
   * and starting a knot resets a flow's call stack and choices, so a reused flow plays exactly as a
   * new one would (only ink's thread counter, which no output depends on, runs on).
   */
  private readonly flows = new Map<string, string>();
  private readonly idleFlows: string[] = [];
  private flowCount = 0;
  /** The memo, and for each flow the memo entry that left it as it is (none: the memo cannot follow it). */
  private readonly memo: InkMemo | null;
  private readonly cameFrom = new Map<string, MemoEntry>();
  /** Flows whose state is a memo entry's, not yet put in ink (see `call`). */
  private readonly unsettled = new Map<string, MemoEntry>();
  private errorCount = 0;

  constructor(
    json: string,
    private readonly file: string,
    seed: number,
  ) {
    this.story = freshStory(json);
    this.memo = memoOn ? (memos.get(json) ?? null) : null;
    this.story.state.storySeed = seed;
    // Collected, not thrown: inkjs clears its error state only after the handler returns.
    this.story.onError = (message) => {
      this.errors.push(message);
      this.errorCount++;
    };
  }

  /** Flows that ran out of content without `-> DONE` or `-> END`, for the scenario checker. */
  readonly deadEnds: string[] = [];

  /** The story's knot names, in no particular order. */
  knots(): string[] {
    return [...this.story.mainContentContainer.namedContent.keys()].filter((k) => k !== 'global decl');
  }

  /** Times a knot was entered; only counted when the story was compiled with `countAllVisits`. */
  visits(knot: string): number {
    return this.story.state.VisitCountAtPathString(knot) ?? 0;
  }

  hasVariable(name: string): boolean {
    return this.story.variablesState.GlobalVariableExistsWithName(name);
  }

  setVariable(name: string, value: StoryValue): void {
    if (!inkInternals?.setGlobal(this.story, name, value)) this.story.variablesState.$(name, value);
  }

  getVariable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  /** The ink flow for `flow`: its own, else an idle one when `reuse`, else a new one. */
  private inkFlow(flow: string, reuse: boolean): string {
    let ink = this.flows.get(flow);
    if (ink === undefined) {
      ink = (reuse ? this.idleFlows.pop() : undefined) ?? `flow-${++this.flowCount}`;
      this.flows.set(flow, ink);
    }
    return ink;
  }

  /** Starts `knot` from its top in `flow` (creating the flow if needed) and runs to the next choice. */
  start(flow: string, knot: string): Beat {
    this.story.SwitchFlow(this.inkFlow(flow, true));
    const root = this.memo?.startRoot(knot) ?? null;
    return this.call(
      flow,
      root,
      () => {
        try {
          this.story.ChoosePathString(knot);
        } catch (error) {
          throw new ContentError([
            {
              file: this.file,
              rule: 'knot-missing',
              message: `cannot start knot "${knot}": ${(error as Error).message}`,
            },
          ]);
        }
        return this.read(knot);
      },
      false,
    );
  }

  choose(flow: string, index: number): Beat {
    const parent = this.flows.has(flow) ? this.cameFrom.get(flow) : undefined;
    // A flow never started (or already let go) gets a new, empty ink flow, as it always did.
    this.story.SwitchFlow(this.inkFlow(flow, false));
    const root = parent && this.memo ? this.memo.chooseRoot(parent, index) : null;
    return this.call(
      flow,
      root,
      () => {
        this.story.ChooseChoiceIndex(index);
        return this.read(flow);
      },
      true,
    );
  }

  /**
   * Runs one call in the current flow, through the memo when it can follow it: the entry kept for a
   * call that read what the story now answers, else ink, traced so that the next such call is kept.
   * A hit puts its effect on the globals and visit counts at once, and the flow's own state only
   * when ink next runs in that flow (ink reads a flow's call stack and choices only there): a flow
   * started again, or let go, never needs it.
   */
  private call(flow: string, root: MemoNode | null, run: () => Beat, needsFlow: boolean): Beat {
    const memo = this.memo;
    const unsettled = this.unsettled.get(flow);
    this.unsettled.delete(flow);
    this.cameFrom.delete(flow);
    const ink = inkInternals;
    const hit = memo && root && ink ? memo.find(this.story, root) : null;
    if (hit && ink) {
      if (verifyMemo) this.verify(hit, run);
      else {
        ink.apply(this.story, hit.effect);
        this.unsettled.set(flow, hit);
      }
      this.cameFrom.set(flow, hit);
      return hit.beat;
    }
    if (unsettled && needsFlow) ink?.settle(this.story, unsettled.effect);
    if (memo === null || root === null || ink === null || !memo.worthTracing(root, !needsFlow)) return run();
    const errorsBefore = this.errorCount;
    ink.beginTrace(this.story);
    let beat: Beat | null = null;
    try {
      beat = run();
    } finally {
      const kept = ink.endTrace(beat !== null && this.errorCount === errorsBefore);
      if (beat !== null) {
        const entry = memo.keep(root, kept, beat);
        if (entry) this.cameFrom.set(flow, entry);
      }
    }
    return beat;
  }

  /** The memo's state and beat beside ink's own for the same call, from the same state: they must be equal. */
  private verify(hit: MemoEntry, run: () => Beat): void {
    const ink = inkInternals;
    if (!ink) return;
    const before = this.story.state.toJson();
    ink.apply(this.story, hit.effect);
    ink.settle(this.story, hit.effect);
    const memoState = canonicalJson(this.story.state.toJson());
    this.story.state.LoadJson(before);
    const beat = run();
    const inkState = canonicalJson(this.story.state.toJson());
    if (memoState !== inkState)
      throw new Error(`ink memo: state differs\nmemo ${memoState}\nink  ${inkState}`);
    if (JSON.stringify(beat) !== JSON.stringify(hit.beat))
      throw new Error(
        `ink memo: beat differs\nmemo ${JSON.stringify(hit.beat)}\nink  ${JSON.stringify(beat)}`,
      );
  }

  /**
   * The ink state as any later call can see it (every flow in use settled; the pool's idle flows,
   * which a later call only ever restarts, left out), as canonical JSON: for checks.
   */
  inkState(): string {
    const ink = inkInternals;
    const current = this.story.state.currentFlowName;
    for (const [flow, entry] of this.unsettled) {
      const name = this.flows.get(flow);
      if (!ink || name === undefined) continue;
      this.story.SwitchFlow(name);
      ink.settle(this.story, entry.effect);
    }
    this.unsettled.clear();
    this.story.SwitchFlow(current);
    const state = JSON.parse(this.story.state.toJson()) as { flows: Record<string, unknown> };
    for (const idle of this.idleFlows) delete state.flows[idle];
    return canonicalJson(JSON.stringify(state));
  }

  /** Lets a flow go: its ink flow waits for the next new one. */
  removeFlow(flow: string): void {
    const ink = this.flows.get(flow);
    if (ink === undefined) return;
    this.flows.delete(flow);
    this.cameFrom.delete(flow);
    this.unsettled.delete(flow);
    this.idleFlows.push(ink);
  }

  private fail(where: string, raw: readonly string[], problems: TagProblem[]): never {
    throw new ContentError(
      problems.map((p) => ({
        file: this.file,
        rule: p.rule,
        message: `${p.message} in "${where}" (tags: ${raw.join(' # ')})`,
      })),
    );
  }

  private parseLineTags(where: string, raw: readonly string[]): LineTags {
    const key = raw.join('\u0000');
    let tags = lineTagCache.get(key);
    if (!tags) {
      const parsed = parseTags(raw, 'line');
      if (!parsed.ok) this.fail(where, raw, parsed.problems);
      tags = parsed.value;
      lineTagCache.set(key, tags);
    }
    return tags;
  }

  private parseChoiceTags(where: string, raw: readonly string[]): ChoiceTags {
    const key = raw.join('\u0000');
    let tags = choiceTagCache.get(key);
    if (!tags) {
      const parsed = parseTags(raw, 'choice');
      if (!parsed.ok) this.fail(where, raw, parsed.problems);
      tags = parsed.value;
      choiceTagCache.set(key, tags);
    }
    return tags;
  }

  private read(where: string): Beat {
    const story = this.story;
    const lines: ScriptLine[] = [];
    while (story.canContinue) {
      const output = story.Continue();
      if (this.errors.length > 0) {
        const errors = this.errors.splice(0);
        // A branch without `-> DONE` (say, a menu whose once-only options are all used) simply ends.
        if (errors.every((e) => /ran out of content/.test(e))) {
          this.deadEnds.push(where);
          return { lines, choices: null, done: true };
        }
        throw new ContentError(
          errors.map((message) => ({
            file: this.file,
            rule: 'ink-runtime',
            message: `${message} (in "${where}")`,
          })),
        );
      }
      const text = (output ?? '').trim();
      const raw = story.currentTags ?? [];
      if (text === '' && raw.length === 0) continue;
      lines.push({ text, tags: this.parseLineTags(where, raw) });
    }
    const current = story.currentChoices;
    if (current.length === 0) return { lines, choices: null, done: true };
    const options: ReplyOption[] = [];
    const writtenOnly: ReplyOption[] = [];
    const triggers: Record<string, number> = {};
    for (const choice of current) {
      const tags = this.parseChoiceTags(where, choice.tags ?? []);
      if (tags.on !== undefined) {
        triggers[tags.on] = choice.index;
        continue;
      }
      (tags.written === 'only' ? writtenOnly : options).push({
        index: choice.index,
        text: choice.text.trim(),
        qualities: tags.quality ?? [],
        channel: tags.channel ?? 'public',
        model: tags.model ?? false,
      });
    }
    const choices: ChoicePoint = { options, writtenOnly, triggers };
    return { lines, choices, done: false };
  }
}

/** JSON with object keys in order, for comparing ink states whose maps were filled in another order. */
function canonicalJson(json: string): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, x]) => [k, sort(x)]),
      );
    return v;
  };
  return JSON.stringify(sort(JSON.parse(json)));
}
