import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticSite } from '../../src/server/static-site';
import { a11yText, launch, pressButton, ROOT, seriousViolations, waitForState, watchErrors } from './harness';

/**
 * Offline and updates, in real Chromium with service workers allowed (every other browser test
 * blocks them). The build is served by the workshop server's own static site (the CSP sent as a
 * header as well as in the page), from a copy of `dist/`; "stopping the server" closes it, so
 * nothing answers on the port; the "new build" is the same copy with a changed `index.html` and,
 * as a build writes it, that file's new revision in `sw.js`, served later on the same origin.
 */
const NEW_BUILD = '<meta name="cortafuegos-build" content="next" />';

interface Served {
  readonly url: string;
  close(): Promise<void>;
}

async function serve(dir: string, port: number): Promise<Served & { port: number }> {
  const site = await staticSite(dir);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    void site.handle(req, res, path);
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => listening());
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    port: bound,
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}

/** A copy of the build whose `index.html` changed, with the revision `sw.js` precaches it under. */
function newerBuild(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
  const indexPath = join(to, 'index.html');
  const before = readFileSync(indexPath, 'utf8');
  const after = before.replace('<head>', `<head>\n    ${NEW_BUILD}`);
  writeFileSync(indexPath, after);
  const md5 = (text: string) => createHash('md5').update(text).digest('hex');
  const swPath = join(to, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const entry = /\{url:"index\.html",revision:"([0-9a-f]{32})"\}/.exec(sw);
  if (!entry?.[1]) throw new Error('sw.js does not precache index.html with a revision');
  writeFileSync(swPath, sw.replace(entry[0], `{url:"index.html",revision:"${md5(after)}"}`));
}

const isNewBuild = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="cortafuegos-build"]') !== null);

const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });

const savedLog = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('cortafuegos.session');
    return raw ? (JSON.parse(raw) as { log: unknown[] }).log.length : 0;
  });

describe('offline, and a new version offered', () => {
  const work = mkdtempSync(join(tmpdir(), 'cortafuegos-offline-'));
  const oldBuild = join(work, 'old');
  const nextBuild = join(work, 'next');
  let browser: BrowserContext | undefined;
  let server: Served | undefined;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'sw.js'))) throw new Error('dist/ has no sw.js: run `npm run build`');
    cpSync(join(ROOT, 'dist'), oldBuild, { recursive: true });
    newerBuild(oldBuild, nextBuild);
    browser = await launch({ serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('works offline after one load, then offers a new build and keeps the old one until reload', async () => {
    const first = await serve(oldBuild, 0);
    server = first;
    const page = await (browser as BrowserContext).newPage();
    const errors = watchErrors(page);
    await page.goto(first.url);
    await waitForState(page, /menu/);
    // The first worker precaches the whole build, then takes this page.
    await controlled(page);

    // Offline: nothing answers on the port any more.
    await first.close();
    server = undefined;
    await expect(fetch(first.url)).rejects.toThrow();
    await page.reload();
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    expect(await a11yText(page)).toMatch(/Cortafuegos/);

    // A whole scenario, from the menu to the debrief, by keyboard: its chunk comes from the cache.
    await page.keyboard.press('Enter');
    await waitForState(page, /briefing/);
    await page.keyboard.press('Enter');
    await waitForState(page, /live/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 40 }));
    await page.waitForFunction(
      () => (window.cortafuegos?.actor.getSnapshot().context.view?.posts.length ?? 0) > 0,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('l');
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 200 }));
    await waitForState(page, /debrief/, 90_000);
    await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);

    // The facilitator's board opens offline too (its files come from the same cache).
    await page.goto(`${first.url}?view=board&lang=en`);
    await page.waitForSelector('h1');

    // Still offline, a deep link (a navigation with a query, answered by the cached page) starts
    // another session, left in progress with an action in its log.
    await page.goto(`${first.url}?scenario=faulty-product&lang=en&seed=7&speed=30`);
    await waitForState(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await page.waitForFunction(
      () => (window.cortafuegos?.actor.getSnapshot().context.session?.now ?? 0) > 70,
    );
    await page.evaluate(() => {
      const a = window.cortafuegos?.actor;
      const s = a?.getSnapshot().context.session;
      const post = s?.posts.find((p) => s.replyOptions(p.id)?.some((o) => o.channel === 'public'));
      const option = post && s?.replyOptions(post.id)?.find((o) => o.channel === 'public');
      if (post && option)
        a?.send({ type: 'ACT', action: { type: 'reply', post: post.id, option: option.index } });
      a?.send({ type: 'PAUSE' });
    });
    await expect.poll(() => savedLog(page)).toBeGreaterThan(0);
    const log = await page.evaluate(() =>
      JSON.stringify(window.cortafuegos?.actor.getSnapshot().context.session?.log),
    );

    // Online again, with a new build on the same origin: the page that loads is the old one
    // (from the cache), and it offers the new one.
    server = await serve(nextBuild, first.port);
    await page.goto(first.url);
    await waitForState(page, /menu/);
    expect(await isNewBuild(page)).toBe(false);
    await page.evaluate(() => {
      (window as unknown as { oldPage: boolean }).oldPage = true;
    });
    // The game asks for the worker's script as it loads; this automated Chromium has been seen
    // to hold that fetch for about a minute (right after the worker's first install).
    const notice = page.locator('#a11y [data-notice="update"]');
    await notice.waitFor({ state: 'attached', timeout: 150_000 });
    expect(await notice.textContent()).toMatch(/A new version of the game is ready/);
    expect(await notice.locator('[role="status"]').count()).toBe(1);
    expect(await notice.locator('button').allTextContents()).toEqual([
      'Reload to update',
      expect.stringMatching(/^Dismiss: A new version/),
    ]);
    const canvasText = await page.evaluate(() =>
      (window.cortafuegos?.game.scene.getScene('menu')?.children.list ?? [])
        .filter((o) => o.type === 'Text')
        .map((o) => (o as unknown as { text: string }).text)
        .join('\n'),
    );
    expect(canvasText).toMatch(/A new version of the game is ready/);
    expect(canvasText).toMatch(/Reload to update/);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing is forced: a while later the old page still runs, its session still offered.
    await page.waitForTimeout(3000);
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
    expect(await isNewBuild(page)).toBe(false);
    await expect.poll(() => a11yText(page)).toMatch(/Continue “One Hour of Sun” where you left it/);

    // The player asks for it: the new build loads, and the session continues where it was.
    await pressButton(page, /^Reload to update$/);
    await page.waitForFunction(
      () => document.querySelector('meta[name="cortafuegos-build"]') !== null,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await waitForState(page, /menu/);
    expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBeUndefined();
    await expect.poll(() => a11yText(page)).toMatch(/Continue “One Hour of Sun” where you left it/);
    expect(await a11yText(page)).not.toMatch(/A new version of the game is ready/);
    await page.keyboard.press('c');
    await waitForState(page, /paused/);
    expect(
      await page.evaluate(() => JSON.stringify(window.cortafuegos?.actor.getSnapshot().context.session?.log)),
    ).toBe(log);

    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 360_000);
});
