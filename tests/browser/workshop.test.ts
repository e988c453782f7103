import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';
import { buildResults } from '../../src/debrief/results';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';
import { SCREENSHOTS, seriousViolations, useBuiltGame, watchErrors } from './harness';

const SCENARIO = 'faulty-product';
const SEED = 7;

const game = useBuiltGame();

/** A team's results file, as its debrief would export it: a whole session played by a policy. */
function resultsFile(
  policy: string,
  team: string,
  seed = SEED,
): { name: string; mimeType: string; buffer: Buffer } {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === SCENARIO);
  const p = POLICIES[policy];
  if (!compiled || !p) throw new Error(policy);
  const session = playHeadless(compiled, 'en', seed, p);
  const results = buildResults({ ...compiled, log: session.log, mode: 'workshop', team });
  return {
    name: `cortafuegos-${team.toLowerCase()}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(results, null, 2)),
  };
}

/** Every request the page makes that leaves the preview server. */
function watchRequests(page: Page): string[] {
  const outside: string[] = [];
  const origin = new URL(game.url()).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      outside.push(r.url());
  });
  return outside;
}

const texts = (page: Page, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((n) => (n.textContent ?? '').trim()), selector);

describe('workshop: from set-up to the board', () => {
  let boardUrl = '';
  let teamLinks: { team: string; href: string }[] = [];

  it('the facilitator sets up a session and gets one link and one QR code per team', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    const outside = watchRequests(page);
    await page.goto(`${game.url()}?view=workshop&lang=en`);
    await page.waitForSelector('h1');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await texts(page, 'h1')).toEqual(['Workshop set-up']);
    expect(await seriousViolations(page)).toEqual([]);

    // A bad set-up is refused with clear messages, and the fields are marked.
    await page.getByLabel('Team names, one per line').fill('Rojo\nrojo');
    await page.getByRole('button', { name: 'Create the team links' }).click();
    await page.waitForSelector('.ws-errors:not([hidden])');
    expect(await texts(page, '.ws-errors li')).toEqual([
      'Two teams are called "rojo": give each team a different name.',
    ]);
    expect(await page.getAttribute('#ws-teams', 'aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ws-errors'))).toBe(true);

    // With the keyboard: every control is labelled and reachable.
    await page.getByLabel('Scenario').selectOption(SCENARIO);
    await page.getByLabel('Seed').fill(String(SEED));
    await page.getByLabel('Speed').fill('4');
    await page.getByLabel('Language the teams play in').selectOption('en');
    await page.getByLabel('Team names, one per line').fill('Rojo\nAzul\n\nVerde\n');
    await page.getByLabel('Team names, one per line').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Create the team links');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.ws-team-card >> nth=2');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLImageElement>('.ws-qr img')].filter(
          (img) => img.complete && img.naturalWidth > 0,
        ).length === 3,
    );
    expect(await page.locator('.ws-errors').isHidden()).toBe(true);
    expect(await texts(page, '.ws-status')).toEqual(['3 team links ready.']);

    teamLinks = await page.evaluate(() =>
      [...document.querySelectorAll('.ws-team-card')].map((card) => ({
        team: card.querySelector('h3')?.textContent ?? '',
        href: card.querySelector<HTMLAnchorElement>('.ws-url a')?.href ?? '',
      })),
    );
    expect(teamLinks.map((l) => l.team)).toEqual(['Rojo', 'Azul', 'Verde']);
    const known = realLibrary().scenarios.map((s) => s.manifest.id);
    for (const { team, href } of teamLinks) {
      expect(href.startsWith(`${game.url()}index.html?`) || href.startsWith(`${game.url()}?`)).toBe(true);
      expect(parseDeepLink(new URL(href).search, known)).toEqual({
        kind: 'link',
        link: { scenario: SCENARIO, lang: 'en', seed: SEED, speed: 4, mode: 'workshop', team },
      });
    }
    const qr = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('.ws-qr img')].map((img) => ({
        src: img.src.slice(0, 22),
        alt: img.alt,
      })),
    );
    expect(qr).toEqual(
      ['Rojo', 'Azul', 'Verde'].map((team) => ({
        src: 'data:image/png;base64,',
        alt: `QR code of the link of team ${team}`,
      })),
    );
    expect(await page.getByRole('button', { name: 'Copy the link of team Azul' }).count()).toBe(1);
    boardUrl = (await page.getByRole('link', { name: 'Open the board' }).getAttribute('href')) ?? '';
    expect(new URL(boardUrl).search).toBe(`?view=board&scenario=${SCENARIO}&seed=${SEED}&lang=en`);

    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-setup.png'), fullPage: true });
    // The facilitator pages never start the game engine (no canvas), and nothing leaves the page.
    expect(await page.locator('canvas').count()).toBe(0);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a team link opens the same crisis at its briefing, as a workshop team', async () => {
    const link = teamLinks[1];
    expect(link).toBeDefined();
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(link?.href ?? '');
    await page.waitForFunction(
      () => JSON.stringify(window.cortafuegos?.actor.getSnapshot().value ?? null).includes('briefing'),
      null,
      { timeout: 60_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the board loads three results files, rejects the one from another seed and compares the other two', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    const outside = watchRequests(page);
    await page.goto(boardUrl);
    await page.waitForSelector('h1');
    expect(await texts(page, 'h1')).toEqual(['Facilitator board']);
    expect(await texts(page, '.ws-session')).toEqual([`Session: One Hour of Sun · seed ${SEED}`]);
    expect(await seriousViolations(page)).toEqual([]);

    // Everything happens in the page: from here on, the network is gone and the board works on.
    const refused: string[] = [];
    await page.route('**/*', (route) => {
      refused.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const files = [
      resultsFile('exemplary', 'Rojo'),
      resultsFile('random', 'Azul'),
      resultsFile('silent', 'Verde', SEED + 1),
    ];
    await page.getByLabel('Choose results files').setInputFiles(files);
    await page.waitForSelector('.ws-ranking tbody tr >> nth=1');
    expect(await texts(page, '.ws-status')).toEqual(['3 files read: 2 teams on the board, 1 rejected.']);

    // The invalid file, with its reason.
    expect(await texts(page, '.ws-rejected li')).toEqual([
      `cortafuegos-verde.json: from another seed, ${SEED + 1}, not ${SEED}`,
    ]);
    // The ranking, overall descending.
    const ranking = await page.evaluate(() =>
      [...document.querySelectorAll('.ws-ranking tbody tr')].map((tr) =>
        [...tr.children].map((c) => c.textContent ?? ''),
      ),
    );
    expect(ranking.map((r) => r[1])).toEqual(['Rojo', 'Azul']);
    expect(ranking.map((r) => r[0])).toEqual(['1', '2']);
    expect(Number(ranking[0]?.[2])).toBeGreaterThan(Number(ranking[1]?.[2]));
    // The profile: the fifteen principles × the two teams, side by side.
    expect(await texts(page, '.ws-profile thead th')).toEqual(['Principle', 'Rojo', 'Azul']);
    expect(await page.locator('.ws-profile tbody tr').count()).toBe(15);
    expect(await page.locator('.ws-profile tbody tr >> nth=0 >> td').count()).toBe(2);
    // Where the teams acted differently: the opening complaint, answered with the model reply by one team.
    const posts = await page.locator('.ws-post').count();
    expect(posts).toBeGreaterThan(0);
    const opening = page.locator('.ws-post[data-post="lucia-open"]');
    expect(await opening.locator('.ws-treatment').count()).toBe(2);
    expect(await opening.locator('.ws-treatment[data-team="Rojo"]').textContent()).toContain(
      'replied in public — the model reply',
    );
    expect(await opening.locator('.ws-treatment[data-team="Azul"]').textContent()).toContain(
      'not the model reply',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'workshop-board.png'), fullPage: true });

    // Files dropped on the drop zone join the board; the same file again is not counted twice.
    await page.evaluate(
      ([name, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        document
          .querySelector('.ws-dropzone')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [files[2]?.name ?? '', '{ not json'] as const,
    );
    await page.waitForFunction(() => document.querySelectorAll('.ws-rejected li').length === 2);
    expect((await texts(page, '.ws-rejected li'))[1]).toBe('cortafuegos-verde.json: not valid JSON');
    await page.getByLabel('Choose results files').setInputFiles([files[0] as (typeof files)[number]]);
    await page.waitForTimeout(300);
    expect(await texts(page, '.ws-status')).toEqual(['4 files read: 2 teams on the board, 2 rejected.']);

    await page.getByRole('button', { name: 'Clear the board' }).click();
    expect(await page.locator('.ws-ranking').count()).toBe(0);
    expect(refused).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the board speaks Spanish and finds nothing serious for axe there either', async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?view=board&lang=es`);
    await page.waitForSelector('h1');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await texts(page, 'h1')).toEqual(['Tablero del facilitador']);
    await page
      .getByLabel('Elegir ficheros de resultados')
      .setInputFiles([resultsFile('exemplary', 'Rojo'), resultsFile('silent', 'Verde')]);
    await page.waitForSelector('.ws-post');
    expect(await texts(page, '.ws-ranking h2')).toEqual(['Clasificación']);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
