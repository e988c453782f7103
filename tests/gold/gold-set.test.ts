import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qualitySchema } from '../../src/content/quality';
import {
  ADDED_QUALITIES,
  GOLD_QUALITIES,
  type GoldReply,
  GRADING_CONTEXTS,
  goldReplySchema,
} from './gold.schema';

const file = fileURLToPath(new URL('./replies.jsonl', import.meta.url));
const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

const parseLine = (line: string, n: number): GoldReply => {
  const result = goldReplySchema.safeParse(JSON.parse(line));
  if (!result.success) throw new Error(`replies.jsonl line ${n + 1}: ${result.error.message}`);
  return result.data;
};

describe('the gold set of written replies', () => {
  const replies = lines.map(parseLine);

  it('parses every line against the schema', () => {
    expect(replies).toHaveLength(lines.length);
  });

  it('has unique ids whose prefix is the language', () => {
    const ids = replies.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of replies) expect(r.id.slice(0, 2), r.id).toBe(r.lang);
  });

  it('has at least 200 replies, at least 100 per language', () => {
    expect(replies.length).toBeGreaterThanOrEqual(200);
    for (const lang of ['es', 'en']) {
      expect(replies.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(100);
    }
  });

  it('keeps at least 80 held-out replies, at least 40 per language', () => {
    const heldout = replies.filter((r) => r.split === 'heldout');
    expect(heldout.length).toBeGreaterThanOrEqual(80);
    for (const lang of ['es', 'en']) {
      expect(heldout.filter((r) => r.lang === lang).length, lang).toBeGreaterThanOrEqual(40);
    }
  });

  it('uses every quality at least 5 times', () => {
    const counts = new Map<string, number>(GOLD_QUALITIES.map((q) => [q, 0]));
    for (const r of replies) for (const q of r.qualities) counts.set(q, (counts.get(q) ?? 0) + 1);
    console.log('gold-set quality counts:', [...counts].map(([q, n]) => `${q}=${n}`).join(' '));
    const rare = [...counts].filter(([, n]) => n < 5).map(([q]) => q);
    expect(rare).toEqual([]);
  });

  it('uses only qualities of the vocabulary or of the nine the issue adds', () => {
    const known = new Set<string>([...qualitySchema.options, ...ADDED_QUALITIES]);
    const unknown = replies.flatMap((r) => r.qualities.filter((q) => !known.has(q)));
    expect(unknown).toEqual([]);
  });

  it('does not list a quality twice in one reply', () => {
    for (const r of replies) expect(new Set(r.qualities).size, r.id).toBe(r.qualities.length);
  });

  it('has every context in both languages and in both parts', () => {
    for (const context of GRADING_CONTEXTS) {
      for (const lang of ['es', 'en']) {
        for (const split of ['tune', 'heldout']) {
          const n = replies.filter(
            (r) => r.context === context && r.lang === lang && r.split === split,
          ).length;
          expect(n, `${context} ${lang} ${split}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('follows the labelling guide of README.md where it states a rule between labels', () => {
    const has = (r: GoldReply, q: string): boolean => (r.qualities as readonly string[]).includes(q);
    const broken = replies.flatMap((r) => [
      ...(has(r, 'apology_then_blame') && !has(r, 'apologises') ? [`${r.id}: blame without apology`] : []),
      ...(has(r, 'non_apology') && has(r, 'apologises') ? [`${r.id}: non_apology is not apologises`] : []),
      ...(has(r, 'unverified_compensation') && !has(r, 'offers_redress')
        ? [`${r.id}: compensation is redress`]
        : []),
      ...(has(r, 'sarcastic') && has(r, 'thanks') ? [`${r.id}: sarcastic thanks is not thanks`] : []),
      ...(has(r, 'over_promises') && r.confirmed ? [`${r.id}: confirmed facts are not over_promises`] : []),
      ...(has(r, 'premature_all_clear') && r.confirmed
        ? [`${r.id}: a confirmed all-clear is not premature`]
        : []),
    ]);
    expect(broken).toEqual([]);
  });

  it('labels principles only with principle ids (the schema rejects any other key)', () => {
    const bad = goldReplySchema.safeParse({ ...replies[0], principles: { kindness: 1 } });
    expect(bad.success).toBe(false);
  });
});
