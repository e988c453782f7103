import type { CompiledScenario } from '../content/compiled-scenario';
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

export async function loadPlayable(library: ScenarioCatalog, id: string): Promise<Playable> {
  const [scenario, loaded] = await Promise.all([library.load(id), loadEngine()]);
  return { scenario, engine: loaded };
}
