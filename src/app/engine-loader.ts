import type { CompiledScenario } from '../content/compiled-scenario';
import type { GradingLang } from '../content/grading-context';
import type { ScenarioCatalog } from '../content/scenario-catalog';

/** The engine module (play-engine.ts): what it takes to play, replay and resume a session. */
export type Engine = typeof import('./play-engine');

let engine: Promise<Engine> | undefined;

/** Loads the engine once; every later call shares the same load, and a failed load is tried again next time. */
export const loadEngine = (): Promise<Engine> => {
  engine ??= import('./play-engine').catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
};

/** A scenario ready to play: its compiled stories and the engine, loaded side by side. */
export interface Playable {
  readonly scenario: CompiledScenario;
  readonly engine: Engine;
}

/**
 * Loads a scenario, the engine and the grader's lexicon for the language the session is played in
 * (a written reply is graded the moment it is sent, so the lexicon must be there before the crisis opens).
 */
export async function loadPlayable(
  library: ScenarioCatalog,
  id: string,
  lang: GradingLang,
): Promise<Playable> {
  const [scenario, loaded] = await Promise.all([
    library.load(id),
    loadEngine().then(async (e) => {
      await e.loadLexicon(lang);
      return e;
    }),
  ]);
  return { scenario, engine: loaded };
}
