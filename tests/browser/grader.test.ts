import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../src/cli/gold-replies';
import { type GradeInput, gradeReply } from '../../src/grading';
import { useBuiltGame, useTestPages, watchErrors } from './harness';

const game = useBuiltGame();
const testPages = useTestPages();

// Texts that strain folding: symbols of every kind beside cues, other scripts, controls, bidi
// overrides, C1 characters as written, lone surrogates, a very long text.
const STRANGE = [
  'Lo sentimos 🙏 “de verdad” — te devolvemos 20 € hoy… 🙃',
  'Thanks for your patience 🙃🙄 ‹really› ™ ★ — we’ll fix it by 3pm, promise 🤞',
  'Eres un payaso 🤡🤡 y lo sabes \u202eesrever\u202c ok',
  'Привет! 東京 ٣ ½ °C ࿉😊 gracias por avisarnos',
  'c1 \u0080\u0091\u0092\u0093\u0094 written as is \u0085 and a lone \ud83d surrogate',
  `${'We are sorry — '.repeat(400)}we will call you at 5pm.`,
  'We don’t discuss “personal” account matters — refunds… — on social media.',
  'Lo sentimos: tu reembolso — ya aprobado hoy — de 45 € llega mañana.',
];

describe('the grader in the browser', () => {
  it('reads every gold reply and every strange text exactly as Node does, evidence included', async () => {
    const gold = readGold(resolve(import.meta.dirname, '../gold/replies.jsonl'));
    const inputs: GradeInput[] = [
      ...gold.map((g) => ({
        text: g.text,
        lang: g.lang,
        context: g.context,
        confirmed: g.confirmed,
        authorName: g.authorName,
      })),
      ...STRANGE.flatMap((text) =>
        (['es', 'en'] as const).map((lang) => ({
          text,
          lang,
          context: 'genuine_complaint' as const,
          confirmed: false,
          staffNames: ['Marta'],
          competitorNames: ['Fortaleza Rota'],
        })),
      ),
    ];
    const page = await game.browser().newPage();
    const errors = watchErrors(page);
    await page.goto(`${testPages.url()}tests/browser/grader-check.html`);
    await page.waitForSelector('#out[data-done]');
    expect(await page.textContent('#out')).toBe('ready');
    const inBrowser: unknown[] = [];
    for (let at = 0; at < inputs.length; at += 400) {
      const batch = inputs.slice(at, at + 400);
      inBrowser.push(
        ...(await page.evaluate(
          (items) => (window as unknown as { gradeAll: (i: unknown[]) => unknown[] }).gradeAll(items),
          batch,
        )),
      );
    }
    const inNode = JSON.parse(JSON.stringify(inputs.map((input) => gradeReply(input))));
    expect(inBrowser).toHaveLength(inputs.length);
    for (let i = 0; i < inputs.length; i++)
      expect(inBrowser[i], inputs[i]?.text.slice(0, 80)).toEqual(inNode[i]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
