import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildResults, type CurrentResults } from '../../src/debrief/results';
import { SCORING_VERSION } from '../../src/scoring/scoring-version';
import { sessionLogSchema } from '../../src/sim/event';
import { playHeadless } from '../../src/sim/headless';
import { POLICIES } from '../../src/sim/policies';
import { realLibrary } from '../helpers';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

const sim = (...args: string[]) => {
  const r = spawnSync(TSX, ['src/cli/sim.cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('sim CLI', () => {
  it('prints exactly one JSON document with the session log', () => {
    const r = sim(
      '--scenario',
      'faulty-product',
      '--lang',
      'en',
      '--seed',
      '3',
      '--policy',
      'silent',
      '--json',
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'lang',
      'seed',
      'policy',
      'events',
      'ended',
      'ending',
      'score',
    ]);
    expect(doc).toMatchObject({
      scenario: 'faulty-product',
      lang: 'en',
      seed: 3,
      policy: 'silent',
      ended: true,
    });
    expect(typeof doc.ending).toBe('string');
    expect(sessionLogSchema.safeParse(doc.events).success).toBe(true);
    expect(
      doc.events.every(
        (e: { t: unknown; type: unknown }) => typeof e.t === 'number' && typeof e.type === 'string',
      ),
    ).toBe(true);
    expect(doc.events.some((e: { type: string }) => e.type === 'action')).toBe(false);
  });

  it('is deterministic: same seed, same document', () => {
    const a = sim('--scenario', 'faulty-product', '--seed', '9', '--policy', 'random', '--json');
    const b = sim('--scenario', 'faulty-product', '--seed', '9', '--policy', 'random', '--json');
    expect(a.out).toBe(b.out);
    expect(JSON.parse(a.out).events.some((e: { type: string }) => e.type === 'action')).toBe(true);
  });

  it('--runs prints a summary and --out writes the same JSON to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sim-')), 'runs.json');
    const r = sim(
      '--scenario',
      'faulty-product',
      '--policy',
      'deleter',
      '--runs',
      '20',
      '--seed',
      '1',
      '--json',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'lang',
      'policy',
      'runs',
      'playthroughsPerSecond',
      'endings',
      'score',
    ]);
    expect(doc.runs).toBe(20);
    expect(Object.values(doc.endings as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(20);
    expect(doc.playthroughsPerSecond).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(doc);
    expect(Object.keys(doc.score)).toEqual(['overall', 'principles']);
    expect(Object.keys(doc.score.overall)).toEqual(['mean', 'min', 'max']);
    expect(doc.score.principles.no_deletion).toBeLessThanOrEqual(15);
    // Never exercised by a player who only deletes: left out, not averaged as zero.
    expect(doc.score.principles).not.toHaveProperty('humility');
  });

  it('--workers plays the same batch on several threads and reports the same endings and scores', () => {
    const args = [
      '--scenario',
      'faulty-product',
      '--policy',
      'random',
      '--runs',
      '9',
      '--seed',
      '4',
      '--json',
    ];
    const one = sim(...args);
    const two = sim(...args, '--workers', '2');
    expect(two.code).toBe(0);
    const { playthroughsPerSecond: a, ...single } = JSON.parse(one.out);
    const { playthroughsPerSecond: b, ...parallel } = JSON.parse(two.out);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(parallel).toEqual(single);
  });

  it('--json also prints the score: overall, band, principles with evidence, troll discernment', () => {
    const r = sim('--scenario', 'faulty-product', '--seed', '4', '--policy', 'defensive', '--json');
    expect(r.code).toBe(0);
    const { score } = JSON.parse(r.out);
    expect(Object.keys(score)).toEqual(['overall', 'band', 'principles', 'trollDiscernment']);
    expect(score.overall).toBeGreaterThanOrEqual(0);
    expect(Object.keys(score.principles)).toHaveLength(15);
    expect(score.principles.empathy.score).toBe(0);
    const evidence = score.principles.humility.evidence[0];
    expect(Object.keys(evidence)).toEqual(expect.arrayContaining(['t', 'rule', 'points', 'of', 'source']));
    expect(evidence.source).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
    expect(Object.keys(score.trollDiscernment)).toEqual(['sensitivity', 'bias']);
    expect(Object.keys(score.trollDiscernment.bias)).toEqual(['dismissive', 'feeding']);
  });

  it('--calibrate plays every scenario with every policy and prints a table', () => {
    const r = sim('--calibrate', '--seeds', '2');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^scenario\s+policy\s+overall\s+empat/);
    for (const policy of ['random', 'silent', 'deleter', 'exemplary', 'defensive'])
      expect(lines.some((l) => l.startsWith('faulty-product') && l.includes(` ${policy} `))).toBe(true);
    expect(r.out).toMatch(/mean scores over 2 seeds per row/);
    const json = sim('--calibrate', '--seeds', '1', '--json');
    const rows = JSON.parse(json.out);
    expect(rows.find((x: { scenario: string; policy: string }) => x.policy === 'exemplary')).toMatchObject({
      runs: 1,
      overall: { mean: expect.any(Number) },
    });
  });

  it.each([
    [['--scenario', 'nope'], /unknown scenario "nope"; valid scenarios: .*faulty-product/],
    [
      ['--scenario', 'faulty-product', '--policy', 'lazy'],
      /unknown policy "lazy"; valid policies: random, silent, deleter, exemplary, defensive$/m,
    ],
    [['--scenario', 'faulty-product', '--lang', 'fr'], /unknown language "fr"; valid languages: es, en/],
    [
      ['--scenario', 'faulty-product', '--colour', 'red'],
      /unknown or malformed flag .*colour.*valid flags: --scenario/,
    ],
    [['--scenario', 'faulty-product', '--seed', 'x'], /--seed must be an integer/],
    [['--calibrate', '--seeds', '0'], /--seeds must be a positive integer/],
    [['--scenario', 'faulty-product', '--workers', '2'], /--workers needs --runs/],
    [['--scenario', 'faulty-product', '--runs', '3', '--workers', '0'], /--workers must be a whole number/],
  ])('rejects %j with one line and exit code 2', (args, message) => {
    const r = sim(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});

describe('sim --verify FILE: a facilitator checks one results file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-'));
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
  if (!compiled) throw new Error('faulty-product');
  const honest: CurrentResults = buildResults({
    ...compiled,
    log: playHeadless(compiled, 'en', 7, POLICIES.silent as never).log,
    mode: 'workshop',
    team: 'Verde',
  });
  const clone = (): CurrentResults => JSON.parse(JSON.stringify(honest));
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return path;
  };

  it('prints the recomputed score, overall and per principle, and exits 0 for an honest file', () => {
    const r = sim('--verify', write('honest.json', honest));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('verified: team "Verde", scenario faulty-product, seed 7, en');
    expect(lines[1]).toMatch(new RegExp(`^overall ${Math.round(honest.score.overall ?? -1)} \\(`));
    expect(lines).toHaveLength(2 + 15);
    expect(lines.find((l) => l.trim().startsWith('empathy'))).toMatch(
      honest.score.principles.empathy.score === null
        ? /not exercised$/
        : new RegExp(` ${Math.round(honest.score.principles.empathy.score)}$`),
    );
  });

  it('exits 1 for a forged score, showing the claimed overall beside the recomputed one', () => {
    const forged = clone();
    forged.score.overall = 100;
    const r = sim('--verify', write('forged.json', forged));
    expect(r.code).toBe(1);
    expect(r.err.trim()).toMatch(/forged\.json: forged or tampered: its score is not the score of its log$/);
    expect(r.out).toMatch(/^FORGED: team "Verde".*the file claims overall 100, its log scores:\noverall \d+/);
    expect(r.out).not.toMatch(/overall 100 \(/);
  });

  it('exits 1 for a tampered log', () => {
    const tampered = clone();
    tampered.log.splice(tampered.log.length - 3, 1);
    const r = sim('--verify', write('tampered.json', tampered));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/its log does not replay as recorded/);
    expect(r.out).toMatch(/^FORGED: .*its log cannot be scored$/m);
  });

  it.each([
    ['not JSON', 'broken.json', '{"format": "cortafuegos-', /broken\.json: not valid JSON \(/],
    [
      'not a results file',
      'save.json',
      { version: 1, attempts: [] },
      /save\.json: not a Cortafuegos results file$/m,
    ],
    [
      'a damaged one',
      'damaged.json',
      { ...honest, seed: 'seven' },
      /damaged\.json: damaged results file: seed: /,
    ],
    [
      'one too large to be a results file',
      'huge.json',
      `{"team": "${'x'.repeat(2 * 1024 * 1024)}"}`,
      /huge\.json: a file of \d+ bytes, larger than a results file can be \(2097152 bytes\)/,
    ],
  ])('exits 2 with one line naming what is wrong for %s', (_what, name, content, message) => {
    const r = sim('--verify', write(name, content));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('exits 2 for a file that is not there', () => {
    const r = sim('--verify', join(dir, 'missing.json'));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/missing\.json: cannot read the file \(ENOENT\)$/);
  });

  const v1 = () => {
    const { scoringVersion: _s, scenarioHash: _h, ...rest } = clone();
    return { ...rest, version: 1 };
  };
  it.each([
    [
      'scoring',
      () => ({ ...clone(), scoringVersion: SCORING_VERSION + 1 }),
      /scoring version \d+, this board/,
    ],
    [
      'scenario',
      () => ({ ...clone(), scenarioHash: '0'.repeat(64) }),
      /scenario "faulty-product" has changed/,
    ],
    ['results file version', v1, /results file version 1, this board checks version 2/],
    [
      'newer results file version',
      () => ({ ...clone(), version: 9 }),
      /version 9, newer than this board reads/,
    ],
  ])('exits 3 for a file of another %s', (what, content, message) => {
    const r = sim('--verify', write(`${what.replaceAll(' ', '-')}.json`, content()));
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });
});
