import { describe } from 'vitest';
import { cases } from './cases';

// Phrasings written for these tests after the scenarios' own model replies were read wrong.
describe('grader v7: an outcome asked about is not promised', () => {
  cases('en', [
    { text: "We don't know yet when it will be back.", context: 'outage', not: ['over_promises'] },
    {
      text: "We're still confirming the time service will be restored.",
      context: 'outage',
      not: ['over_promises'],
    },
    {
      text: 'We are checking whether everything will be fixed today.',
      context: 'outage',
      not: ['over_promises'],
    },
    // Said as a fact, it is still a promise the brand cannot know.
    { text: 'It will be back by 3pm.', context: 'outage', reads: ['over_promises'] },
  ]);
  cases('es', [
    { text: 'Todavía no sabemos cuándo estará arreglado.', context: 'outage', not: ['over_promises'] },
    { text: 'No sabemos si estará resuelto hoy.', context: 'outage', not: ['over_promises'] },
    { text: 'Estará arreglado a las 3.', context: 'outage', reads: ['over_promises'] },
    // "Sí" folds to "si": said as a yes, the all-clear and the promise stand.
    { text: 'Ahora sí está todo solucionado.', context: 'outage', reads: ['premature_all_clear'] },
    { text: 'Te aseguro que sí volverá a funcionar hoy.', context: 'outage', reads: ['over_promises'] },
  ]);
});

describe('grader v7: a denial of the brand’s own claim, owned', () => {
  cases('en', [
    {
      text: 'We got it wrong. We advertised that it charges in an hour and that is not true.',
      not: ['defensive'],
      reads: ['admits_error'],
    },
    { text: "That's not true.", context: 'troll', reads: ['defensive'] },
    {
      text: "That's false. The failure is technical: it comes from last night's update.",
      context: 'troll',
      not: ['defensive'],
      reads: ['explains'],
    },
  ]);
});

describe('grader v7: words that only look like blame, promises or silence', () => {
  cases('en', [
    { text: 'No receipt? The charge on your bank statement will do.', not: ['blames_third_party'] },
    { text: 'The delay was down to our courier.', reads: ['blames_third_party'] },
    {
      text: "Message us and we'll sort it out with you today.",
      not: ['over_promises'],
      reads: ['offers_private'],
    },
    { text: "Send us your player ID privately and we'll check it.", reads: ['offers_private'] },
    { text: 'Tell us which platform you play on, privately if you prefer.', reads: ['offers_private'] },
    // Contacting someone else privately offers the commenter nothing.
    { text: "We've apologised to her privately.", context: 'rude_agent', not: ['offers_private'] },
  ]);
});

// Written for these tests after the gold set's round 7 was read unseen.
describe('grader v7: round 7 in English', () => {
  cases('en', [
    {
      text: 'apologies for the mix up mate, its an easy one to get wrong on the website',
      reads: ['apologises', 'blames_customer'],
    },
    { text: 'The proof you approved does say Jonh.', reads: ['blames_customer'] },
    {
      text: 'We do try to stay polite but some people make it very hard.',
      context: 'rude_agent',
      reads: ['blames_customer'],
    },
    { text: "No fight needed, Pete, we're on your side!", context: 'positive', not: ['blames_customer'] },
    { text: "You shouldn't have been sent away like that.", not: ['blames_customer'] },
    {
      text: 'You should have heard that from us at pickup.',
      not: ['blames_customer'],
      reads: ['admits_error'],
    },
    { text: 'Apologies to anyone who read it differently.', context: 'rude_agent', reads: ['non_apology'] },
    { text: 'The comment was meant in that spirit.', context: 'rude_agent', reads: ['minimises'] },
    { text: 'The berth was withdrawn by the port authority.', reads: ['blames_third_party'] },
    {
      text: 'The boiler engineer we use has let us down again.',
      context: 'outage',
      reads: ['blames_third_party'],
    },
    { text: 'Your appointment will definitely still be there.', context: 'outage', reads: ['over_promises'] },
    {
      text: 'Decisions are made in line with the club constitution.',
      context: 'press',
      reads: ['cites_policy'],
    },
    {
      text: 'We operate a zero-tolerance policy on discrimination.',
      context: 'rude_agent',
      reads: ['cites_policy'],
    },
    { text: "We don't discuss individual applications.", context: 'press', reads: ['dismisses'] },
    { text: 'Any suggestion otherwise is simply untrue.', context: 'press', reads: ['deceives'] },
    {
      text: "Your neighbour's right: the delivery came in waterlogged.",
      reads: ['acknowledges'],
      not: ['exposes_private_data'],
    },
    { text: 'The crush at the front is a fair concern.', context: 'rude_agent', reads: ['acknowledges'] },
    { text: 'We know how tight that deadline is.', context: 'outage', reads: ['acknowledges'] },
    { text: 'Your order is right here.', not: ['acknowledges'] },
  ]);
});

describe('grader v7: a step with its subject left out, a time before the hour', () => {
  cases('en', [{ text: "Sorry: we're looking into it and will write back by 1pm.", reads: ['next_step'] }]);
  cases('es', [{ text: 'Lo estamos revisando y te escribimos antes de la 1.', reads: ['next_step'] }]);
});

describe('grader v7: policy and blame elsewhere, in Spanish', () => {
  cases('es', [
    { text: 'Los encargos web están sujetos a confirmación por correo.', reads: ['cites_policy'] },
    { text: 'Las maletas las gestiona la empresa de handling, no nosotros.', reads: ['blames_third_party'] },
    { text: 'Las cancelaciones se deben a causas ajenas a este servicio.', reads: ['blames_third_party'] },
    // The customer's own responsibility is blame on the customer, not on a third party.
    {
      text: 'La cadena de frío es responsabilidad del cliente.',
      reads: ['blames_customer'],
      not: ['blames_third_party'],
    },
  ]);
});

describe('grader v7: acknowledgement in more words, in Spanish', () => {
  cases('es', [
    { text: 'Es una preocupación legítima.', reads: ['acknowledges'] },
    { text: 'Sabemos lo ajustado que vas de plazo.', context: 'outage', reads: ['acknowledges'] },
    { text: 'Las ampollas no son normales y lo sentimos.', reads: ['acknowledges'] },
    {
      text: 'El botón lleva fallando desde la actualización del viernes.',
      context: 'outage',
      reads: ['acknowledges'],
    },
  ]);
});
