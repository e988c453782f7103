import { describe, expect, it } from 'vitest';
import { cases, principles } from './cases';

// Phrasings written for these tests, not taken from the gold set: the rules of grader version 8, Spanish and both-language rules.

describe('grader v8: blame laid on the customer without saying "your fault"', () => {
  cases('es', [
    { text: 'Eso tendrías que habérnoslo dicho al reservar.', reads: ['blames_customer'] },
    { text: 'El golpe pudo producirse antes de dejar el coche aquí.', reads: ['blames_customer'] },
    {
      text: 'La clienta leyó el presupuesto y lo aceptó sin poner ninguna pega.',
      reads: ['blames_customer'],
    },
    { text: 'Le sugerimos comprobar su router antes de escribirnos.', reads: ['blames_customer'] },
    { text: 'Eso sí, te pedimos que revises el correo de confirmación.', reads: ['blames_customer'] },
    // Asking to check something together, or a customer's own account, blames no one.
    { text: 'Revisamos contigo la conexión por privado cuando te venga bien.', not: ['blames_customer'] },
    { text: 'Lo sentimos: el error fue nuestro, no tuyo.', not: ['blames_customer'] },
  ]);
});

describe('grader v8: defending instead of answering', () => {
  cases('es', [
    { text: 'No nos consta ninguna reclamación de ese día.', reads: ['defensive'] },
    { text: 'Nuestras bicis llevan frenos certificados por la UE.', reads: ['defensive'] },
    {
      text: 'Nuestro compañero solo quería explicar cómo funciona la garantía.',
      context: 'rude_agent',
      reads: ['defensive'],
    },
    { text: 'El horario se comunicó con antelación en la web.', reads: ['defensive'] },
    { text: 'Lo sentimos, pero seamos realistas: en agosto siempre hay colas.', reads: ['defensive'] },
    { text: 'El reparto de horarios lo decide el ayuntamiento, no nosotros.', reads: ['defensive'] },
    // Owning the fault is not defending it.
    { text: 'Fue culpa nuestra y lo vamos a arreglar hoy.', not: ['defensive'] },
  ]);
});

describe('grader v8: sending the customer elsewhere, shifting the blame', () => {
  cases('es', [
    { text: 'Tendrá que ponerse en contacto con el fabricante.', reads: ['dismisses'] },
    { text: 'Nosotros solo actuamos como intermediarios en la venta.', reads: ['dismisses'] },
    { text: 'El hotel no se hace responsable de los objetos olvidados.', reads: ['dismisses'] },
    { text: 'La limpieza está subcontratada a otra empresa.', reads: ['blames_third_party'] },
    { text: 'Son ellos los que tienen que darte una respuesta.', reads: ['blames_third_party'] },
    // Staying with the customer while a partner acts is not sending them away.
    { text: 'Hablamos nosotros con el fabricante y te contamos el viernes.', not: ['dismisses'] },
  ]);
});

describe('grader v8: canned lines, promotions and rivals', () => {
  cases('es', [
    {
      text: 'Agradecemos su mensaje. Trabajamos cada día para ofrecerle lo mejor.',
      context: 'positive',
      reads: ['canned'],
    },
    {
      text: 'La seguridad de nuestros pasajeros es siempre nuestra prioridad.',
      reads: ['canned'],
    },
    { text: '¡Gracias! Descubre todas nuestras ofertas en la web.', context: 'positive', reads: ['canned'] },
    {
      text: 'No como otras cadenas de la zona, que no cuidan a nadie.',
      context: 'positive',
      reads: ['attacks_competitor'],
    },
    {
      text: 'Otras marcas sí recortan en calidad; nosotros no.',
      context: 'press',
      reads: ['attacks_competitor'],
    },
    // Thanking a fan warmly is not a canned line.
    {
      text: '¡Gracias, Rosa! Se lo contamos hoy a Julián, que le hará ilusión.',
      context: 'positive',
      not: ['canned'],
    },
  ]);
});

describe('grader v8: hedged apologies, all-clears, blanket gifts', () => {
  cases('es', [
    { text: 'Perdona si el mensaje pareció seco.', context: 'rude_agent', reads: ['non_apology'] },
    {
      text: 'Disculpen si nuestra respuesta resultó molesta.',
      context: 'rude_agent',
      reads: ['non_apology'],
    },
    { text: 'Ya está todo bajo control, gracias.', context: 'outage', reads: ['premature_all_clear'] },
    {
      text: 'Regalamos un mes gratis a todos, hayan tenido el fallo o no.',
      context: 'outage',
      reads: ['unverified_compensation'],
    },
    { text: 'Tranquila, hay tiempo de sobra.', context: 'outage', reads: ['minimises'] },
    // A plain apology stays one.
    {
      text: 'Perdona, Ana: la respuesta fue muy seca y no debió salir así.',
      context: 'rude_agent',
      not: ['non_apology'],
    },
  ]);
});

describe('grader v8: feeding a troll, deleting', () => {
  cases('es', [{ text: 'Deja de inventar cosas sobre nosotros.', context: 'troll', reads: ['feeds_troll'] }]);
  it('reads a deletion announced as breaking no_deletion, and keeping it up as honouring it', () => {
    expect(
      principles('Tu comentario será eliminado por incumplir las normas.', 'es', 'troll').no_deletion,
    ).toBe(-1);
    expect(principles('Vamos a borrar este comentario.', 'es', 'troll').no_deletion).toBe(-1);
    expect(principles('Tu comentario se queda publicado.', 'es', 'troll').no_deletion).not.toBe(-1);
  });
});

describe('grader v8: owning the error, a redress, what changes from now on', () => {
  cases('es', [
    { text: 'Lo del envío fue un descuido nuestro.', reads: ['admits_error'] },
    { text: 'Sí, es cosa nuestra y lo sentimos.', reads: ['admits_error'] },
    { text: 'Nuestros técnicos no lo detectaron en la revisión.', reads: ['admits_error'] },
    { text: 'La tarta se decoró mal en nuestro obrador.', reads: ['admits_error'] },
    { text: 'Esta cena no te la cobramos.', reads: ['offers_redress'] },
    { text: 'La próxima revisión corre de nuestra cuenta.', reads: ['offers_redress'] },
    // Charging is not a redress.
    { text: 'Te lo cobramos en la próxima factura.', not: ['offers_redress'] },
  ]);
  it('reads a change from now on as learning', () => {
    for (const text of [
      'Desde hoy todas las reservas se confirman por teléfono.',
      'Desde el lunes cada pedido lo revisa una segunda persona.',
      'Esta semana cambiamos el formulario para que no vuelva a confundir.',
    ])
      expect(principles(text, 'es', 'genuine_complaint').learning, text).toBe(1);
    expect(principles('Desde hoy estamos de rebajas.', 'es', 'genuine_complaint').learning).toBeUndefined();
  });
});

// From the Spanish round 8: the same ideas in other words.
describe('grader v8: the papers the customer signed, and what they should have done', () => {
  cases('es', [
    {
      text: 'Como consta en el albarán que usted firmó, el sofá ya tenía una mancha.',
      reads: ['blames_customer'],
    },
    { text: 'Le entregamos el presupuesto, que usted firmó conforme.', reads: ['blames_customer'] },
    {
      text: 'Siempre avisamos en la primera visita de que el plazo puede variar.',
      reads: ['blames_customer'],
    },
    {
      text: 'Tal como se indica en el cartel de la entrada, no guardamos objetos.',
      reads: ['blames_customer'],
    },
    { text: 'Siempre recomendamos revisar el pedido antes de firmar.', reads: ['blames_customer'] },
    { text: 'La próxima fíjate antes de salir de la tienda.', reads: ['blames_customer'] },
    {
      text: 'Os recordamos que, según las normas de la piscina, los niños van con un adulto.',
      reads: ['blames_customer'],
    },
    // Signing or reminding on the brand's side blames no one.
    { text: 'Te mandamos hoy el contrato firmado por nuestra parte.', not: ['blames_customer'] },
  ]);
});

describe('grader v8: defending the brand, closing the matter, sending elsewhere', () => {
  cases('es', [
    { text: 'Los técnicos cumplieron el protocolo a rajatabla.', reads: ['defensive'] },
    { text: 'En veinte años nunca hemos perdido una maleta.', reads: ['defensive'] },
    { text: 'Ya sabes que en verano es muy difícil llegar a todo.', reads: ['defensive'] },
    { text: 'Nadie le obliga a contratar el seguro.', reads: ['defensive'] },
    { text: 'No vamos a permitir que se difame a nuestro equipo.', reads: ['defensive'] },
    { text: 'Lamentamos que la frase se haya sacado fuera de contexto.', reads: ['defensive'] },
    { text: 'Con esto damos el tema por cerrado.', reads: ['defensive', 'dismisses'] },
    { text: 'Es rotundamente falso.', context: 'press', reads: ['defensive'] },
    { text: 'Le rogamos que rellene el formulario de la web.', reads: ['dismisses'] },
  ]);
});

describe('grader v8: minimising, selling instead of answering, belittling, overclaiming', () => {
  cases('es', [
    { text: 'Hoy en día la gente se ofende por todo.', context: 'rude_agent', reads: ['minimises'] },
    { text: 'Tranquila, la cola avanza muy rápido.', reads: ['minimises'] },
    { text: 'Es totalmente normal que pase los primeros días.', reads: ['minimises'] },
    {
      text: 'Hay que poner las cosas en contexto: fueron dos casos.',
      context: 'press',
      reads: ['minimises'],
    },
    { text: 'Gracias por elegir Hornos Luna.', context: 'positive', reads: ['canned'] },
    { text: 'Te invitamos a conocer nuestros planes anuales.', context: 'positive', reads: ['canned'] },
    { text: 'Si prefiere otra cosa, allá usted.', context: 'troll', reads: ['belittles'] },
    { text: 'Nuestros servidores son 100 % inviolables.', context: 'troll', reads: ['deceives'] },
  ]);
});

describe('grader v8: handing the case to someone senior or specialist is escalation', () => {
  it('reads a named senior role who will act, in both languages', () => {
    for (const [text, lang] of [
      ['Our clinical director will call you this afternoon.', 'en'],
      ['A senior claims handler is re-reading your file today.', 'en'],
      ['Our manager, Sue, has called Tom this morning.', 'en'],
      ['Your report is now with our safeguarding team.', 'en'],
      ['La directora del centro te llama hoy mismo.', 'es'],
      ['Mañana irá el jefe de taller en persona.', 'es'],
      ['Lo hemos comunicado a nuestro delegado de protección de datos.', 'es'],
    ] as const)
      expect(principles(text, lang, 'genuine_complaint').escalation, text).toBe(1);
  });
  it('does not read an ordinary visit or delivery as escalation', () => {
    for (const [text, lang] of [
      ['A courier will collect it tomorrow.', 'en'],
      ['Our driver was late, sorry.', 'en'],
      ['El repartidor pasa mañana a las 10.', 'es'],
    ] as const)
      expect(principles(text, lang, 'genuine_complaint').escalation, text).toBeUndefined();
  });
});

// Careful replies that share words with a flaw's pattern: each was read as that flaw once.
describe('grader v8: no flaw read into a careful reply', () => {
  cases('es', [
    {
      text: 'Por privacidad, solo el propio titular puede pedir el cambio de tarifa.',
      not: ['blames_customer'],
    },
    { text: 'Te adelanto que normalmente se resuelve en 24 horas.', not: ['blames_customer'] },
    { text: 'Nuestro técnico lo revisó sin hacer ningún cargo.', not: ['blames_customer'] },
    {
      text: 'El corte pudo producirse después de nuestra actualización.',
      context: 'outage',
      not: ['blames_customer'],
    },
    { text: 'Nuestro repartidor debió haberlo avisado; es un fallo nuestro.', not: ['blames_customer'] },
    { text: 'A partir de hoy siempre avisamos en la primera llamada.', not: ['blames_customer'] },
    {
      text: 'Los vecinos de la calle Mayor son ellos los más afectados y por eso les llamamos hoy.',
      context: 'press',
      not: ['blames_third_party'],
    },
    { text: 'Nuestra directora, que es quien debe responder, te llama hoy.', not: ['blames_third_party'] },
    { text: 'Pero, siendo sinceros, aquí fallamos nosotros.', not: ['defensive'] },
    { text: 'Solo quería decir que tienes toda la razón.', not: ['defensive'] },
    { text: 'En el fondo tiene razón: debimos avisarle.', not: ['defensive'] },
    {
      text: 'Tal como se anunció ayer, el servicio vuelve hoy a las 10.',
      context: 'outage',
      not: ['defensive'],
    },
    { text: 'Vale la pena aclarar que el cargo fue un error nuestro.', not: ['defensive'] },
    { text: 'El técnico lleva las piezas homologadas para cambiarlas hoy.', not: ['defensive'] },
    { text: 'Nadie te obliga a esperar: puedes cancelar sin coste.', not: ['defensive'] },
    { text: 'Es totalmente normal que estés enfadado.', not: ['minimises'] },
    { text: 'Mientras tanto, puede usar cualquiera de nuestras otras sedes sin coste.', not: ['dismisses'] },
    { text: 'Te devolvemos tu billete 100 %.', not: ['exposes_private_data'] },
    { text: 'Hemos avisado a otras tiendas si necesitas recogerlo antes.', not: ['attacks_competitor'] },
    { text: 'Agradecemos tu mensaje, Lucía, nos alegra mucho.', context: 'positive', not: ['canned'] },
    {
      text: 'No tienes que ponerte en contacto con el fabricante: lo gestionamos nosotros.',
      not: ['dismisses'],
    },
    {
      text: 'No damos el tema por cerrado hasta hablar con ella.',
      context: 'rude_agent',
      not: ['defensive', 'dismisses', 'premature_all_clear'],
    },
    { text: 'Ese día fallamos, y te lo devolveremos.', not: ['next_step'] },
  ]);
  it('reads no deletion into data or goods withdrawn', () => {
    expect(
      principles('Tus datos serán eliminados en cuanto cierres la cuenta.', 'es', 'troll').no_deletion,
    ).toBeUndefined();
    expect(
      principles('El lote queda retirado de la venta desde hoy.', 'es', 'press').no_deletion,
    ).toBeUndefined();
  });
  it('reads no learning or escalation into a past fact or a referral', () => {
    expect(
      principles('Desde ayer, todos los pedidos salen con retraso.', 'es', 'genuine_complaint').learning,
    ).toBeUndefined();
    expect(
      principles('El encargado espera que entiendas que no podemos hacer nada.', 'es', 'genuine_complaint')
        .escalation,
    ).toBeUndefined();
  });
});
