import { ContentError } from '../content/diagnostic';
import type { Lang, ScenarioManifest } from '../content/scenario.schema';
import type { StoryRunner } from '../story/story-runner';

/**
 * Runs the scenario's ending knot (the engine has written its variables) and returns the ending it
 * reached, from the line tagged `ending: <id>`, and the epilogue.
 */
export function readEnding(
  runner: StoryRunner,
  manifest: ScenarioManifest,
  lang: Lang,
): { id: string; epilogue: string[] } {
  const beat = runner.start('ending', manifest.knots.ending);
  const id = beat.lines.find((l) => l.tags.ending !== undefined)?.tags.ending;
  if (!id) {
    throw new ContentError([
      {
        file: `scenarios/${manifest.id}/${manifest.id}.${lang}.ink`,
        rule: 'ending-tag',
        message: `knot "${manifest.knots.ending}" reached no line tagged "ending: <id>"`,
      },
    ]);
  }
  return { id, epilogue: beat.lines.map((l) => l.text).filter((s) => s !== '') };
}
