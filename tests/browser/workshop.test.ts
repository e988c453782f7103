import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';
import { buildResults, type CurrentResults } from '../../src/debrief/results';
import { SCORING_VERSION } from '../../src/scoring/scoring-version';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';
import { SCREENSHOTS, seriousViolations, useBuiltGame, watchErrors } from './harness';

const SCENARIO = 'faulty-product';
const SEED = 7;

const game = useBuiltGame();

const sessions = new Map<string, CurrentResults['log']>();
/** A team's results, as its debrief would build them: a whole session played by a policy. */
function teamResults(policy: string, team: string, seed = SEED): CurrentResults {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === SCENARIO);
  const p = POLICIES[policy];
  if (!compiled || !p) throw new Error(policy);
  const key = `${policy}/${seed}`;
  const log = sessions.get(key) ?? playHeadless(compiled, 'en', seed, p).log;
  sessions.set(key, log);
  return buildResults({ ...compiled, log, mode: 'workshop', team });
}

type Upload = { name: string; mimeType: string; buffer: Buffer };
/** A results file as the debrief downloads it (indented JSON). */
const upload = (results: unknown, name: string): Upload => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(results, null, 2)),
});

function resultsFile(policy: string, team: string, seed = SEED): Upload {
  return upload(teamResults(policy, team, seed), `cortafuegos-${team.toLowerCase()}.json`);
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

    // The board fetches the session's scenario as it opens (it replays every file on it); from
    // there everything happens in the page: the network is gone and the board works on.
    await page.waitForSelector('.ws-board[data-checker="ready"]');
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

  const openBoard = async () => {
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url()}?view=board&scenario=${SCENARIO}&seed=${SEED}&lang=en`);
    await page.waitForSelector('.ws-board[data-checker="ready"]');
    return { page, errors };
  };
  const pageIsNoWiderThanTheViewport = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  it('a team that wrote 100 into its file is marked as forged and not ranked; the honest team is', async () => {
    const { page, errors } = await openBoard();
    const forged = teamResults('silent', 'Verde');
    forged.score.overall = 100;
    const tampered = teamResults('exemplary', 'Rojo');
    tampered.log = tampered.log.filter((e) => !(e.type === 'action' && e.action.type === 'delete'));
    const rescored = { ...teamResults('random', 'Gris'), scoringVersion: 99 };
    await page
      .getByLabel('Choose results files')
      .setInputFiles([
        upload(forged, 'verde.json'),
        resultsFile('random', 'Azul'),
        upload(tampered, 'rojo.json'),
        upload(rescored, 'gris.json'),
      ]);
    await page.waitForSelector('.ws-ranking');
    expect(await texts(page, '.ws-status')).toEqual(['4 files read: 1 teams on the board, 3 rejected.']);
    const ranking = await texts(page, '.ws-ranking tbody th');
    expect(ranking).toEqual(['Azul']);
    const azul = Number((await texts(page, '.ws-ranking tbody td.ws-num'))[1]);
    expect(azul).toBe(Math.round(teamResults('random', 'Azul').score.overall ?? -1));
    expect(await texts(page, '.ws-rejected li')).toEqual([
      'verde.json: forged or tampered: its score is not the score of what the team did',
      expect.stringMatching(
        /^rojo\.json: forged or tampered: its log does not replay as recorded \(from second \d+/,
      ),
      `gris.json: from another version of the game (scoring version 99; this board scores with version ${SCORING_VERSION})`,
    ]);
    expect(await page.locator('.ws-rejected li.ws-forged').count()).toBe(2);
    expect(await page.getAttribute('.ws-rejected li >> nth=2', 'data-code')).toBe('other_version');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a 5 MB team name is turned away at once, a long one too, and long names never widen the page', async () => {
    const { page, errors } = await openBoard();
    const huge = upload(
      { ...teamResults('silent', 'Verde'), team: 'x'.repeat(5 * 1024 * 1024) },
      'huge.json',
    );
    const long = upload({ ...teamResults('silent', 'Verde'), team: 'y'.repeat(100_000) }, 'long.json');
    // Timed in the page, from the files' arrival to their reasons on screen.
    await page.evaluate(() => {
      const w = window as unknown as { picked: number; shown: number };
      document.getElementById('ws-files')?.addEventListener('change', () => {
        w.picked = performance.now();
      });
      new MutationObserver(() => {
        if (document.querySelectorAll('.ws-rejected li').length === 2) w.shown ||= performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByLabel('Choose results files').setInputFiles([huge, long]);
    await page.waitForFunction(() => document.querySelectorAll('.ws-rejected li').length === 2);
    const elapsed = Math.round(
      await page.evaluate(() => {
        const w = window as unknown as { picked: number; shown: number };
        return w.shown - w.picked;
      }),
    );
    expect(elapsed).toBeLessThan(500);
    expect(await texts(page, '.ws-rejected li')).toEqual([
      expect.stringMatching(
        /^huge\.json: a file of 5\.\d MB, larger than a results file can be \(2 MB\): not read$/,
      ),
      'long.json: a team name of 100000 characters, more than a team may have (60)',
    ]);
    expect(await pageIsNoWiderThanTheViewport(page)).toBe(true);

    // Names as long as allowed, without a space, and a file name as long as a disk allows.
    const sixty = 'W'.repeat(60);
    await page
      .getByLabel('Choose results files')
      .setInputFiles([
        upload(teamResults('exemplary', sixty), 'a.json'),
        upload(teamResults('random', 'Z'.repeat(59)), 'b.json'),
        upload({ nope: true }, `${'n'.repeat(250)}.json`),
      ]);
    await page.waitForFunction(() => document.querySelectorAll('.ws-ranking tbody tr').length === 2);
    expect(await texts(page, '.ws-ranking tbody th')).toEqual([sixty, 'Z'.repeat(59)]);
    expect(await page.locator('.ws-post').count()).toBeGreaterThan(0);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    console.log(
      `board with 60-character names: ${widths.page} px wide in a ${widths.viewport} px viewport; 5 MB name refused in ${elapsed} ms`,
    );
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('checking many files shows its progress, and the board holds at most 100 files', async () => {
    const { page, errors } = await openBoard();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const status = document.querySelector('.ws-status');
      if (status)
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
    });
    const teams = Array.from({ length: 30 }, (_, i) => `Equipo ${i + 1}`);
    const started = Date.now();
    await page
      .getByLabel('Choose results files')
      .setInputFiles(
        teams.map((team, i) => upload(teamResults(i % 2 ? 'random' : 'exemplary', team), `${i}.json`)),
      );
    await page.waitForFunction(() => document.querySelectorAll('.ws-ranking tbody tr').length === 30, null, {
      timeout: 60_000,
    });
    const elapsed = Date.now() - started;
    console.log(`30 results files checked and compared in ${elapsed} ms`);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toContain('Checking the files: 0 of 30…');
    expect(seen.filter((t) => /^Checking the files: \d+ of 30…$/.test(t)).length).toBeGreaterThan(10);
    expect(await texts(page, '.ws-status')).toEqual(['30 files read: 30 teams on the board, 0 rejected.']);
    expect(await page.locator('.ws-progress').isHidden()).toBe(true);

    // 80 more: the board takes 70 of them and says that the other ten were not read.
    const junk = Array.from({ length: 80 }, (_, i) => upload({ n: i }, `junk-${i}.json`));
    await page.getByLabel('Choose results files').setInputFiles(junk);
    await page.waitForFunction(() => document.querySelectorAll('.ws-rejected li').length === 70);
    expect(await texts(page, '.ws-status')).toEqual(['100 files read: 30 teams on the board, 70 rejected.']);
    expect(await texts(page, '.ws-overflow')).toEqual([
      '10 files were not read: the board holds at most 100 files. Clear the board to load others.',
    ]);
    expect(await pageIsNoWiderThanTheViewport(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
