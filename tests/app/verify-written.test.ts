import { describe, expect, it, vi } from 'vitest';
import { verifyResults } from '../../src/app/workshop/verify-results';
import { buildResults } from '../../src/debrief/results';
import { GRADER_VERSION } from '../../src/grading';
import { CrisisSession } from '../../src/sim/session';
import type { WrittenReading } from '../../src/sim/written-reply';
import { realLibrary } from '../helpers';

/** A rude-agent session in which the player writes their first reply to Marta. */
function session(reading?: (honest: WrittenReading) => WrittenReading): CrisisSession {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'rude-agent');
  if (!compiled) throw new Error('rude-agent did not load');
  const s = new CrisisSession(compiled, 'es', 11);
  for (let t = 5; t < 120 && !s.posts.some((p) => s.replyOptions(p.id)); t += 5) s.advanceTo(t);
  const post = s.posts.find((p) => s.replyOptions(p.id)?.some((o) => o.channel === 'public'));
  if (!post) throw new Error('no reply point');
  const action = { type: 'reply', post: post.id, text: 'Lo sentimos, fue culpa de Dani.' } as const;
  const honest = s.readText(action.text, {
    post,
    channel: 'public',
    authorName: s.persona(post.author).name,
  });
  expect(s.act(action, reading?.(honest)).ok).toBe(true);
  s.runToEnd();
  return s;
}
const results = (s: CrisisSession) => buildResults({ ...s.scenario, log: s.log, mode: 'workshop' });

describe('verifying a results file with written replies', () => {
  it('believes a file whose written replies read as logged', () => {
    const s = session();
    const written = s.log.find((e) => e.type === 'action' && e.reply?.written);
    expect(written?.type === 'action' && written.reply?.qualities).toContain('names_person');
    expect(verifyResults(results(s), s.scenario).ok).toBe(true);
  });

  it('marks a file played through with a reading this grader does not give', () => {
    // Everything in the file is consistent with the forged reading: only re-reading the text shows it.
    const s = session((h) => ({ ...h, qualities: ['apologises', 'empathises'], evidence: [] }));
    const verdict = verifyResults(results(s), s.scenario);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toBe('forged.reading');
    expect(!verdict.ok && verdict.vars.grader).toBe(GRADER_VERSION);
  });

  it('lets a reading by another grader version stand as logged', () => {
    const s = session((h) => ({
      ...h,
      graderVersion: GRADER_VERSION + 1,
      qualities: ['apologises'],
      evidence: [],
    }));
    expect(verifyResults(results(s), s.scenario).ok).toBe(true);
  });

  it('says a file was not checked, never forged, when its language cannot be read here', async () => {
    const file = results(session());
    // Fresh modules without the lexicons the test setup loads: a board whose lexicon fetch failed.
    vi.resetModules();
    const fresh = await import('../../src/app/workshop/verify-results');
    const verdict = fresh.verifyResults(
      file,
      realLibrary().scenarios.find((c) => c.manifest.id === 'rude-agent'),
    );
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toBe('unverified');
    expect(!verdict.ok && verdict.vars.detail).toMatch(/the es grading lexicon is not loaded/);
  });

  it('marks a written reply logged without its reading as a forged log at that reply, lexicon or not', async () => {
    const file = structuredClone(results(session()));
    const reply = file.log.find((e) => e.type === 'action' && e.reply?.written);
    if (reply?.type !== 'action' || !reply.reply) throw new Error('no written reply in the log');
    delete reply.reply.written;
    const at = Math.round(reply.t);
    const rudeAgent = () => realLibrary().scenarios.find((c) => c.manifest.id === 'rude-agent');
    expect(verifyResults(file, rudeAgent())).toMatchObject({
      ok: false,
      reason: 'forged.log',
      vars: { t: at },
    });
    // A board whose lexicon fetch failed comes to the same verdict: the log itself shows the edit.
    vi.resetModules();
    const fresh = await import('../../src/app/workshop/verify-results');
    expect(fresh.verifyResults(file, rudeAgent())).toMatchObject({
      ok: false,
      reason: 'forged.log',
      vars: { t: at },
    });
  });
});

describe('a results file written by an earlier release', () => {
  it('is still believed: its written replies replay by their logged reading and its debrief rebuilds alike', async () => {
    // Played on grader version 6 (the last released), with model replies written out word for word
    // and plain ones between them. A change to the debrief's words (a quality's label) must bump
    // DEBRIEF_VERSION rather than make such a file read as forged.
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(
      readFileSync(new URL('../fixtures/results/faulty-product-grader6.es.json', import.meta.url), 'utf8'),
    );
    const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'faulty-product');
    if (!compiled) throw new Error('faulty-product did not load');
    const written = file.log.filter(
      (e: { type: string; reply?: { written?: { graderVersion: number } } }) =>
        e.type === 'action' && e.reply?.written,
    );
    expect(written.length).toBeGreaterThan(3);
    expect(
      written.every(
        (e: { reply: { written: { graderVersion: number } } }) => e.reply.written.graderVersion === 6,
      ),
    ).toBe(true);
    expect(verifyResults(file, compiled)).toMatchObject({ ok: true });
  });
});
