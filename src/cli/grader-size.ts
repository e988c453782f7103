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
const LANGUAGE_OF_MODULE: readonly [RegExp, 'es' | 'en'][] = [
  [/lexicon\.es(\.[\w-]+)?\.ts$/, 'es'],
  [/stemmers[\\/].*spanish/, 'es'],
  [/lexicon\.en(\.[\w-]+)?\.ts$/, 'en'],
  [/stemmers[\\/].*english/, 'en'],
];

/**
 * The grader as the browser loads it: `src/grading/index.ts` bundled and minified by Vite
 * (Rolldown), split as the game splits it, each chunk gzipped on its own (each is its own request).
 */
export async function graderSize(entry: string): Promise<GraderSize> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'grader' } },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  const sizes = { core: { raw: 0, gzip: 0 }, es: { raw: 0, gzip: 0 }, en: { raw: 0, gzip: 0 } };
  for (const chunk of outputs) {
    if (chunk.type !== 'chunk') continue;
    const langs = new Set(
      chunk.moduleIds.flatMap((id) =>
        LANGUAGE_OF_MODULE.filter(([re]) => re.test(id)).map(([, lang]) => lang),
      ),
    );
    if (langs.size > 1) throw new Error(`one chunk holds both languages' lexicons: ${chunk.fileName}`);
    const part = sizes[[...langs][0] ?? 'core'];
    const bytes = Buffer.from(chunk.code, 'utf8');
    part.raw += bytes.length;
    part.gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { core: sizes.core, lexicons: { es: sizes.es, en: sizes.en } };
}
