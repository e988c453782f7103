import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { StoryRunner } from './story-runner';

/** The briefing knot's lines: the situation as the player learns it before the shift. */
export function readBriefing(scenario: CompiledScenario, lang: Lang): string[] {
  const m = scenario.manifest;
  const runner = new StoryRunner(scenario.stories[lang], `scenarios/${m.id}/${m.id}.${lang}.ink`, 0);
  return runner
    .start('briefing', m.knots.briefing)
    .lines.map((l) => l.text)
    .filter((text) => text !== '');
}
