import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CONFIG = resolve(ROOT, 'vite.config.ts');

/** The `content` of the page's Content-Security-Policy meta tag. */
function csp(html: string): string {
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/);
  if (!meta?.[1]) throw new Error('the page has no Content-Security-Policy meta tag');
  return meta[1];
}

const directive = (policy: string, name: string): string =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('the production build', () => {
  let out = '';
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'cortafuegos-build-'));
    await build({
      root: ROOT,
      configFile: CONFIG,
      configLoader: 'runner',
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
  }, 90_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('ships the game alone: one page, no test pages', () => {
    const files = filesUnder(out);
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['index.html']);
    expect(files.filter((f) => f.startsWith('tests'))).toEqual([]);
    expect(files.filter((f) => /engine-?check|bare-?phaser/i.test(f))).toEqual([]);
  });

  it('lets the built page connect to its own origin only (no websockets)', () => {
    const policy = csp(readFileSync(join(out, 'index.html'), 'utf8'));
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
    expect(policy).not.toMatch(/ws:|wss:/);
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
  });
});

describe('the dev server', () => {
  it("adds the websocket of Vite's live reload to the page's CSP, and only there", async () => {
    const server = await createServer({
      root: ROOT,
      configFile: CONFIG,
      configLoader: 'runner',
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, ws: false },
    });
    try {
      const source = readFileSync(join(ROOT, 'index.html'), 'utf8');
      const served = await server.transformIndexHtml('/index.html', source);
      expect(csp(source)).not.toMatch(/ws:/);
      expect(directive(csp(served), 'connect-src')).toMatch(
        /^connect-src 'self' ws:\/\/127\.0\.0\.1:\* ws:\/\/localhost:\*$/,
      );
    } finally {
      await server.close();
    }
  });
});
