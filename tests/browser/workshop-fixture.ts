import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startWorkshopServer, type WorkshopServer } from '../../src/server/workshop-server';
import { realLibrary } from '../helpers';
import { launch, ROOT } from './harness';

/**
 * One workshop server on the built game (its data in a fresh folder) and one browser per test
 * file, with each of `hosts` mapped to 127.0.0.1: a host name is its own origin, as a team's own
 * laptop opening the server's LAN address over plain http.
 */
export function useWorkshopServer(hosts: readonly string[]): {
  server: () => WorkshopServer;
  browser: () => BrowserContext;
} {
  let server: WorkshopServer | undefined;
  let browser: BrowserContext | undefined;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cortafuegos-workshop-'));
    server = await startWorkshopServer({
      dataDir,
      distDir: join(ROOT, 'dist'),
      scenarios: realLibrary().scenarios,
      hosts: ['127.0.0.1'],
      port: 0,
    });
    const rules = hosts.map((h) => `MAP ${h} 127.0.0.1`).join(',');
    browser = await launch({ args: [`--host-resolver-rules=${rules}`] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  return {
    server: () => {
      if (!server) throw new Error('the workshop server has not started');
      return server;
    },
    browser: () => {
      if (!browser) throw new Error('the browser has not started');
      return browser;
    },
  };
}
