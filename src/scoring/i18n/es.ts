import type { ScoringText } from './text';

/** Las palabras de la puntuación, en español. */
export const es: ScoringText = {
  principle: {
    empathy: {
      name: 'Empatía y escucha activa',
      asks: 'Ante alguien molesto, primero comprensión y escucha activa: ponerse en su lugar y entender su malestar desde el «yo», con paciencia.',
    },
    transparency: {
      name: 'Transparencia, honestidad y disculpa',
      asks: 'No engañar nunca. Admitir el error pronto y con sinceridad, pedir perdón sin miedo y decir a los demás que no volverá a pasar. Preguntarse: ¿tiene razón?, ¿qué podemos hacer?',
    },
    no_deletion: {
      name: 'No borrar las críticas',
      asks: 'Borrar un comentario genera más descontento. Solo se acepta cuando falta al respeto de forma directa a un cliente o a un colectivo.',
    },
    follow_up: {
      name: 'Seguimiento',
      asks: 'No dar nunca una crisis por cerrada: lo publicado sigue ahí y puede haber un rebrote. Arreglarlo y hacer saber que se está arreglando.',
    },
    timeliness: {
      name: 'Respuesta inmediata',
      asks: 'La atención debe ser inmediata, urgente y efectiva: una respuesta tres días después no sirve de nada, y el mal servicio se propaga como la pólvora.',
    },
    composure: {
      name: 'Analizar antes de actuar, sin precipitarse',
      asks: 'Rápido pero con cautela: primero analizar (¿cómo empezó?, ¿toda la marca o un sector?, ¿se unen otros?, ¿puede saltar de red?, ¿cómo daña a la marca?), después decidir qué decir y qué hacer. Con calma.',
    },
    escalation: {
      name: 'Contar con la persona responsable',
      asks: 'Pedir consejo a alguien con más experiencia y tener una red interna que responda y resuelva rápido.',
    },
    troll_discernment: {
      name: 'Distinguir troles de clientes descontentos',
      asks: 'A los troles que solo quieren hundir la marca, no alimentarlos. Pero un trol no es un cliente insatisfecho: mejor pecar por exceso de atención ante cualquier atisbo de malestar.',
    },
    private_channel: {
      name: 'Llevar los casos individuales a privado',
      asks: 'Cuando el problema afecta a clientes concretos, reconocerlo en público y resolverlo por mensaje privado, con toda educación.',
    },
    acknowledge_positive: {
      name: 'Agradecer y premiar lo positivo',
      asks: 'Los comentarios positivos se reconocen, se responden, se agradecen y, si es posible, se premian. Contactar con cada persona que comenta, positiva o negativa.',
    },
    redress: {
      name: 'Resarcir',
      asks: 'Responsabilidad, aceptación, aprendizaje y resarcimiento: bonificar cuando el caso lo merece, con un presupuesto reservado para ello.',
    },
    humility: {
      name: 'Humildad, cercanía, sin ponerse a la defensiva',
      asks: 'No ponerse a la defensiva ni solo justificarse; los comunicados corporativos no funcionan; no menospreciar a un cliente pequeño; tono afable y humano.',
    },
    no_competitor_bashing: {
      name: 'No atacar a la competencia',
      asks: 'No sumarse a las críticas contra la competencia; ser auténtico.',
    },
    consistency: {
      name: 'Coherencia entre palabras y hechos',
      asks: 'El mensaje y los actos van de la mano: lo prometido en una respuesta se cumple.',
    },
    learning: {
      name: 'Aprender y rediseñar el plan',
      asks: 'Aprender de los errores y rediseñar el plan de crisis: planes de contingencia y control continuo, no excusas, para que no vuelva a ocurrir.',
    },
  },
  rule: {
    'empathy.listened':
      'Respondiste a una queja escuchando: te pusiste en su lugar, reconociste el problema o te disculpaste.',
    'empathy.cold':
      'Respondiste a una queja sin escuchar: a la defensiva, con una plantilla, culpando o restando importancia.',
    'empathy.unanswered': 'Una persona molesta se quedó sin respuesta: nadie la escuchó.',
    'empathy.silenced': 'Borraste, ocultaste o bloqueaste una queja en vez de escucharla.',
    'empathy.crowd_heard': 'Tu comunicado hizo sentir escuchada a la gente que se iba sumando a las quejas.',
    'empathy.crowd_unheard':
      'La gente que se sumaba a las quejas no recibió un comunicado que la escuchara: o no lo hubo, o era frío.',
    'transparency.honest': 'Una respuesta honesta y clara: admitiste, explicaste o te disculpaste.',
    'transparency.evasive':
      'Una respuesta evasiva: plantilla, letra pequeña, defensa o culpa al cliente en vez de responder a lo preguntado.',
    'transparency.deceived':
      'Dijiste algo falso. Engañar a los clientes es lo único que nunca se debe hacer.',
    'transparency.private_only':
      'Respondiste solo por privado a una crítica pública: los demás usuarios no ven que la marca responde.',
    'transparency.unconfirmed':
      'Anunciaste algo que la marca aún no podía saber (una hora, una causa, «ya está resuelto»): di lo que sabes y cuándo sabrás más.',
    'transparency.press_unanswered':
      'La prensa preguntó y no hubo respuesta: publicará lo que tenga, sin la versión de la marca.',
    'transparency.admitted': 'Admitiste el error en público pronto, cuando el problema ya afectaba a muchos.',
    'transparency.admitted_late':
      'Acabaste admitiendo el error en público, pero tarde: admitirlo rápido vale más.',
    'transparency.never_admitted':
      'El fallo afectaba a muchos clientes y la marca nunca lo admitió en público.',
    'no_deletion.kept': 'Dejaste a la vista una crítica legítima.',
    'no_deletion.deleted':
      'Borraste una crítica legítima: borrar genera más descontento (y capturas de pantalla).',
    'no_deletion.hidden': 'Ocultaste una crítica legítima: ocultar también es silenciar.',
    'no_deletion.blocked_genuine': 'Bloqueaste a un cliente con una queja real.',
    'no_deletion.praise_removed': 'Borraste u ocultaste un comentario a favor de la marca.',
    'no_deletion.abuse_exception':
      'Retiraste un comentario que insultaba directamente a clientes o a un colectivo: la única excepción aceptada.',
    'follow_up.promise_kept': 'Prometiste novedades y publicaste después una actualización real.',
    'follow_up.promise_hollow':
      'Prometiste novedades y la actualización que llegó estaba vacía o era falsa: no cuenta como cumplida.',
    'follow_up.promise_broken': 'Prometiste novedades y nunca llegó una actualización.',
    'follow_up.flare_up_answered': 'Al final de la sesión seguías atento: respondiste al rebrote.',
    'follow_up.flare_up_dismissed':
      'Respondiste al rebrote, pero como si la crisis estuviera cerrada («todo arreglado», «ya se respondió»): eso no es seguirla.',
    'follow_up.flare_up_missed':
      'Al final de la sesión llegó un rebrote y no lo atendiste a tiempo: la crisis no se había cerrado.',
    'follow_up.kept_informed': 'Publicaste una actualización para contar cómo avanzaba la solución.',
    'follow_up.never_updated': 'El problema afectaba a muchos y nunca publicaste una actualización.',
    'timeliness.prompt': 'Respondiste enseguida.',
    'timeliness.slow': 'Respondiste, pero tarde: la respuesta vale menos cuanto más espera la persona.',
    'timeliness.too_late': 'Respondiste tan tarde que la respuesta ya no valía nada.',
    'timeliness.unanswered': 'Nunca respondiste.',
    'timeliness.crowd_covered':
      'Un comunicado publicado a tiempo respondió a esta persona junto con las demás.',
    'timeliness.crowd_waited': 'Esta persona se sumó a las quejas y ningún comunicado le respondió a tiempo.',
    'composure.analysed_first': 'Analizaste la situación antes de actuar.',
    'composure.analysed_late': 'Analizaste la situación, pero después de empezar a actuar.',
    'composure.analysed_idle':
      'Analizaste la situación, pero después no hiciste nada: se analiza para decidir qué decir y qué hacer.',
    'composure.never_analysed':
      'Nunca te paraste a analizar: cómo empezó, a quién afecta, si se suman otros, si puede saltar de red.',
    'composure.considered_statement': 'Publicaste el comunicado después de analizar la situación.',
    'composure.rushed_statement': 'Publicaste un comunicado sin haber analizado antes la situación.',
    'composure.calm_message': 'Un mensaje en calma.',
    'composure.lost_temper': 'Perdiste la calma: sarcasmo, menosprecio o entrar al trapo de un trol.',
    'escalation.in_time': 'Implicaste a la persona responsable a tiempo.',
    'escalation.late':
      'Implicaste a la persona responsable, pero cuando la crisis ya era seria desde hacía rato.',
    'escalation.never': 'La crisis se volvió seria y nunca implicaste a la persona responsable.',
    'escalation.precaution': 'Implicaste a la persona responsable por precaución.',
    'troll_discernment.genuine_attended': 'Trataste a un cliente real como a un cliente real.',
    'troll_discernment.genuine_ignored': 'Un cliente real se quedó sin atención.',
    'troll_discernment.genuine_dismissed':
      'Trataste a un cliente real como a un trol: lo borraste, ocultaste, bloqueaste, ignoraste a propósito o le respondiste como a un trol.',
    'troll_discernment.troll_starved': 'No alimentaste a un trol.',
    'troll_discernment.troll_fed':
      'Alimentaste a un trol: le respondiste en público entrando al trapo, le diste «me gusta» o le compensaste.',
    'private_channel.public_then_private': 'Reconociste el caso en público y lo llevaste a privado.',
    'private_channel.private_only':
      'Llevaste el caso a privado sin decir nada en público: los demás no ven que la marca responde.',
    'private_channel.public_only': 'Resolviste en público un caso individual que pedía un mensaje privado.',
    'private_channel.case_missed': 'Un caso individual se quedó sin atender.',
    'private_channel.dm_answered': 'Respondiste con educación al mensaje privado.',
    'private_channel.dm_rude':
      'Respondiste al mensaje privado, pero con una plantilla, la letra pequeña o sin ganas.',
    'private_channel.dm_unanswered': 'Un mensaje privado se quedó sin respuesta.',
    'private_channel.exposed':
      'Publicaste en abierto datos de un caso concreto (un importe, una cuenta, un contacto): eso va por mensaje privado.',
    'acknowledge_positive.thanked_rewarded':
      'Agradeciste un comentario positivo y tuviste un detalle con esa persona.',
    'acknowledge_positive.thanked': 'Agradeciste un comentario positivo.',
    'acknowledge_positive.thanked_badly':
      'Agradeciste un comentario positivo, pero de paso menospreciaste o atacaste a otros: el agradecimiento se estropea.',
    'acknowledge_positive.liked': 'Reconociste un comentario positivo.',
    'acknowledge_positive.answered_no_thanks': 'Respondiste a un comentario positivo sin agradecerlo.',
    'acknowledge_positive.ignored': 'Un comentario positivo se quedó sin reconocer.',
    'redress.given': 'Resarciste a un cliente afectado con cargo al presupuesto.',
    'redress.offered': 'Ofreciste un resarcimiento a un cliente afectado, pero no llegaste a darlo.',
    'redress.none': 'Un cliente afectado no recibió ningún resarcimiento.',
    'redress.crowd_offer': 'Ofreciste en público un resarcimiento para todos los compradores.',
    'redress.crowd_partial':
      'Resarciste a algunos, pero no ofreciste en público una solución para todos los compradores.',
    'redress.crowd_none': 'Los demás compradores afectados no recibieron ninguna oferta de resarcimiento.',
    'redress.wasted': 'Gastaste presupuesto de resarcimiento en un trol.',
    'humility.humble': 'Un mensaje humilde, sin ponerse a la defensiva.',
    'humility.defensive':
      'Un mensaje a la defensiva: justificarse, culpar, citar la política, plantilla corporativa, sarcasmo o menosprecio.',
    'no_competitor_bashing.resisted': 'Tuviste la ocasión de atacar a la competencia y no lo hiciste.',
    'no_competitor_bashing.attacked': 'Atacaste a la competencia.',
    'consistency.update_kept': 'Prometiste novedades y cumpliste.',
    'consistency.update_broken': 'Prometiste novedades y no cumpliste (o lo que llegó no era real).',
    'consistency.private_kept': 'Dijiste que escribirías por privado y respondiste al mensaje privado.',
    'consistency.private_broken':
      'Dijiste que escribirías por privado y el mensaje privado se quedó sin respuesta.',
    'consistency.redress_kept': 'Ofreciste resarcir y resarciste.',
    'consistency.redress_broken': 'Ofreciste resarcir y no lo hiciste.',
    'consistency.coherent': 'Después de admitir el error, este mensaje siguió en la misma línea.',
    'consistency.contradiction':
      'Después de admitir el error, este mensaje lo negó, se defendió o culpó al cliente.',
    'consistency.apology_then_silencing': 'Después de pedir perdón en público, silenciaste una crítica.',
    'consistency.over_promised':
      'Prometiste un resultado o diste la crisis por cerrada sin poder saberlo: si no se cumple, la palabra de la marca pierde valor.',
    'consistency.blanket_compensation':
      'Ofreciste en público una compensación a todos sin verificar los casos: invita a reclamaciones falsas y es una promesa difícil de cumplir.',
    'learning.corrected':
      'Tras ver las consecuencias de un tipo de error, tus decisiones siguientes de ese tipo mejoraron.',
    'learning.repeated': 'Tras ver las consecuencias de un tipo de error, lo seguiste repitiendo.',
    'learning.owned_mistake': 'Reconociste en el mismo hilo una respuesta tuya que había salido mal.',
    'learning.prevention_plan':
      'Publicaste qué cambia para que no vuelva a ocurrir: admitir el fallo y dar pasos concretos, no excusas.',
    'learning.no_plan': 'Nunca contaste en público qué cambia para que el fallo no se repita.',
  },
  band: {
    firewall: { name: 'Cortafuegos', summary: 'Una gestión ejemplar: la crisis se apagó sin dejar cenizas.' },
    solid: { name: 'Gestión sólida', summary: 'Bien llevada, con algunos puntos que pulir.' },
    developing: {
      name: 'En progreso',
      summary: 'Aciertos y errores a partes iguales: el plan de crisis marca qué mejorar.',
    },
    at_risk: { name: 'Marca en riesgo', summary: 'Más errores que aciertos: así una crisis crece.' },
    fuel: { name: 'Leña al fuego', summary: 'La gestión alimentó la crisis.' },
    unrated: { name: 'Sin valorar', summary: 'La sesión no dio para valorar ningún principio.' },
  },
  ledger: {
    kept: 'Cumplida: llegó una actualización real.',
    hollow: 'Vacía: la actualización que llegó no contaba nada real.',
    broken: 'Incumplida: nunca llegó una actualización.',
    pending: 'Pendiente: prometida al final de la sesión, aún se puede cumplir.',
  },
  troll: {
    sensitivity: 'Clientes reales atendidos como tales',
    dismissive: 'Clientes reales tratados como troles',
    feeding: 'Troles alimentados',
  },
  notExercised: 'Sin ocasión en esta sesión',
  source: {
    '000_98ab70f08e23c2d8.txt':
      '«4 paradigmas, 5 claves y 16 acciones para prevenir las crisis en el Social Media» (artículo)',
    '001_c8eba183338f1bc9.txt':
      'Cómo prevenir una crisis en redes sociales: situaciones y siete pasos (título nuestro), Econsultoria',
    '002_3821d1739f36911f.txt': 'Modelos de fidelidad en los social media ante una crisis (título nuestro)',
    '003_aeb9f18473395e0a.txt': '«¿Cómo apagar fuegos en internet?» (artículo)',
    '004_ae073eabfdd3334d.txt': 'Proteger la marca online ante un conflicto con un cliente (título nuestro)',
  },
};
