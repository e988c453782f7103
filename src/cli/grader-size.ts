import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface GraderSize {
  /** The grader's rules, shared by both languages. */
  readonly core: ChunkSize;
  /** Each language's lexicon and stemmer, the chunks `loadLexicon(lang)` fetches. */
  readonly lexicons: { readonly es: ChunkSize; readonly en: ChunkSize };
}

export interface ChunkSize {
  readonly raw: number;
  readonly gzip: number;
}

// What a chunk holds tells which language it serves: its lexicon data or its Snowball stemmer.
// The stemmers resolve to files named by language code (`@orama/stemmers/dist/es.js`).
const LANGUAGE_OF_MODULE: readonly [RegExp, 'es' | 'en'][] = [
  [/lexicon\.es(\.[\w-]+)?\.ts$/, 'es'],
  [/stemmers[\\/](.*[\\/])?(es|spanish)\.[cm]?js$/, 'es'],
  [/lexicon\.en(\.[\w-]+)?\.ts$/, 'en'],
  [/stemmers[\\/](.*[\\/])?(en|english)\.[cm]?js$/, 'en'],
];
const STEMMER_MODULE = /[\\/]@orama[\\/]stemmers[\\/]/;

/**
 * The language a chunk serves, from the modules it holds; null for the shared core. A stemmer
 * whose language is not known fails rather than being counted in the core, where it would be
 * charged to both languages.
 */
export function languageOfChunk(moduleIds: readonly string[]): 'es' | 'en' | null {
  const langs = new Set<'es' | 'en'>();
  for (const id of moduleIds) {
    const known = LANGUAGE_OF_MODULE.filter(([re]) => re.test(id)).map(([, lang]) => lang);
    if (known.length === 0 && STEMMER_MODULE.test(id))
      throw new Error(`a stemmer of no known language: ${id}`);
    for (const lang of known) langs.add(lang);
  }
  if (langs.size > 1) throw new Error(`one chunk holds both languages' lexicons: ${moduleIds.join(', ')}`);
  return [...langs][0] ?? null;
}

/** The game's build target (vite.config.ts): the syntax the minifier may use changes the bytes. */
export const GAME_BUILD_TARGET = 'es2022';

/** One chunk of the build: its name, which part it counts in, and its code as shipped. */
export interface BuiltChunk {
  readonly fileName: string;
  readonly part: 'core' | 'es' | 'en';
  readonly code: string;
}

/**
 * The grader as the browser loads it: `src/grading/index.ts` bundled and minified by Vite
 * (Rolldown) as the game's build does it, split as the game splits it, each chunk gzipped on its
 * own (each is its own request). An application build, not a library one: Vite leaves the
 * whitespace of an ES library build unminified (it would drop the pure annotations a library's
 * users tree-shake by), which the game's own build does not.
 */
export async function graderSize(
  entry: string,
): Promise<GraderSize & { readonly chunks: readonly BuiltChunk[] }> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: GAME_BUILD_TARGET,
      rollupOptions: { input: entry, preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const sizes = { core: { raw: 0, gzip: 0 }, es: { raw: 0, gzip: 0 }, en: { raw: 0, gzip: 0 } };
  const chunks: BuiltChunk[] = [];
  for (const chunk of outputs) {
    if (chunk.type !== 'chunk') continue;
    const part = languageOfChunk(chunk.moduleIds) ?? 'core';
    const bytes = Buffer.from(chunk.code, 'utf8');
    sizes[part].raw += bytes.length;
    sizes[part].gzip += gzipSync(bytes, { level: 9 }).length;
    chunks.push({ fileName: chunk.fileName, part, code: chunk.code });
  }
  return { core: sizes.core, lexicons: { es: sizes.es, en: sizes.en }, chunks };
}
