import { describe, expect, it } from 'vitest';
import { parseTags } from '../../src/content/tag.schema';

describe('ink tags', () => {
  it('parses line tags into typed values', () => {
    const r = parseTags(['author: ana', 'after: 12', 'kind: complaint', 'patience: 90'], 'line');
    expect(r).toEqual({ ok: true, value: { author: 'ana', after: 12, kind: 'complaint', patience: 90 } });
  });

  it('collects repeated qualities and reads model and trigger choices', () => {
    const r = parseTags(
      ['quality: apologises', 'quality: offers_private', 'model: true', 'channel: private'],
      'choice',
    );
    expect(r).toEqual({
      ok: true,
      value: { quality: ['apologises', 'offers_private'], model: true, channel: 'private' },
    });
    expect(parseTags(['on: ignored'], 'choice')).toEqual({ ok: true, value: { on: 'ignored' } });
  });

  it('rejects unknown keys, bad values, bad form and repeats, naming the rule', () => {
    const rules = (raw: string[], ctx: 'line' | 'choice') => {
      const r = ctx === 'line' ? parseTags(raw, 'line') : parseTags(raw, 'choice');
      return r.ok ? [] : r.problems.map((p) => p.rule);
    };
    expect(rules(['mood: angry'], 'line')).toEqual(['tag-unknown-key']);
    expect(rules(['quality: polite'], 'choice')).toEqual(['tag-value']);
    expect(rules(['kind: rant'], 'line')).toEqual(['tag-value']);
    expect(rules(['after: soon'], 'line')).toEqual(['tag-value']);
    expect(rules(['just a hashtag'], 'line')).toEqual(['tag-format']);
    expect(rules(['author: a', 'author: b'], 'line')).toEqual(['tag-repeated']);
    expect(rules(['quality: thanks'], 'line')).toEqual(['tag-unknown-key']);
    expect(rules(['author: ana'], 'choice')).toEqual(['tag-unknown-key']);
  });
});
