import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { createRng } from '../sim/rng';
import { freshStory } from '../story/story-runner';

/**
 * The benchmark's baseline: a plain inkjs random walk through the same compiled story — every
 * thread knot, the statement, update and ending knots, each in its own flow, taking random
 * choices until the flow ends. No engine, no crowd, no log. It loads the story the way the engine
 * does (shared compiled content, fresh state), so the ratio measures the engine's own work.
 */
export function bareWalk(scenario: CompiledScenario, lang: Lang, seed: number): number {
  const story = freshStory(scenario.stories[lang]);
  story.onError = () => {};
  const rng = createRng(seed);
  const m = scenario.manifest;
  let lines = 0;
  const knots = [...m.threads.map((t) => t.knot), m.knots.statement, m.knots.update, m.knots.ending];
  knots.forEach((knot, i) => {
    story.SwitchFlow(`f${i}`);
    story.ChoosePathString(knot);
    for (let guard = 0; guard < 200; guard++) {
      while (story.canContinue) {
        story.Continue();
        void story.currentTags;
        lines++;
      }
      const choices = story.currentChoices;
      if (choices.length === 0) break;
      story.ChooseChoiceIndex(rng.int(0, choices.length - 1));
    }
  });
  return lines;
}
