import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  a11yText,
  clearStorage,
  flowState,
  pressButton,
  SCREENSHOTS,
  useBuiltGame,
  waitForState,
  watchErrors,
} from './harness';

const game = useBuiltGame();

const waitFor = (page: Page, pattern: RegExp, timeout = 90_000) => waitForState(page, pattern, timeout);
const state = flowState;
const a11y = a11yText;
const menuReady = async (page: Page) => {
  await waitFor(page, /menu/);
  // The menu's own heading: coming back from the debrief, the debrief's h1 may still be shown.
  await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Cortafuegos');
};

/** Plays the scenario now in the briefing at high speed, answering with hints' model replies. */
async function playWithHints(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await waitFor(page, /live/);
  await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 64 }));
  for (let i = 0; i < 40; i++) {
    if (/debrief/.test(await state(page))) break;
    await page.evaluate(() => {
      const a = window.cortafuegos?.actor;
      const s = a?.getSnapshot().context.session;
      const post = s?.posts.find((p) => s.replyOptions(p.id)?.length);
      if (!post || !a) return;
      a.send({ type: 'HINT', post: post.id });
      const model = a.getSnapshot().context.hint;
      if (model)
        a.send({
          type: 'ACT',
          action: {
            type: model.channel === 'private' ? 'reply_private' : 'reply',
            post: post.id,
            option: model.index,
          },
        });
    });
    await page.waitForTimeout(250);
  }
  await waitFor(page, /debrief/);
}

/** A new page on the menu of a game with nothing stored: no history, no save, default settings. */
async function freshGame(): Promise<Page> {
  const page = await game.browser().newPage();
  await page.goto(game.url());
  await menuReady(page);
  await clearStorage(page);
  await page.reload();
  await menuReady(page);
  return page;
}

describe('three ways to play', () => {
  it('onboarding: the path opens in order, hints are recorded, principle cards are collected', async () => {
    const page = await freshGame();
    const errors = watchErrors(page);
    let text = await a11y(page);
    expect(text).toContain('Principle cards: 0/15');
    expect(text).toMatch(/One Hour of Sun \(locked\)/);
    // A locked scenario says why.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => a11y(page)).toMatch(/Locked: finish/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitFor(page, /briefing/);
    expect(
      await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.scenario?.manifest.id),
    ).toBe('first-shift');
    await playWithHints(page);
    await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);
    text = await a11y(page);
    expect(text).toMatch(/Hints used: [1-9]/);
    expect(text).toMatch(/New principle cards: /);
    await page.screenshot({ path: join(SCREENSHOTS, 'onboarding-debrief.png') });
    await page.keyboard.press('Enter');
    await menuReady(page);
    text = await a11y(page);
    expect(text).not.toMatch(/One Hour of Sun \(locked\)/);
    expect(text).toMatch(/Principle cards: ([1-9]|1[0-5])\/15/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('self-assessment: confidence before and after beside the score, no hints, kept in the history', async () => {
    const page = await freshGame();
    const errors = watchErrors(page);
    if ((await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang)) !== 'en')
      await page.keyboard.press('g');
    await page.keyboard.press('p');
    await expect.poll(() => a11y(page)).toMatch(/now: Self-assessment/);
    await page.keyboard.press('Enter');
    await waitFor(page, /briefing/);
    await page.waitForFunction(() => document.querySelector('#a11y form') !== null);
    for (const [principle, value] of [
      ['empathy', 4],
      ['transparency', 3],
      ['no_deletion', 5],
      ['follow_up', 2],
    ] as const) {
      await page.locator(`#rate-${principle}-${value}`).focus();
      await page.keyboard.press('Space');
    }
    await pressButton(page, /^Save my ratings$/);
    expect(
      await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.selfRating.before),
    ).toEqual({
      empathy: 4,
      transparency: 3,
      no_deletion: 5,
      follow_up: 2,
    });
    await pressButton(page, /^Start the shift$/);
    await waitFor(page, /live/);
    expect(await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.speed)).toBe(1);
    expect(await page.locator('#a11y button', { hasText: /^Hint/ }).count()).toBe(0);
    await page.evaluate(() => {
      const s = window.cortafuegos?.actor.getSnapshot().context.session;
      s?.advanceTo(s.duration - 1);
    });
    await waitFor(page, /debrief/, 30_000);
    await page.waitForFunction(() => document.querySelector('#a11y form') !== null);
    for (const principle of ['empathy', 'transparency', 'no_deletion', 'follow_up']) {
      await page.locator(`#rate-${principle}-1`).focus();
      await page.keyboard.press('Space');
    }
    await pressButton(page, /^Save my ratings$/);
    await expect
      .poll(() => a11y(page))
      .toMatch(/Empathy and active listening: you said 4\/5 before, 1 after; measured/);
    // The history keeps it and reopens its debrief.
    await pressButton(page, /^Back to the menu$/);
    await menuReady(page);
    await pressButton(page, /^History and progress$/);
    await waitFor(page, /history/);
    await expect.poll(() => a11y(page)).toMatch(/Self-assessment/);
    await page.screenshot({ path: join(SCREENSHOTS, 'history.png') });
    const exported = page.waitForEvent('download');
    await pressButton(page, /^Export history$/);
    expect((await exported).suggestedFilename()).toMatch(/^cortafuegos-history-.*\.json$/);
    await pressButton(page, /^\d{4}-\d\d-\d\d/);
    await waitFor(page, /review/);
    await expect.poll(() => a11y(page)).toMatch(/you said 4\/5 before, 1 after/);
    await pressButton(page, /^Back to the menu$/);
    await waitFor(page, /history/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
