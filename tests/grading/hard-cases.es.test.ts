import { describe } from 'vitest';
import { cases } from './cases';

// Phrasings written for these tests, not taken from the gold set: the hard cases of issue 11.
describe('hard cases, Spanish', () => {
  describe('negation and its scope', () => {
    cases('es', [
      { text: 'No es culpa nuestra, revisa tu conexión.', reads: ['defensive'], not: ['admits_error'] },
      { text: 'La culpa no es nuestra.', reads: ['defensive'], not: ['admits_error'] },
      { text: 'Nosotros no tenemos la culpa de eso.', reads: ['defensive'] },
      { text: 'No es culpa tuya, el error fue nuestro.', reads: ['admits_error'], not: ['blames_customer'] },
      { text: 'No vamos a ignorar tu queja.', reads: ['acknowledges'], not: ['dismisses'] },
      { text: 'No vamos a borrar tu comentario.', not: ['dismisses'] },
      {
        text: 'No es que no entendamos tu enfado, pero las normas son las normas.',
        reads: ['defensive'],
        not: ['empathises'],
      },
      { text: 'No lo sentimos en absoluto.', not: ['apologises'] },
      { text: 'No dudes en escribirnos por privado.', reads: ['offers_private'] },
      { text: 'No te preocupes, te devolvemos el dinero.', reads: ['offers_redress'] },
    ]);
  });

  describe('non-apologies and apology then blame', () => {
    cases('es', [
      { text: 'Sentimos que te sientas así.', reads: ['non_apology'], not: ['apologises'] },
      { text: 'Lamentamos que lo veas de esa manera.', reads: ['non_apology'], not: ['apologises'] },
      {
        text: 'Si alguien se sintió ofendido, lo sentimos.',
        context: 'rude_agent',
        reads: ['non_apology'],
        not: ['apologises'],
      },
      { text: 'Lamentamos que tengas esa impresión.', reads: ['non_apology'], not: ['apologises'] },
      {
        text: 'Perdona, pero deberías haber leído las condiciones.',
        reads: ['apologises', 'apology_then_blame', 'blames_customer'],
      },
      {
        text: 'Lo sentimos, pero si hubieras revisado el pedido no pasaría esto.',
        reads: ['apology_then_blame', 'blames_customer'],
      },
      {
        text: 'Disculpa, pero según nuestras condiciones no hay devolución.',
        reads: ['apology_then_blame', 'cites_policy'],
      },
      {
        text: 'Lo sentimos, el retraso es culpa de la empresa de mensajería.',
        reads: ['apologises', 'blames_third_party'],
        not: ['apology_then_blame'],
      },
      // Justificarse tras la disculpa es defensivo; la disculpa no se retira culpando a nadie.
      {
        text: 'Lo sentimos mucho, Ana. Nuestro equipo siguió el protocolo en todo momento y actuó correctamente.',
        reads: ['apologises', 'defensive'],
        not: ['apology_then_blame'],
      },
    ]);
  });

  describe('sarcasm, minimising, policy, blame elsewhere', () => {
    cases('es', [
      { text: 'Gracias por tu paciencia 🙃', reads: ['sarcastic'], not: ['thanks', 'canned'] },
      { text: 'Gracias por la sugerencia, genio 🙄', reads: ['sarcastic'], not: ['thanks'] },
      { text: 'Muchas gracias por tu paciencia 😂😂', reads: ['sarcastic'], not: ['thanks'] },
      {
        text: '¡Jaja, nos alegra que te guste! 😂 Gracias',
        context: 'positive',
        reads: ['thanks'],
        not: ['sarcastic'],
      },
      { text: 'Tampoco es para tanto, son solo dos días.', reads: ['minimises'] },
      { text: 'no es para tanto eh', reads: ['minimises'] },
      { text: 'Según nuestra política, no hacemos devoluciones.', reads: ['cites_policy'] },
      { text: 'Tal y como indican los términos y condiciones, no procede.', reads: ['cites_policy'] },
      { text: 'La culpa es del proveedor, no nuestra.', reads: ['blames_third_party'] },
      {
        text: 'Lo sentimos, el repartidor se equivocó de portal.',
        reads: ['apologises', 'blames_third_party'],
        not: ['blames_customer', 'apology_then_blame'],
      },
      { text: 'Eso no depende de nosotros: la mensajeria lo perdio.', reads: ['blames_third_party'] },
      { text: 'El retraso es responsabilidad de la agencia de transporte.', reads: ['blames_third_party'] },
    ]);
  });

  describe('canned phrasing, by fuzzy match', () => {
    cases('es', [
      { text: 'Disculpe las molestias ocasionadas.', reads: ['canned'] },
      { text: 'Lamentamos mucho las molestias que le hayamos podido ocasionar.', reads: ['canned'] },
      { text: 'Su opinión es muy importante para nosotros.', reads: ['canned'] },
      { text: 'su opinion es importantisima para nosotros', reads: ['canned'] },
      { text: 'Hemos trasladado su queja al departamento correspondiente.', reads: ['canned'] },
      { text: 'Quedamos a su entera disposición.', reads: ['canned'] },
      { text: 'Lo siento mucho, Ana, esto no debió pasar.', not: ['canned'] },
    ]);
  });

  describe('what a good reply does', () => {
    cases('es', [
      { text: 'Te llamamos hoy antes de las 18:00.', reads: ['next_step'] },
      { text: 'Mañana a primera hora te escribimos con la solución.', reads: ['next_step'] },
      { text: 'Revisaremos tu caso.', not: ['next_step'] },
      { text: 'Te mantendremos informado de cualquier novedad.', reads: ['promises_update'] },
      { text: 'En cuanto sepamos algo más os lo contamos por aquí.', reads: ['promises_update'] },
      { text: 'Escríbenos por privado y lo vemos.', reads: ['offers_private'] },
      { text: 'Mándanos un MD con tu número de pedido.', reads: ['offers_private', 'asks_details'] },
      { text: 'Te devolvemos el importe íntegro.', reads: ['offers_redress'] },
      { text: 'Te enviamos uno nuevo sin coste.', reads: ['offers_redress'] },
      { text: '¡Muchísimas gracias por tus palabras!', context: 'positive', reads: ['thanks'] },
      {
        text: 'Te regalamos un código de descuento para tu próxima compra.',
        context: 'positive',
        reads: ['rewards'],
      },
      { text: 'Tienes toda la razón, no es aceptable.', reads: ['acknowledges'] },
      { text: 'Entiendo perfectamente tu frustración.', reads: ['empathises'] },
      { text: 'Fue un error nuestro y lo sentimos.', reads: ['admits_error', 'apologises'] },
      {
        text: 'Respetamos las críticas, pero no los insultos.',
        context: 'troll',
        reads: ['calm_boundary'],
        not: ['feeds_troll'],
      },
    ]);
  });

  describe('naming people, rivals, insults', () => {
    cases('es', [
      {
        text: 'Fue Laura quien respondió así y ya no trabaja con nosotros.',
        context: 'rude_agent',
        reads: ['names_person'],
      },
      { text: 'El responsable es Jorge, de atención al cliente.', context: 'press', reads: ['names_person'] },
      { text: 'Nuestra compañera te llamará hoy.', not: ['names_person'] },
      { text: 'FUE MARCOS QUIEN LO ESCRIBIO', context: 'rude_agent', reads: ['names_person'] },
      { text: 'La competencia es mucho peor, créenos.', reads: ['attacks_competitor'] },
      { text: 'Eres un payaso.', context: 'troll', reads: ['belittles', 'feeds_troll'] },
      { text: 'Relájate un poco, anda.', reads: ['belittles'] },
    ]);
  });

  describe('text as people write it', () => {
    cases('es', [
      { text: 'LO SENTIMOS MUCHO, FUE CULPA NUESTRA', reads: ['apologises', 'admits_error'] },
      {
        text: 'lo sentimos muchisimo, escribenos por privado porfa',
        reads: ['apologises', 'offers_private'],
      },
      { text: 'perdon x las molestias, t escribimos hoy', reads: ['apologises'] },
      { text: 'NO ES CULPA NUESTRA!!!', reads: ['defensive'] },
      { text: 'gracias!!! 😊😊', context: 'positive', reads: ['thanks', 'human_tone'] },
    ]);
  });

  describe('claims, scale, hedges and promises in other words', () => {
    cases('es', [
      {
        text: 'Sentimos mucho si el mensaje de ayer te ha molestado.',
        reads: ['non_apology'],
        not: ['apologises'],
      },
      {
        text: 'Si el aviso ha confundido a alguien, lo sentimos.',
        reads: ['non_apology'],
        not: ['apologises'],
      },
      { text: 'El horno cumple toda la normativa sanitaria vigente.', reads: ['defensive'] },
      { text: 'Son casos muy puntuales, la gran mayoría de clientes está contenta.', reads: ['minimises'] },
      { text: 'Para cualquier incidencia, contacte con el servicio de atención.', reads: ['dismisses'] },
      {
        text: 'Lo sentimos, no podemos compartir información técnica sobre nuestros sistemas.',
        reads: ['dismisses'],
      },
      { text: 'Por motivos de seguridad no podemos dar más detalles.', reads: ['dismisses'] },
      {
        text: 'No podemos dar datos de tu cuenta por aquí: escríbenos por privado y lo miramos hoy.',
        reads: ['offers_private'],
        not: ['dismisses'],
      },
      {
        text: 'Lo sentimos, no podemos dar datos de tu pedido en Chirp. Escríbenos por privado y lo vemos.',
        reads: ['offers_private'],
        not: ['dismisses'],
      },
      {
        text: 'No podemos dar más detalles hasta que los técnicos lo confirmen; os actualizamos a las 15:00.',
        not: ['dismisses'],
      },
      { text: 'No podemos dar más detalles sobre las máquinas.', reads: ['dismisses'] },
      {
        text: 'La entrega se retrasó porque nuestra empresa de reparto perdió el palé.',
        reads: ['blames_third_party'],
        not: ['explains'],
      },
      {
        text: 'Ya está todo 100% solucionado.',
        reads: ['premature_all_clear'],
      },
      {
        text: 'Tranquila, en una hora como mucho tienes la cuenta otra vez.',
        reads: ['over_promises'],
      },
      {
        text: 'Jaja, sin comentarios 😅',
        context: 'genuine_complaint',
        reads: ['belittles'],
        not: ['human_tone'],
      },
      {
        text: 'Jaja, ¡gracias, Sara! 😅 Nos alegras el día.',
        context: 'positive',
        reads: ['thanks', 'human_tone'],
        not: ['belittles'],
      },
    ]);
  });
});
