import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * The grader as the browser would load it: `src/grading/index.ts` with its lexicons, stemmers and
 * everything else it imports, bundled and minified by Vite (Rolldown), then gzipped.
 */
export async function graderGzipBytes(entry: string): Promise<{ raw: number; gzip: number }> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: 'grader' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => ('output' in o ? o.output : []));
  let code = '';
  for (const chunk of outputs) if (chunk.type === 'chunk') code += chunk.code;
  const bytes = Buffer.from(code, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}
