import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/debrief/build-debrief';
import { debriefSchema } from '../../src/debrief/debrief.schema';
import { missingIn } from '../../src/grading';
import { scoreSession } from '../../src/scoring/score';
import { CrisisSession } from '../../src/sim/session';
import { mini } from '../helpers';

function debriefOf(text: string, lang: 'es' | 'en' = 'es') {
  const s = new CrisisSession(mini(), lang, 3);
  s.advanceTo(12);
  expect(s.act({ type: 'reply', post: 'ana-1', text }).ok).toBe(true);
  s.runToEnd();
  return buildDebrief(s.manifest, s.log, scoreSession(s.manifest, s.log));
}

describe('the debrief of written replies', () => {
  it('lays the reading over the text: labelled spans quoting the words, what was missing, the model', () => {
    const text = 'Lo sentimos mucho, Ana.';
    const d = debriefOf(text);
    expect(d.written).toHaveLength(1);
    const w = d.written[0];
    expect(w?.text).toBe(text);
    expect(w?.post).toEqual({ author: 'ana', text: 'No funciona 😡' });
    const apology = w?.spans.find((s) => s.quality === 'apologises');
    expect(apology?.label).toBe('una disculpa');
    expect(apology?.quote).toBe(text.slice(apology?.start ?? 0, apology?.end ?? 0));
    expect(apology?.quote.toLowerCase()).toContain('sentimos');
    // An apology with no next step: the context expected one.
    expect(w?.missing).toContainEqual({ quality: 'next_step', label: 'un paso concreto, con cuándo' });
    expect(w?.model?.text).toBe('Lo sentimos, Ana. ¿Nos escribes por privado?');
    expect(debriefSchema.parse(d)).toEqual(d);
  });

  it('keeps a hostile text as plain data, in English too', () => {
    const text = '<img src=x onerror=alert(1)> sorry';
    const d = debriefOf(text, 'en');
    expect(d.written[0]?.text).toBe(text);
    for (const s of d.written[0]?.spans ?? []) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });

  it('names what each context expects', () => {
    expect(missingIn(['apologises', 'next_step'], 'genuine_complaint')).toEqual([]);
    expect(missingIn([], 'genuine_complaint')).toEqual(['empathises', 'next_step']);
    expect(missingIn(['thanks'], 'positive')).toEqual([]);
    expect(missingIn(['apologises'], 'rude_agent')).toEqual(['admits_error', 'next_step']);
  });

  it('a debrief of a session with picked replies only has no written replies', () => {
    const s = new CrisisSession(mini(), 'es', 3);
    s.advanceTo(12);
    s.act({ type: 'reply', post: 'ana-1', option: 0 });
    s.runToEnd();
    expect(buildDebrief(s.manifest, s.log, scoreSession(s.manifest, s.log)).written).toEqual([]);
  });
});
