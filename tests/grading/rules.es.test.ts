import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('grader, Spanish', () => {
  it('reads an apology, an admitted error, the name and a next step with its time', () => {
    const r = read(
      'Lo sentimos mucho, Ana. Fue un error nuestro. Te llamamos hoy antes de las 18:00.',
      'es',
      'genuine_complaint',
      {
        authorName: 'Ana García',
      },
    );
    expect(r.apologises).toEqual(['Lo sentimos mucho']);
    expect(r.admits_error).toEqual(['Fue un error nuestro']);
    // A name alone is no human tone (tests/gold/README.md): the voice around it is.
    expect(r.human_tone).toBeUndefined();
    expect(r.names_person).toBeUndefined();
    expect(r.next_step).toEqual(['Te llamamos hoy antes de las 18:00']);
  });

  it('an action without a time is no next step', () => {
    expect(read('Revisaremos tu caso.', 'es').next_step).toBeUndefined();
  });

  it('negation turns an admission into defensiveness ("no es culpa nuestra")', () => {
    const r = read('No es culpa nuestra.', 'es');
    expect(r.defensive).toBeDefined();
    expect(r.admits_error).toBeUndefined();
  });

  it('blame shifted to a supplier', () => {
    expect(read('El proveedor tiene la culpa del retraso.', 'es').blames_third_party).toEqual([
      'El proveedor tiene la culpa',
    ]);
  });

  it('non-apologies are not apologies', () => {
    for (const text of ['Sentimos que te sientas así.', 'Si alguien se sintió ofendido, lo lamentamos.']) {
      const r = read(text, 'es', 'rude_agent');
      expect(r.non_apology, text).toBeDefined();
    }
    expect(read('Sentimos que te sientas así.', 'es').apologises).toBeUndefined();
  });

  it('an apology taken back by blame', () => {
    const r = read('Perdona, pero deberías haber leído las condiciones.', 'es');
    expect(r.apology_then_blame).toEqual(['Perdona, pero deberías haber leído']);
    // The apology stays read as said; the break it carries outweighs it in principlesOf.
    expect(r.apologises).toEqual(['Perdona']);
    expect(r.blames_customer).toBeDefined();
  });

  it('thanks beside 🙃 is sarcasm', () => {
    const r = read('Gracias por tu paciencia 🙃', 'es');
    expect(r.sarcastic).toEqual(['Gracias por tu paciencia 🙃']);
    expect(r.thanks).toBeUndefined();
    // Without the mark it is no sarcasm; answering a complaint it is the stock formula (README), not thanks.
    const plain = read('¡Gracias por tu paciencia!', 'es');
    expect(plain.sarcastic).toBeUndefined();
    expect(plain.canned).toBeDefined();
    expect(plain.thanks).toBeUndefined();
  });

  it('minimising', () => {
    expect(read('No es para tanto, es solo un pequeño retraso.', 'es').minimises).toHaveLength(2);
  });

  it('an outcome not yet confirmed is an over-promise; confirmed, a next step', () => {
    const text = 'Quedará solucionado hoy a las 15:00.';
    expect(read(text, 'es', 'outage', { confirmed: false }).over_promises).toBeDefined();
    const confirmed = read(text, 'es', 'outage', { confirmed: true });
    expect(confirmed.over_promises).toBeUndefined();
    expect(confirmed.next_step).toBeDefined();
  });

  it('an all-clear before the facts are confirmed', () => {
    expect(read('Ya está solucionado.', 'es', 'outage', { confirmed: false }).premature_all_clear).toEqual([
      'Ya está solucionado',
    ]);
    expect(read('Ya está solucionado.', 'es', 'outage').premature_all_clear).toBeUndefined();
  });

  it('blanket compensation in public, unconfirmed', () => {
    const r = read('Compensaremos a todos los clientes.', 'es', 'outage', { confirmed: false });
    expect(r.unverified_compensation).toEqual(['Compensaremos a todos']);
    expect(read('Te reembolsamos el importe.', 'es').offers_redress).toBeDefined();
  });

  it('private data in a public reply, not in a private one', () => {
    const text = 'Tu reembolso de 45,90 € irá a la tarjeta 4111 1111 1111 1111, ana@correo.es';
    expect(read(text, 'es').exposes_private_data).toEqual([
      '45,90 €',
      '4111 1111 1111 1111',
      'ana@correo.es',
    ]);
    expect(read(text, 'es', 'genuine_complaint', { isPrivate: true }).exposes_private_data).toBeUndefined();
    expect(read('Un 10 € de descuento para todos.', 'es').exposes_private_data).toBeUndefined();
  });

  it('canned phrasing by fuzzy match, with accents or without', () => {
    expect(read('Lamentamos las molestias ocasionadas.', 'es').canned).toBeDefined();
    expect(read('su opinion es muy importante para nosotros', 'es').canned).toBeDefined();
    expect(read('Lo siento de verdad, Ana, esto no debió pasar.', 'es').canned).toBeUndefined();
  });

  it('policy, competitors, private channel, details, update', () => {
    expect(read('Según nuestra política de devoluciones no es posible.', 'es').cites_policy).toBeDefined();
    expect(read('No como la competencia, que es un desastre.', 'es').attacks_competitor).toBeDefined();
    const r = read('¿Podrías enviarnos tu número de pedido por privado? Te mantendremos informado.', 'es');
    expect(r.asks_details).toBeDefined();
    expect(r.offers_private).toBeDefined();
    expect(r.promises_update).toEqual(['Te mantendremos informado']);
  });

  it('insults and laughing at a troll feed it; a calm boundary does not', () => {
    const r = read('Jajaja, eres un IDIOTA', 'es', 'troll');
    expect(r.belittles).toEqual(['IDIOTA']);
    expect(r.feeds_troll).toBeDefined();
    const calm = read('Aquí estamos para quien tenga un problema real.', 'es', 'troll');
    expect(calm.calm_boundary).toBeDefined();
    expect(calm.feeds_troll).toBeUndefined();
  });

  it('thanks and rewards a fan', () => {
    const r = read('¡Mil gracias! Te regalamos un código de descuento 💙', 'es', 'positive');
    expect(r.thanks).toBeDefined();
    expect(r.rewards).toBeDefined();
    expect(r.human_tone).toBeDefined();
  });

  it('reads text as people write it: no accents, capitals', () => {
    expect(read('LO SENTIMOS, FUE CULPA NUESTRA', 'es').admits_error).toBeDefined();
    const r = read('perdon, no es para tanto', 'es');
    expect(r.apologises).toBeDefined();
    expect(r.minimises).toBeDefined();
  });

  it('naming a colleague in public as the culprit is names_person; in private it is not read', () => {
    const text = 'Lo sentimos. Marcos ya no atiende la cuenta: fue culpa suya.';
    expect(read(text, 'es', 'rude_agent', { staffNames: ['Marcos'] }).names_person).toEqual(['Marcos']);
    expect(
      read(text, 'es', 'rude_agent', { staffNames: ['Marcos'], isPrivate: true }).names_person,
    ).toBeUndefined();
  });

  it("naming a rival of the scenario's world in public joins the comparison; the name's words alone do not", () => {
    const rivals = { competitorNames: ['Fortaleza Rota'] };
    expect(
      read('Normal, Fortaleza Rota lleva dos años sin un parche decente.', 'es', 'troll', rivals)
        .attacks_competitor,
    ).toEqual(['Fortaleza Rota']);
    expect(
      read('Tu partida está rota y lo sentimos: te la recuperamos hoy.', 'es', 'genuine_complaint', rivals)
        .attacks_competitor,
    ).toBeUndefined();
    expect(
      read('Como en fortaleza-rota, ¿no?', 'es', 'positive', { ...rivals, isPrivate: true })
        .attacks_competitor,
    ).toBeUndefined();
  });
});
