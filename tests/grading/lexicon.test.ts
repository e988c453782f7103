import { describe, expect, it } from 'vitest';
import { lexiconSchema } from '../../src/content/grading-lexicon.schema';
import { lexiconFor, matchesOf } from '../../src/grading/lexicon';
import { LEXICON_EN } from '../../src/grading/lexicon.en';
import { LEXICON_ES } from '../../src/grading/lexicon.es';

describe('grading lexicons', () => {
  it('both languages are valid data with unique cue ids', () => {
    for (const data of [LEXICON_ES, LEXICON_EN]) {
      const lex = lexiconSchema.parse(data);
      const ids = lex.entries.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('rejects a pattern that is not a regular expression, naming it', () => {
    const bad = { ...LEXICON_EN, entries: [{ id: 'x', quality: 'thanks', patterns: ['(unclosed'] }] };
    const r = lexiconSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('not a valid regular expression');
  });

  it('cues are folded: lowercase, no accents', () => {
    for (const data of [LEXICON_ES, LEXICON_EN])
      for (const e of data.entries)
        for (const p of e.patterns ?? []) {
          // Unicode property escapes (\p{L}) are the one place capitals belong.
          const words = p.replace(/\\p\{[A-Za-z]+\}/g, '');
          expect(words, e.id).toBe(
            words
              .toLowerCase()
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, ''),
          );
        }
  });

  it('writes no pattern part that can never match', () => {
    // A written space needs a blank, so " (is|'s)" never reads "it's"; and an edge follows every
    // pattern, so a last group whose words end in a space ("(to |the )") needs a non-letter after it.
    const dead: string[] = [];
    for (const data of [LEXICON_ES, LEXICON_EN])
      for (const e of [...data.entries, ...(data.principleCues ?? [])])
        for (const p of e.patterns ?? []) {
          if (/ \((?:[^()]*\|)?'/.test(p)) dead.push(`${e.id}: a contraction after a space in ${p}`);
          if (/ (\)\??)*$/.test(p)) dead.push(`${e.id}: a space at the end of ${p}`);
        }
    expect(dead).toEqual([]);
  });

  it('matchesOf finds what matchAll finds, empty and astral matches included, and leaves lastIndex at 0', () => {
    const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
    for (const [re, text] of [
      [/\p{L}+/gu, 'lo siento, señora 😀 mucho'],
      [/x*/gu, 'a😀b'],
      [/(?<![\p{L}])no(?![\p{L}])/gu, 'no, no y nono'],
    ] as const) {
      expect(spans(matchesOf(re, text)), re.source).toEqual(spans(text.matchAll(re)));
      expect(re.lastIndex).toBe(0);
    }
    // The compiled lexicon's global twins read the same patterns.
    for (const lang of ['es', 'en'] as const) {
      const lex = lexiconFor(lang);
      expect([lex.contrasts.flags, lex.contrasts.source]).toEqual(['gu', lex.contrast.source]);
      expect([lex.sarcasms.flags, lex.sarcasms.source]).toEqual(['gu', lex.sarcasm.source]);
    }
  });
});
