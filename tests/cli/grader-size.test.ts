import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAME_BUILD_TARGET, graderSize, languageOfChunk } from '../../src/cli/grader-size';
import gameConfig from '../../vite.config';

const root = '/repo/node_modules/@orama/stemmers/dist';

describe('languageOfChunk', () => {
  it('charges each stemmer to its own language, as the package names its files', () => {
    expect(languageOfChunk([`${root}/es.js`])).toBe('es');
    expect(languageOfChunk([`${root}/en.js`])).toBe('en');
    expect(
      languageOfChunk(['/repo/src/grading/lexicon.es.learned.ts', '/repo/src/grading/lexicon.es.ts']),
    ).toBe('es');
    expect(languageOfChunk(['C:\\repo\\node_modules\\@orama\\stemmers\\dist\\en.js'])).toBe('en');
  });

  it('counts the rules shared by both languages as the core', () => {
    expect(languageOfChunk(['/repo/src/grading/grade-reply.ts', '/repo/src/grading/lexicon.ts'])).toBeNull();
  });

  it('fails on a stemmer of no known language, instead of charging it to both', () => {
    expect(() => languageOfChunk([`${root}/fr.js`])).toThrow(/no known language.*fr\.js/);
  });

  it('fails on a chunk that holds both languages', () => {
    expect(() => languageOfChunk([`${root}/es.js`, '/repo/src/grading/lexicon.en.ts'])).toThrow(
      /both languages/,
    );
  });
});

describe('graderSize', () => {
  it('measures the grader minified as the game ships it, a chunk per language', async () => {
    const size = await graderSize(resolve(import.meta.dirname, '../../src/grading/index.ts'));
    const parts = new Set(size.chunks.map((c) => c.part));
    expect(parts).toEqual(new Set(['core', 'es', 'en']));
    // Each language loads its lexicon, its weights and its stemmer; a stemmer counted in the core
    // would be charged to both languages.
    for (const lang of ['es', 'en'] as const)
      expect(
        size.chunks
          .filter((c) => c.part === lang)
          .map((c) => c.fileName)
          .sort(),
        lang,
      ).toEqual([
        expect.stringMatching(new RegExp(`/${lang}-`)),
        expect.stringMatching(new RegExp(`/lexicon\\.${lang}-`)),
        expect.stringMatching(new RegExp(`/lexicon\\.${lang}\\.learned-`)),
      ]);
    for (const c of size.chunks) {
      // An ES library build keeps its indentation; the game's build does not.
      expect(
        c.code.split('\n').filter((line) => /^\s/.test(line)),
        c.fileName,
      ).toEqual([]);
    }
    expect(size.lexicons.es.gzip).toBeGreaterThan(0);
    expect(size.lexicons.en.gzip).toBeGreaterThan(0);
    // The budget, as one language loads: bytes are deterministic, so this cannot flake.
    for (const lang of ['es', 'en'] as const)
      expect(size.core.gzip + size.lexicons[lang].gzip, lang).toBeLessThanOrEqual(40 * 1024);
  }, 60_000);
});

describe('the size build', () => {
  it('builds for the target the game builds for', () => {
    expect((gameConfig as { build?: { target?: unknown } }).build?.target).toBe(GAME_BUILD_TARGET);
  });
});
