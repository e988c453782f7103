import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { playHeadless } from '../sim/headless';
import type { Policy } from '../sim/policy';
import { freshStory, StoryRunner, type StoryValue } from '../story/story-runner';

/** One call the engine made into its story, in order: what the second baseline replays. */
export type InkCall =
  | { readonly op: 'start'; readonly flow: string; readonly knot: string }
  | { readonly op: 'choose'; readonly flow: string; readonly index: number }
  | { readonly op: 'set'; readonly name: string; readonly value: StoryValue }
  | { readonly op: 'remove'; readonly flow: string };

export interface InkPath {
  readonly seed: number;
  readonly calls: readonly InkCall[];
  /** Lines of text and tags the engine read: the replay must read the same number. */
  readonly lines: number;
}

type Recorded = Pick<StoryRunner, 'start' | 'choose' | 'setVariable' | 'removeFlow'>;

/**
 * Plays one session and keeps every call the engine made into ink. The runner's methods are
 * wrapped only for this call and put back after, so the engine's own rate is never measured with
 * the recorder in it.
 */
export function recordInkPath(scenario: CompiledScenario, lang: Lang, seed: number, policy: Policy): InkPath {
  const proto = StoryRunner.prototype as Recorded;
  const original = {
    start: proto.start,
    choose: proto.choose,
    setVariable: proto.setVariable,
    removeFlow: proto.removeFlow,
  };
  const calls: InkCall[] = [];
  let lines = 0;
  proto.start = function (this: StoryRunner, flow, knot) {
    calls.push({ op: 'start', flow, knot });
    const beat = original.start.call(this, flow, knot);
    lines += beat.lines.length;
    return beat;
  };
  proto.choose = function (this: StoryRunner, flow, index) {
    calls.push({ op: 'choose', flow, index });
    const beat = original.choose.call(this, flow, index);
    lines += beat.lines.length;
    return beat;
  };
  proto.setVariable = function (this: StoryRunner, name, value) {
    calls.push({ op: 'set', name, value });
    original.setVariable.call(this, name, value);
  };
  proto.removeFlow = function (this: StoryRunner, flow) {
    calls.push({ op: 'remove', flow });
    original.removeFlow.call(this, flow);
  };
  try {
    playHeadless(scenario, lang, seed, policy);
  } finally {
    Object.assign(proto, original);
  }
  return { seed, calls, lines };
}

/**
 * The second baseline: the exact ink path a session took, replayed on bare inkjs — the same story
 * loading, the same flows, knots, choices and variable writes, each read to its next choice with
 * its text and tags — and nothing of the engine. The engine's rate over this one is what the
 * engine adds to the ink it has to run; the random walk (bare-walk.ts) is a different path.
 * Returns the number of non-empty lines read, which must equal the recorded count.
 */
export function replayInkPath(scenario: CompiledScenario, lang: Lang, path: InkPath): number {
  const story = freshStory(scenario.stories[lang]);
  story.state.storySeed = path.seed;
  story.onError = () => {};
  let lines = 0;
  for (const call of path.calls) {
    switch (call.op) {
      case 'start':
        story.SwitchFlow(call.flow);
        story.ChoosePathString(call.knot);
        lines += readToChoice(story);
        break;
      case 'choose':
        story.SwitchFlow(call.flow);
        story.ChooseChoiceIndex(call.index);
        lines += readToChoice(story);
        break;
      case 'set':
        story.variablesState.$(call.name, call.value);
        break;
      case 'remove':
        if (story.currentFlowName === call.flow) story.SwitchFlow('DEFAULT_FLOW');
        story.RemoveFlow(call.flow);
        break;
    }
  }
  return lines;
}

function readToChoice(story: ReturnType<typeof freshStory>): number {
  let lines = 0;
  while (story.canContinue) {
    const text = (story.Continue() ?? '').trim();
    const tags = story.currentTags ?? [];
    if (text !== '' || tags.length > 0) lines++;
  }
  for (const choice of story.currentChoices) void [choice.text, choice.tags];
  return lines;
}
