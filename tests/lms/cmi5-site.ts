import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { type PreviewServer, preview } from 'vite';
import { TestLms } from './cmi5-lms';
import { type Lrs, startLrs } from './statements-lrs';

/**
 * The cmi5 package served as a cmi5 LMS serves it, for the browser tests: the zip `npm run
 * package:lms` writes, unpacked under `/pkg/`, with the test LMS (the fetch URL, LaunchData and
 * the State API, in memory) and, through the same origin, a real statements endpoint (xapi-statements)
 * at `/lrs/statements`. One origin, as the game's `connect-src 'self'` asks.
 */
export interface Cmi5Site {
  readonly base: string;
  readonly lms: TestLms;
  readonly lrs: Lrs;
  /** The AU's launch URL from cmi5.xml, relative to the package. */
  auUrl(scenario: string): string;
  close(): Promise<void>;
}

const bodyOf = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (d) => {
      text += String(d);
    });
    req.on('end', () => resolve(text));
  });

export async function serveCmi5Package(root: string, lang: 'es' | 'en'): Promise<Cmi5Site> {
  const site = mkdtempSync(join(tmpdir(), 'cortafuegos-cmi5-'));
  const out = join(site, 'out');
  const packaged = spawnSync('npx', ['tsx', 'src/cli/package-lms.cli.ts', '--out', out, '--lang', lang], {
    cwd: root,
    encoding: 'utf8',
  });
  if (packaged.status !== 0) throw new Error(`package:lms failed: ${packaged.stderr}`);
  const files = unzipSync(readFileSync(join(out, 'cortafuegos-cmi5.zip')));
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(site, 'www', 'pkg', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  const structure = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (n) => n === 'au',
  }).parse(new TextDecoder().decode(files['cmi5.xml']));
  const aus = structure.courseStructure.au as Array<{ '@id': string; url: string }>;
  const lrs = await startLrs(root);
  let lms: TestLms | null = null;
  const www = join(site, 'www');
  let server: PreviewServer;
  try {
    server = await preview({
      root: www,
      configFile: false,
      build: { outDir: www },
      plugins: [
        {
          name: 'test-cmi5-lms',
          configurePreviewServer(previewServer) {
            previewServer.middlewares.use(async (req, res, next) => {
              if (!lms) return next();
              const url = new URL(req.url ?? '/', lms.origin);
              if (url.pathname === '/lrs/statements') {
                // The LRS's own: checked for the session's token, the body left for the proxy to pass on.
                if (lms.down) res.statusCode = 503;
                else if (!lms.authorized(req.headers.authorization)) res.statusCode = 401;
                else return next();
                res.end();
                return;
              }
              const answer = lms.handle(
                req.method ?? 'GET',
                url,
                req.headers.authorization,
                await bodyOf(req),
                false,
              );
              if (!answer) return next();
              res.statusCode = answer.status;
              if (answer.type) res.setHeader('Content-Type', answer.type);
              res.end(answer.body);
            });
          },
        },
      ],
      preview: {
        host: '127.0.0.1',
        port: 0,
        strictPort: false,
        proxy: { '/lrs/statements': { target: lrs.url, rewrite: (path) => path.replace(/^\/lrs/, '/xAPI') } },
      },
      logLevel: 'silent',
    });
  } catch (error) {
    await lrs.close();
    throw error;
  }
  const base = server.resolvedUrls?.local[0] ?? '';
  const testLms = new TestLms(new URL(base).origin);
  lms = testLms;
  return {
    base,
    lms: testLms,
    lrs,
    auUrl(scenario) {
      const au = aus.find((a) => a['@id'].endsWith(`:${scenario}`));
      if (!au) throw new Error(`the package has no AU for ${scenario}`);
      return au.url;
    },
    async close() {
      await server.close();
      await lrs.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}
