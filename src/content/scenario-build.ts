import type { CompiledScenario } from './compiled-scenario';
import type { Diagnostic } from './diagnostic';
import { type CompileOptions, compileInk } from './ink-compile';
import { type InkOutline, lintInkTags } from './ink-tag-lint';
import { lineOfOffset, lineOfPath } from './json-location';
import { LANGS, type Lang, type ScenarioManifest, scenarioManifestSchema } from './scenario.schema';

export const SIDECAR = 'scenario.json';

export interface ScenarioSource {
  /** Folder name, which is the scenario id. */
  readonly id: string;
  /** Path prefix used in diagnostics, e.g. `scenarios/faulty-product`. */
  readonly dir: string;
  /** File name (no folder) to its text. */
  readonly files: Readonly<Record<string, string>>;
}

export interface ScenarioBuild {
  readonly id: string;
  readonly scenario: CompiledScenario | null;
  readonly diagnostics: Diagnostic[];
}

function readSidecar(src: ScenarioSource, diagnostics: Diagnostic[]): ScenarioManifest | null {
  const file = `${src.dir}/${SIDECAR}`;
  const raw = src.files[SIDECAR];
  if (raw === undefined) {
    diagnostics.push({ file, rule: 'sidecar-missing', message: `scenario "${src.id}" has no ${SIDECAR}` });
    return null;
  }
  const text = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    diagnostics.push({
      file,
      ...(at?.[1] ? { line: lineOfOffset(text, Number(at[1])) } : {}),
      rule: 'sidecar-json',
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return null;
  }
  const parsed = scenarioManifestSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const line = lineOfPath(text, issue.path);
      diagnostics.push({
        file,
        ...(line !== undefined ? { line } : {}),
        rule: 'sidecar-schema',
        message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      });
    }
    return null;
  }
  const manifest = parsed.data;
  const line = (needle: string): number | undefined => {
    const at = text.indexOf(needle);
    return at >= 0 ? lineOfOffset(text, at) : undefined;
  };
  const refer = (rule: string, needle: string, message: string): void => {
    const l = line(needle);
    diagnostics.push({ file, ...(l !== undefined ? { line: l } : {}), rule, message });
  };
  if (manifest.id !== src.id)
    refer('sidecar-id', `"id"`, `id "${manifest.id}" differs from folder "${src.id}"`);
  const networks = new Set(manifest.networks.map((n) => n.id));
  const unique = (kind: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) refer('duplicate-id', `"${id}"`, `${kind} "${id}" is declared twice`);
      seen.add(id);
    }
  };
  unique(
    'persona',
    manifest.personas.map((p) => p.id),
  );
  // An inject plays as a thread of its own, named by its id: the two share one name space.
  unique('thread or inject', [...manifest.threads.map((t) => t.id), ...manifest.injects.map((i) => i.id)]);
  for (const item of [...manifest.personas, ...manifest.threads, ...manifest.injects]) {
    if (item.network !== undefined && !networks.has(item.network)) {
      refer(
        'unknown-network',
        `"${item.network}"`,
        `network "${item.network}" of "${item.id}" is not in networks`,
      );
    }
  }
  return manifest;
}

function requiredKnots(manifest: ScenarioManifest): string[] {
  return [
    ...manifest.threads.map((t) => t.knot),
    ...manifest.injects.map((i) => i.knot),
    ...manifest.crowd.voices.map((v) => v.knot),
    manifest.knots.statement,
    manifest.knots.update,
    manifest.knots.ending,
    manifest.knots.briefing,
  ];
}

/** The two languages must be the same story: same knots, variables, tags and number of options. */
function compareLanguages(dir: string, id: string, a: InkOutline, b: InkOutline): Diagnostic[] {
  const fa = `${dir}/${id}.es.ink`;
  const fb = `${dir}/${id}.en.ink`;
  const out: Diagnostic[] = [];
  if (a.knots.join() !== b.knots.join()) {
    const missing = a.knots
      .filter((k) => !b.knots.includes(k))
      .concat(b.knots.filter((k) => !a.knots.includes(k)));
    out.push({
      file: fb,
      rule: 'language-mismatch',
      message: `knots differ from ${fa}: ${missing.join(', ') || 'order'}`,
    });
  }
  if (a.variables.join() !== b.variables.join()) {
    out.push({ file: fb, rule: 'language-mismatch', message: `VAR declarations differ from ${fa}` });
  }
  if (a.choices !== b.choices) {
    out.push({
      file: fb,
      rule: 'language-mismatch',
      message: `${b.choices} choices, ${fa} has ${a.choices}`,
    });
  }
  const n = Math.max(a.tags.length, b.tags.length);
  for (let i = 0; i < n; i++) {
    const ta = a.tags[i];
    const tb = b.tags[i];
    if (ta?.text !== tb?.text || ta?.context !== tb?.context) {
      out.push({
        file: fb,
        ...(tb ? { line: tb.line } : {}),
        rule: 'language-mismatch',
        message: `tag "${tb?.text ?? '(none)'}" differs from "${ta?.text ?? '(none)'}" at ${fa}:${ta?.line ?? 'end'}`,
      });
      break;
    }
  }
  return out;
}

/**
 * Validates and compiles one scenario folder. Pure: the caller reads the files (from disk in Node,
 * through Vite in the build), so the plugin, the CLI and the tests share every rule.
 */
export function buildScenario(src: ScenarioSource, options: CompileOptions = {}): ScenarioBuild {
  const diagnostics: Diagnostic[] = [];
  const manifest = readSidecar(src, diagnostics);
  const personas = new Set(manifest?.personas.map((p) => p.id) ?? []);
  const stories: Partial<Record<Lang, string>> = {};
  const outlines: Partial<Record<Lang, InkOutline>> = {};
  for (const lang of LANGS) {
    const name = `${src.id}.${lang}.ink`;
    const file = `${src.dir}/${name}`;
    const source = src.files[name];
    if (source === undefined) {
      diagnostics.push({
        file,
        rule: 'ink-missing',
        message: `scenario "${src.id}" has no ${lang} script ${name}`,
      });
      continue;
    }
    const compiled = compileInk(file, source, options);
    diagnostics.push(...compiled.diagnostics);
    if (manifest) {
      const lint = lintInkTags(file, source, personas);
      diagnostics.push(...lint.diagnostics);
      outlines[lang] = lint.outline;
      const knots = new Set(lint.outline.knots);
      for (const knot of requiredKnots(manifest)) {
        if (!knots.has(knot))
          diagnostics.push({
            file,
            rule: 'knot-missing',
            message: `knot "${knot}" named by the sidecar is missing`,
          });
      }
    }
    if (compiled.json) stories[lang] = compiled.json;
  }
  if (outlines.es && outlines.en)
    diagnostics.push(...compareLanguages(src.dir, src.id, outlines.es, outlines.en));
  const ok = manifest && diagnostics.length === 0 && stories.es && stories.en;
  return {
    id: src.id,
    scenario: ok ? { manifest, stories: { es: stories.es as string, en: stories.en as string } } : null,
    diagnostics,
  };
}
