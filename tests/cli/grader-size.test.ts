import { describe, expect, it } from 'vitest';
import { languageOfChunk } from '../../src/cli/grader-size';

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
