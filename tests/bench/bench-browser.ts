import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, serveBuild, serveTestPages } from '../browser/harness';

/**
 * `npm run bench:browser`: startup, initial JavaScript and frame rate of the built game in real
 * Chromium, each next to its baseline measured in the same run. Prints figures; asserts nothing.
 * Frame rate uses the Canvas renderer: headless Chromium renders WebGL in software.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FPS_SECONDS = Number(process.env.BENCH_FPS_SECONDS ?? 4);

/** Milliseconds from navigation to the first interactive screen, as each page records it. */
const readyAt = (): number | undefined =>
  (window as unknown as { cortafuegos?: { readyAt?: number } }).cortafuegos?.readyAt ??
  (window as unknown as { benchReadyAt?: number }).benchReadyAt;

async function startup(browser: BrowserContext, url: string): Promise<{ ms: number; gzip: number }> {
  const page = await browser.newPage();
  const scripts: Promise<number>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
  });
  const cdp = await browser.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(readyAt, null, { timeout: 30_000, polling: 50 });
  const ms = await page.evaluate(readyAt);
  const gzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await page.close();
  return { ms: Number(ms), gzip };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Frames per second over a window. Passed as source text: tsx would wrap a function with helpers the page lacks. */
async function fps(page: Page, seconds: number): Promise<number> {
  const ms = seconds * 1000;
  return page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const tick = (now) => {
      frames++;
      if (now - start < ${ms}) requestAnimationFrame(tick);
      else resolve((frames * 1000) / (now - start));
    };
    requestAnimationFrame(tick);
  })`) as Promise<number>;
}

const objects = (page: Page, scene: string) =>
  page.evaluate((key) => window.cortafuegos?.game.scene.getScene(key)?.children.list.length ?? 0, scene);

interface FrameRates {
  scenario: string;
  posts: number;
  idleFps: number;
  idleObjects: number;
  busyFps: number;
  busyObjects: number;
}

/** The idle menu's frame rate, then the busiest crisis's at its densest moment, in one browser. */
async function frameRates(browser: BrowserContext, url: string): Promise<FrameRates> {
  const page = await browser.newPage();
  await page.goto(`${url}?renderer=canvas`);
  await page.waitForFunction(() => window.cortafuegos?.readyAt);
  await page.waitForTimeout(500);
  const idleFps = await fps(page, FPS_SECONDS);
  const idleObjects = await objects(page, 'menu');
  // The troll wave is the busiest crisis; fall back to the first scenario if it is missing.
  const scenario = await page.evaluate(() => {
    const menu = window.cortafuegos?.game.scene.getScene('menu') as unknown as {
      ctx?: { library: { manifests: { id: string }[] } };
    };
    const ids = menu?.ctx?.library.manifests.map((m) => m.id) ?? [];
    return ids.includes('troll-wave') ? 'troll-wave' : (ids[0] ?? 'faulty-product');
  });
  await page.goto(`${url}?renderer=canvas&scenario=${scenario}&lang=es&seed=7&speed=1`);
  await page.waitForFunction(() => window.cortafuegos?.actor.getSnapshot().value === 'briefing');
  await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
  // Run to the densest moment: the most posts waiting at once, ten simulated minutes in at most.
  await page.evaluate(() => {
    const s = window.cortafuegos?.actor.getSnapshot().context.session;
    if (!s) return;
    s.advanceTo(Math.min(s.duration - 30, 600));
  });
  await page.waitForTimeout(500);
  const busyFps = await fps(page, FPS_SECONDS);
  const busyObjects = await objects(page, 'live');
  const posts = await page.evaluate(
    () => window.cortafuegos?.actor.getSnapshot().context.session?.posts.length ?? 0,
  );
  await page.close();
  return { scenario, posts, idleFps, idleObjects, busyFps, busyObjects };
}

async function main(): Promise<void> {
  const { server, url } = await serveBuild();
  const testPages = await serveTestPages();
  const browser = await launch();
  try {
    const game: { ms: number; gzip: number }[] = [];
    const bare: { ms: number; gzip: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      process.stderr.write(`startup run ${i + 1}/${RUNS}\n`);
      game.push(await startup(browser, url));
      bare.push(await startup(browser, `${testPages.url}tests/bench/bare-phaser.html`));
    }
    const gameMs = median(game.map((r) => r.ms));
    const bareMs = median(bare.map((r) => r.ms));

    process.stderr.write('frame rate…\n');
    const desktop = await frameRates(browser, url);
    process.stderr.write('frame rate, phone layout…\n');
    // A phone in portrait: the compact layout, drawn at 2 canvas px per CSS px.
    const phoneBrowser = await launch({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      hasTouch: true,
      isMobile: true,
    });
    const phone = await frameRates(phoneBrowser, url).finally(() => phoneBrowser.close());

    const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    console.table([
      {
        figure: 'navigation → interactive menu',
        game: `${gameMs.toFixed(0)} ms`,
        baseline: `${bareMs.toFixed(0)} ms (bare Phaser page)`,
        ratio: (gameMs / bareMs).toFixed(2),
        target: '≤ 1.0',
      },
      {
        figure: 'initial JavaScript (gzip)',
        game: kib(median(game.map((r) => r.gzip))),
        baseline: `${kib(median(bare.map((r) => r.gzip)))} (bare Phaser page)`,
        ratio: (median(game.map((r) => r.gzip)) / median(bare.map((r) => r.gzip))).toFixed(2),
        target: '≤ 0.75',
      },
      ...[
        ['', desktop],
        [', phone layout 390×844', phone],
      ].map(([label, f]) => {
        const r = f as FrameRates;
        return {
          figure: `frame rate, ${r.scenario} at its densest (${r.posts} posts)${label as string}`,
          game: `${r.busyFps.toFixed(1)} fps, ${r.busyObjects} objects`,
          baseline: `${r.idleFps.toFixed(1)} fps idle menu, ${r.idleObjects} objects`,
          ratio: (r.busyFps / r.idleFps).toFixed(2),
          target: '≥ 0.95',
        };
      }),
    ]);
  } finally {
    await browser.close();
    await server.close();
    await testPages.server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
