import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostic';
import { buildScenario, type ScenarioSource } from '../../src/content/scenario-build';
import { buildLibrary } from '../../src/content/scenario-library';
import { FIXTURES, fixtureLibrary } from '../helpers';

const miniFiles = (): Record<string, string> => {
  const dir = resolve(FIXTURES, 'mini');
  return Object.fromEntries(
    ['scenario.json', 'mini.es.ink', 'mini.en.ink'].map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]),
  );
};

const source = (patch: (files: Record<string, string>) => void, id = 'mini'): ScenarioSource => {
  const files = miniFiles();
  patch(files);
  return { id, dir: `scenarios/${id}`, files };
};

/** A patch that replaces text in one file of the fixture. */
const edit =
  (file: string, from: string, to: string) =>
  (files: Record<string, string>): void => {
    files[file] = (files[file] as string).replace(from, to);
  };

const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('scenario pipeline', () => {
  it('compiles the fixture in both languages with its sidecar', () => {
    const lib = fixtureLibrary();
    expect(lib.diagnostics).toEqual([]);
    const mini = lib.scenarios[0];
    expect(mini?.manifest.id).toBe('mini');
    expect(JSON.parse(mini?.stories.es ?? '').inkVersion).toBeGreaterThan(0);
    expect(JSON.parse(mini?.stories.en ?? '').inkVersion).toBeGreaterThan(0);
  });

  it('reports an ink compile error with file and line', () => {
    const build = buildScenario(
      source((f) => {
        f['mini.es.ink'] = (f['mini.es.ink'] as string).replace(
          '-> DONE\n\n=== tro ===',
          '-> nowhere_knot\n\n=== tro ===',
        );
      }),
    );
    expect(build.scenario).toBeNull();
    const d = build.diagnostics.find((x) => x.rule === 'ink-compile');
    expect(d?.file).toBe('scenarios/mini/mini.es.ink');
    expect(d?.line).toBeGreaterThan(1);
    expect(d?.message).toMatch(/nowhere_knot/);
  });

  it('reports a bad tag and an unknown persona on their lines', () => {
    let es = '';
    const build = buildScenario(
      source((f) => {
        es = (f['mini.es.ink'] as string)
          .replace('# author: fan', '# author: ghost')
          .replace('# kind: troll', '# kind: trolling');
        f['mini.es.ink'] = es;
      }),
    );
    const persona = build.diagnostics.find((x) => x.rule === 'unknown-persona');
    expect(persona).toMatchObject({ file: 'scenarios/mini/mini.es.ink', line: lineOf(es, 'author: ghost') });
    expect(persona?.message).toMatch(/ghost/);
    const tag = build.diagnostics.find((x) => x.rule === 'tag-value');
    expect(tag).toMatchObject({ line: lineOf(es, 'kind: trolling') });
    expect(formatDiagnostic(tag as never)).toMatch(
      /^scenarios\/mini\/mini\.es\.ink:\d+: \[tag-value\] kind:/,
    );
  });

  it('reports a bad sidecar field with its line', () => {
    let text = '';
    const build = buildScenario(
      source((f) => {
        text = (f['scenario.json'] as string).replace('"type": "troll"', '"type": "villain"');
        f['scenario.json'] = text;
      }),
    );
    const d = build.diagnostics.find((x) => x.rule === 'sidecar-schema');
    expect(d).toMatchObject({ file: 'scenarios/mini/scenario.json', line: lineOf(text, '"villain"') });
    expect(d?.message).toMatch(/personas\.1\.type/);
  });

  it('reports broken JSON, unknown sidecar keys and missing knots', () => {
    const broken = buildScenario(
      source((f) => {
        f['scenario.json'] = '{ "id": "mini",\n  oops }';
      }),
    );
    expect(broken.diagnostics[0]).toMatchObject({ rule: 'sidecar-json', line: 2 });
    const extra = buildScenario(
      source(edit('scenario.json', '"difficulty": 1', '"difficulty": 1, "colour": "red"')),
    );
    expect(extra.diagnostics.some((d) => d.rule === 'sidecar-schema' && /colour/.test(d.message))).toBe(true);
    const knot = buildScenario(source(edit('scenario.json', '"knot": "fan"', '"knot": "fans"')));
    expect(knot.diagnostics.some((d) => d.rule === 'knot-missing' && /fans/.test(d.message))).toBe(true);
  });

  it('reports when the two languages differ in tags', () => {
    const build = buildScenario(source(edit('mini.en.ink', '# quality: thanks', '# quality: apologises')));
    expect(
      build.diagnostics.some((d) => d.rule === 'language-mismatch' && d.file.endsWith('mini.en.ink')),
    ).toBe(true);
  });

  it('accepts a BOM and never lets one broken scenario stop the others', () => {
    const good = source((f) => {
      f['scenario.json'] = `\uFEFF${f['scenario.json']}`;
    });
    const bad: ScenarioSource = { id: 'broken', dir: 'scenarios/broken', files: { 'scenario.json': '{}' } };
    const lib = buildLibrary([bad, good]);
    expect(lib.scenarios.map((s) => s.manifest.id)).toEqual(['mini']);
    expect(lib.broken).toEqual(['broken']);
    expect(lib.diagnostics.every((d) => d.file.startsWith('scenarios/broken'))).toBe(true);
    expect(lib.diagnostics.some((d) => d.rule === 'ink-missing')).toBe(true);
  });
});
