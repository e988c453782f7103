import { describe, expect, it } from 'vitest';
import { GRADER_VERSION } from '../../src/grading';
import type { SessionEvent } from '../../src/sim/event';
import { COACH_READS_FROM } from '../../src/sim/perform-action';
import { replayLog } from '../../src/sim/replay';
import { CrisisSession } from '../../src/sim/session';
import { viewSession } from '../../src/sim/session-view';
import { realLibrary } from '../helpers';

const firstShift = () => {
  const compiled = realLibrary().scenarios.find((s) => s.manifest.id === 'first-shift');
  if (!compiled) throw new Error('first-shift did not load');
  return compiled;
};

/** Rosa's praise in the coached scenario, answered in writing; the session run to its end. */
function answerRosa(lang: 'es' | 'en', text: string): CrisisSession {
  const s = new CrisisSession(firstShift(), lang, 3);
  for (let t = 1; t < 60 && !s.replyOptions('regular-open'); t++) s.advanceTo(t);
  expect(s.act({ type: 'reply', post: 'regular-open', text })).toEqual({ ok: true });
  s.runToEnd();
  return s;
}
const coachEvents = (log: readonly SessionEvent[]) =>
  log.filter((e) => e.type === 'coach' || e.type === 'coach_reading');

describe('the coach on a written reply', () => {
  it('speaks to what was written when the branch played only resembles it (no gift was given)', () => {
    expect(GRADER_VERSION).toBeGreaterThanOrEqual(COACH_READS_FROM);
    // A bare thank-you: nearest to the warm thank-you branch, which also reads a human tone.
    const s = answerRosa('es', 'Gracias por tu comentario, Rosa.');
    const act = s.log.find((e) => e.type === 'action' && e.reply?.written);
    if (act?.type !== 'action' || !act.reply) throw new Error('no written reply');
    expect(act.reply.qualities).toEqual(['thanks']);
    const coach = coachEvents(s.log);
    const onRosa = coach.find((e) => e.type === 'coach_reading' && e.reply === act.reply?.id);
    expect(onRosa).toMatchObject({ type: 'coach_reading', principle: 'acknowledge_positive' });
    // The scripted line praising a gift is never said for this reply.
    expect(coach.some((e) => e.type === 'coach' && /premiado/.test(e.text))).toBe(false);
    const happening = viewSession(s).happenings.find((h) => h.kind === 'coach_reading');
    expect(happening).toMatchObject({ kind: 'coach_reading', qualities: act.reply.qualities });
  });

  it("says the branch's own line when the writing reads exactly as the branch it plays", () => {
    // The model reply, written out word for word: it reads as its own tags.
    const s = answerRosa(
      'es',
      '¡Rosa, nos has alegrado la mañana! 🧡 Gracias por venir cada sábado. Tu próximo café en Olmo corre de nuestra cuenta: saluda en el mostrador, ya lo saben. ¡Que disfrutes el bollo!',
    );
    const act = s.log.find((e) => e.type === 'action' && e.reply?.written);
    if (act?.type !== 'action' || !act.reply?.written) throw new Error('no written reply');
    const { branch } = act.reply.written;
    const offered = s.log.find((e) => e.type === 'reply_opened' && e.post === 'regular-open');
    const played =
      offered?.type === 'reply_opened' ? offered.options.find((o) => o.index === branch) : undefined;
    expect([...(played?.qualities ?? [])].sort()).toEqual([...act.reply.qualities].sort());
    const next = coachEvents(s.log).find((e) => e.t >= act.t);
    expect(next).toMatchObject({ type: 'coach', principle: 'acknowledge_positive' });
  });

  it('replays a log read by an older grader with the coach lines it was played with', () => {
    const s = answerRosa('es', 'Gracias por tu comentario, Rosa.');
    // The same session as an older grader version logged it: its coach said the branch's lines.
    const older = s.log.map((e) =>
      e.type === 'action' && e.reply?.written
        ? {
            ...e,
            reply: { ...e.reply, written: { ...e.reply.written, graderVersion: COACH_READS_FROM - 1 } },
          }
        : e,
    );
    const replayed = replayLog(firstShift(), older).log;
    expect(coachEvents(replayed).some((e) => e.type === 'coach_reading')).toBe(false);
    expect(coachEvents(replayed).some((e) => e.type === 'coach' && /gracias cálido/.test(e.text))).toBe(true);
  });

  it.each([
    ['es', '¡Qué alegría leerte, Rosa! 🧡 Gracias por venir a Olmo y por contarlo.', /gracias a vosotros/],
    [
      'en',
      'So lovely to read this, Rosa! 🧡 Thanks for coming to Olmo and for telling everyone.',
      /thank you! 🧡/,
    ],
  ] as const)(
    'a warm thank-you with no gift (%s) plays the branch kept for writing: Rosa answers the thanks, not a gift',
    (lang, text, answer) => {
      const s = answerRosa(lang, text);
      const act = s.log.find((e) => e.type === 'action' && e.reply?.written);
      if (act?.type !== 'action' || !act.reply?.written) throw new Error('no written reply');
      expect([...act.reply.qualities].sort()).toEqual(['human_tone', 'thanks']);
      // Never offered as a suggestion: the menu shows the same options as before.
      const offered = s.log.find((e) => e.type === 'reply_opened' && e.post === 'regular-open');
      if (offered?.type !== 'reply_opened') throw new Error('no reply point');
      expect(offered.options.some((o) => o.index === act.reply?.written?.branch)).toBe(false);
      const rosa = s.log.filter((e) => e.type === 'post' && e.post.author === 'rosa' && e.t > act.t);
      expect(rosa.map((e) => (e.type === 'post' ? e.post.text : ''))).toEqual([
        expect.stringMatching(answer),
      ]);
      // The coach says the branch's own line: the reading is the branch's.
      expect(coachEvents(s.log).some((e) => e.type === 'coach_reading')).toBe(false);
    },
  );
});
