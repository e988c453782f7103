import { beforeAll, describe, expect, it } from 'vitest';
import { readGold } from '../../src/cli/gold-replies';
import { LEARNED_CUES } from '../../src/cli/learned-cues';
import { gradeReply } from '../../src/grading/grade-reply';
import { RULE_ONLY, withoutParts } from '../../src/grading/learned';
import { LEARNED_EN } from '../../src/grading/lexicon.en.learned';
import { LEARNED_ES } from '../../src/grading/lexicon.es.learned';
import { loadLexicons } from '../../src/grading/load-lexicon';

beforeAll(() => loadLexicons());

const learnedOf = (text: string, lang: 'es' | 'en', context: 'genuine_complaint' | 'positive' | 'outage') =>
  gradeReply({ text, lang, context }).evidence.filter((e) => e.cue.startsWith('learned:'));

describe('the learned layer', () => {
  it('reads blame on the customer in words the rules have no cue for', () => {
    // Retrained at grader v9 on 1,661 replies, the layer no longer reads the earlier example ("the
    // problem isn't with the product but with how it was used"); this one it reads, the rules do not.
    const text =
      'With respect, these problems only appear when the filter is never cleaned, which the manual asks owners to do every month.';
    expect(
      gradeReply({ text, lang: 'en', context: 'genuine_complaint' }, { learned: false }).qualities,
    ).not.toContain('blames_customer');
    const hits = learnedOf(text, 'en', 'genuine_complaint');
    expect(hits.map((h) => h.quality)).toContain('blames_customer');
  });

  it('leaves to a guard cue the innocent wording it knows, and still reads the flaw beside it', () => {
    const read = (text: string, lang: 'es' | 'en') =>
      gradeReply({ text, lang, context: 'genuine_complaint' }).qualities;
    // Guards read nothing themselves; here a bag of words would read a dismissal and belittling.
    expect(
      read('No tienes que ponerte en contacto con el fabricante: lo gestionamos nosotros.', 'es'),
    ).not.toContain('dismisses');
    const tip = {
      text: 'It might be worth looking up your booking reference in the email.',
      lang: 'en',
      context: 'genuine_complaint',
    } as const;
    expect(read(tip.text, 'en')).not.toContain('belittles');
    expect(gradeReply(tip, { learned: false }).evidence).toEqual(
      gradeReply(tip).evidence.filter((e) => !e.cue.startsWith('learned:')),
    );
    expect(
      read(
        'Si no funciona tienes que ponerte en contacto con el fabricante, que es quien cubre la garantía.',
        'es',
      ),
    ).toContain('dismisses');
    expect(
      read(
        'Might be worth reading the instructions before posting, honestly. Can you send us your order number?',
        'en',
      ),
    ).toContain('belittles');
  });

  it('stays quiet on text that is no reply at all', () => {
    expect(
      learnedOf(
        'The recipe calls for two cups of flour, a pinch of salt and butter softened at room temperature overnight.',
        'en',
        'genuine_complaint',
      ),
    ).toEqual([]);
    expect(
      learnedOf(
        'La receta lleva dos tazas de harina, una pizca de sal y mantequilla blanda a temperatura ambiente desde la noche anterior.',
        'es',
        'genuine_complaint',
      ),
    ).toEqual([]);
  });

  it('leaves a short reply to the rules', () => {
    for (const [text, lang] of [
      ["We're sorry you feel that way.", 'en'],
      ['No vamos a ignorar tu queja.', 'es'],
    ] as const) {
      const input = { text, lang, context: 'genuine_complaint' } as const;
      expect(gradeReply(input)).toEqual(gradeReply(input, { learned: false }));
    }
  });

  it('points its evidence inside the text, and reads the same text the same way', () => {
    const texts: [string, 'es' | 'en'][] = [
      [
        "With respect, the problem isn't with the product but with how it was used, as the website explains clearly enough.",
        'en',
      ],
      [
        'Our team is looking into what went wrong with the payment system this morning and we will share what we find.',
        'en',
      ],
      [
        'Con todos los respetos, el problema no está en el producto sino en cómo lo has usado, como se explica en la web.',
        'es',
      ],
    ];
    for (const [text, lang] of texts) {
      const input = { text, lang, context: 'genuine_complaint' } as const;
      const g = gradeReply(input);
      expect(gradeReply(input)).toEqual(g);
      for (const e of g.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeGreaterThan(e.start);
        expect(e.end).toBeLessThanOrEqual(text.length);
        if (e.cue.startsWith('learned:')) expect(g.qualities).toContain(e.quality);
      }
    }
  });

  it('never throws, and never reads what hangs on facts beyond the words', () => {
    const text = `${'\u202e\u0000'.repeat(2000)} fue culpa de Marcos, ya está todo solucionado y lo estará siempre`;
    const g = gradeReply({ text, lang: 'es', context: 'outage', confirmed: false });
    for (const e of g.evidence)
      if (e.cue.startsWith('learned:')) expect(RULE_ONLY.has(e.quality)).toBe(false);
  });

  it('ships integer weights only (the score is an integer sum in every engine)', () => {
    for (const data of [LEARNED_ES, LEARNED_EN]) {
      expect(data.qualities.length).toBe(data.bias.length);
      expect(data.qualities.length).toBe(data.threshold.length);
      expect(data.qualities.some((q) => RULE_ONLY.has(q))).toBe(false);
      for (const x of [...data.bias, ...data.threshold, data.minEvidence, data.minWords])
        expect(Number.isInteger(x)).toBe(true);
      for (const line of data.weights.split('\n'))
        for (const cell of line.split(' ').slice(1)) expect(cell).toMatch(/^[0-9a-z]-?\d+$/);
    }
  });

  it('ships the cue words it was trained with', () => {
    expect(LEARNED_ES.cues).toEqual(LEARNED_CUES.es);
    expect(LEARNED_EN.cues).toEqual(LEARNED_CUES.en);
  });

  it('never cites a greeting or a function word as its evidence, over the whole gold set', () => {
    const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // Written out here, not read from LEARNED_CUES, so that emptying that list fails the test.
    const plain = new Set([
      'hola',
      'buen',
      'buena',
      'dia',
      'buenos',
      'buenas',
      'dias',
      'hi',
      'hello',
      'hey',
      'dear',
      'el',
      'la',
      'y',
      'de',
      'the',
      'and',
      'a',
      'to',
    ]);
    const cited: string[] = [];
    let learned = 0;
    for (const g of readGold('tests/gold/replies.jsonl')) {
      for (const e of gradeReply(g).evidence) {
        if (!e.cue.startsWith('learned:')) continue;
        learned++;
        const words = fold(g.text.slice(e.start, e.end)).match(/[\p{L}\p{N}']+/gu) ?? [];
        if (words.length === 1 && plain.has(words[0] as string)) cited.push(`${g.id}: ${e.cue}`);
      }
    }
    expect(learned).toBeGreaterThan(100);
    expect(cited).toEqual([]);
  });

  it('may read an untimed brand action as a step, but never a refused one', () => {
    const steps = (text: string, lang: 'es' | 'en') =>
      gradeReply({ text, lang, context: 'genuine_complaint' }).evidence.filter(
        (e) => e.quality === 'next_step',
      );
    // No time in the sentence: the rules read no step, the layer (trained on the gold set) does.
    const untimed = steps(
      'Lo sentimos mucho, Laura. Te llamaremos para organizar la recogida del sofá y revisaremos qué falló en el reparto.',
      'es',
    );
    expect(untimed.map((e) => e.cue.startsWith('learned:'))).toEqual([true]);
    for (const [text, lang] of [
      ['No te llamaremos hoy ni mañana, lo siento. Es la política de la tienda.', 'es'],
      [
        'Lo sentimos mucho, Laura. No te llamaremos para organizar la recogida del sofá ni revisaremos qué falló en el reparto.',
        'es',
      ],
      [
        "So sorry, Laura. We won't call you to arrange collecting the sofa and we will not look into what went wrong with the delivery.",
        'en',
      ],
      [
        'Our team will not refund this with the card you used, and the engineer will never visit with the parts.',
        'en',
      ],
    ] as const)
      expect(steps(text, lang), text).toEqual([]);
  });

  it('reads apology then blame only beside the blame, and a justification after an apology as defensive', () => {
    const none = new Set<never>();
    // The parts are there: nothing changes.
    expect(
      withoutParts(
        new Set(['apologises', 'blames_customer', 'apology_then_blame']),
        ['apology_then_blame'],
        none,
      ).size,
    ).toBe(0);
    expect(
      withoutParts(
        new Set(['apologises', 'cites_policy', 'apology_then_blame']),
        ['apology_then_blame'],
        none,
      ).size,
    ).toBe(0);
    // No blame: it stands for defensive, unless defensive is read already or blocked.
    expect(withoutParts(new Set(['apologises', 'apology_then_blame']), ['apology_then_blame'], none)).toEqual(
      new Map([['apology_then_blame', 'defensive']]),
    );
    expect(
      withoutParts(new Set(['apologises', 'defensive', 'apology_then_blame']), ['apology_then_blame'], none),
    ).toEqual(new Map([['apology_then_blame', null]]));
    expect(
      withoutParts(
        new Set(['blames_customer', 'apology_then_blame']),
        ['apology_then_blame'],
        new Set(['defensive']),
      ),
    ).toEqual(new Map([['apology_then_blame', null]]));
    // A rule's reading is the rules' business.
    expect(withoutParts(new Set(['apology_then_blame']), [], none).size).toBe(0);
    for (const [text, lang] of [
      [
        "We're so sorry, Marta. For the record, our staff followed every step of the procedure that evening.",
        'en',
      ],
      [
        'Lo sentimos mucho, Marta. Para que conste, el personal siguió todos los pasos del procedimiento esa noche.',
        'es',
      ],
    ] as const) {
      const g = gradeReply({ text, lang, context: 'genuine_complaint' });
      expect(g.qualities, text).not.toContain('apology_then_blame');
      expect(g.qualities, text).not.toContain('cites_policy');
    }
  });
});
