import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

const grade = (input: string, ...args: string[]) => {
  const r = spawnSync(TSX, ['src/cli/grade.cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const line = (o: object) => `${JSON.stringify(o)}\n`;

describe('grade CLI', () => {
  it('answers each JSON line with one JSON line: qualities, evidence, principles', () => {
    const r = grade(
      line({
        lang: 'es',
        context: 'genuine_complaint',
        text: 'Lo sentimos, fue un error nuestro. Te escribimos hoy.',
      }) +
        line({ lang: 'en', context: 'outage', text: 'It will be fixed by 3pm.', confirmed: false }) +
        line({ lang: 'en', context: 'troll', text: '\u202e\u0000'.repeat(5000) }),
      '--json',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const docs = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs).toHaveLength(3);
    expect(Object.keys(docs[0])).toEqual(['qualities', 'evidence', 'principles']);
    expect(docs[0].qualities).toEqual(['apologises', 'admits_error', 'next_step']);
    expect(docs[0].evidence[0]).toEqual({ quality: 'apologises', start: 0, end: 11, cue: 'es_apology' });
    expect(docs[0].principles).toMatchObject({ transparency: 1, follow_up: 1 });
    expect(docs[1].qualities).toEqual(['over_promises']);
    // An outcome stated as certain before it is known breaks consistency and honesty both.
    expect(docs[1].principles).toEqual({ consistency: -1, transparency: -1 });
    expect(docs[2]).toEqual({ qualities: [], evidence: [], principles: {} });
  });

  it('an unknown language or context: one line naming it and the valid choices, exit 2', () => {
    const lang = grade(line({ lang: 'fr', context: 'troll', text: 'x' }), '--json');
    expect(lang.code).toBe(2);
    expect(lang.err).toBe('line 1: unknown language "fr"; valid: es, en\n');
    const ctx = grade(line({ lang: 'es', context: 'angry', text: 'x' }), '--json');
    expect(ctx.code).toBe(2);
    expect(ctx.err.trim().split('\n')).toHaveLength(1);
    expect(ctx.err).toContain('"angry"');
    expect(ctx.err).toContain('genuine_complaint, positive, troll, rude_agent, outage, press');
  });

  it('a line that is not JSON or has no text is named', () => {
    expect(grade('{oops\n', '--json')).toMatchObject({ code: 2, err: 'line 1: not JSON\n' });
    expect(grade(line({ lang: 'es', context: 'troll' }), '--json')).toMatchObject({
      code: 2,
      err: 'line 1: "text" must be a string\n',
    });
    expect(grade('', '--yaml').code).toBe(2);
  });
});
