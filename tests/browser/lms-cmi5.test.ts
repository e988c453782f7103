import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptState } from '../../src/app/lms/cmi5-attempt-state';
import type { XapiStatement } from '../../src/app/lms/cmi5-statements';
import { ATTEMPT_STATE_ID, SESSION_ID_EXTENSION } from '../../src/app/lms/xapi-vocabulary';
import type { SessionEvent } from '../../src/sim/event';
import { TestLms } from '../lms/cmi5-lms';
import { type Lrs, startLrs } from '../lms/statements-lrs';
import { launch, ROOT, watchErrors } from './harness';

/**
 * The cmi5 package in a browser, launched as a cmi5 LMS launches it: the package `npm run
 * package:lms` writes is unpacked and served with the test LMS (tests/lms/cmi5-lms.ts: the fetch
 * URL, LaunchData and the State API, in memory) on one origin, and the statements go, through that
 * same origin, to a real statements endpoint: xapi-statements, running in memory
 * (tests/lms/statements-lrs.ts), which validates each one and refuses any that is not valid xAPI.
 */
const SCENARIO = 'first-shift';
const ACTOR = {
  objectType: 'Agent' as const,
  name: 'Ana',
  account: { homePage: 'http://lms.test', name: 'ana' },
};
const ACTIVITY = 'http://lms.test/activities/au-first-shift-1';
const WRITTEN =
  'Thank you for telling us, and sorry for the wait. We are looking into it now and will write back here within the hour with what we find.';

let server: PreviewServer | undefined;
let browser: BrowserContext | undefined;
let lrs: Lrs | undefined;
let lms: TestLms;
let base = '';
let auUrl = '';
let site = '';

const bodyOf = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    req.on('data', (d) => {
      text += String(d);
    });
    req.on('end', () => resolve(text));
  });

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'cortafuegos-cmi5-'));
  const out = join(site, 'out');
  const packaged = spawnSync('npx', ['tsx', 'src/cli/package-lms.cli.ts', '--out', out, '--lang', 'en'], {
    cwd: ROOT,
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
  const au = (structure.courseStructure.au as Array<{ '@id': string; url: string }>).find((a) =>
    a['@id'].endsWith(`:${SCENARIO}`),
  );
  if (!au) throw new Error(`the package has no AU for ${SCENARIO}`);
  auUrl = au.url;
  lrs = await startLrs(ROOT);
  const lrsUrl = lrs.url;
  const root = join(site, 'www');
  server = await preview({
    root,
    configFile: false,
    build: { outDir: root },
    plugins: [
      {
        name: 'test-cmi5-lms',
        configurePreviewServer(preview) {
          // The LMS's own requests; the statements are checked for the session's token and passed on.
          preview.middlewares.use(async (req, res, next) => {
            const url = new URL(req.url ?? '/', lms.origin);
            if (url.pathname === '/lrs/statements') {
              // The LRS's own: the body is left unread for the proxy to pass on.
              if (lms.authorized(req.headers.authorization)) next();
              else {
                res.statusCode = 401;
                res.end('no valid token');
              }
              return;
            }
            const answer = lms.handle(
              req.method ?? 'GET',
              url,
              req.headers.authorization,
              await bodyOf(req),
              false,
            );
            if (!answer) {
              next();
              return;
            }
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
      proxy: { '/lrs/statements': { target: lrsUrl, rewrite: (path) => path.replace(/^\/lrs/, '/xAPI') } },
    },
    logLevel: 'silent',
  });
  base = server.resolvedUrls?.local[0] ?? '';
  lms = new TestLms(new URL(base).origin);
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await lrs?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens the AU as an LMS does: its URL from cmi5.xml, with the launch parameters of a new session. */
async function openAu(registration: string): Promise<{ page: Page; errors: string[]; sessionId: string }> {
  const launched = lms.launch({ registration, activityId: ACTIVITY, actor: ACTOR });
  const page = await (browser as BrowserContext).newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}pkg/${auUrl}&renderer=canvas&${launched.query}`);
  await page.waitForFunction(() => window.cortafuegos !== undefined);
  return { page, errors, sessionId: launched.sessionId };
}

const stateOf = (page: Page): Promise<string> =>
  page.evaluate(() => JSON.stringify(window.cortafuegos?.actor.getSnapshot().value ?? null));

async function waitForState(page: Page, pattern: RegExp, timeout = 90_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const value = await stateOf(page);
    if (pattern.test(value)) return;
    if (Date.now() - start > timeout) throw new Error(`state ${value} never matched ${pattern}`);
    await page.waitForTimeout(100);
  }
}

/** Answers every post that holds a reply point: the first in writing, the rest with the model reply. */
const answerWaiting = (page: Page): Promise<number> =>
  page.evaluate((text) => {
    const actor = window.cortafuegos?.actor;
    const s = actor?.getSnapshot().context.session;
    if (!actor || !s || s.ended) return 0;
    let sent = 0;
    for (const p of s.posts) {
      const options = p.status === 'visible' ? s.replyOptions(p.id) : null;
      const model = options?.find((o) => o.model) ?? options?.[0];
      if (!model) continue;
      const wrote = s.log.some((e) => e.type === 'action' && 'text' in e.action);
      const type = model.channel === 'private' ? 'reply_private' : 'reply';
      actor.send({
        type: 'ACT',
        action: wrote ? { type, post: p.id, option: model.index } : { type, post: p.id, text },
      });
      sent++;
    }
    return sent;
  }, WRITTEN);

const sessionOf = (page: Page) =>
  page.evaluate(() => {
    const s = window.cortafuegos?.actor.getSnapshot().context.session;
    return s ? { now: s.now, log: JSON.parse(JSON.stringify(s.log)) as SessionEvent[] } : null;
  });

const verbOf = (s: XapiStatement): string => s.verb.id.split('/').pop() ?? '';
const sessionIdOf = (s: XapiStatement): unknown =>
  (s.context.extensions as Record<string, unknown>)[SESSION_ID_EXTENSION];

async function statementsOf(registration: string, sessionId: string): Promise<XapiStatement[]> {
  const all = ((await lrs?.statements(registration)) ?? []) as XapiStatement[];
  return all.filter((s) => sessionIdOf(s) === sessionId);
}

const attemptState = (registration: string) =>
  lms.state(ACTIVITY, ACTOR, registration, ATTEMPT_STATE_ID) as AttemptState | undefined;

describe('inside a cmi5 LMS', () => {
  it('plays first-shift to the end: the LRS holds initialized, answered, completed, passed or failed, terminated', async () => {
    const registration = crypto.randomUUID();
    const { page, errors, sessionId } = await openAu(registration);
    await waitForState(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitForState(page, /running/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 }));
    while (!/debrief/.test(await stateOf(page))) {
      await answerWaiting(page);
      await page.waitForTimeout(150);
    }
    await expect
      .poll(async () => (await statementsOf(registration, sessionId)).map(verbOf).at(-1), { timeout: 20_000 })
      .toBe('terminated');
    const stored = await statementsOf(registration, sessionId);
    const verbs = stored.map(verbOf);
    const answered = verbs.filter((v) => v === 'answered').length;
    expect(answered).toBeGreaterThanOrEqual(1);
    expect(verbs).toEqual([
      'initialized',
      ...Array(answered).fill('answered'),
      'completed',
      expect.stringMatching(/^(passed|failed)$/),
      'terminated',
    ]);
    expect(verbs).not.toContain('launched');
    const played = await sessionOf(page);
    const replies = played?.log.filter((e) => e.type === 'action' && e.reply).length;
    expect(answered).toBe(replies);
    expect(stored.filter((s) => s.result?.response === WRITTEN)).toHaveLength(1);
    for (const s of stored) {
      expect(s.context.registration).toBe(registration);
      expect(s.actor).toMatchObject({ account: ACTOR.account });
    }
    const verdict = stored[stored.length - 2] as XapiStatement;
    expect((verdict.result?.score as { scaled: number }).scaled).toBeGreaterThanOrEqual(0);
    expect(verdict.result?.success).toBe(verbOf(verdict) === 'passed');
    expect(attemptState(registration)).toMatchObject({ attempt: null, completed: true });
    expect(lms.invalid).toEqual([]);
    // Inside an LMS the game registers no service worker (the LMS serves and versions the package).
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a relaunch resumes the attempt the State API kept, at the same clock with the same log', async () => {
    const registration = crypto.randomUUID();
    const first = await openAu(registration);
    await waitForState(first.page, /briefing/);
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 20 }));
    let answered = 0;
    while (answered < 2) {
      answered += await answerWaiting(first.page);
      await first.page.waitForTimeout(150);
    }
    await first.page.waitForTimeout(1000);
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'PAUSE' }));
    await waitForState(first.page, /paused/);
    const before = await sessionOf(first.page);
    if (!before) throw new Error('no session');
    // The LMS holds the paused attempt; the learner leaves, and the game terminates its session.
    await expect.poll(() => attemptState(registration)?.attempt ?? null).not.toBeNull();
    await first.page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await statementsOf(registration, first.sessionId)).map(verbOf).at(-1), {
        timeout: 20_000,
      })
      .toBe('terminated');
    expect(first.errors).toEqual([]);

    const again = await openAu(registration);
    // The device's own save is not what resumes: the LMS's is.
    await again.page.evaluate(() => localStorage.clear());
    await waitForState(again.page, /paused/);
    const after = await sessionOf(again.page);
    expect(after?.now).toBe(before.now);
    expect(after?.log).toEqual(before.log);
    await again.page.evaluate(() => {
      window.cortafuegos?.actor.send({ type: 'RESUME' });
      window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 });
    });
    await waitForState(again.page, /debrief/);
    await expect
      .poll(async () => (await statementsOf(registration, again.sessionId)).map(verbOf).at(-1), {
        timeout: 20_000,
      })
      .toBe('terminated');
    const second = (await statementsOf(registration, again.sessionId)).map(verbOf);
    expect(second[0]).toBe('initialized');
    expect(second).toContain('completed');
    // Only the replies made after the relaunch are sent again as "answered".
    const replies = (log: SessionEvent[]) => log.filter((e) => e.type === 'action' && e.reply).length;
    const ended = await sessionOf(again.page);
    expect(second.filter((v) => v === 'answered').length).toBe(
      replies(ended?.log ?? []) - replies(before.log),
    );
    expect(lms.invalid).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});
