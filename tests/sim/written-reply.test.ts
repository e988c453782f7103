import { describe, expect, it } from 'vitest';
import type { Quality } from '../../src/content/quality';
import { GRADER_VERSION } from '../../src/grading';
import type { EventOfType, SessionEvent } from '../../src/sim/event';
import { branchOf, distance, nearestOption, reproducedOption } from '../../src/sim/nearest-branch';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { sameWords, similarity } from '../../src/sim/written-reply';
import type { ReplyOption } from '../../src/story/beat';
import { mini } from '../helpers';

const at = (t: number, lang: 'es' | 'en' = 'es'): CrisisSession => {
  const s = new CrisisSession(mini(), lang, 3);
  s.advanceTo(t);
  return s;
};
const actions = (s: CrisisSession) => s.log.filter((e): e is EventOfType<'action'> => e.type === 'action');
const option = (index: number, qualities: Quality[]): ReplyOption => ({
  index,
  text: `o${index}`,
  qualities,
  channel: 'public',
  model: false,
});

describe('the nearest scripted branch of a written reply', () => {
  it('counts a missing or extra flaw double', () => {
    expect(distance(['apologises'], ['apologises'])).toBe(0);
    expect(distance(['apologises'], ['apologises', 'empathises'])).toBe(1);
    expect(distance(['apologises'], ['apologises', 'blames_customer'])).toBe(2);
  });

  it('sends a warm reply with a flaw to the branch of that flaw, not to the model', () => {
    const model = option(0, ['apologises', 'empathises', 'next_step', 'acknowledges']);
    const flawed = option(1, ['apologises', 'over_promises']);
    const cold = option(2, ['dismisses']);
    expect(nearestOption([model, flawed, cold], ['apologises', 'empathises', 'over_promises'])?.index).toBe(
      1,
    );
    expect(nearestOption([model, flawed, cold], ['apologises', 'empathises', 'acknowledges'])?.index).toBe(0);
    expect(nearestOption([cold, flawed, model], ['dismisses', 'sarcastic'])?.index).toBe(2);
  });

  it('breaks ties by fewer tags, then by ink index, whatever the order shown', () => {
    const a = option(3, ['thanks']);
    const b = option(1, ['thanks']);
    const c = option(0, ['thanks', 'rewards', 'human_tone']);
    expect(nearestOption([a, b, c], [])?.index).toBe(1);
    expect(nearestOption([c, b, a], [])?.index).toBe(1);
    expect(nearestOption([], ['thanks'])).toBeNull();
  });
});

describe('a written reply goes through the command path', () => {
  it('publishes the text, logs its reading and branch, and plays that branch', () => {
    const s = at(12);
    const text = 'Lo sentimos mucho, Ana. Te escribimos por privado ahora mismo para revisarlo contigo.';
    expect(s.act({ type: 'reply', post: 'ana-1', text })).toEqual({ ok: true });
    const [act] = actions(s);
    expect(act?.action).toEqual({ type: 'reply', post: 'ana-1', text });
    const reply = act?.reply;
    expect(reply?.text).toBe(text);
    expect(reply?.model).toBe(false);
    expect(reply?.written?.graderVersion).toBe(GRADER_VERSION);
    expect(reply?.written?.context).toBe('genuine_complaint');
    expect(reply?.written?.confirmed).toBe(false);
    expect(reply?.qualities).toContain('apologises');
    for (const e of reply?.written?.evidence ?? []) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(reply?.qualities).toContain(e.quality);
    }
    // The apology with a private offer is nearest the model branch, whose answer is "Vale, gracias."
    expect(reply?.written?.branch).toBe(0);
    s.advanceTo(20);
    expect(s.posts.some((p) => p.author === 'brand' && p.text === text)).toBe(true);
    expect(s.posts.some((p) => p.author === 'ana' && p.text === 'Vale, gracias.')).toBe(true);
  });

  it('plays a blaming text through the blaming branch', () => {
    const s = at(12, 'en');
    expect(s.act({ type: 'reply', post: 'ana-1', text: 'You should have read the manual.' }).ok).toBe(true);
    expect(actions(s)[0]?.reply?.qualities).toContain('blames_customer');
    expect(actions(s)[0]?.reply?.written?.branch).toBe(1);
  });

  it('refuses an empty or over-long text, or a text beside an option, logging nothing', () => {
    const s = at(25);
    const before = s.log.length;
    for (const bad of [
      { type: 'reply', post: 'ana-1', text: '   ' },
      { type: 'reply', post: 'ana-1', text: 'a'.repeat(281) },
      { type: 'reply', post: 'ana-1', text: 'hola', option: 0 },
      { type: 'statement', text: 'x'.repeat(1001) },
    ]) {
      const r = s.act(bad);
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.reason).toMatch(/text|unexpected field/);
    }
    expect(s.act({ type: 'reply', post: 'ana-1', text: '🙂'.repeat(280) }).ok).toBe(true);
    expect(s.log.length).toBeGreaterThan(before);
  });

  it('reads facts as confirmed only once the player has analysed or escalated', () => {
    const s = at(12);
    s.act({ type: 'analyse' });
    s.act({ type: 'reply', post: 'ana-1', text: 'Lo sentimos, Ana.' });
    expect(actions(s)[1]?.reply?.written?.confirmed).toBe(true);
  });

  it('reads a text pasted again on another post as canned, with the whole text as evidence', () => {
    const s = at(25);
    const text = 'Lo sentimos mucho. Te escribimos por privado hoy mismo para solucionarlo.';
    s.act({ type: 'reply', post: 'ana-1', text });
    const troll = s.posts.find((p) => p.author === 'tro');
    expect(troll).toBeDefined();
    s.act({ type: 'reply', post: troll?.id ?? '', text: `${text}!` });
    const second = actions(s)[1]?.reply;
    expect(second?.qualities).toContain('canned');
    expect(second?.written?.evidence).toContainEqual({
      quality: 'canned',
      start: 0,
      end: text.length + 1,
      cue: 'reused_text',
    });
    expect(actions(s)[0]?.reply?.qualities).not.toContain('canned');
    expect(similarity('Hola, ÁNA', 'hola, ana')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it('replays what was logged: a reading in the log stands, and regrading finds the difference', () => {
    const s = at(12);
    s.act({ type: 'reply', post: 'ana-1', text: 'Lo sentimos mucho, Ana.' });
    s.runToEnd();
    expect(replayLog(mini(), s.log).log).toEqual(s.log);
    expect(replayLog(mini(), s.log, undefined, true).log).toEqual(s.log);
    // A log whose reading differs from today's grader still replays as logged (an older grader's
    // reading is the session's truth); regrading shows the difference.
    const tampered = structuredClone(s.log);
    const act = tampered.find((e): e is EventOfType<'action'> => e.type === 'action');
    if (!act?.reply) throw new Error('no reply logged');
    act.reply.qualities = [...act.reply.qualities, 'thanks'];
    const kept = replayLog(mini(), tampered).log.find((e) => e.type === 'action');
    expect(kept?.type === 'action' && kept.reply?.qualities).toContain('thanks');
    const fresh = replayLog(mini(), tampered, undefined, true).log.find((e) => e.type === 'action');
    expect(fresh?.type === 'action' && fresh.reply?.qualities).not.toContain('thanks');
  });

  it('replays the branch the log says was played, and regrading chooses it afresh', () => {
    const s = at(12, 'en');
    s.act({ type: 'reply', post: 'ana-1', text: 'You should have read the manual.' });
    s.runToEnd();
    const answer = (log: readonly SessionEvent[]) =>
      log.find((e) => e.type === 'post' && e.post.author === 'ana' && e.t > 12);
    // The branch a session played stands whatever a newer rule would choose for the same text.
    const otherBranch = structuredClone(s.log);
    const act = otherBranch.find((e): e is EventOfType<'action'> => e.type === 'action');
    if (!act?.reply?.written) throw new Error('no written reply logged');
    act.reply.written.branch = 0;
    const kept = replayLog(mini(), otherBranch).log;
    expect(kept.find((e) => e.type === 'action')).toEqual(act);
    expect(answer(kept)).not.toEqual(answer(s.log));
    expect(replayLog(mini(), otherBranch, undefined, true).log).toEqual(s.log);
    // A branch the reply point does not have is a log the engine did not write.
    act.reply.written.branch = 7;
    expect(() => replayLog(mini(), otherBranch)).toThrow(/logged branch 7 is not .*valid: 0, 1/);
  });
});

describe('a written reply that writes out a scripted one', () => {
  const model: ReplyOption = {
    index: 0,
    text: 'Lo sentimos mucho, Ana: fue un error nuestro. Te escribimos por privado hoy para devolverte el dinero.',
    qualities: ['apologises', 'admits_error', 'offers_private', 'offers_redress', 'next_step'],
    channel: 'public',
    model: true,
  };
  const plain: ReplyOption = {
    ...option(1, ['apologises', 'offers_private']),
    text: 'Lo sentimos. Escríbenos por privado.',
  };
  // What the grader might read in the model's words, nearer the plain reply's tags than the model's.
  const misread: Quality[] = ['apologises', 'offers_private'];

  it('plays the branch of the reply it writes out, case, accents, spacing and a slip aside', () => {
    const typed =
      '  lo sentimos mucho ana: fue un error nuestro.  te escribimos por privado hoy para devolverte el dinerp  ';
    expect(nearestOption([model, plain], misread)?.index).toBe(1);
    expect(branchOf([model, plain], typed, misread)?.index).toBe(0);
    expect(sameWords(`${model.text}${' '.repeat(20)}`, model.text)).toBe(true);
    expect(sameWords('Espera... sí.', 'Espera… sí')).toBe(true);
  });

  it('is a text of its own when a word is added, dropped or swapped, however similar', () => {
    const flipped = model.text.replace('fue un error nuestro', 'no fue un error nuestro');
    const swapped = model.text.replace('Lo sentimos mucho', 'No lo sentimos nada');
    expect(similarity(flipped, model.text)).toBeGreaterThanOrEqual(0.9);
    expect(sameWords(flipped, model.text)).toBe(false);
    expect(sameWords(swapped, model.text)).toBe(false);
    expect(sameWords('Es falso. Los cajeros funcionan.', 'Es cierto. Los cajeros funcionan.')).toBe(false);
    // Short words must match: "sí" is not "no".
    expect(sameWords('Sí, está a salvo.', 'No, está a salvo.')).toBe(false);
    expect(branchOf([model, plain], flipped, misread)?.index).toBe(1);
  });

  it('takes the lower ink index of two alike', () => {
    const twin: ReplyOption = { ...model, index: 2, text: `${model.text}!`, model: false };
    expect(reproducedOption([twin, model], model.text)?.index).toBe(0);
  });
});
