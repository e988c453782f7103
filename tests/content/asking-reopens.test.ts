import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrisisSession } from '../../src/sim/session';
import { realLibrary } from '../helpers';

const SCENARIOS = resolve(__dirname, '../../scenarios');
const ASKING = /^\*+\s*(\(\w+\)\s*)?\{[^}]*\b(analysed|escalated)\b[^}]*\}\s*\[/;

/** Reply points (choice blocks in threads) that offer something only before or after the player asks. */
function pointsThatNeedAsking(ink: string): { line: number; reopens: boolean }[] {
  const lines = ink.split('\n');
  const out: { line: number; reopens: boolean }[] = [];
  let knot = '';
  let block: { line: number; asking: boolean; reopens: boolean } | null = null;
  const close = () => {
    if (block?.asking) out.push({ line: block.line, reopens: block.reopens });
    block = null;
  };
  lines.forEach((l, i) => {
    const k = /^===\s*(\w+)/.exec(l);
    if (k) {
      close();
      knot = k[1] as string;
    }
    if (['statement', 'update', 'ending', 'briefing', 'preview'].includes(knot)) return;
    if (l.startsWith('* ')) {
      block ??= { line: i + 1, asking: false, reopens: false };
      if (ASKING.test(l) && !l.includes('# on:')) block.asking = true;
      if (l.includes('# on: confirmed')) block.reopens = true;
    } else if (l.trim() && !/^[\s#/-]/.test(l)) close();
  });
  close();
  return out;
}

describe('a reply point that waits on the facts offers them once the player asks', () => {
  for (const id of readdirSync(SCENARIOS).filter((d) => !d.includes('.')))
    for (const lang of ['es', 'en'])
      it(`${id} (${lang}): every such point has an "on: confirmed" choice`, () => {
        const ink = readFileSync(resolve(SCENARIOS, id, `${id}.${lang}.ink`), 'utf8');
        expect(pointsThatNeedAsking(ink).filter((p) => !p.reopens)).toEqual([]);
      });

  it('faulty-product: Jorge, answered after the player analyses, is offered the figures', () => {
    const scenario = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
    if (!scenario) throw new Error('faulty-product did not load');
    const s = new CrisisSession(scenario, 'en', 3);
    while (!s.replyOptions('jorge-open') && s.now < 300) s.advanceTo(s.now + 1);
    const model = () => s.replyOptions('jorge-open')?.find((o) => o.model)?.text ?? '';
    expect(model()).not.toMatch(/5-10%/);
    expect(s.act({ type: 'analyse' }).ok).toBe(true);
    expect(model()).toMatch(/5-10%/);
  });
});
