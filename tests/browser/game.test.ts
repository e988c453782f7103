import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyResults } from '../../src/app/workshop/verify-results';
import { scenarioHash } from '../../src/content/scenario-hash';
import { parseResults } from '../../src/debrief/results';
import { realLibrary } from '../helpers';
import { a11yText, SCREENSHOTS, useBuiltGame, waitForState, watchErrors } from './harness';

const game = useBuiltGame();

describe('the game in Chromium', () => {
  it('plays a scenario from the menu to the debrief with the keyboard, under the CSP', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(game.url());
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'menu.png') });
    const lang = () => page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang);
    const before = await lang();
    await page.keyboard.press('g');
    expect(await lang()).toBe(before === 'es' ? 'en' : 'es');
    if ((await lang()) !== 'en') await page.keyboard.press('g');
    expect(await lang()).toBe('en');
    await page.keyboard.press('Enter');
    await waitForState(page, /briefing/);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing.png') });
    await page.keyboard.press('Enter');
    await waitForState(page, /live/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 40 }));
    await page.waitForTimeout(2500);
    // The crisis lasts 720 s of its clock, 18 s at speed 40: the writing below runs at speed 1, or a
    // slow machine would still be typing when the crisis ends.
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 1 }));
    await page.keyboard.press('ArrowDown');
    // R opens the write box on the selected post (when it waits for a reply), S the statement's.
    await page.keyboard.press('r');
    // The game takes a key on its next frame, which a loaded machine may draw late: wait for the box
    // (it stays shut when the selected post waits for no reply) rather than look at once.
    const writing = () =>
      page
        .waitForFunction(() => document.activeElement?.id === 'write-text', null, { timeout: 2000 })
        .then(
          () => true,
          () => false,
        );
    const closed = () => page.waitForFunction(() => document.activeElement?.id !== 'write-text');
    if (await writing()) {
      await page.keyboard.type('Sorry about this: we are looking into it and will write back today.');
      await page.keyboard.press('Control+Enter');
      await closed();
    }
    await page.keyboard.press('s');
    if (await writing()) {
      await page.keyboard.type(
        'We are sorry: the SolMax does not charge as the ad said. Refunds open today.',
      );
      await page.keyboard.press('Control+Enter');
      await closed();
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'live.png') });
    const actions = await page.evaluate(
      () =>
        window.cortafuegos?.actor.getSnapshot().context.session?.log.filter((e) => e.type === 'action')
          .length,
    );
    expect(actions).toBeGreaterThanOrEqual(1);
    await page.keyboard.press(' ');
    await waitForState(page, /paused/);
    await page.keyboard.press(' ');
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 200 }));
    await waitForState(page, /debrief/, 60_000);
    // The debrief's code loads when the session ends: wait for its page before pressing its keys.
    await page.waitForFunction(() => document.querySelector('#a11y .debrief') !== null);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SCREENSHOTS, 'debrief.png') });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'debrief-moments.png') });
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'debrief-plan.png') });
    // Download results: a valid, versioned results file of this very session.
    const download = page.waitForEvent('download');
    await page.keyboard.press('d');
    const file = await (await download).path();
    const results = parseResults(JSON.parse(readFileSync(file, 'utf8')));
    const log = await page.evaluate(() =>
      JSON.stringify(window.cortafuegos?.actor.getSnapshot().context.session?.log),
    );
    expect(results.log).toEqual(JSON.parse(log));
    expect(results.debrief.lang).toBe('en');
    expect(results.score.overall).toEqual(expect.any(Number));
    // The file a player downloads checks in Node as the board and `sim --verify` check it: the
    // same scenario fingerprint, the same log replayed, the same score.
    const compiled = realLibrary().scenarios.find((s) => s.manifest.id === results.scenario);
    expect(results.version === 2 && results.scenarioHash).toBe(compiled && scenarioHash(compiled));
    expect(verifyResults(results, compiled)).toMatchObject({ ok: true, score: results.score });
    // The print view is the debrief document, with every principle's evidence open.
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'debrief-print.png'), fullPage: true });
    const printed = await page.evaluate(
      () => document.querySelector('.debrief')?.getBoundingClientRect().height ?? 0,
    );
    expect(printed).toBeGreaterThan(500);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fetches the grader's lexicon of the session's language only, when the crisis opens", async () => {
    for (const [lang, other] of [
      ['en', 'es'],
      ['es', 'en'],
    ] as const) {
      const page = await game.browser().newPage();
      const errors = watchErrors(page);
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.url());
      });
      const lexicon = (l: string) => scripts.some((u) => new RegExp(`/lexicon\\.${l}-[\\w-]+\\.js$`).test(u));
      await page.goto(game.url());
      await waitForState(page, /menu/);
      expect(lexicon('es') || lexicon('en')).toBe(false);
      await page.goto(`${game.url()}?scenario=first-shift&lang=${lang}&seed=7`);
      await waitForState(page, /briefing/);
      expect(lexicon(lang)).toBe(true);
      expect(lexicon(other)).toBe(false);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('has the coach speak to what was written, in each language, and says it to screen readers', async () => {
    for (const [lang, text, said] of [
      // A bare thank-you: no branch reads exactly so, and the coach says what the reply shows.
      [
        'es',
        'Gracias por tu comentario, Rosa.',
        /Coach: en tu respuesta se lee agradecimiento: todo lo que pedía/,
      ],
      ['en', 'Thanks for your comment, Rosa.', /Coach: your reply shows thanks: all this moment asked for/],
    ] as const) {
      const page = await game.browser().newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url()}?scenario=first-shift&lang=${lang}&seed=3&speed=10`);
      await waitForState(page, /briefing/);
      await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
      await page.waitForFunction(
        () =>
          (window.cortafuegos?.actor.getSnapshot().context.session?.replyOptions('regular-open') ?? [])
            .length > 0,
      );
      await page.evaluate(
        (t) =>
          window.cortafuegos?.actor.send({
            type: 'ACT',
            action: { type: 'reply', post: 'regular-open', text: t },
          }),
        text,
      );
      await expect.poll(() => a11yText(page), { timeout: 15_000 }).toMatch(said);
      // The scripted line for the gift the reply did not give is never shown.
      expect(await a11yText(page)).not.toMatch(/premiado|rewarded|a gift/i);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('opens a scenario at its briefing from a deep link, and explains a bad one on screen', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=faulty-product&lang=en&seed=42&speed=100`);
    await waitForState(page, /briefing/);
    const ctx = await page.evaluate(() => {
      const c = window.cortafuegos?.actor.getSnapshot().context;
      return { lang: c?.lang, seed: c?.seed, speed: c?.speed, id: c?.scenario?.manifest.id };
    });
    expect(ctx).toEqual({ lang: 'en', seed: 42, speed: 100, id: 'faulty-product' });
    await page.goto(`${game.url()}?scenario=nope&seed=abc`);
    await waitForState(page, /menu/);
    const canvasText = () =>
      page.evaluate(() => {
        const game = window.cortafuegos?.game;
        const texts = game?.scene.getScene('menu')?.children.list.filter((o) => o.type === 'Text') ?? [];
        return texts.map((o) => (o as unknown as { text: string }).text).join('\n');
      });
    await expect.poll(canvasText).toMatch(/seed must be a whole number|no scenario "nope"/);
    expect(await a11yText(page)).toMatch(/seed must be a whole number|no scenario "nope"/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('redraws the live feed by updating the objects it already has, not by recreating them', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?scenario=troll-wave&lang=en&seed=5&speed=1`);
    await waitForState(page, /briefing/);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
    await waitForState(page, /running/);
    // Run the crisis on through the flow (the scene draws only what the flow reports), then hold it.
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: 64 }));
    await page.waitForFunction(() => (window.cortafuegos?.actor.getSnapshot().context.view?.now ?? 0) >= 150);
    await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'PAUSE' }));
    await page.waitForTimeout(800);
    // Tag every object on screen, let several redraws pass, and count the tags still on screen.
    const tagged = await page.evaluate(() => {
      const list = window.cortafuegos?.game.scene.getScene('live')?.children.list ?? [];
      for (const o of list) (o as unknown as { tag: number }).tag = 1;
      return list.length;
    });
    await page.waitForTimeout(1200);
    const after = await page.evaluate(() => {
      const list = window.cortafuegos?.game.scene.getScene('live')?.children.list ?? [];
      const texts = list.filter((o) => o.type === 'Text') as unknown as { text: string; tag?: number }[];
      return {
        kept: list.filter((o) => (o as unknown as { tag?: number }).tag === 1).length,
        total: list.length,
        shown: texts.map((t) => t.text).join('\n'),
        selected: (() => {
          const live = window.cortafuegos?.game.scene.getScene('live') as unknown as
            | { selectedId?: string }
            | undefined;
          const id = live?.selectedId;
          return window.cortafuegos?.actor.getSnapshot().context.session?.post(id ?? '')?.text ?? '';
        })(),
      };
    });
    expect(tagged).toBeGreaterThan(20);
    expect(after.total).toBe(tagged);
    expect(after.kept).toBe(tagged);
    // What the canvas shows is the session's own text: the selected post is on screen.
    expect(after.selected.length).toBeGreaterThan(0);
    expect(after.shown).toContain(after.selected.slice(0, 20));
    expect(errors).toEqual([]);
    await page.close();
  });
});
