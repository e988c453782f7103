import { describe, expect, it } from 'vitest';
import { BAD_QUALITIES, GOOD_QUALITIES } from '../../src/content/quality';
import { gradeReply } from '../../src/grading/grade-reply';
import { PRINCIPLE_TABLE, principlesOf } from '../../src/grading/principles';

describe('principlesOf', () => {
  it('good qualities only honour principles, bad ones only break them', () => {
    for (const q of GOOD_QUALITIES) for (const [, s] of PRINCIPLE_TABLE[q]) expect(s, q).toBe(1);
    for (const q of BAD_QUALITIES) {
      expect(PRINCIPLE_TABLE[q].length, q).toBeGreaterThan(0);
      for (const [, s] of PRINCIPLE_TABLE[q]) expect(s, q).toBe(-1);
    }
  });

  it('a break outweighs an honour on the same principle', () => {
    expect(principlesOf(['apologises', 'apology_then_blame'], 'genuine_complaint').transparency).toBe(-1);
    expect(principlesOf(['apologises', 'explains'], 'genuine_complaint').transparency).toBe(1);
  });

  it('owning an error and saying what changes is learning, after a rude reply or before the press', () => {
    expect(principlesOf(['admits_error', 'next_step'], 'rude_agent').learning).toBe(1);
    expect(principlesOf(['admits_error', 'next_step'], 'press').learning).toBe(1);
    expect(principlesOf(['admits_error'], 'press').learning).toBeUndefined();
    expect(principlesOf(['admits_error', 'next_step'], 'genuine_complaint').learning).toBeUndefined();
  });

  it('to a troll, explaining the facts is composure, and brushing the post off misses the complaint in it', () => {
    expect(principlesOf(['explains'], 'troll')).toMatchObject({ troll_discernment: 1, composure: 1 });
    expect(principlesOf(['explains', 'feeds_troll'], 'troll').composure).toBe(-1);
    expect(principlesOf(['explains'], 'genuine_complaint').composure).toBeUndefined();
    expect(principlesOf(['dismisses'], 'troll').troll_discernment).toBe(-1);
    expect(principlesOf(['dismisses', 'calm_boundary'], 'troll').troll_discernment).toBe(1);
    expect(principlesOf(['dismisses', 'offers_private'], 'troll').troll_discernment).toBe(1);
    expect(principlesOf(['dismisses'], 'genuine_complaint').troll_discernment).toBeUndefined();
  });

  it('reads by context: thanks to a fan, a calm boundary to a troll or to a customer', () => {
    expect(principlesOf(['thanks'], 'positive')).toEqual({ acknowledge_positive: 1 });
    expect(principlesOf(['thanks'], 'genuine_complaint')).toEqual({});
    expect(principlesOf(['calm_boundary'], 'troll').troll_discernment).toBe(1);
    expect(principlesOf(['calm_boundary'], 'genuine_complaint').troll_discernment).toBe(-1);
  });

  it('a model reply honours empathy, transparency and follow-up and breaks nothing', () => {
    const g = gradeReply({
      text: 'Lo sentimos, Ana: tienes razón, fue un error nuestro. Te escribimos por privado hoy antes de las 18:00.',
      lang: 'es',
      context: 'genuine_complaint',
      authorName: 'Ana',
    });
    const p = principlesOf(g.qualities, 'genuine_complaint');
    expect(p).toMatchObject({ empathy: 1, transparency: 1, follow_up: 1, private_channel: 1 });
    expect(Object.values(p)).not.toContain(-1);
  });
});
