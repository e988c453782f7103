import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame, useTestPages, waitForState, watchErrors } from './harness';

const game = useBuiltGame();
const testPages = useTestPages();

/** Violation events are queued tasks: give the page a moment after it is ready. */
const settle = (page: Page) => page.waitForTimeout(500);

describe('the Content Security Policy', () => {
  it('is reported by the harness when a page breaks it', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?view=workshop&lang=en`);
    await page.waitForSelector('h1');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await settle(page);
    expect(errors.join('\n')).toMatch(/Content Security Policy violation: script-src/);
    await page.close();
  });

  it.each([
    ['the menu', '', /menu/],
    ['a live session', '?scenario=faulty-product&lang=en&seed=5&speed=60', /live/],
  ])('holds on %s with no violation', async (_, query, state) => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}${query}`);
    if (query) {
      await waitForState(page, /briefing/);
      await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    }
    await waitForState(page, state);
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['workshop', 'en'],
    ['board', 'es'],
  ])('holds on the facilitator %s page with no violation', async (view, lang) => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?view=${view}&lang=${lang}`);
    await page.waitForSelector('h1');
    await settle(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('holds on the engine check page, which runs the engine without the game', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${testPages.url()}tests/browser/engine-check.html?scenario=faulty-product&seeds=1`);
    await page.waitForSelector('#out[data-done]');
    await settle(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
