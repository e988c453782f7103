import { describe } from 'vitest';
import { cases } from './cases';

// More ways people say the same thing, written for these tests: each rule must read the idea,
// not one sentence.
describe('varied phrasings, Spanish', () => {
  describe('defensive, denying, blaming', () => {
    cases('es', [
      {
        text: 'Nuestro personal está perfectamente formado y actuó según el protocolo.',
        reads: ['defensive'],
      },
      { text: 'Siempre tratamos a todos nuestros clientes con el máximo respeto.', reads: ['defensive'] },
      { text: 'Nosotros hicimos todo correctamente.', reads: ['defensive'] },
      { text: 'Rechazamos estas acusaciones, son totalmente falsas.', reads: ['defensive'] },
      { text: 'Eso no es verdad, nuestros repartidores son muy puntuales.', reads: ['defensive'] },
      { text: 'Nuestra app funciona perfectamente.', reads: ['defensive'] },
      { text: 'Nunca hemos vendido datos de nadie.', reads: ['deceives'] },
      { text: 'No ha habido ninguna filtración de datos.', reads: ['deceives'] },
      { text: 'Las fotos están manipuladas.', reads: ['deceives'] },
      { text: 'Tendrías que haber leído las instrucciones antes de usarlo.', reads: ['blames_customer'] },
      { text: 'Si lo hubieras guardado en la nevera no se habría estropeado.', reads: ['blames_customer'] },
      { text: 'Lo pone bien claro en la web.', reads: ['blames_customer'] },
      { text: 'Eso te pasa por no leer la letra pequeña.', reads: ['blames_customer'] },
    ]);
  });

  describe('dismissing, belittling, attacking rivals', () => {
    cases('es', [
      { text: 'No podemos hacer nada más.', reads: ['dismisses'] },
      { text: 'Llame al teléfono de atención al cliente.', reads: ['dismisses'] },
      { text: 'Para reclamaciones, rellene el formulario de la web.', reads: ['dismisses'] },
      { text: 'No vamos a entrar en polémicas.', reads: ['dismisses'] },
      { text: 'No seas exagerado, tampoco es para ponerse así.', reads: ['belittles'] },
      { text: 'Menudo drama por una tontería.', reads: ['belittles'] },
      { text: 'Si no sabes usar la app no es nuestro problema.', reads: ['dismisses'] },
      { text: 'Otras compañías son mucho peores que nosotros.', reads: ['attacks_competitor'] },
      { text: 'Vete a la competencia, a ver si te tratan mejor 😂', reads: ['sarcastic'] },
    ]);
  });

  describe('explaining, acknowledging, a calm boundary', () => {
    cases('es', [
      { text: 'El fallo se produjo por una actualización del sistema.', reads: ['explains'] },
      { text: 'Hubo una avería en el servidor a las 10:00.', reads: ['explains'] },
      { text: 'Todavía no sabemos la causa, lo estamos investigando.', reads: ['explains'] },
      { text: 'Sí, hay una incidencia que afecta a los pagos con tarjeta.', reads: ['explains'] },
      { text: 'Tienes razón en quejarte.', reads: ['acknowledges'] },
      { text: 'Es inaceptable que hayas esperado tanto.', reads: ['acknowledges'] },
      { text: 'Esto no debería haber pasado nunca.', reads: ['acknowledges'] },
      {
        text: 'Criticar está bien, insultar no. Si tienes un problema, cuéntanoslo.',
        context: 'troll',
        reads: ['calm_boundary'],
      },
      { text: 'Aquí se puede opinar con respeto.', context: 'troll', reads: ['calm_boundary'] },
    ]);
  });

  describe('next steps, updates, redress', () => {
    cases('es', [
      { text: 'Un técnico pasará por tu casa mañana por la mañana.', reads: ['next_step'] },
      { text: 'Te llamamos en una hora.', reads: ['next_step'] },
      { text: 'Esta tarde te mandamos el nuevo pedido.', reads: ['next_step'] },
      { text: 'Os iremos contando por aquí cómo avanza.', reads: ['promises_update'] },
      { text: 'Publicaremos una actualización a las 12:00.', reads: ['promises_update'] },
      { text: 'Te reembolsamos el billete completo.', reads: ['offers_redress'] },
      { text: 'Te hacemos un descuento en la próxima factura.', reads: ['offers_redress'] },
    ]);
  });
});

describe('varied phrasings, Spanish, more', () => {
  cases('es', [
    { text: 'Os pedimos disculpas a todos.', reads: ['apologises'] },
    { text: 'Sentimos muchísimo lo ocurrido.', reads: ['apologises'] },
    { text: 'Qué mal, entiendo que estés harta.', reads: ['empathises'] },
    { text: 'Nos hacemos cargo de lo molesto que es.', reads: ['empathises'] },
    { text: 'Tienes todo el derecho a estar enfadado.', reads: ['acknowledges'] },
    { text: 'Ha sido culpa nuestra, sin excusas.', reads: ['admits_error'] },
    { text: 'Nos hemos equivocado y lo asumimos.', reads: ['admits_error'] },
    {
      text: 'Ya está todo arreglado, no volverá a pasar.',
      context: 'outage',
      reads: ['premature_all_clear'],
    },
    { text: 'Mañana a las 10:00 estará todo funcionando.', context: 'outage', reads: ['over_promises'] },
    {
      text: 'Todos los afectados recibirán un mes gratis.',
      context: 'outage',
      reads: ['unverified_compensation'],
    },
    { text: 'Hemos visto que vives en la calle Alcalá 45, 2ºA.', reads: ['exposes_private_data'] },
    { text: 'Tu teléfono 612 345 678 ya está registrado.', reads: ['exposes_private_data'] },
    { text: 'Agradecemos su comprensión.', reads: ['canned'] },
    { text: 'Seguimos trabajando para ofrecerle el mejor servicio.', reads: ['canned'] },
    { text: '¡Qué ilusión nos hace leer esto! 🥰', context: 'positive', reads: ['human_tone'] },
    { text: 'Jajaja nos has alegrado el día', context: 'positive', reads: ['human_tone'] },
    { text: 'Lo que ha pasado es que el camión se averió en la autopista.', reads: ['explains'] },
  ]);
});

describe('competitors, Spanish', () => {
  cases('es', [
    { text: 'La competencia no sabe hacer las cosas bien.', reads: ['attacks_competitor'] },
    { text: 'Somos mejores que la competencia, sin duda.', reads: ['attacks_competitor'] },
    { text: 'Otras marcas son un timo.', reads: ['attacks_competitor'] },
  ]);
});

describe('varied phrasings, Spanish, the hardest to read', () => {
  cases('es', [
    { text: 'Con razón estás molesto, no es la experiencia que esperabas.', reads: ['acknowledges'] },
    { text: 'Sí, nos ha llegado tu queja y la estamos mirando.', reads: ['acknowledges'] },
    { text: 'Esto no tendría que haber ocurrido.', reads: ['acknowledges'] },
    { text: 'El pedido salió tarde porque nos faltaba stock.', reads: ['explains'] },
    { text: 'Ahora mismo sabemos que el fallo está en la pasarela de pago.', reads: ['explains'] },
    { text: 'El servicio se interrumpió por un corte eléctrico en el centro de datos.', reads: ['explains'] },
    { text: 'Hoy mismo te enviamos la factura corregida.', reads: ['next_step'] },
    { text: 'Antes del viernes tendrás el reembolso en tu cuenta.', reads: ['next_step'] },
    { text: 'Esto es lo que hay.', reads: ['dismisses'] },
    { text: 'Ya te hemos contestado, no vamos a repetirlo.', reads: ['dismisses'] },
    { text: 'Tenías que haber llamado antes de las 12.', reads: ['blames_customer'] },
    { text: 'El problema es que no seguiste los pasos.', reads: ['blames_customer'] },
    { text: 'Cualquiera con dos dedos de frente lo habría visto.', reads: ['belittles'] },
    { text: 'Bueno, tampoco hace falta ponerse así, ¿eh?', reads: ['belittles'] },
    {
      text: 'Puedes criticarnos todo lo que quieras, pero sin faltar.',
      context: 'troll',
      reads: ['calm_boundary'],
    },
    { text: 'Tal como recoge el contrato, no hay penalización.', reads: ['cites_policy'] },
    { text: 'La responsabilidad del envío es de Correos.', reads: ['blames_third_party'] },
    { text: 'Perdona, pero la próxima vez lee bien la descripción.', reads: ['apology_then_blame'] },
  ]);
});
