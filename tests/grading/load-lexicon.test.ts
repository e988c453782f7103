import { describe, expect, it, vi } from 'vitest';

// A fresh copy of the grader's modules, without the lexicons the test setup loads for every test.
async function freshGrader() {
  vi.resetModules();
  const grading = await import('../../src/grading');
  return grading;
}

const input = {
  lang: 'en',
  context: 'genuine_complaint',
  text: "We're sorry, we'll call you today.",
} as const;

describe('loading the lexicons per language', () => {
  it('refuses to grade in a language whose lexicon is not loaded, naming it', async () => {
    const g = await freshGrader();
    expect(g.hasLexicon('en')).toBe(false);
    expect(() => g.gradeReply(input)).toThrow(/the en grading lexicon is not loaded/);
  });

  it('grades in one language once that one is loaded, and only that one', async () => {
    const g = await freshGrader();
    await g.loadLexicon('en');
    expect(g.hasLexicon('en')).toBe(true);
    expect(g.hasLexicon('es')).toBe(false);
    expect(g.gradeReply(input).qualities).toContain('apologises');
    expect(() => g.gradeReply({ ...input, lang: 'es', text: 'Lo sentimos.' })).toThrow(/es grading lexicon/);
  });

  it('shares one load between callers and reads the same as the lexicons the setup loaded', async () => {
    const loaded = await import('../../src/grading');
    const expected = loaded.gradeReply(input);
    const g = await freshGrader();
    await Promise.all([g.loadLexicon('en'), g.loadLexicon('en'), g.loadLexicons()]);
    expect(g.gradeReply(input)).toEqual(expected);
  });
});
