import { describe } from 'vitest';
import { cases } from './cases';

// Phrasings written for these tests, not taken from the gold set: the rules of grader version 11.

// A name beside a sanction or an authorship names the culprit; a name alone, or a sentence's first
// word, does not.
describe('grader v11 (en): naming the member of staff to blame', () => {
  cases('en', [
    {
      text: 'Priya Shah from our online team has been suspended.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'The cashier involved, Owen Price, has been taken off the tills.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'That tweet was posted by Marcus, one of our volunteers.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'It went out because a member of our booking team, Rhys Cole, skipped the check.',
      context: 'press',
      reads: ['names_person'],
    },
    {
      text: 'The chef, Ana Lopes, hadn’t logged the allergens that evening.',
      context: 'press',
      reads: ['names_person'],
    },
    {
      text: "We've had a quiet word with Bethan about her tone.",
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'Yesterday the driver was suspended while we look into it.',
      context: 'rude_agent',
      not: ['names_person'],
    },
    { text: 'Our team has been spoken to about the tone.', context: 'rude_agent', not: ['names_person'] },
    {
      text: "I've passed this to our site manager, Dana, who'll call you before 6pm.",
      not: ['names_person'],
    },
    // A place, a brand, a day or the person addressed is no member of staff.
    { text: 'Hi Sam, the driver has been spoken to and your parcel goes out today.', not: ['names_person'] },
    {
      text: 'On Monday the account was suspended for a few hours.',
      context: 'outage',
      not: ['names_person'],
    },
    { text: 'Payments via PayPal were suspended this morning.', context: 'outage', not: ['names_person'] },
    { text: 'The PayPal option is no longer working, sorry.', context: 'outage', not: ['names_person'] },
    { text: 'It was sent by Royal Mail, a courier we trust.', not: ['names_person'] },
    {
      text: 'Thanks for waiting, Sam: the driver has been spoken to.',
      input: { authorName: 'Sam Hill' },
      not: ['names_person'],
    },
    {
      text: 'The reply was written by Google Translate, not a person.',
      context: 'rude_agent',
      not: ['names_person'],
    },
  ]);
});

describe('grader v11 (es): nombrar al empleado culpable', () => {
  cases('es', [
    {
      text: 'Sí, Nuria Gil, la encargada, ha sido suspendida de empleo.',
      context: 'press',
      reads: ['names_person'],
    },
    {
      text: 'La culpa fue del repartidor, Iván Sanz, que ya ha sido sancionado.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'El autor del mensaje, Óscar Vidal, ya no forma parte del equipo.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'Lo publicó Marta, nuestra becaria, sin revisarlo.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'El monitor era Álex, que ya ha recibido un aviso.',
      context: 'rude_agent',
      reads: ['names_person'],
    },
    {
      text: 'Ayer el conductor fue sancionado por la empresa.',
      context: 'rude_agent',
      not: ['names_person'],
    },
    {
      text: 'Gracias, Ana, se lo diremos a Pilar, que estará encantada.',
      context: 'positive',
      not: ['names_person'],
    },
    { text: 'Nuestro equipo ya no contesta por privado los domingos.', not: ['names_person'] },
    { text: 'Hola Laura, el repartidor ya ha sido sancionado y tu pedido sale hoy.', not: ['names_person'] },
    { text: 'El vuelo a Madrid está suspendido hasta mañana.', context: 'outage', not: ['names_person'] },
    {
      text: 'La feria de Sevilla ha sido suspendida por la lluvia.',
      context: 'outage',
      not: ['names_person'],
    },
    { text: 'El modelo Galaxy ya no está en catálogo.', not: ['names_person'] },
    { text: 'Lo envió Correos ayer por la tarde.', not: ['names_person'] },
  ]);
});

// A refused step is no step, in the rules and in the layer.
describe('grader v11 (en): a refused action is no step', () => {
  cases('en', [
    { text: 'We will not refund this, and the engineer will never visit.', not: ['next_step'] },
    { text: 'Our team will not look into it with the courier.', not: ['next_step'] },
    { text: 'We will no longer refund orders placed before March.', not: ['next_step'] },
    { text: 'The engineer will no longer visit today.', not: ['next_step'] },
    { text: 'Our team can not refund this today.', not: ['next_step'] },
    { text: 'We will definitely not call you back.', not: ['next_step'] },
    { text: 'Our team will look into it with the courier.', reads: ['next_step'] },
    {
      text: 'So lovely to read this, Rosa! Thanks so much for coming to Olmo and for telling everyone about it.',
      context: 'positive',
      not: ['defensive'],
    },
  ]);
});
