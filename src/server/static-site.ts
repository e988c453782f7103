import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * Serves the built game (`dist/`) with the headers the game is built for: the Content-Security-
 * Policy of its own `index.html` (a meta tag there) sent as a header on every file too, no
 * sniffing, no referrer. `index.html` also gets a marker telling the game a workshop server
 * serves it, so a team's page opens its live channel only here (never on a static copy).
 */
export const SERVER_MARKER = '<meta name="cortafuegos-server" content="workshop" />';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  readonly csp: string;
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
}

/** The policy of the meta tag in `index.html`; its absence is an error, never a page without one. */
export function cspOf(html: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!meta?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return meta[1];
}

export async function staticSite(dir: string): Promise<StaticSite> {
  const root = resolve(dir);
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const csp = cspOf(html);
  const index = Buffer.from(html.replace(/<head>/i, `<head>\n    ${SERVER_MARKER}`), 'utf8');
  const headers = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // No Cross-Origin-Opener-Policy: teams open plain http://<LAN address>, where Chromium ignores
    // it and logs an error on every page.
  };
  const send = (res: ServerResponse, status: number, type: string, body: Buffer | string, cache: string) => {
    res.writeHead(status, {
      ...headers,
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': cache,
    });
    res.end(body);
  };
  return {
    csp,
    async handle(req, res, path) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return send(res, 405, TYPES['.txt'] as string, 'method not allowed\n', 'no-store');
      }
      if (path === '/' || path === '/index.html')
        return send(res, 200, TYPES['.html'] as string, index, 'no-cache');
      let file: string;
      try {
        file = normalize(join(root, decodeURIComponent(path)));
      } catch {
        return send(res, 400, TYPES['.txt'] as string, 'bad path\n', 'no-store');
      }
      if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || file.includes('\0'))
        return send(res, 404, TYPES['.txt'] as string, 'not found\n', 'no-store');
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const body = await readFile(file);
        // Vite names built assets by their content: they never change under the same name.
        const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
        send(res, 200, TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body, cache);
      } catch {
        send(res, 404, TYPES['.txt'] as string, 'not found\n', 'no-store');
      }
    },
  };
}
