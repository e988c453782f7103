import type { CompiledScenario } from '../content/compiled-scenario';
import type { Lang } from '../content/scenario.schema';
import { StoryRunner } from './story-runner';

export interface InjectLabel {
  readonly id: string;
  /** The console's name for the inject, in `lang`: its knot's first line, tagged `label: inject`. */
  readonly label: string;
}

/**
 * The facilitator's names for a scenario's injects, read from the ink of one language. The name is
 * scenario text (it names the scenario's people), so it lives in the ink beside the inject, not
 * in the UI's dictionaries. An inject whose knot does not begin with a label line gets null: the
 * checker fails such a scenario, and the console falls back to the id.
 */
export function injectLabels(
  scenario: CompiledScenario,
  lang: Lang,
): Array<InjectLabel & { found: boolean }> {
  const m = scenario.manifest;
  const runner = new StoryRunner(scenario.stories[lang], `scenarios/${m.id}/${m.id}.${lang}.ink`, 0);
  return m.injects.map((inject) => {
    const first = runner.start(`label-${inject.id}`, inject.knot).lines[0];
    const found = first?.tags.label === 'inject' && first.text.trim() !== '';
    return { id: inject.id, label: found ? (first?.text.trim() ?? inject.id) : inject.id, found };
  });
}
