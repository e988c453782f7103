import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScenarioSource } from './scenario-build';

/** Reads every scenario folder under `root` (Node only: the CLI, the tests and the Vite plugin). */
export function readScenarioSources(root: string, cwd = process.cwd()): ScenarioSource[] {
  const sources: ScenarioSource[] = [];
  for (const id of readdirSync(root).sort()) {
    const dir = join(root, id);
    if (!statSync(dir).isDirectory()) continue;
    const files: Record<string, string> = {};
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith('.ink') || name.endsWith('.json'))
        files[name] = readFileSync(join(dir, name), 'utf8');
    }
    sources.push({ id, dir: relative(cwd, dir) || dir, files });
  }
  return sources;
}
