import { describe, expect, it } from 'vitest';
import { read } from './read';

/** The composition rules of grader version 3, each on a sentence written for the test. */
describe('grader v3 rules', () => {
  it('a negation does not reach past "and" / "y"', () => {
    const en = read("That's really not okay and I'm sorry.", 'en');
    expect(en.apologises).toBeDefined();
    expect(en.non_apology).toBeUndefined();
    const es = read('No es justo y lo sentimos.', 'es');
    expect(es.apologises).toBeDefined();
    expect(es.non_apology).toBeUndefined();
  });

  it('a brand action in the future is a next step with a time in its sentence, not without one', () => {
    expect(read('Te confirmamos la devolución esta misma tarde.', 'es').next_step).toBeDefined();
    expect(
      read('Someone from our delivery team will ring you tomorrow morning.', 'en').next_step,
    ).toBeDefined();
    expect(read('Te confirmamos la devolución.', 'es').next_step).toBeUndefined();
  });

  it('understanding turned by "but" into an excuse is defensive, not empathy', () => {
    const r = read('Lo entendemos, pero la caldera es responsabilidad del propietario.', 'es');
    expect(r.defensive).toBeDefined();
    expect(r.empathises).toBeUndefined();
    expect(read('We understand, and we will fix it today.', 'en').defensive).toBeUndefined();
  });

  it('a terse reply to a complaint brushes it off; to praise, it is a cold reply', () => {
    expect(read('Ok.', 'en').dismisses).toBeDefined();
    expect(read('Vale.', 'es', 'outage').dismisses).toBeDefined();
    expect(read('ok', 'en', 'troll').dismisses).toBeUndefined();
  });

  it('a pointer elsewhere is a dismissal only when it is the whole answer', () => {
    expect(read('Please check our website.', 'en').dismisses).toBeDefined();
    expect(
      read('Sorry, checkout is down. Please check our website for updates.', 'en', 'outage').dismisses,
    ).toBeUndefined();
    expect(read('Consulte nuestra web.', 'es').dismisses).toBeDefined();
  });

  it('the stock patience formula is not thanks; thanks for a comment is', () => {
    expect(read('Thank you for your patience.', 'en').thanks).toBeUndefined();
    expect(
      read(
        'Gracias por su comentario. Trasladamos su valoración al departamento correspondiente.',
        'es',
        'positive',
      ).thanks,
    ).toBeDefined();
  });
});
