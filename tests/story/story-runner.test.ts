import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/diagnostic';
import { compileInk } from '../../src/content/ink-compile';
import { StoryRunner } from '../../src/story/story-runner';
import { mini } from '../helpers';

const runner = (lang: 'es' | 'en' = 'es') => new StoryRunner(mini().stories[lang], 'mini.ink', 7);

describe('story runner', () => {
  it('turns a thread into posts with parsed tags and reply options with qualities', () => {
    const beat = runner().start('ana', 'ana');
    expect(beat.lines).toEqual([
      { text: 'No funciona 😡', tags: { author: 'ana', id: 'ana-1', kind: 'complaint', patience: 60 } },
    ]);
    expect(beat.done).toBe(false);
    const options = beat.choices?.options ?? [];
    expect(options.map((o) => [o.channel, o.model, o.qualities])).toEqual([
      ['public', true, ['apologises', 'offers_private']],
      ['public', false, ['blames_customer']],
      ['private', false, ['empathises', 'next_step']],
    ]);
    expect(beat.choices?.triggers).toEqual({ ignored: 3, deleted: 4 });
  });

  it('runs several threads at once in separate flows', () => {
    const r = runner();
    const ana = r.start('ana', 'ana');
    const troll = r.start('tro', 'tro');
    expect(troll.lines[0]?.tags.author).toBe('tro');
    const answer = r.choose('ana', ana.choices?.options[0]?.index ?? -1);
    expect(answer.lines.map((l) => l.text)).toEqual(['Vale, gracias.']);
    expect(answer.done).toBe(true);
    expect(r.getVariable('ana_ok')).toBe(true);
    const trollAnswer = r.choose('tro', troll.choices?.options[0]?.index ?? -1);
    expect(trollAnswer.lines[0]?.text).toBe('Jaja me contestaron');
  });

  it('gives the public a different answer for a different reply', () => {
    const first = runner().start('ana', 'ana');
    const bad = runner();
    bad.start('ana', 'ana');
    expect(bad.choose('ana', first.choices?.options[1]?.index ?? -1).lines[0]?.text).toBe('¿Perdona?');
  });

  it('plays a flow that reuses a finished one exactly as a new flow, and refuses a choice in a flow let go', () => {
    const fresh = runner().start('tro', 'tro');
    const r = runner();
    const ana = r.start('ana', 'ana');
    expect(r.choose('ana', ana.choices?.options[0]?.index ?? -1).done).toBe(true);
    r.removeFlow('ana');
    expect(r.start('tro', 'tro')).toEqual(fresh);
    expect(r.choose('tro', fresh.choices?.options[0]?.index ?? -1).lines[0]?.text).toBe(
      'Jaja me contestaron',
    );
    expect(() => r.choose('ana', 0)).toThrow(/out of range/);
  });

  it('reads an ending from engine variables', () => {
    const r = runner('en');
    r.setVariable('sentiment', 30);
    expect(r.start('ending', 'ending').lines[0]).toEqual({ text: 'Bien.', tags: { ending: 'recovered' } });
    r.setVariable('deleted_criticism', 1);
    expect(r.start('ending', 'ending').lines[0]?.tags.ending).toBe('censored');
  });

  it('raises a ContentError naming the file for an unknown knot', () => {
    let caught: unknown;
    try {
      runner().start('x', 'no_such_knot');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    expect((caught as ContentError).diagnostics[0]).toMatchObject({ file: 'mini.ink', rule: 'knot-missing' });
    expect((caught as Error).message).toMatch(/no_such_knot/);
  });

  it('still reports an external function the script calls but nobody binds, in every session', () => {
    const source = 'EXTERNAL ring()\n=== call ===\nHola # author: ana\n~ ring()\n-> DONE\n';
    const compiled = compileInk('ext.ink', source);
    expect(compiled.json).toBeTruthy();
    for (let i = 0; i < 2; i++) {
      const r = new StoryRunner(compiled.json ?? '', 'ext.ink', i);
      expect(() => r.start('f', 'call')).toThrow(/ring/);
    }
  });
});
