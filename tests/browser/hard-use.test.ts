import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { a11yText, pressButton, useBuiltGame, waitForState, watchErrors } from './harness';

/** The defects found when the game was tried hard, each played as a user meets it. */
const game = useBuiltGame();

const context = <T>(page: Page, read: string): Promise<T> =>
  page.evaluate(
    (expr) => new Function('c', `return ${expr}`)(window.cortafuegos?.actor.getSnapshot().context),
    read,
  ) as Promise<T>;

const actions = (page: Page) =>
  page.evaluate(
    () =>
      window.cortafuegos?.actor
        .getSnapshot()
        .context.session?.log.filter((e) => e.type === 'action')
        .map((e) => (e.type === 'action' ? e.action : null)) ?? [],
  );

const speed = (page: Page, value: number) =>
  page.evaluate((v) => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: v }), value);

describe('tried hard: nothing lost, nothing forged', () => {
  it('redress once the budget is spent: refused with a reason, the save still resumes, the debrief comes', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=rude-agent&lang=en&seed=4&speed=20`);
    await waitForState(page, /briefing/);
    // The flow is at the briefing a frame before its screen takes keys: wait for the screen.
    await page.waitForFunction(() => window.cortafuegos?.game.scene.isActive('briefing'));
    await page.keyboard.press('Enter');
    await waitForState(page, /running/);
    const redress = page.locator('#a11y button', { hasText: /^Offer redress of/ }).first();
    await redress.waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await waitForState(page, /paused/);
    const budget = await context<number>(page, 'c.view.metrics.budget');
    for (let i = 0; i < 12; i++) {
      await redress.focus();
      await page.keyboard.press('Enter');
    }
    const given = (await actions(page)).filter((a) => a?.type === 'redress');
    expect(given.reduce((sum, a) => sum + (a?.type === 'redress' ? a.amount : 0), 0)).toBe(budget);
    expect(given.every((a) => a?.type === 'redress' && a.amount > 0)).toBe(true);
    await expect.poll(() => a11yText(page)).toMatch(/budget is spent/);
    // The accessible feed refreshes its buttons on the feed's next redraw (at most 250 ms later).
    await expect.poll(() => redress.getAttribute('aria-disabled')).toBe('true');
    // The save is readable: a reload offers it, and it resumes.
    await page.waitForTimeout(1200);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    await page.goto(game.url());
    await waitForState(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(/Continue “.*” where you left it/);
    await page.keyboard.press('c');
    await waitForState(page, /paused/);
    expect((await actions(page)).filter((a) => a?.type === 'redress')).toHaveLength(given.length);
    await page.keyboard.press('Space');
    await speed(page, 200);
    await waitForState(page, /debrief/, 60_000);
    // Evidence cites the articles by title (and publisher), not by the files' bare names.
    await expect.poll(() => a11yText(page)).toMatch(/our title/);
    expect(await a11yText(page)).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keys that arrive in the same frame each act once', async () => {
    const page = await game.browser().newPage();
    await page.goto(`${game.url()}?lang=en`);
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1')?.textContent === 'Cortafuegos');
    // Self-assessment: every crisis is open.
    await page.keyboard.press('p');
    await expect.poll(() => a11yText(page)).toMatch(/now: Self-assessment/);
    // Three presses dispatched in one task reach the game within one frame, as on a busy page.
    await page.evaluate(`(() => {
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp'])
        window.dispatchEvent(new KeyboardEvent('keydown', { key, code: key, keyCode: key === 'ArrowUp' ? 38 : 40, bubbles: true }));
    })()`);
    await page.keyboard.press('Enter');
    await waitForState(page, /briefing/);
    const opened = await context<string>(page, 'c.scenario.manifest.id');
    // Down, down, up from the first card: the second card of the menu's order, opened once.
    const order = await page.evaluate(() =>
      (
        window.cortafuegos?.game.scene.getScene('menu') as unknown as
          | { ordered(): { id: string }[] }
          | undefined
      )
        ?.ordered()
        .map((m) => m.id),
    );
    expect(order).toHaveLength(5);
    expect(opened).toBe(order?.[1]);
    await page.close();
  });

  it('team links keep their mode and team; an assessment link is an assessment', async () => {
    const page = await game.browser().newPage();
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=3&mode=workshop&team=Los%20Linces`);
    await waitForState(page, /briefing/);
    expect(await context(page, '[c.mode, c.team, c.seed]')).toEqual(['workshop', 'Los Linces', 3]);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=3&mode=assessment&speed=8`);
    await waitForState(page, /briefing/);
    expect(await context(page, '[c.mode, c.team, c.speed]')).toEqual(['assessment', null, 1]);
    await page.close();
  });

  it('reloading a team link mid-session offers to resume that session instead of starting afresh', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    const link = `${game.url()}?scenario=faulty-product&lang=en&seed=12&speed=40&mode=workshop&team=Orcas`;
    await page.goto(link);
    await waitForState(page, /briefing/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.cortafuegos?.actor.getSnapshot().context.view?.now ?? 0) > 80);
    await page.keyboard.press('a');
    await page.waitForTimeout(1200);
    const before = await context<number>(page, 'c.session.log.length');
    await page.reload();
    await waitForState(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(/already in progress on this device/);
    await pressButton(page, /^Continue “/);
    await waitForState(page, /paused/);
    expect(await context(page, '[c.mode, c.team, c.seed]')).toEqual(['workshop', 'Orcas', 12]);
    expect(await context<number>(page, 'c.session.log.length')).toBeGreaterThanOrEqual(before);
    expect((await actions(page)).some((a) => a?.type === 'analyse')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a reply goes to the post the composer was opened on, even after the selection moves', async () => {
    const page = await game.browser().newPage();
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=5&speed=40`);
    await waitForState(page, /briefing/);
    await page.keyboard.press('Enter');
    // Stop the clock and move time on by hand (N) until a post holds a reply point and another is
    // there to move the selection to: no race with a running clock on a slow machine.
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_TIMER', timer: 'off' }));
    const ready = () =>
      page.evaluate(() => {
        const posts = window.cortafuegos?.actor.getSnapshot().context.view?.posts ?? [];
        const open = posts.filter((p) => !p.author.isBrand && p.status !== 'deleted');
        return open.length >= 2 && open.some((p) => p.replies.length > 0);
      });
    for (let i = 0; i < 40 && !(await ready()); i++) await page.keyboard.press('n');
    expect(await ready()).toBe(true);
    const selection = () =>
      page.evaluate(
        () =>
          (window.cortafuegos?.game.scene.getScene('live') as unknown as { selectedId?: string } | undefined)
            ?.selectedId,
      );
    // Select the post that holds a reply point (the canvas selection, moved with the arrows).
    const target = await page.evaluate(
      () => window.cortafuegos?.actor.getSnapshot().context.view?.posts.find((p) => p.replies.length > 0)?.id,
    );
    for (let i = 0; i < 30 && (await selection()) !== target; i++) await page.keyboard.press('ArrowDown');
    expect(await selection()).toBe(target);
    await page.keyboard.press('r');
    // Out of the write box (it stays open), the canvas keys move the selection again.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowDown');
    if ((await selection()) === target) await page.keyboard.press('ArrowUp');
    expect(await selection()).not.toBe(target);
    // A digit on the canvas picks that suggested reply of the open box.
    await page.keyboard.press('1');
    const replies = (await actions(page)).filter((a) => a?.type === 'reply');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ post: target });
    // The timer setting is kept on the device: put it back for the next player.
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_TIMER', timer: 'normal' }));
    await page.waitForTimeout(100);
    await page.close();
  });

  it('a tampered save (clock far past the end) is kept for download, not offered forever', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=6&speed=40`);
    await waitForState(page, /briefing/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window.cortafuegos?.actor.getSnapshot().context.view?.now ?? 0) > 20);
    await page.keyboard.press('a');
    await page.waitForTimeout(1200);
    // Close the game (it saves as it goes), then edit the save from a page that does not play.
    await page.goto(`${game.url()}?view=board`);
    await page.evaluate(() => {
      const save = JSON.parse(localStorage.getItem('cortafuegos.session') ?? '{}');
      save.now = 1e9;
      localStorage.setItem('cortafuegos.session', JSON.stringify(save));
    });
    await page.goto(game.url());
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    await expect.poll(() => a11yText(page)).toMatch(/could not be read \(.*past the end of the scenario/);
    const text = await a11yText(page);
    expect(text).not.toMatch(/Continue “/);
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('cortafuegos.backup.')),
    );
    expect(backups).toHaveLength(1);
    await page.reload();
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    expect(await a11yText(page)).not.toMatch(/Continue “/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
