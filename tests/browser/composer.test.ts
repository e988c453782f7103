import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { a11yText, SCREENSHOTS, seriousViolations, useBuiltGame, waitForState, watchErrors } from './harness';

/** Writing replies in the live feed: the write box, as a player with a real keyboard meets it. */
const game = useBuiltGame();
/** Every page a test opens, closed after it even when it fails: an open page goes on saving its session. */
const pages: Page[] = [];
const newPage = async (): Promise<Page> => {
  const page = await game.browser().newPage();
  pages.push(page);
  return page;
};
afterEach(async () => {
  for (const page of pages.splice(0)) if (!page.isClosed()) await page.close();
});

const REPLIES = {
  en: 'Hi, sorry about the charger: we are looking into it right now with the whole team and we will write back here by 1pm with what we find, and we will refund you. <img src=x onerror=alert(1)>',
  es: 'Hola, sentimos mucho lo del cargador: lo estamos revisando ahora con todo el equipo y te escribimos aquí antes de las 13:00 con lo que sepamos, y te devolvemos el dinero.',
} as const;

const speed = (page: Page, value: number) =>
  page.evaluate((v) => window.cortafuegos?.actor.send({ type: 'SET_SPEED', speed: v }), value);

const actionCount = (page: Page) =>
  page.evaluate(
    () =>
      window.cortafuegos?.actor.getSnapshot().context.session?.log.filter((e) => e.type === 'action').length,
  );

const selection = (page: Page) =>
  page.evaluate(
    () =>
      (window.cortafuegos?.game.scene.getScene('live') as unknown as { selectedId?: string } | undefined)
        ?.selectedId,
  );

const box = (page: Page) =>
  page.evaluate(() => {
    const node = document.querySelector<HTMLElement>('.write-box');
    const area = document.querySelector<HTMLTextAreaElement>('#write-text');
    return {
      open: node ? !node.hidden : false,
      focused: document.activeElement === area,
      value: area?.value ?? '',
      count: document.querySelector('#write-count')?.textContent ?? '',
      title: document.querySelector('#write-title')?.textContent ?? '',
      quote: document.querySelector('#write-quote')?.textContent ?? '',
      alert: document.querySelector('.write-alert')?.textContent ?? '',
      note: document.querySelector('.write-note')?.textContent ?? '',
      send: document.querySelector('.write-send')?.getAttribute('aria-disabled'),
      suggestions: [...document.querySelectorAll('.write-suggestions button')].map((b) => b.textContent),
      suggestionsShown: !(document.querySelector('.write-suggestions')?.parentElement as HTMLElement | null)
        ?.hidden,
      images: document.querySelectorAll('img').length,
    };
  });

/** Starts a scenario from a deep link and runs the clock until a post waits for a public reply. */
async function openFeed(page: Page, lang: 'en' | 'es', extra = ''): Promise<string> {
  // A session of the same link left in progress would be offered for resuming instead.
  await page.goto(`${game.url()}?view=board`);
  await page.evaluate(() => localStorage.removeItem('cortafuegos.session'));
  await page.goto(`${game.url()}?scenario=faulty-product&lang=${lang}&seed=5&speed=30${extra}`);
  await waitForState(page, /briefing/);
  await page.evaluate(() => window.cortafuegos?.actor.send({ type: 'START' }));
  await waitForState(page, /running/);
  const target = await page.waitForFunction(
    () =>
      window.cortafuegos?.actor
        .getSnapshot()
        .context.view?.posts.find((p) => p.replies.some((o) => o.channel === 'public'))?.id,
    null,
    { timeout: 30_000 },
  );
  // The clock keeps running while the player writes: slowly here, so the reply point stays open.
  await speed(page, 0.25);
  return (await target.jsonValue()) as string;
}

/** The debrief page the canvas shows (0-based). */
const debriefPage = (page: Page): Promise<number> =>
  page.evaluate(
    () => (window.cortafuegos?.game.scene.getScene('debrief') as unknown as { page?: number })?.page ?? -1,
  );

/**
 * The debrief's drawn texts: how many, the canvas width they were laid out for, and the pairs whose
 * boxes cross by more than a few pixels, as their words.
 */
const drawnTexts = (page: Page): Promise<{ count: number; width: number; overlaps: string[] }> =>
  page.evaluate(() => {
    const scene = window.cortafuegos?.game.scene.getScene('debrief');
    type Drawn = {
      type: string;
      visible: boolean;
      text: string;
      getBounds(): { left: number; right: number; top: number; bottom: number };
    };
    const texts = ((scene?.children.list ?? []) as unknown as Drawn[]).filter(
      (o) => o.type === 'Text' && o.visible,
    );
    const boxes = texts.map((t) => ({ b: t.getBounds(), text: t.text.slice(0, 40) }));
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]?.b;
        const b = boxes[j]?.b;
        if (!a || !b) continue;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 4 && h > 4) out.push(`${boxes[i]?.text} × ${boxes[j]?.text}`);
      }
    return { count: texts.length, width: window.cortafuegos?.game.scale.width ?? 0, overlaps: out };
  });

/** Moves the canvas selection to a post with the arrow keys. */
async function select(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 30 && (await selection(page)) !== id; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 30 && (await selection(page)) !== id; i++) await page.keyboard.press('ArrowUp');
  expect(await selection(page)).toBe(id);
}

describe('writing replies', () => {
  it.each(['en', 'es'] as const)(
    'a written reply, typed with the keyboard, is published as the brand’s post and answered (%s)',
    async (lang) => {
      const page = await newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      const errors = watchErrors(page);
      const target = await openFeed(page, lang);
      await select(page, target);
      const author = await page.evaluate(
        (id) => window.cortafuegos?.actor.getSnapshot().context.view?.posts.find((p) => p.id === id),
        target,
      );
      await page.keyboard.press('r');
      let shown = await box(page);
      expect(shown).toMatchObject({ open: true, focused: true, value: '', count: '0 / 280' });
      expect(shown.title).toContain(author?.author.name);
      expect(shown.quote).toBe(author?.text);
      expect(shown.suggestions.length).toBeGreaterThan(0);
      const before = await actionCount(page);
      const clock = await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.view?.now ?? 0);
      const text = REPLIES[lang];
      // "r", "1", "h", "d" and space are canvas keys: typed into the box, they only type.
      await page.keyboard.type(text);
      shown = await box(page);
      expect(shown.value).toBe(text);
      expect(shown.count).toBe(`${[...text].length} / 280`);
      expect(await actionCount(page)).toBe(before);
      expect(await waitForState(page, /running/)).toMatch(/running/);
      await page.screenshot({ path: join(SCREENSHOTS, `composer-${lang}.png`) });
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Control+Enter');
      await expect.poll(async () => (await box(page)).open).toBe(false);
      // The accessible feed shows the brand's post as it is drawn next.
      await page.waitForFunction(
        (written) =>
          [...document.querySelectorAll('[role="feed"] article p')].some((p) => p.textContent === written),
        text,
      );
      const published = await page.evaluate(
        ([id, written]) => {
          const c = window.cortafuegos?.actor.getSnapshot().context;
          const log = c?.session?.log ?? [];
          const action = log.find(
            (e) => e.type === 'action' && e.action.type === 'reply' && e.action.post === id,
          );
          const post = c?.view?.posts.find((p) => p.author.isBrand && p.replyTo === id);
          const article = [...document.querySelectorAll('[role="feed"] article')].find((a) =>
            a.textContent?.includes(written.slice(0, 40)),
          );
          return {
            logged: action?.type === 'action' ? action.action : null,
            post: post ? { text: post.text, t: post.t, thread: post.thread } : null,
            article: article?.querySelector('p')?.textContent ?? null,
            now: c?.view?.now ?? 0,
          };
        },
        [target, text] as const,
      );
      expect(published.logged).toEqual({ type: 'reply', post: target, text });
      expect(published.post?.text).toBe(text);
      expect(published.article).toBe(text);
      expect(published.now).toBeGreaterThan(clock);
      // Hostile text is text: no element was made of it.
      expect((await box(page)).images).toBe(0);
      // The public answers what was written: a post in the same thread, after the brand's.
      await speed(page, 30);
      await page.waitForFunction(
        ([thread, t]) =>
          window.cortafuegos?.actor
            .getSnapshot()
            .context.view?.posts.some((p) => p.thread === thread && p.t > (t as number) && !p.author.isBrand),
        [published.post?.thread, published.post?.t] as const,
        { timeout: 30_000 },
      );
      // The debrief sets the reading over what was written: marked words and labelled quotes.
      await speed(page, 200);
      await waitForState(page, /debrief/, 120_000);
      // The debrief's code loads when the session ends: its page is drawn a moment after the state.
      await page.waitForFunction(
        (written) =>
          [...document.querySelectorAll('.debrief article.written .written-text')].some(
            (p) => p.textContent === written,
          ),
        text,
        { timeout: 20_000 },
      );
      const reading = await page.evaluate((written) => {
        const article = [...document.querySelectorAll('.debrief article.written')].find(
          (a) => a.querySelector('.written-text')?.textContent === written,
        );
        return {
          marks: [...(article?.querySelectorAll('.written-text mark') ?? [])].map((m) => m.textContent),
          quotes: [...(article?.querySelectorAll('.reading li') ?? [])].map((li) => li.textContent),
          images: document.querySelectorAll('.debrief img').length,
        };
      }, text);
      expect(reading.marks.length).toBeGreaterThan(0);
      expect(reading.quotes.some((q) => /(sorry|sentimos)/i.test(q ?? ''))).toBe(true);
      expect(reading.images).toBe(0);
      // The canvas page of written replies, on a desk and on a phone: no label drawn over another.
      for (let i = 0; i < 4 && (await debriefPage(page)) < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await debriefPage(page)).toBe(3);
      await page.waitForTimeout(300);
      // Heading, score, buttons and, for the reply, its post, text, four labels and the model reply.
      const desk = await drawnTexts(page);
      expect(desk.count).toBeGreaterThan(15);
      expect(desk.overlaps).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `debrief-written-${lang}.png`) });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForFunction(() => window.cortafuegos?.game.scale.width === 390);
      await page.waitForTimeout(500);
      expect(await debriefPage(page)).toBe(3);
      const phone = await drawnTexts(page);
      expect(phone.width).toBe(390);
      expect(phone.count).toBeGreaterThan(15);
      expect(phone.overlaps).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('the counter speaks near the limit and Send is refused past it; a refused send keeps the text', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const target = await openFeed(page, 'en');
    await select(page, target);
    await page.keyboard.press('r');
    await page.keyboard.insertText('x'.repeat(265));
    // Said once, on coming into the last stretch; the counter itself goes on counting.
    expect((await box(page)).note).toBe('15 characters left.');
    await page.keyboard.type('abc');
    expect((await box(page)).count).toBe('268 / 280');
    await page.keyboard.insertText('y'.repeat(20));
    let shown = await box(page);
    expect(shown).toMatchObject({ count: '288 / 280', send: 'true' });
    expect(shown.note).toMatch(/^8 characters over the limit of 280/);
    await page.keyboard.press('Control+Enter');
    shown = await box(page);
    expect(shown).toMatchObject({ open: true, focused: true });
    expect(shown.alert).toMatch(/8 characters over the limit/);
    for (let i = 0; i < 8; i++) await page.keyboard.press('Backspace');
    expect((await box(page)).send).toBe('false');
    // The post goes while the player writes: the send is refused with the engine's reason, the text kept.
    const draft = (await box(page)).value;
    await page.evaluate(
      (id) => window.cortafuegos?.actor.send({ type: 'ACT', action: { type: 'delete', post: id } }),
      target,
    );
    await page.keyboard.press('Control+Enter');
    shown = await box(page);
    expect(shown).toMatchObject({ open: true, value: draft });
    expect(shown.alert).toMatch(/^Not sent \(your text is kept\): .*was deleted/);
    // Escape closes the box.
    await page.keyboard.press('Escape');
    expect((await box(page)).open).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('from the accessible layer: focus goes into the box and back to the button; axe stays clean', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const target = await openFeed(page, 'es');
    const reply = page.locator(`#post-${target} button`, { hasText: /^Responder a / });
    await reply.focus();
    await page.keyboard.press('Enter');
    expect(await box(page)).toMatchObject({ open: true, focused: true });
    await page.keyboard.type('Lo sentimos');
    expect(await seriousViolations(page)).toEqual([]);
    // Out of the text, Tab reaches Send, Cancel and then the suggested replies.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Enviar');
    await page.keyboard.press('Escape');
    expect((await box(page)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('article')?.id)).toBe(`post-${target}`);
    // A suggested reply is picked with its button.
    await reply.focus();
    await page.keyboard.press('Enter');
    const suggestion = page.locator('.write-suggestions button').first();
    const chosen = await suggestion.textContent();
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            window.cortafuegos?.actor
              .getSnapshot()
              .context.view?.posts.find((p) => p.author.isBrand && p.replyTo === id)?.text,
          target,
        ),
      )
      .toBe(chosen);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('self-assessment offers no suggested replies; the number keys only type', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const target = await openFeed(page, 'en', '&mode=assessment');
    await select(page, target);
    await page.keyboard.press('r');
    let shown = await box(page);
    expect(shown).toMatchObject({ open: true, suggestions: [], suggestionsShown: false });
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.press('1');
    shown = await box(page);
    expect(shown).toMatchObject({ open: true, value: '12' });
    expect(
      await page.evaluate(() =>
        window.cortafuegos?.actor.getSnapshot().context.session?.log.some((e) => e.type === 'action'),
      ),
    ).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the suggestions setting is per mode, in the menu, and off means written replies only', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    await page.goto(game.url());
    await waitForState(page, /menu/);
    await page.waitForFunction(() => document.querySelector('#a11y h1') !== null);
    if ((await page.evaluate(() => window.cortafuegos?.actor.getSnapshot().context.lang)) !== 'en')
      await page.keyboard.press('g');
    expect(await a11yText(page)).toMatch(/Suggested replies in training: on/);
    await page.keyboard.press('o');
    await page.keyboard.press('r');
    await expect.poll(() => a11yText(page)).toMatch(/Suggested replies in training: off/);
    expect(await a11yText(page)).toMatch(/Suggested replies in workshops: on/);
    await page.screenshot({ path: join(SCREENSHOTS, 'settings-suggestions.png') });
    const target = await openFeed(page, 'en');
    await select(page, target);
    await page.keyboard.press('r');
    expect(await box(page)).toMatchObject({ open: true, suggestions: [] });
    await page.keyboard.press('Escape');
    // A workshop keeps its own setting.
    const workshop = await openFeed(page, 'en', '&mode=workshop&team=Orcas');
    await select(page, workshop);
    await page.keyboard.press('r');
    expect((await box(page)).suggestions.length).toBeGreaterThan(0);
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('cortafuegos.settings.v1') ?? '{}');
      localStorage.setItem(
        'cortafuegos.settings.v1',
        JSON.stringify({ ...s, suggestions: { training: true, workshop: true } }),
      );
    });
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['en', 390, 844],
    ['es', 390, 844],
    ['en', 1280, 800],
    ['es', 1280, 800],
  ] as const)('the box is usable at %s %i×%i', async (lang, width, height) => {
    const page = await newPage();
    await page.setViewportSize({ width, height });
    const errors = watchErrors(page);
    // The Canvas renderer: headless WebGL (software) now and then paints a panel white in a capture.
    const target = await openFeed(page, lang, '&renderer=canvas');
    await select(page, target);
    await page.keyboard.press('r');
    await page.keyboard.type(lang === 'en' ? 'Sorry, we are on it.' : 'Lo sentimos, estamos en ello.');
    const rect = await page.evaluate(() => {
      const r = document.querySelector('#write-text')?.getBoundingClientRect();
      const b = document.querySelector('.write-box')?.getBoundingClientRect();
      return r && b ? { left: r.left, right: r.right, top: r.top, height: r.height, box: b.bottom } : null;
    });
    expect(rect).not.toBeNull();
    expect(rect?.left).toBeGreaterThanOrEqual(0);
    expect(rect?.right).toBeLessThanOrEqual(width);
    expect(rect?.height).toBeGreaterThanOrEqual(60);
    // On a phone the text sits in the top half, above where the on-screen keyboard comes up.
    if (width < 500) expect(rect?.top).toBeLessThan(height / 2);
    await page.screenshot({ path: join(SCREENSHOTS, `composer-${lang}-${width}x${height}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });
});
