import { describe, expect, it } from 'vitest';
import { fold, foldedSource, toOriginal } from '../../src/grading/fold';
import { gradeReply } from '../../src/grading/grade-reply';
import { LEXICON_EN } from '../../src/grading/lexicon.en';
import { LEXICON_ES } from '../../src/grading/lexicon.es';

const wide = (s: string) => [...s].filter((ch) => (ch.codePointAt(0) as number) > 0xff);

describe('folding', () => {
  it('writes a reply in Latin script one byte wide, whatever emoji, quotes, dashes or currency it holds', () => {
    for (const text of [
      'Lo siento 🙏 “de verdad” — te devolvemos 20 € hoy…',
      'Thanks for your patience 🙃🙄 ‹really› ™ ★',
      'AÑO NUEVO ¿qué pasó? ¡Vaya! 😂👍🏽👨‍👩‍👧 ½ °C',
    ])
      expect(wide(fold(text).text), text).toEqual([]);
  });

  it('keeps letters and digits of every script, so word edges read as they did', () => {
    expect(fold('Привет ΑΒΓ 東京 ٣').text).toBe('привет αβγ 東京 ٣');
  });

  it('gives each symbol its own code, the same wherever it stands, mapped back to the whole symbol', () => {
    const f = fold('a😀b€c😀');
    const codes = f.text.split(/[abc]/).filter(Boolean);
    expect(codes).toHaveLength(3);
    expect(codes[0]).toBe(codes[2]);
    expect(codes[0]).not.toBe(codes[1]);
    // A lead, then four trailing characters that can never lead: a code is read only from its start.
    for (const c of codes) expect(c).toMatch(/^[\x80-\x8f][\x90-\x9f]{4}$/);
    const at = f.text.indexOf(codes[1] as string);
    expect(toOriginal(f, at, at + 5)).toEqual({ start: 4, end: 5 });
    expect(toOriginal(f, 1, 6)).toEqual({ start: 1, end: 3 });
    // U+0FC9 then any emoji once held the code of 🤣 across the two.
    expect(new RegExp(foldedSource('🤣'), 'u').test(fold('࿉😊').text)).toBe(false);
  });

  it('codes a pattern the same way, a quantifier after a symbol taking it whole', () => {
    const re = new RegExp(foldedSource('(ja|😂)+ (🤡|€)'), 'u');
    expect(re.exec(fold('Jaja😂😂 🤡').text)?.[0]).toBe(fold('jaja😂😂 🤡').text);
    expect(re.test(fold('😂 😀').text)).toBe(false);
    expect(foldedSource('(?<![\\p{L}\\p{N}])sin (dudas?)')).toBe('(?<![\\p{L}\\p{N}])sin (dudas?)');
  });

  it('counts a coded symbol as one character in a negated class, so windows reach as far as they did', () => {
    const window = new RegExp(foldedSource("we don't discuss[^.]{0,12} here"), 'u');
    expect(window.test(fold('We don’t discuss “that” here').text)).toBe(true);
    expect(window.test(fold('We don’t discuss 🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏 here').text)).toBe(false);
    expect(window.test(fold('We don’t discuss it. Here').text)).toBe(false);
  });

  it('reads a cue written as an emoji, its evidence the emoji in what was written', () => {
    const text = 'Eres un payaso 🤡 y lo sabes';
    const r = gradeReply({ text, lang: 'es', context: 'troll' });
    const clown = r.evidence.find((e) => text.slice(e.start, e.end).includes('🤡'));
    expect(clown, JSON.stringify(r.evidence)).toBeDefined();
    expect(r.qualities).toContain(clown?.quality);
  });

  it('finds no symbol beyond Latin-1 inside a character class of a lexicon, where a code cannot stand, nor one named by an escape', () => {
    const misplaced: string[] = [];
    for (const data of [LEXICON_ES, LEXICON_EN]) {
      const sources = [
        ...data.entries.flatMap((e) => e.patterns ?? []),
        ...(data.principleCues ?? []).flatMap((c) => c.patterns),
        ...data.times,
        ...(data.openQuestions ?? []),
      ];
      for (const p of sources)
        for (const cls of p.match(/\[(?:\\.|[^\]\\])*\]/gu) ?? [])
          if (wide(cls).some((ch) => !/[\p{L}\p{N}]/u.test(ch))) misplaced.push(p);
      // A symbol named by an escape is never coded: "\p{Sc}" would miss "€".
      for (const p of sources) if (/\\(?:[pP]\{(?!L\}|N\}|Ll\}|Lu\})|u|x)/.test(p)) misplaced.push(p);
    }
    expect(misplaced).toEqual([]);
  });
});
