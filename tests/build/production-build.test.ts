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

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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

  it('links a web app manifest whose icons exist in the sizes installers ask for', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="manifest" href="\.\/manifest\.webmanifest">/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Cortafuegos', start_url: './', display: 'standalone' });
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    for (const icon of png) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(join(out, icon.src)))).toEqual({ width, height });
    }
    expect(png.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    expect(png.filter((i) => i.purpose === 'maskable').map((i) => i.sizes)).toEqual(['512x512']);
    const apple = /<link rel="apple-touch-icon" href="\.\/([^"]+)"/.exec(html)?.[1] ?? '';
    expect(pngSize(readFileSync(join(out, apple)))).toEqual({ width: 180, height: 180 });
  });

  it('precaches every file of the build in its service worker, which waits to be asked to take over', () => {
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]));
    const built = filesUnder(out).filter((f) => f !== 'sw.js' && !/^workbox-[0-9a-f]+\.js$/.test(f));
    // Every scenario's chunk, the game, the facilitator pages, the icons, the page itself.
    expect(built.filter((f) => f.includes('scenario-story')).length).toBeGreaterThanOrEqual(5);
    expect(built.filter((f) => !precached.has(f))).toEqual([]);
    // Any navigation (deep links included) gets the cached page.
    expect(sw).toContain('createHandlerBoundToURL("index.html")');
    // A new version installs and waits: it takes over only on the page's SKIP_WAITING message.
    expect(sw.replace(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/, '')).not.toMatch(
      /skipWaiting\(\)/,
    );
  });

  it('starts the menu without the engine, the stories, the grader or a WebGL renderer', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const initial = [
      ...new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1])),
    ];
    const menu = initial.map((f) => readFileSync(join(out, f as string), 'utf8')).join('\n');
    const later = filesUnder(out)
      .filter((f) => f.endsWith('.js') && !initial.includes(f))
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    // Phaser is in the menu's scripts; the ink runtime and the grader's phrase bank come later,
    // when a scenario is opened; WebGL's shaders are in no chunk at all.
    expect(menu).toContain('phaser.io');
    for (const marker of [
      'inkVersionCurrent',
      'your feedback has been forwarded to the relevant department',
    ]) {
      expect(menu, marker).not.toContain(marker);
      expect(later, marker).toContain(marker);
    }
    expect(menu + later).not.toMatch(/gl_FragColor|precision mediump/);
  });

  it("puts each language's grading lexicon in a chunk of its own, fetched only for that language", () => {
    const chunks = filesUnder(out)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ f, code: readFileSync(join(out, f), 'utf8') }));
    const holding = (marker: string) => chunks.filter((c) => c.code.includes(marker)).map((c) => c.f);
    const en = holding('your feedback has been forwarded to the relevant department');
    const es = holding('su opinion es muy importante para nosotros');
    expect(en).toHaveLength(1);
    expect(es).toHaveLength(1);
    expect(en).not.toEqual(es);
  });

  it('adds no inline script to the page (the CSP allows none)', () => {
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
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
