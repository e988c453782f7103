import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptState } from '../../src/app/lms/cmi5-attempt-state';
import type { XapiStatement } from '../../src/app/lms/cmi5-statements';
import { ATTEMPT_STATE_ID, SESSION_ID_EXTENSION } from '../../src/app/lms/xapi-vocabulary';
import { scoreSession } from '../../src/scoring/score';
import type { SessionEvent } from '../../src/sim/event';
import { realLibrary } from '../helpers';
import { type Cmi5Site, serveCmi5Package } from '../lms/cmi5-site';
import { flowState, launch, ROOT, waitForState, watchErrors } from './harness';
import { answerWaiting, sessionOf, WRITTEN } from './lms-play';

/**
 * The cmi5 package in a browser, launched as a cmi5 LMS launches it: the package `npm run
 * package:lms` writes, served with the test LMS (the fetch URL, LaunchData and the State API, in
 * memory) on one origin, and the statements going, through that same origin, to a real statements
 * endpoint: xapi-statements running in memory, which validates each one and refuses any that is
 * not valid xAPI (tests/lms/cmi5-site.ts).
 */
const SCENARIO = 'first-shift';
const ACTOR = {
  objectType: 'Agent' as const,
  name: 'Ana',
  account: { homePage: 'http://lms.test', name: 'ana' },
};
const ACTIVITY = 'http://lms.test/activities/au-first-shift-1';

let site: Cmi5Site | undefined;
let browser: BrowserContext | undefined;

const lmsOf = () => {
  if (!site) throw new Error('no site');
  return site.lms;
};

beforeAll(async () => {
  site = await serveCmi5Package(ROOT, 'en');
  browser = await launch();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the AU as an LMS does: its URL from cmi5.xml, with the launch parameters of a new session. */
async function openAu(registration: string): Promise<{ page: Page; errors: string[]; sessionId: string }> {
  const launched = lmsOf().launch({ registration, activityId: ACTIVITY, actor: ACTOR });
  const page = await (browser as BrowserContext).newPage();
  const errors = watchErrors(page);
  await page.goto(`${site?.base}pkg/${site?.auUrl(SCENARIO)}&renderer=canvas&${launched.query}`);
  await page.waitForFunction(() => window.cortafuegos !== undefined);
  return { page, errors, sessionId: launched.sessionId };
}

const waitFor = (target: Page | Frame, pattern: RegExp) => waitForState(target, pattern, 90_000);

const verbOf = (s: XapiStatement): string => s.verb.id.split('/').pop() ?? '';
const sessionIdOf = (s: XapiStatement): unknown =>
  (s.context.extensions as Record<string, unknown>)[SESSION_ID_EXTENSION];

async function statementsOf(registration: string, sessionId: string): Promise<XapiStatement[]> {
  const all = ((await site?.lrs.statements(registration)) ?? []) as XapiStatement[];
  return all.filter((s) => sessionIdOf(s) === sessionId);
}

const attemptState = (registration: string) =>
  lmsOf().state(ACTIVITY, ACTOR, registration, ATTEMPT_STATE_ID) as AttemptState | undefined;

describe('inside a cmi5 LMS', () => {
  it('plays first-shift to the end: the LRS holds initialized, answered, completed, passed or failed, terminated', async () => {
    const registration = crypto.randomUUID();
    const { page, errors, sessionId } = await openAu(registration);
    await waitFor(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitFor(page, /running/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 }));
    while (!/debrief/.test(await flowState(page))) {
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
    // The score is the debrief's, from the log; passed or failed against the package's 0.70.
    const scenario = realLibrary().scenarios.find((x) => x.manifest.id === SCENARIO);
    if (!scenario || !played) throw new Error('no scenario or session');
    const overall = Math.round(scoreSession(scenario.manifest, played.log).overall as number);
    const verdict = stored[stored.length - 2];
    expect(verdict?.result?.score).toEqual({ scaled: overall / 100, raw: overall, min: 0, max: 100 });
    expect(verdict && verbOf(verdict)).toBe(overall >= 70 ? 'passed' : 'failed');
    expect(attemptState(registration)).toMatchObject({ attempt: null, completed: true });
    expect(lmsOf().invalid).toEqual([]);
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
    await waitFor(first.page, /briefing/);
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 20 }));
    let answered = 0;
    while (answered < 2) {
      answered += await answerWaiting(first.page);
      await first.page.waitForTimeout(150);
    }
    await first.page.waitForTimeout(1000);
    await first.page.evaluate(() => window.cortafuegos?.actor.send({ type: 'PAUSE' }));
    await waitFor(first.page, /paused/);
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
    await waitFor(again.page, /paused/);
    const after = await sessionOf(again.page);
    expect(after?.now).toBe(before.now);
    expect(after?.log).toEqual(before.log);
    await again.page.evaluate(() => {
      window.cortafuegos?.actor.send({ type: 'RESUME' });
      window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 60 });
    });
    await waitFor(again.page, /debrief/);
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
    expect(lmsOf().invalid).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('an LRS that is down: the learner is told, the statements are kept and arrive, in order, when it is back', async () => {
    const registration = crypto.randomUUID();
    const { page, errors, sessionId } = await openAu(registration);
    await waitFor(page, /briefing/);
    await expect
      .poll(async () => (await statementsOf(registration, sessionId)).map(verbOf))
      .toEqual(['initialized']);
    // Everything the game says to a screen reader from here on (each message replaces the last).
    await page.evaluate(() => {
      const region = document.querySelector('[aria-live="polite"]');
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      if (region)
        new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
    lmsOf().down = true;
    await page.evaluate(() => {
      window.cortafuegos?.actor.send({ type: 'START' });
      window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 20 });
    });
    let answered = 0;
    while (answered < 2) {
      answered += await answerWaiting(page);
      await page.waitForTimeout(150);
    }
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.join('\n'));
    await expect.poll(said).toContain('The learning platform is not taking your progress right now');
    expect((await statementsOf(registration, sessionId)).map(verbOf)).toEqual(['initialized']);
    lmsOf().down = false;
    await expect
      .poll(async () => (await statementsOf(registration, sessionId)).length, { timeout: 30_000 })
      .toBe(1 + answered);
    expect((await statementsOf(registration, sessionId)).map(verbOf)).toEqual([
      'initialized',
      ...Array(answered).fill('answered'),
    ]);
    // The refusals the browser logged were the LRS's 503s, and nothing else.
    expect(errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
    await page.close();
  });
});
