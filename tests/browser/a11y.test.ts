import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, seriousViolations, useBuiltGame, waitForState, watchErrors } from './harness';

const game = useBuiltGame();

const waitFor = waitForState;

const accessibleNames = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="feed"] article button')].map((b) => b.textContent ?? ''),
  );

describe('accessibility and keyboard play', () => {
  it.each(['en', 'es'] as const)(
    'plays from the menu to the debrief with the keyboard alone (%s)',
    async (lang) => {
      const page = await game.browser().newPage();
      const errors = watchErrors(page);
      await page.goto(game.url());
      // Settings persist across the file's pages: start each run from the default speed, so the
      // check that every + press acted means something in the second run too.
      await page.evaluate(() => localStorage.removeItem('cortafuegos.settings.v1'));
      await page.reload();
      await waitFor(page, /menu/);
      await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
      const current = () => page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang);
      if ((await current()) !== lang) await page.keyboard.press('g');
      expect(await current()).toBe(lang);
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await waitFor(page, /briefing/);
      await page.keyboard.press('Enter');
      await waitFor(page, /live/);
      // The flow is live a frame before the live scene listens for keys.
      await page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('live'));
      expect(await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.speed)).toBe(1);
      for (let i = 0; i < 6; i++) await page.keyboard.press('+');
      await expect
        .poll(() => page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.speed))
        .toBe(64);
      // The first session of a fresh browser loads the engine, the story and the lexicon:
      // wait for the feed itself rather than for a fixed time that a slow machine overruns.
      await page.waitForFunction(() => document.querySelectorAll('[role="feed"] article').length > 0, null, {
        timeout: 20_000,
      });
      await page.waitForTimeout(300);
      await page.keyboard.press('r');
      await page.waitForTimeout(200);
      expect(await page.locator('[role="feed"] article').count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
      // The write box, when the selected post waits for a reply: axe stays clean with it open.
      if (await page.evaluate(() => document.activeElement?.id === 'write-text')) {
        await page.keyboard.type(lang === 'en' ? 'Sorry, we are on it.' : 'Lo sentimos, estamos en ello.');
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.press('Control+Enter');
      }
      const names = await accessibleNames(page);
      const expected =
        lang === 'en'
          ? ['Reply', 'Reply privately', 'Like', 'Hide', 'Delete', 'Block']
          : ['Responder', 'Responder en privado', 'Me gusta', 'Ocultar', 'Borrar', 'Bloquear'];
      for (const start of expected)
        expect(
          names.some((n) => n.startsWith(start)),
          start,
        ).toBe(true);
      const escalate = await page.evaluate(() =>
        [...document.querySelectorAll('#a11y button')].map((b) => b.textContent ?? ''),
      );
      expect(escalate.some((n) => n.startsWith(lang === 'en' ? 'Escalate' : 'Escalar'))).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `live-${lang}.png`) });
      await waitFor(page, /debrief/, 90_000);
      // Check the debrief itself, not the moment before its lazily loaded page is drawn.
      await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('the accessible feed can be played with Tab and Enter, and hostile text stays text', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=5&speed=60`);
    await waitFor(page, /briefing/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#a11y button')].some((b) => b.textContent === 'Start the shift'),
    );
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Start the shift');
    await page.keyboard.press('Enter');
    await waitFor(page, /live/);
    await page.waitForFunction(() => document.querySelectorAll('[role="feed"] article').length >= 6, null, {
      timeout: 20_000,
    });
    // Pause (with the accessible Pause button) so the reply point stays open while we tab to it.
    await page.locator('#a11y button', { hasText: /^Pause$/ }).focus();
    await page.keyboard.press('Enter');
    await waitFor(page, /paused/);
    const target = await page.evaluate(() => {
      const s = window.cortafuegos?.actor.getSnapshot().context.session;
      return s?.posts.find((p) => s.replyOptions(p.id)?.some((o) => o.channel === 'public'))?.id;
    });
    expect(target).toBeTruthy();
    await page.locator(`#post-${target} button`, { hasText: /^Reply to / }).focus();
    await page.keyboard.press('Enter');
    // Focus goes into the write box; Tab leads on to Send, Cancel and the suggested replies.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('write-text');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.write-suggestions') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const log = window.cortafuegos?.actor.getSnapshot().context.session?.log ?? [];
          return log.some((e) => e.type === 'action' && e.action.type === 'reply' && e.action.post === id);
        }, target),
      )
      .toBe(true);
    // A hostile text written in the box is published as text: no element is made of it, nothing runs.
    const hostile = '<img src=x onerror="window.__ran=1"> <b>bold</b> & done';
    const second = await page.evaluate((first) => {
      const s = window.cortafuegos?.actor.getSnapshot().context.session;
      return s?.posts.find((p) => p.id !== first && s.replyOptions(p.id)?.some((o) => o.channel === 'public'))
        ?.id;
    }, target);
    expect(second).toBeTruthy();
    await page.locator(`#post-${second} button`, { hasText: /^Reply to / }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('write-text');
    await page.keyboard.type(hostile);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() =>
        page.evaluate(
          (t) => [...document.querySelectorAll('[role="feed"] article p')].some((p) => p.textContent === t),
          hostile,
        ),
      )
      .toBe(true);
    expect(
      await page.evaluate(() => ({
        images: document.querySelectorAll('#a11y img, #a11y b').length,
        ran: (window as { __ran?: number }).__ran ?? 0,
      })),
    ).toEqual({ images: 0, ran: 0 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
