import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADING_CONTEXTS } from '../../src/content/grading-context';
import { qualitySchema } from '../../src/content/quality';
import { gradeReply } from '../../src/grading/grade-reply';

const STRANGE = [
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200b',
  '\u0000',
  '\u0007',
  '\r\n',
  '\ud83d',
  '\udc4d',
  'İ',
  'ß',
  'ﬁ',
  '🙃',
  '😂',
  'ا',
  '中',
  '\u0301',
];
const CUES = [
  'lo sentimos',
  'sorry, but ',
  'no es culpa nuestra',
  'gracias 🙃',
  'hoy a las 15:00',
  "we won't",
  'ana@x.es',
  '4111 1111 1111 1111',
  ' ',
];
const piece = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...STRANGE),
  fc.constantFrom(...CUES),
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const input = fc.record({
  text,
  lang: fc.constantFrom('es' as const, 'en' as const),
  context: fc.constantFrom(...GRADING_CONTEXTS),
  confirmed: fc.boolean(),
  authorName: fc.option(fc.string(), { nil: undefined }),
});

describe('grader properties', () => {
  it('never throws; every span lies inside the text and points at real words; qualities match the evidence', () => {
    fc.assert(
      fc.property(input, (i) => {
        const g = gradeReply(i);
        for (const e of g.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(i.text.length);
          expect(i.text.slice(e.start, e.end).length).toBe(e.end - e.start);
          expect(qualitySchema.safeParse(e.quality).success).toBe(true);
          expect(e.cue.length).toBeGreaterThan(0);
        }
        expect([...new Set(g.evidence.map((e) => e.quality))].sort()).toEqual([...g.qualities].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('same input, same reading', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(gradeReply(i)).toEqual(gradeReply({ ...i }));
      }),
      { numRuns: 100 },
    );
  });

  it('answers 10,000 characters of mixed scripts, controls and bidi overrides', () => {
    const long = Array.from({ length: 10_000 }, (_, k) => STRANGE[k % STRANGE.length]?.[0] ?? 'a')
      .join('')
      .slice(0, 10_000);
    expect(() => gradeReply({ text: long, lang: 'es', context: 'troll' })).not.toThrow();
    const cues = `Lo sentimos, pero deberías haber leído. ${'\u202e'}gracias 🙃 `
      .repeat(250)
      .slice(0, 10_000);
    const g = gradeReply({ text: cues, lang: 'es', context: 'outage', confirmed: false });
    expect(g.qualities).toContain('apology_then_blame');
    for (const e of g.evidence) expect(e.end).toBeLessThanOrEqual(cues.length);
  });

  it('keeps evidence offsets in the original text when folding changes lengths', () => {
    const t = 'İİİ ﬁ Perdón, fue culpa nuestra';
    const g = gradeReply({ text: t, lang: 'es', context: 'genuine_complaint' });
    const admit = g.evidence.find((e) => e.quality === 'admits_error');
    expect(admit && t.slice(admit.start, admit.end)).toBe('fue culpa nuestra');
  });
});
