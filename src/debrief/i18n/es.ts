import type { DebriefText } from './text';

/** Las palabras del informe final, en español. */
export const es: DebriefText = {
  plan: {
    fix: {
      empathy:
        'Antes de explicar nada, escucha: nombra a la persona, reconoce su malestar y ponte en su lugar. Nada de plantillas.',
      transparency:
        'Si el fallo es de la marca, admítelo en público cuanto antes, explica qué pasó y pide perdón. Nunca digas algo que no sea verdad.',
      no_deletion:
        'No borres ni ocultes críticas. Solo se retira lo que insulta directamente a un cliente o a un colectivo.',
      follow_up:
        'Lleva un registro de cada «os mantendremos informados» y publica la actualización prometida. Vigila hasta el final: habrá rebrotes.',
      timeliness:
        'Responde a cada queja en menos de {minutes} min: una respuesta tardía no vale nada y el malestar se contagia.',
      composure:
        'Antes de publicar, analiza: ¿cómo empezó?, ¿afecta a toda la marca o a unos pocos?, ¿se suman otros?, ¿puede saltar de red?',
      escalation:
        'En cuanto la crisis sea seria (muchos afectados, prensa, salto de red), avisa a la persona responsable.',
      troll_discernment:
        'Ante la duda, trata a cada persona como a un cliente. A los troles, ni «me gusta» ni réplica: como mucho, un límite sereno.',
      private_channel:
        'Los casos individuales: reconócelos en público y resuélvelos por privado, con educación, contestando cada mensaje.',
      acknowledge_positive: 'Agradece cada comentario positivo y, si puedes, ten un detalle con esa persona.',
      redress:
        'Reserva presupuesto para resarcir y úsalo con los clientes afectados; ofrece en público una solución para todos.',
      humility:
        'Fuera justificaciones, letra pequeña y comunicados corporativos: tono humilde, cercano y humano.',
      no_competitor_bashing:
        'No menciones a la competencia para defenderte: habla solo de lo que hace tu marca.',
      consistency:
        'Cumple cada promesa: si dices que escribirás, escribe; si ofreces resarcir, resarce; si prometes novedades, publícalas.',
      learning:
        'Cuando una respuesta salga mal, corrige el rumbo y reconócelo; cuenta en público qué cambia para que no se repita.',
    },
    keep: {
      empathy: 'Sigue escuchando primero: funcionó.',
      transparency: 'Sigue admitiendo los errores pronto y con claridad.',
      no_deletion: 'Sigue dejando a la vista las críticas legítimas.',
      follow_up: 'Sigue cumpliendo las actualizaciones prometidas y vigilando hasta el final.',
      timeliness: 'Mantén la rapidez de respuesta.',
      composure: 'Mantén el hábito de analizar antes de actuar.',
      escalation: 'Sigue implicando pronto a la persona responsable.',
      troll_discernment: 'Sigue distinguiendo a los troles de los clientes descontentos.',
      private_channel: 'Sigue llevando los casos individuales a privado tras reconocerlos en público.',
      acknowledge_positive: 'Sigue agradeciendo y premiando los comentarios positivos.',
      redress: 'Sigue resarciendo a quien lo merece.',
      humility: 'Mantén el tono humilde y cercano.',
      no_competitor_bashing: 'Sigue sin entrar en ataques a la competencia.',
      consistency: 'Sigue haciendo lo que dices.',
      learning: 'Sigue corrigiendo el rumbo y contando qué cambia.',
    },
    extra: {
      owed_updates: 'Tienes {count} promesa(s) de novedades sin cumplir: publica la actualización hoy mismo.',
      network_jump:
        'La crisis saltó a {network}: incluye en el plan vigilar todas las redes de la marca desde el primer aviso.',
      troll_protocol:
        'Protocolo de troles: no responder a provocaciones, no dar «me gusta», no compensar; bloquear solo si insultan.',
      err_on_attention:
        'Trataste como troles a clientes reales: ante cualquier atisbo de malestar, atiende. Mejor pecar por exceso.',
      press_protocol:
        'Prensa: respuesta rápida, honesta y con una persona de contacto. Nunca «sin comentarios».',
      abuse_protocol:
        'Insultos a clientes o a colectivos: retíralos o marca un límite sereno en público, y defiende a quien recibió el insulto.',
    },
  },
  treatment: {
    attended: 'atendido',
    dismissed: 'tratado como trol',
    ignored: 'sin atención',
    fed: 'alimentado',
    starved: 'sin alimentar',
  },
  action: {
    reply: 'Respondiste en público.',
    reply_private: 'Respondiste por privado.',
    like: 'Diste «me gusta».',
    hide: 'Ocultaste el comentario.',
    delete: 'Borraste el comentario.',
    block: 'Bloqueaste a su autor.',
    escalate: 'Avisaste a la persona responsable.',
    statement: 'Publicaste un comunicado.',
    redress: 'Ofreciste un resarcimiento.',
    analyse: 'Analizaste la situación.',
    update: 'Publicaste una actualización.',
    leave: 'Lo dejaste estar.',
  },
  csv: {
    date: 'Fecha',
    scenario: 'Escenario',
    title: 'Título',
    mode: 'Modalidad',
    team: 'Equipo',
    overall: 'Global',
    modes: {
      training: 'Itinerario de incorporación',
      workshop: 'Taller',
      assessment: 'Autoevaluación',
      headless: 'Partida automática',
    },
  },
  noAnswer: 'No respondiste.',
  noModel: 'No hay respuesta modelo registrada para este momento.',
  quality: {
    apologises: 'una disculpa',
    acknowledges: 'reconocer el problema',
    empathises: 'empatía',
    explains: 'una explicación',
    admits_error: 'admitir el error',
    next_step: 'un paso concreto, con cuándo',
    promises_update: 'una actualización prometida',
    offers_private: 'ofrecer hablar por privado',
    offers_redress: 'ofrecer una compensación',
    asks_details: 'pedir detalles',
    thanks: 'agradecimiento',
    rewards: 'un detalle',
    human_tone: 'un tono humano',
    calm_boundary: 'un límite sereno',
    names_person: 'señalar a un compañero en público',
    defensive: 'ponerse a la defensiva',
    blames_customer: 'culpar al cliente',
    cites_policy: 'citar la letra pequeña',
    sarcastic: 'sarcasmo',
    canned: 'una frase enlatada',
    attacks_competitor: 'atacar a la competencia',
    feeds_troll: 'alimentar al trol',
    dismisses: 'quitárselo de encima',
    deceives: 'algo falso',
    belittles: 'menospreciar',
    non_apology: 'una falsa disculpa',
    apology_then_blame: 'disculpa y luego culpa',
    minimises: 'quitarle importancia',
    blames_third_party: 'culpar a un tercero',
    over_promises: 'prometer lo que aún no se sabe',
    premature_all_clear: 'dar por resuelto antes de tiempo',
    exposes_private_data: 'datos privados en público',
    unverified_compensation: 'compensar a todos sin verificar',
  },
};
