import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOTS = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Serves the built game (`dist/`, `npm run build`) on 127.0.0.1 with Vite's preview server. */
export const serveBuild = (): Promise<{ server: PreviewServer; url: string }> => serve('vite.config.ts');

/**
 * Serves the test pages (`dist-test/`, `npm run build:test-pages`) on a server of their own:
 * `tests/browser/engine-check.html` and `tests/bench/bare-phaser.html`.
 */
export const serveTestPages = (): Promise<{ server: PreviewServer; url: string }> =>
  serve('vite.test-pages.config.ts');

async function serve(config: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: join(ROOT, config),
    configLoader: 'runner',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  return { server, url };
}

/**
 * Chromium logs no console message for a violation that the page's code catches (zod's `new
 * Function` probe, say); the page still gets a `securitypolicyviolation` event. Every page of the
 * context logs that event as an error, so `watchErrors` sees each violation.
 */
const reportViolations = (): void => {
  document.addEventListener('securitypolicyviolation', (e) => {
    const where = e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : '';
    console.error(
      `Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}${where}`,
    );
  });
};

/**
 * A fresh browser; `extra` adds Chromium switches or context options (a touch screen, a host map).
 * Service workers are blocked unless a test asks for them (`serviceWorkers: 'allow'`, the offline
 * test): a worker that answers from its cache would change what every other test and the
 * benchmark measure.
 */
export async function launch(
  extra: { args?: string[] } & Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { args = [], ...options } = extra;
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'cortafuegos-chromium-')),
    {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 720 },
      serviceWorkers: 'block',
      ...options,
      args: [
        ...args,
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  );
  await context.addInitScript(reportViolations);
  return context;
}

/** Collects console errors, page errors and CSP violations so a test can fail on any of them. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text()))
      errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * One built game and one browser per test file: registers the set-up and tear-down hooks and
 * returns accessors for the page URL and the browser context.
 */
export function useBuiltGame(): { url: () => string; browser: () => BrowserContext } {
  let server: PreviewServer | undefined;
  let url = '';
  let browser: BrowserContext | undefined;
  beforeAll(async () => {
    ({ server, url } = await serveBuild());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: () => url,
    browser: () => {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
  };
}

/** The test pages, served beside the game for one test file: returns their base URL. */
export function useTestPages(): { url: () => string } {
  let server: PreviewServer | undefined;
  let url = '';
  beforeAll(async () => {
    ({ server, url } = await serveTestPages());
  });
  afterAll(async () => {
    await server?.close();
  });
  return { url: () => url };
}

/** The game flow's state, as JSON (e.g. `"menu"`, `{"live":"paused"}`), in a page or in the frame an LMS opened it in. */
export const flowState = (page: Page | Frame): Promise<string> =>
  page.evaluate(() => JSON.stringify(window.cortafuegos?.actor.getSnapshot().value ?? null));

export async function waitForState(page: Page | Frame, pattern: RegExp, timeout = 60_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const value = await flowState(page);
    if (pattern.test(value)) return value;
    if (Date.now() - start > timeout) throw new Error(`state ${value} never matched ${pattern}`);
    await page.waitForTimeout(100);
  }
}

/** The text of the accessible DOM layer. */
export const a11yText = (page: Page): Promise<string> =>
  page.evaluate(() => document.getElementById('a11y')?.textContent ?? '');

/** Focuses a button of the accessible layer and presses Enter, as a keyboard user would. */
export async function pressButton(page: Page, name: RegExp): Promise<void> {
  await page.locator('#a11y button', { hasText: name }).first().focus();
  await page.keyboard.press('Enter');
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (through the debugging protocol, which the CSP does not block). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document);
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}

/** Forgets everything the game stored on this origin: localStorage and the history database. */
export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    await new Promise((done) => {
      const request = indexedDB.deleteDatabase('cortafuegos');
      request.onsuccess = request.onerror = request.onblocked = () => done(null);
    });
  });
}
