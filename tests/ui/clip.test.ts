import { describe, expect, it } from 'vitest';
import { clip } from '../../src/ui/format';

const graphemes = (s: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

describe('a quote cut for the canvas', () => {
  it('keeps a short quote whole and cuts a long one to the limit, with its ellipsis', () => {
    expect(clip('lo sentimos')).toBe('lo sentimos');
    const long = 'a'.repeat(120);
    expect(clip(long)).toBe(`${'a'.repeat(89)}…`);
    expect(graphemes(clip(long))).toBe(90);
  });

  it.each([
    ['a flag', '🇪🇸'],
    ['a family emoji', '👩‍👩‍👧'],
    ['a thumb with its skin tone', '👍🏽'],
    ['a decomposed accent', 'e\u0301'],
  ])('never splits %s', (_, g) => {
    const cut = clip(`${'a'.repeat(88)}${g}${'b'.repeat(20)}`);
    expect(cut).toBe(`${'a'.repeat(88)}${g}…`);
  });
});
