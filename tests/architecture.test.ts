import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of DESIGN.md, held as a test. Imports are read with a pattern over the
 * sources (static `import … from`, `export … from` and dynamic `import()`), which is all this
 * code base uses.
 */
const SRC = resolve(__dirname, '../src');
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s)?[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

interface Module {
  file: string;
  layer: string;
  imports: string[];
  /** Imports that exist at run time (type-only imports are erased). */
  runtime: string[];
}

const modules: Module[] = files(SRC).map((file) => {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(IMPORT)].map((m) => ({
    spec: m[3] ?? m[4] ?? m[5] ?? '',
    typeOnly: !!m[2],
  }));
  return {
    file: relative(SRC, file),
    layer: relative(SRC, file).split('/')[0] ?? '',
    imports: found.map((f) => f.spec),
    runtime: found.filter((f) => !f.typeOnly).map((f) => f.spec),
  };
});

const packageOf = (spec: string): string | null => (spec.startsWith('.') ? null : spec);
const resolveLocal = (from: string, spec: string): string | null => {
  if (!spec.startsWith('.')) return null;
  const base = resolve(SRC, dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return relative(SRC, candidate);
    } catch {}
  }
  return relative(SRC, base);
};

/** Which layers each layer may import (itself always allowed). */
const ALLOWED: Record<string, string[]> = {
  ui: ['app', 'sim', 'story', 'scoring', 'debrief', 'grading', 'content'],
  app: ['sim', 'story', 'scoring', 'debrief', 'grading', 'content'],
  cli: ['server', 'app', 'sim', 'story', 'scoring', 'debrief', 'grading', 'content'],
  server: ['app', 'sim', 'story', 'scoring', 'debrief', 'grading', 'content'],
  sim: ['story', 'grading', 'content'],
  scoring: ['content', 'sim', 'grading'],
  debrief: ['scoring', 'content', 'sim', 'grading'],
  grading: ['content'],
  story: ['content'],
  content: [],
};

describe('architecture', () => {
  it('finds the source layers', () => {
    expect([...new Set(modules.map((m) => m.layer))]).toEqual(
      expect.arrayContaining(['app', 'sim', 'story', 'content', 'cli']),
    );
    expect(modules.length).toBeGreaterThan(20);
  });

  it('imports point down the layers only', () => {
    const bad = modules.flatMap((m) =>
      m.imports.flatMap((spec) => {
        const target = resolveLocal(m.file, spec);
        if (!target) return [];
        // Files outside src/ are the game's own assets (images), which only the UI draws.
        if (target.startsWith('..'))
          return m.layer === 'ui' && target.startsWith('../assets/') ? [] : [`${m.file} → ${target}`];
        const layer = target.split('/')[0] ?? '';
        return layer === m.layer || (ALLOWED[m.layer] ?? []).includes(layer) ? [] : [`${m.file} → ${target}`];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('phaser only under src/ui; inkjs runtime only under src/story; the ink compiler only under src/content', () => {
    const offenders = modules.flatMap((m) =>
      m.imports.flatMap((spec) => {
        const pkg = packageOf(spec);
        if (!pkg) return [];
        if (pkg.startsWith('phaser') && m.layer !== 'ui') return [`${m.file} imports ${pkg}`];
        if (pkg === 'inkjs/full' && m.layer !== 'content') return [`${m.file} imports ${pkg}`];
        if (pkg.startsWith('inkjs') && pkg !== 'inkjs/full' && m.layer !== 'story')
          return [`${m.file} imports ${pkg}`];
        return [];
      }),
    );
    expect(offenders).toEqual([]);
  });

  it('no xstate, phaser or DOM in sim, scoring, debrief and grading', () => {
    const pure = modules.filter((m) => ['sim', 'scoring', 'debrief', 'grading'].includes(m.layer));
    const offenders = pure.flatMap((m) => {
      const text = readFileSync(join(SRC, m.file), 'utf8');
      const found = m.imports
        .filter((s) => /^(xstate|phaser|@xstate)/.test(s))
        .map((s) => `${m.file} imports ${s}`);
      if (/\b(document|window|localStorage|navigator)\./.test(text)) found.push(`${m.file} touches the DOM`);
      return found;
    });
    expect(offenders).toEqual([]);
  });

  it('Node built-ins only in src/cli, src/server and the build-time readers; socket.io on its own side', () => {
    const buildTime = (file: string) =>
      file === 'content/scenario-files.ts' || file.endsWith('.vite-plugin.ts');
    const offenders = modules.flatMap((m) =>
      m.imports.flatMap((spec) => {
        if (spec.startsWith('node:') && !['cli', 'server'].includes(m.layer) && !buildTime(m.file))
          return [`${m.file} imports ${spec}`];
        // The server package in the server; the client package in the game's live client (and the
        // workshop bench, which runs that client).
        if (spec === 'socket.io' && m.layer !== 'server') return [`${m.file} imports ${spec}`];
        if (spec.startsWith('socket.io-client') && !['app', 'cli'].includes(m.layer))
          return [`${m.file} imports ${spec}`];
        return [];
      }),
    );
    expect(offenders).toEqual([]);
    expect(modules.some((m) => m.layer === 'server')).toBe(true);
  });

  it('has no import cycles at run time', () => {
    expect(cyclesOf(modules, (m) => m.runtime)).toEqual([]);
  });

  it('has no import cycles in src/sim, not even through types (helpers see a narrow session interface)', () => {
    expect(
      cyclesOf(
        modules.filter((m) => m.layer === 'sim'),
        (m) => m.imports,
      ),
    ).toEqual([]);
  });
});

function cyclesOf(modules: readonly Module[], edges: (m: Module) => readonly string[]): string[] {
  {
    const graph = new Map(
      modules.map((m) => [
        m.file,
        edges(m)
          .map((s) => resolveLocal(m.file, s))
          .filter((x): x is string => !!x),
      ]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    return cycles;
  }
}
