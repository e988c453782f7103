import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { a11yText, useBuiltGame, waitForState, watchErrors } from './harness';

const game = useBuiltGame();

const waitFor = waitForState;

const snapshot = (page: Page) =>
  page.evaluate(() => {
    const s = window.cortafuegos?.actor.getSnapshot().context.session;
    return s
      ? { now: s.now, log: JSON.stringify(s.log), metrics: JSON.stringify(s.metrics), posts: s.posts.length }
      : null;
  });

describe('nothing is lost', () => {
  it('a reload in the middle of a session offers to resume it exactly where it was', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=9&speed=30`);
    await waitFor(page, /briefing/);
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
    const before = await snapshot(page);
    expect(before?.log).toContain('"type":"action"');
    await page.goto(game.url());
    await waitFor(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(/Continue “One Hour of Sun” where you left it/);
    await page.keyboard.press('c');
    await waitFor(page, /paused/);
    expect(await snapshot(page)).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a save whose code cannot be fetched (offline) stays offered, and continues once the network is back', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=4&speed=30`);
    await waitFor(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await page.waitForFunction(
      () => (window.cortafuegos?.actor.getSnapshot().context.session?.now ?? 0) > 40,
    );
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'PAUSE' }));
    const before = await snapshot(page);
    // A fresh page load (the menu fetches no lexicon), with the English lexicon's chunk refused.
    let refused = 0;
    await page.route(/\/lexicon\.en-[\w-]+\.js$/, (route) => {
      refused++;
      return route.abort('internetdisconnected');
    });
    await page.goto(game.url());
    await waitFor(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(/Continue “One Hour of Sun”/);
    await page.keyboard.press('c');
    await expect
      .poll(() => a11yText(page))
      .toMatch(/Your saved session is kept, but what it needs to continue did not load/);
    expect(refused).toBeGreaterThan(0);
    await waitFor(page, /menu/);
    const kept = await page.evaluate(() => ({
      save: localStorage.getItem('cortafuegos.session') !== null,
      backups: Object.keys(localStorage).filter((k) => k.startsWith('cortafuegos.backup.')).length,
    }));
    expect(kept).toEqual({ save: true, backups: 0 });
    await page.unroute(/\/lexicon\.en-[\w-]+\.js$/);
    await page.keyboard.press('c');
    await waitFor(page, /paused/);
    expect(await snapshot(page)).toEqual(before);
    // The chunk refused on purpose is the only failed load.
    expect(
      errors.filter((e) => !/lexicon\.en|Failed to fetch|dynamically imported module|net::ERR/.test(e)),
    ).toEqual([]);
    await page.close();
  });

  it('a corrupted save is reported, kept for download, and the game goes on', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(game.url());
    // Let the game finish starting (it reads the save as it starts) before damaging the save.
    await waitFor(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    await page.evaluate(() => localStorage.setItem('cortafuegos.session', '{"version": 2, "scenario": '));
    await page.reload();
    await waitFor(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(/could not be read/);
    const text = await a11yText(page);
    expect(text).toMatch(/saved session could not be read \(the save is not valid JSON\)/);
    expect(text).toContain('Download the damaged save');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('cortafuegos.backup.')),
    );
    expect(backups.length).toBe(1);
    const download = page.waitForEvent('download');
    await page.locator('#a11y button', { hasText: 'Download the damaged save' }).focus();
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^cortafuegos\.backup\..*\.json$/);
    await page
      .locator('#a11y button', { hasText: /^Open / })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await waitFor(page, /briefing/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('storage that throws on write: the player is warned, play continues, and the warning goes once storage recovers', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { storageFull: boolean };
      w.storageFull = true;
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (w.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=3&speed=30`);
    await waitFor(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await page.waitForFunction(
      () => (window.cortafuegos?.actor.getSnapshot().context.session?.now ?? 0) > 20,
    );
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'ACT', action: { type: 'analyse' } }));
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#a11y [role="alert"]')?.textContent ?? ''))
      .toMatch(/not saving your progress/);
    await waitFor(page, /running/);
    const log = await page.evaluate(
      () => window.cortafuegos?.actor.getSnapshot().context.session?.log.length ?? 0,
    );
    expect(log).toBeGreaterThan(5);
    const warning = /not saving your progress/;
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'QUIT' }));
    await waitFor(page, /menu/);
    await expect.poll(() => a11yText(page)).toMatch(warning);
    // Room again: the next session saves, and the menu stops saying it does not.
    await page.evaluate(() => {
      (window as unknown as { storageFull: boolean }).storageFull = false;
    });
    await page
      .locator('#a11y button', { hasText: /^Open / })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await waitFor(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitFor(page, /running/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'ACT', action: { type: 'analyse' } }));
    await page.waitForFunction(() => localStorage.getItem('cortafuegos.session') !== null);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'QUIT' }));
    await waitFor(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    const menu = await page.evaluate(() => document.querySelector('#a11y section')?.textContent ?? '');
    expect(menu).toMatch(/Choose a crisis/);
    expect(menu).not.toMatch(warning);
    expect(errors).toEqual([]);
    await page.close();
  });
});
