import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeSuspendData,
  encodeSuspendData,
  playerInputs,
  suspendedAttempt,
} from '../../src/app/lms/suspend-data';
import { PRINCIPLE_IDS } from '../../src/content/principle';
import { scoreSession } from '../../src/scoring/score';
import { CrisisSession } from '../../src/sim/session';
import { realLibrary } from '../helpers';
import { flowState, launch, ROOT, waitForState, watchErrors } from './harness';
import { answerWaiting, sessionOf } from './lms-play';

/**
 * The SCORM 1.2 package in a real LMS run-time: the package `npm run package:lms` writes is
 * unpacked and served beside a test LMS page (tests/lms/scorm-host.ts: scorm-again's Scorm12API
 * as `window.API`, the SCO in a frame), from one origin, as an LMS serves its content.
 */
const SCENARIO = 'first-shift';
let server: PreviewServer | undefined;
let browser: BrowserContext | undefined;
let base = '';
let launchHref = '';
let site = '';

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'cortafuegos-lms-'));
  const out = join(site, 'out');
  const packaged = spawnSync('npx', ['tsx', 'src/cli/package-lms.cli.ts', '--out', out, '--lang', 'en'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (packaged.status !== 0) throw new Error(`package:lms failed: ${packaged.stderr}`);
  const files = unzipSync(readFileSync(join(out, 'cortafuegos-scorm12.zip')));
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(site, 'www', 'pkg', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  cpSync(join(ROOT, 'dist-test'), join(site, 'www', 'host'), { recursive: true });
  const manifest = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
    new TextDecoder().decode(files['imsmanifest.xml']),
  );
  const sco = (manifest.manifest.resources.resource as Array<Record<string, string>>).find(
    (r) => r['@identifier'] === `sco-${SCENARIO}`,
  );
  if (!sco) throw new Error(`the package has no SCO for ${SCENARIO}`);
  // Headless Chromium renders WebGL slowly in software: the Canvas renderer, as the other tests.
  launchHref = `../../../pkg/${sco['@href']}&renderer=canvas`;
  const root = join(site, 'www');
  server = await preview({
    root,
    configFile: false,
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  base = server.resolvedUrls?.local[0] ?? '';
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const scenario = () => {
  const s = realLibrary().scenarios.find((x) => x.manifest.id === SCENARIO);
  if (!s) throw new Error(`${SCENARIO} did not load`);
  return s;
};

async function openHost(): Promise<{ page: Page; errors: string[] }> {
  const page = await (browser as BrowserContext).newPage();
  const errors = watchErrors(page);
  await page.goto(`${base}host/tests/lms/scorm-host.html`);
  await page.waitForFunction(() => window.lms !== undefined);
  return { page, errors };
}

/** Opens the SCO in the host's frame with the LMS data `cmi`, and waits for the game in it. */
async function launchSco(page: Page, cmi: Record<string, unknown>): Promise<Frame> {
  await page.evaluate(({ url, cmi }) => window.lms.open(url, cmi), { url: launchHref, cmi });
  for (let i = 0; i < 300; i++) {
    const frame = page.frames().find((f) => f.url().includes('/pkg/index.html'));
    if (frame && (await frame.evaluate(() => window.cortafuegos !== undefined).catch(() => false)))
      return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('the game never started in the frame');
}

const waitFor = (target: Page | Frame, pattern: RegExp) => waitForState(target, pattern, 90_000);

/** The part of the run-time's data model these tests read. */
interface Cmi {
  core: { lesson_status: string; exit: string; score: { raw: string; max: string }; [k: string]: unknown };
  objectives: Record<string, { id: string; status: string; score: { raw: string } }>;
  suspend_data: string;
  [k: string]: unknown;
}

const cmiOf = (page: Page) => page.evaluate(() => window.lms.cmi()) as Promise<Cmi>;

describe('inside a SCORM 1.2 LMS', () => {
  it('plays a scenario to the end and the LMS holds its status, score, objectives and suspend data', async () => {
    const { page, errors } = await openHost();
    const frame = await launchSco(page, { student_data: { mastery_score: '70' } });
    await waitFor(frame, /briefing/);
    await frame.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitFor(frame, /running/);
    await frame.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 }));
    expect((await cmiOf(page)).core.lesson_status).toBe('incomplete');
    while (!/debrief/.test(await flowState(frame))) {
      await answerWaiting(frame);
      await frame.waitForTimeout(150);
    }
    const played = await sessionOf(frame);
    if (!played) throw new Error('no session in the frame');
    const score = scoreSession(scenario().manifest, played.log);
    const cmi = await cmiOf(page);
    const overall = score.overall as number;
    expect(overall).not.toBeNull();
    expect(cmi.core.lesson_status).toBe(Math.round(overall) >= 70 ? 'passed' : 'failed');
    expect(cmi.core.score.raw).toBe(String(Math.round(overall)));
    expect(cmi.core.score.max).toBe('100');
    expect(cmi.core.exit).toBe('');
    PRINCIPLE_IDS.forEach((id, n) => {
      const objective = cmi.objectives[n];
      if (!objective) throw new Error(`no objective ${n}`);
      expect(objective.id).toBe(id);
      const principle = score.principles[id]?.score ?? null;
      expect(objective.score.raw).toBe(principle === null ? '' : String(Math.round(principle)));
      expect(objective.status).toBe(
        principle === null ? 'not attempted' : Math.round(principle) >= 70 ? 'passed' : 'failed',
      );
    });
    const suspended = decodeSuspendData(cmi.suspend_data, scenario());
    if (!suspended.ok) throw new Error(suspended.reason);
    expect(suspended.attempt.inputs).toEqual(playerInputs(played.log));
    expect(JSON.stringify(suspended.attempt.inputs)).toContain('Thank you for telling us');
    const calls = await page.evaluate(() => window.lms.calls);
    expect(calls[0]).toBe('LMSInitialize');
    expect(calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
    expect(await page.evaluate(() => window.lms.refused)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a relaunch resumes a suspended attempt at the same clock with the same log', async () => {
    const { page, errors } = await openHost();
    const frame = await launchSco(page, { student_data: { mastery_score: '70' } });
    await waitFor(frame, /briefing/);
    await frame.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await frame.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 20 }));
    let answered = 0;
    while (answered < 2) {
      answered += await answerWaiting(frame);
      await frame.waitForTimeout(150);
    }
    await frame.waitForTimeout(1000);
    await frame.evaluate(() => window.cortafuegos?.actor.send({ type: 'PAUSE' }));
    await waitFor(frame, /paused/);
    const before = await sessionOf(frame);
    if (!before) throw new Error('no session in the frame');
    await page.evaluate(() => window.lms.close());
    const left = await cmiOf(page);
    expect(left.core.exit).toBe('suspend');
    expect(left.core.lesson_status).toBe('incomplete');
    expect(left.suspend_data).not.toBe('');
    expect(await page.evaluate(() => window.lms.calls.slice(-2))).toEqual(['LMSCommit', 'LMSFinish']);
    // The device's own save is forgotten: what resumes is what the LMS kept.
    await page.evaluate(() => localStorage.clear());
    const again = await launchSco(page, { ...left, core: { ...left.core, entry: 'resume' } });
    await waitFor(again, /paused/);
    const after = await sessionOf(again);
    expect(after?.now).toBe(before.now);
    expect(after?.log).toEqual(before.log);
    // And it plays on to its end, reported as any finished attempt.
    await again.evaluate(() => {
      window.cortafuegos?.actor.send({ type: 'RESUME' });
      window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 });
    });
    await waitFor(again, /debrief/);
    expect(['passed', 'failed']).toContain((await cmiOf(page)).core.lesson_status);
    expect(await page.evaluate(() => window.lms.refused)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a relaunch resumes an attempt written in Spanish under a package launched in English', async () => {
    // The attempt the LMS kept, played in Node: a written reply in Spanish, then a while more.
    const played = new CrisisSession(scenario(), 'es', 11);
    let wrote = false;
    for (let t = 5; t <= 600 && !wrote; t += 5) {
      played.advanceTo(t);
      const post = played.posts.find((p) => p.status === 'visible' && played.replyOptions(p.id));
      if (!post) continue;
      const text =
        'Lo sentimos mucho, tienes razón: lo revisamos ahora mismo y te escribimos antes de una hora.';
      expect(played.act({ type: 'reply', post: post.id, text })).toEqual({ ok: true });
      wrote = true;
    }
    expect(wrote).toBe(true);
    played.advanceTo(played.now + 30);
    const attempt = suspendedAttempt(SCENARIO, played, 1, 'training', playerInputs(played.log));
    const { page, errors } = await openHost();
    const frame = await launchSco(page, {
      core: { entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: encodeSuspendData(attempt, scenario()),
      student_data: { mastery_score: '70' },
    });
    await waitFor(frame, /paused/);
    const resumed = await sessionOf(frame);
    expect(resumed?.now).toBe(played.now);
    expect(resumed?.log).toEqual(JSON.parse(JSON.stringify(played.log)));
    expect(await frame.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang)).toBe('es');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a suspended attempt the LMS hands back damaged is reported, kept for download, and started afresh', async () => {
    const { page, errors } = await openHost();
    const damaged = 'not an attempt';
    const frame = await launchSco(page, {
      core: { entry: 'resume', lesson_status: 'incomplete' },
      suspend_data: damaged,
      student_data: { mastery_score: '70' },
    });
    await waitFor(frame, /menu/);
    const text = () => frame.evaluate(() => document.getElementById('a11y')?.textContent ?? '');
    await expect
      .poll(text)
      .toMatch(/saved attempt could not be resumed \(the suspended attempt is not in the game's format\)/);
    expect(await text()).toContain('Download the platform’s saved attempt');
    const download = page.waitForEvent('download');
    await frame.locator('#a11y button', { hasText: 'Download the platform’s saved attempt' }).focus();
    await frame.page().keyboard.press('Enter');
    const file = await download;
    expect(readFileSync((await file.path()) as string, 'utf8')).toBe(damaged);
    await frame
      .locator('#a11y button', { hasText: /^Open / })
      .first()
      .focus();
    await frame.page().keyboard.press('Enter');
    await waitFor(frame, /briefing/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
