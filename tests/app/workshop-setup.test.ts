import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';
import { buildWorkshop, randomSeed, teamsFromText } from '../../src/app/workshop/workshop-setup';
import { realLibrary } from '../helpers';

const known = realLibrary().scenarios.map((s) => s.manifest.id);
const base = 'https://taller.example/cortafuegos/index.html?view=workshop';
const setup = (over: Partial<Parameters<typeof buildWorkshop>[0]> = {}) =>
  buildWorkshop(
    { scenario: 'faulty-product', seed: 42, speed: 2, lang: 'es', teams: ['Rojo', 'Azul', 'Verde'], ...over },
    { knownScenarios: known, baseUrl: base },
  );
const messages = (r: ReturnType<typeof setup>) =>
  r.ok ? [] : r.errors.map((e) => `${e.field}: ${e.message}`);

describe('workshop set-up', () => {
  it('gives every team its own link to the same crisis, and the board a link carrying the session', () => {
    const r = setup();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.links.map((l) => l.team)).toEqual(['Rojo', 'Azul', 'Verde']);
    expect(r.links[0]?.url).toBe(
      'https://taller.example/cortafuegos/index.html?scenario=faulty-product&lang=es&seed=42&speed=2&mode=workshop&team=Rojo',
    );
    expect(r.board).toBe(
      'https://taller.example/cortafuegos/index.html?view=board&scenario=faulty-product&seed=42&lang=en',
    );
    // The game's own deep-link parser reads every link back to the same crisis.
    for (const { team, url } of r.links) {
      const parsed = parseDeepLink(new URL(url).search, known);
      expect(parsed).toEqual({
        kind: 'link',
        link: { scenario: 'faulty-product', lang: 'es', seed: 42, speed: 2, mode: 'workshop', team },
      });
    }
  });

  it('URL-encodes team names, and reads form text', () => {
    const r = setup({
      teams: teamsFromText('  Los de Atención & Cía \n\n Équipe #2\r\nA/B?c=d\n'),
      seed: ' 7 ',
      speed: '0.5',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session).toMatchObject({
      seed: 7,
      speed: 0.5,
      teams: ['Los de Atención & Cía', 'Équipe #2', 'A/B?c=d'],
    });
    expect(r.links[0]?.url).toContain('team=Los%20de%20Atenci%C3%B3n%20%26%20C%C3%ADa');
    for (const { team, url } of r.links) {
      const parsed = parseDeepLink(new URL(url).search, known);
      expect(parsed.kind === 'link' && parsed.link.team).toBe(team);
    }
  });

  it('links relative to the site root as well as to the page', () => {
    const r = buildWorkshop(
      { scenario: 'first-shift', seed: 1, speed: 1, lang: 'en', teams: ['A'] },
      { knownScenarios: known, baseUrl: 'http://127.0.0.1:4173/' },
    );
    expect(r.ok && r.links[0]?.url).toBe(
      'http://127.0.0.1:4173/index.html?scenario=first-shift&lang=en&seed=1&speed=1&mode=workshop&team=A',
    );
  });

  it('rejects a bad set-up with a clear message per problem', () => {
    expect(messages(setup({ scenario: 'nope' }))).toEqual([
      `scenario: There is no scenario "nope" (available: ${known.join(', ')}).`,
    ]);
    expect(messages(setup({ seed: 1.5 }))).toEqual([
      'seed: The seed must be a whole number from 0 to 2147483647.',
    ]);
    expect(messages(setup({ seed: 'abc' }))).toEqual([
      'seed: The seed must be a whole number from 0 to 2147483647.',
    ]);
    expect(messages(setup({ seed: '' }))).toEqual([
      'seed: The seed must be a whole number from 0 to 2147483647.',
    ]);
    expect(messages(setup({ speed: 0.05 }))).toEqual(['speed: The speed must be a number from 0.1 to 200.']);
    expect(messages(setup({ speed: 201 }))).toEqual(['speed: The speed must be a number from 0.1 to 200.']);
    expect(messages(setup({ lang: 'fr' }))).toEqual(['lang: The language must be one of es, en.']);
    expect(messages(setup({ teams: [] }))).toEqual(['teams: Write at least one team name.']);
    expect(messages(setup({ teams: Array.from({ length: 31 }, (_, i) => `T${i}`) }))).toEqual([
      'teams: At most 30 teams.',
    ]);
    expect(messages(setup({ teams: ['A', '  '] }))).toEqual(['teams: Team 2 has no name.']);
    expect(messages(setup({ teams: ['Rojo', 'Azul', ' rojo '] }))).toEqual([
      'teams: Two teams are called "rojo": give each team a different name.',
    ]);
    expect(messages(setup({ teams: ['x'.repeat(61)] }))).toEqual([
      `teams: The team name "${'x'.repeat(61)}" is longer than 60 characters.`,
    ]);
    // Several problems at once are all reported.
    expect(messages(setup({ scenario: 'nope', seed: -1, teams: [] }))).toHaveLength(3);
    expect(setup({ teams: Array.from({ length: 30 }, (_, i) => `T${i}`) }).ok).toBe(true);
  });

  it('speaks the facilitator’s language', () => {
    const r = buildWorkshop(
      { scenario: 'faulty-product', seed: 1, speed: 1, lang: 'en', teams: [] },
      { knownScenarios: known, baseUrl: base, uiLang: 'es' },
    );
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual(['Escribe al menos el nombre de un equipo.']);
  });

  it('draws seeds a person can read out', () => {
    expect(randomSeed(() => 0)).toBe(1);
    expect(randomSeed(() => 0.999_999_9)).toBe(999_999);
    expect(Number.isInteger(randomSeed())).toBe(true);
  });
});
