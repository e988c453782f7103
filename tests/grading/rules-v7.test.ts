import { describe, expect, it } from 'vitest';
import { cases, principles } from './cases';

// Phrasings written for these tests, not taken from the gold set: the rules of grader version 7.

describe('grader v7: owning the error in other words', () => {
  cases('en', [
    { text: 'The two missed deliveries are on us.', reads: ['admits_error'] },
    { text: "Honestly, it's us getting this wrong.", reads: ['admits_error'] },
    { text: 'We should have told you sooner.', reads: ['admits_error'] },
    { text: 'That reply is indefensible.', context: 'rude_agent', reads: ['admits_error'] },
    { text: 'The extra charge was our error.', reads: ['admits_error'] },
    // A gift "on us" owns nothing.
    { text: 'Thank you! Your next coffee is on us.', context: 'positive', not: ['admits_error'] },
    { text: 'Thanks Ana, drinks are on us tonight!', context: 'positive', not: ['admits_error'] },
  ]);
  cases('es', [
    { text: 'Tendríamos que haberte avisado antes.', reads: ['admits_error'] },
    { text: 'Es cierto y lo reconocemos.', reads: ['admits_error'] },
    { text: 'Esa respuesta no tiene excusa.', context: 'rude_agent', reads: ['admits_error'] },
    { text: 'El cobro doble fue por culpa de nuestro sistema.', reads: ['admits_error'] },
    // The fault of a supplier is not an admission.
    { text: 'La culpa es de nuestro proveedor de pagos.', not: ['admits_error'] },
    { text: 'La responsabilidad es de la empresa de mantenimiento.', not: ['admits_error'] },
  ]);
});

describe('grader v7: a dated step in other words', () => {
  cases('en', [
    { text: "DM us and it'll be refunded within 48 hours.", reads: ['next_step'] },
    { text: "We'll send the replacement within 3 working days.", reads: ['next_step'] },
    { text: 'We will publish the audit by the end of the month.', reads: ['next_step'] },
    { text: 'We will post the new timetable on the 14th.', reads: ['next_step'] },
    { text: 'We will write to every customer in March.', reads: ['next_step'] },
    // A promised update with its time is both the update and a dated step.
    { text: "We'll share the findings here by Friday.", reads: ['promises_update', 'next_step'] },
  ]);
  cases('es', [
    { text: 'Mándanos el ticket y te lo devolvemos en 48 h.', reads: ['next_step'] },
    { text: 'Publicaremos el informe antes de finales de mes.', reads: ['next_step'] },
    { text: 'Enviaremos las nuevas tarjetas el día 15.', reads: ['next_step'] },
    { text: 'Revisaremos todas las facturas antes del 30 de noviembre.', reads: ['next_step'] },
    {
      text: 'Daremos la cifra exacta mañana a las 10:00.',
      context: 'press',
      reads: ['promises_update', 'next_step'],
    },
    // A version number is not a date.
    { text: 'Sabemos que el 3.2 os ha dado problemas.', not: ['next_step'] },
  ]);
});

describe('grader v7: what only looks like a flaw', () => {
  cases('en', [
    // "no" as a determiner negates its noun, not the admission after it.
    { text: 'Forty minutes with no news is on us.', reads: ['admits_error'], not: ['defensive'] },
    { text: 'Nothing wrong on your end, the bug was ours.', not: ['blames_customer'] },
    { text: 'Or we can refund you, if you would rather.', not: ['blames_customer'] },
    { text: "We can refund it if you'd prefer.", not: ['blames_customer'] },
    { text: "You shouldn't pay for our mistake.", not: ['blames_customer'] },
    { text: "You should've checked the size chart.", reads: ['blames_customer'] },
    { text: "We're changing how refunds are approved.", not: ['defensive'] },
    { text: 'Unlike RivalBank, we actually answer our customers.', reads: ['attacks_competitor'] },
  ]);
  cases('es', [
    { text: 'Tranquila, tú no hiciste nada mal.', not: ['blames_customer'] },
    { text: 'Seguro que no leíste las condiciones.', reads: ['blames_customer'] },
    { text: 'A diferencia de BancoSur, nosotros sí respondemos.', reads: ['attacks_competitor'] },
    {
      text: 'Somos más baratos que Movinet, que te cobra el doble.',
      reads: ['attacks_competitor'],
    },
    { text: 'Hoy vamos más rápido que nunca.', not: ['attacks_competitor'] },
  ]);
});

describe('grader v7: "it won\'t happen again" after owning a rude reply', () => {
  // Seed 001 (situación 2): tell the others the behaviour was wrong and will not happen again.
  cases('en', [
    {
      text: "That reply was wrong and we're sorry. It won't happen again.",
      context: 'rude_agent',
      reads: ['apologises'],
      not: ['over_promises'],
    },
    { text: "Relax, it's sorted. It won't happen again 😊", context: 'rude_agent', reads: ['over_promises'] },
    {
      text: "We're sorry. We guarantee it will never happen again.",
      context: 'rude_agent',
      reads: ['over_promises'],
    },
    { text: "Sorry about the outage, it won't happen again.", context: 'outage', reads: ['over_promises'] },
  ]);
  cases('es', [
    {
      text: 'Esa respuesta estuvo mal y lo sentimos. No volverá a pasar.',
      context: 'rude_agent',
      reads: ['apologises'],
      not: ['over_promises'],
    },
    {
      text: 'Lo sentimos. Te garantizamos que no volverá a pasar.',
      context: 'rude_agent',
      reads: ['over_promises'],
      not: ['defensive'],
    },
    { text: 'Tranquila, no volverá a pasar.', context: 'rude_agent', reads: ['over_promises'] },
    { text: 'Perdona el corte. No volverá a pasar.', context: 'outage', reads: ['over_promises'] },
    { text: 'Le aseguramos que cumplimos la normativa.', reads: ['defensive'] },
  ]);
});

describe('grader v7: hedges, excuses, names and sworn outcomes', () => {
  cases('en', [
    { text: 'We apologise for any inconvenience caused.', reads: ['non_apology'], not: ['apologises'] },
    { text: "Honestly, it wasn't something our staff could fix.", reads: ['defensive'] },
    {
      text: 'Sorry. That said, the contract allows us to move classes.',
      reads: ['cites_policy', 'apology_then_blame'],
    },
    {
      text: 'It was written by our intern Tom, who has left.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    { text: 'Your car will definitely be ready by Friday.', reads: ['over_promises'] },
    { text: 'Maybe the problem is how you store it.', reads: ['blames_customer'] },
  ]);
  cases('es', [
    {
      text: 'Pedimos disculpas a quien se haya podido sentir molesto.',
      context: 'rude_agent',
      reads: ['non_apology'],
      not: ['apologises'],
    },
    { text: 'Eso no dependía de nosotros.', reads: ['defensive'] },
    {
      text: 'Lo publicó nuestro becario, Pablo Gil, que ya no está.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    { text: 'Mañana lo tienes en casa, te lo garantizo.', reads: ['over_promises'] },
    { text: 'Igual el problema es cómo lo lavas.', reads: ['blames_customer'] },
    // A staff role without a name is nobody named.
    {
      text: 'La agente de recepción que te atendió ya lo sabe.',
      context: 'rude_agent',
      not: ['names_person'],
    },
  ]);
});

describe('grader v7: what the model replies showed misread', () => {
  cases('en', [
    { text: "That's false.", context: 'troll', reads: ['defensive'] },
    {
      text: "That's false: balances are intact, the fault is in the app.",
      context: 'troll',
      not: ['defensive'],
    },
    { text: 'Our customers, whatever their age, deserve respect.', context: 'troll', not: ['dismisses'] },
    { text: 'Ok, whatever.', reads: ['dismisses'] },
    { text: 'The advert has been removed from our website.', not: ['dismisses'] },
    { text: 'Your comment has been removed.', reads: ['dismisses'] },
    { text: "We're sorry you had to read that reply.", context: 'rude_agent', not: ['blames_customer'] },
  ]);
  cases('es', [
    { text: 'Es falso.', context: 'troll', reads: ['defensive'] },
    {
      text: 'Es falso: el dinero está a salvo y lo que falla es la app.',
      context: 'troll',
      not: ['defensive'],
    },
  ]);
});

describe('grader v7: a change of process is learning', () => {
  const changes = {
    en: [
      "We're reviewing how that reply was approved.",
      'From Monday every reply gets a second pair of eyes.',
      "We've changed who can post from this account.",
      "We'll look into why nobody announced the delay.",
    ],
    es: [
      'Esta semana revisamos con todo el equipo cómo contestamos.',
      'Desde hoy todas las respuestas pasan una segunda revisión.',
      'Vamos a revisar quién puede publicar en esta cuenta.',
      'Publicaremos un informe de lo que falló.',
    ],
  } as const;
  it.each(['en', 'es'] as const)('reads a changed process (%s)', (lang) => {
    for (const text of changes[lang]) expect(principles(text, lang, 'rude_agent').learning, text).toBe(1);
  });
  it('leaves a reply with no change of process alone', () => {
    expect(principles('We are sorry, please DM us.', 'en', 'rude_agent').learning).toBeUndefined();
    expect(principles('Lo sentimos, escríbenos por privado.', 'es', 'rude_agent').learning).toBeUndefined();
  });
});
