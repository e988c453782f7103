// Cortafuegos · escenario "faulty-product" (español)
// Rayoluz vende la batería solar SolMax con un anuncio que promete
// "tu móvil al 100% con 1 hora de sol". No es verdad.

VAR heat = 0
VAR sentiment = 0
VAR deleted_criticism = 0
VAR blocked_genuine = 0
VAR trolls_fed = 0
// Ink no admite una VAR y un knot con el mismo nombre: el contador de comunicados
// es `statements` (como `updates`), y el knot de comunicados es `statement`.
VAR statements = 0
VAR redress_given = 0
VAR escalated = false
VAR analysed = false
VAR updates = 0
VAR networks = 1
VAR unanswered = 0
VAR minute = 0

VAR lucia_ok = false
VAR jorge_ok = false
VAR marcos_ok = false
VAR teresa_ok = false
VAR fan_thanked = false
VAR promised_fix = false
VAR ad_withdrawn = false
VAR lied = false
VAR competitor_attacked = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Lucía, la primera clienta afectada] -> lucia
+ [Hilo: Jorge y la publicidad engañosa] -> jorge
+ [Hilo: el troll] -> troll
+ [Hilo: Nacho, el fan] -> fan
+ [Hilo: Elena pregunta antes de comprar] -> question
+ [Hilo: el insulto a un colectivo] -> abuse
+ [Hilo: Marcos y el regalo para su padre] -> marcos
+ [Hilo: la periodista] -> press
+ [Hilo: Teresa, tercera vez que escribe] -> teresa
+ [Hilo: Paco y su vieja queja] -> grievance
+ [Hilo: ¿se arregló al final?] -> followup
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres community manager de Rayoluz, una marca de accesorios solares.
Hace un mes, Rayoluz lanzó la batería solar SolMax con un anuncio que promete "tu móvil al 100% con 1 hora de sol".
Con sol real, el panel apenas carga un 5-10% por hora: sirve de apoyo, no de carga rápida. Los compradores empiezan a darse cuenta.
Tu responsable está disponible y hay un presupuesto para compensar a los clientes. El primer aviso llega por Chirp.
-> DONE

// ─────────────────────────────────────────────
// Lucía: primera clienta afectada. Reconocer en público, resolver en privado.
=== lucia ===
# author: lucia
# id: lucia-open
# kind: complaint
# patience: 150
Compré la batería solar SolMax porque el anuncio decía "tu móvil al 100% con 1 hora de sol". Llevo TODA la mañana en la terraza y el móvil sigue al 12% 😤 @rayoluz_oficial \#Rayoluz
* [Lucía, lo sentimos de verdad. Tienes razón en estar molesta: no es lo que prometimos. Te escribimos por privado para ver tu caso y darte una solución hoy. # quality: apologises # quality: acknowledges # quality: empathises # quality: offers_private # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # after: 30
    Bueno, al menos contestáis rápido. Miro el privado 👀
    -> dm
* [Lamentamos las molestias ocasionadas. Para cualquier incidencia, contacte con nuestro servicio de atención al cliente. # quality: canned # quality: dismisses]
    # author: lucia
    # after: 25
    # kind: complaint
    Un copia y pega. Ni mi nombre habéis leído 🙄
    # author: bea
    # after: 20
    # kind: complaint
    A mí me contestaron lo mismo. Respuesta de robot. Y mi SolMax tampoco carga.
    -> DONE
* [Hola, Lucía. ¿La has puesto a sol directo y sin cristal delante? Si no se usa correctamente, no carga. # quality: blames_customer # quality: defensive]
    # author: lucia
    # after: 20
    # kind: complaint
    Sol directo, 34 grados, sin cristal. ¿Queréis que le ponga crema solar también? 🙄
    # author: bea
    # after: 30
    # kind: complaint
    Echarle la culpa al cliente, de manual. Yo también tengo una y no carga ni a tiros \#RayoluzFail
    -> DONE
* [Hola, Lucía. ¿Nos pasas tu número de pedido por aquí? # channel: private # quality: asks_details # quality: offers_private]
    # author: lucia
    # after: 30
    # kind: complaint
    Me escriben por privado pidiéndome el pedido, pero aquí ni una palabra. ¿Y todos los que estamos igual? 🤔
    -> dm
* [# on: ignored]
    # author: lucia
    # after: 5
    # kind: complaint
    Sigo esperando respuesta. Ni un "lo miramos". Apuntado, @rayoluz_oficial \#Rayoluz
    # author: bea
    # after: 25
    # kind: complaint
    Me uno. La mía igual, al 15% después de una tarde entera al sol. ¿Alguien lee esto?
    -> DONE
* [# on: deleted]
    # author: lucia
    # after: 10
    # kind: complaint
    ¿En serio me habéis BORRADO el comentario? Pues lo vuelvo a poner, con captura 📸 \#RayoluzCensura
    # author: bea
    # after: 20
    Borrar quejas en vez de responderlas. Tremendo.
    -> DONE

= dm
# author: lucia
# id: lucia-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Hola. Pedido RL-48213. La compré para irme de acampada el finde y ahora no me fío de ella. ¿Qué opciones tengo?
* [Gracias, Lucía. Tú eliges: te devolvemos el dinero completo o te enviamos gratis una batería de carga por cable de mayor capacidad. Sin ticket y con recogida en casa. # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # channel: private
    # after: 25
    La devolución, por favor. Gracias por no marearme 🙏
    # author: lucia
    # after: 60
    # kind: praise
    Actualizo: @rayoluz_oficial me ha contestado por privado y me devuelven el dinero. Así sí.
    -> DONE
* [Según nuestras condiciones, solo aceptamos devoluciones de productos defectuosos. Tu unidad funciona dentro de las especificaciones. # channel: private # quality: cites_policy # quality: defensive]
    ~ lucia_ok = false
    # author: lucia
    # channel: private
    # after: 20
    ¿Dentro de especificaciones? Las especificaciones son las del anuncio, y son mentira.
    # author: lucia
    # after: 45
    # kind: complaint
    Me dicen por privado que "funciona dentro de especificaciones". O sea, el anuncio mentía y encima la culpa es mía. Genial \#Rayoluz
    -> DONE
* [Hemos trasladado tu incidencia al departamento correspondiente. Recibirás respuesta en un plazo de 5 a 7 días hábiles. # channel: private # quality: canned]
    ~ lucia_ok = false
    # author: lucia
    # channel: private
    # after: 20
    ¿Una semana? Me voy el viernes...
    -> DONE
* [# on: ignored]
    ~ lucia_ok = false
    # author: lucia
    # after: 5
    # kind: complaint
    Me escribieron por privado, les di el pedido y ahora nadie contesta. Muy bonito 🙃
    -> DONE

// ─────────────────────────────────────────────
// Jorge: señala la publicidad engañosa. Problema de toda la marca.
=== jorge ===
# author: jorge
# id: jorge-open
# kind: complaint
# patience: 120
Publicidad: "Carga tu móvil en 1 hora de sol" ☀️📱 Realidad: tres días al sol y mi batería SolMax al 20%. Esto tiene nombre y es publicidad engañosa @rayoluz_oficial \#Rayoluz \#estafa
* [Jorge, tienes razón y no lo vamos a esconder: con sol real, el panel no carga un móvil en una hora. Lo estamos revisando con el equipo ahora mismo y hoy contamos qué vamos a hacer. También te escribimos por privado. # quality: admits_error # quality: acknowledges # quality: explains # quality: promises_update # quality: offers_private # model: true]
    ~ jorge_ok = true
    ~ promised_fix = true
    # author: jorge
    # after: 40
    Vaya. Una marca que reconoce algo. Espero ese "hoy" 👀
    # author: bea
    # after: 20
    # kind: complaint
    Pues ya somos varios esperando. Yo también la compré por el anuncio.
    -> all
* [Nuestro producto cumple toda la normativa europea y ha superado rigurosas pruebas de calidad. # quality: defensive # quality: cites_policy]
    # author: jorge
    # after: 25
    # kind: complaint
    No he preguntado por la normativa. He preguntado por qué vuestro anuncio miente.
    # author: bea
    # after: 20
    Respuesta de abogado. Mal vamos.
    -> DONE
* [Es un caso aislado, Jorge: el 98% de nuestros clientes está encantado con su SolMax. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: jorge
    # after: 20
    # kind: complaint
    ¿Caso aislado? Mirad vuestras menciones 👇
    # author: bea
    # after: 15
    # kind: complaint
    Yo soy el "caso aislado" número 2. Y tengo ticket 🙋‍♀️
    # author: lucia
    # after: 15
    # kind: complaint
    Y yo el 3 \#RayoluzFail
    -> DONE
* [¡Quizá el sol de tu ciudad es un poco tímido! 😅☀️ # quality: sarcastic # quality: belittles]
    # author: jorge
    # after: 15
    # kind: complaint
    ¿Os estáis riendo de mí? Captura hecha 📸
    # author: bea
    # after: 25
    Lo del "sol tímido" se va a hacer viral, y no para bien 😬
    -> DONE
* [# on: ignored]
    # author: jorge
    # after: 5
    # kind: complaint
    Ni una respuesta de @rayoluz_oficial. El que calla otorga \#Rayoluz
    -> DONE
* [# on: deleted]
    # author: jorge
    # after: 10
    # kind: complaint
    Me han borrado el post. Aquí lo tenéis otra vez, y ahora con vídeo \#RayoluzCensura
    # author: bea
    # after: 20
    Si borran, es que tiene razón.
    -> DONE

= all
# author: jorge
# id: jorge-all
# kind: question
# patience: 150
# after: 50
¿Y qué pasa con los que ya la compramos? ¿Devolución para todos o solo para el que más grite?
* [Para todos. Cualquier comprador podrá elegir devolución completa o cambio, tenga o no el ticket. Lo publicamos en un comunicado en unos minutos. # quality: offers_redress # quality: next_step # quality: explains # quality: promises_update # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: praise
    Eso es lo que quería oír. Lo comparto cuando salga.
    -> DONE
* [Estamos valorando cada caso de forma individual. # quality: canned # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    Traducción: al que grite. Ok.
    -> DONE
* [Las devoluciones se rigen por el plazo legal de 14 días desde la compra. # quality: cites_policy]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    La compré hace un mes por vuestro anuncio. ¿El anuncio engaña pero el plazo manda? 👏👏
    -> DONE
* [# on: ignored]
    ~ jorge_ok = false
    # author: jorge
    # after: 5
    # kind: complaint
    Silencio. Ya me lo imaginaba. Comparte si a ti también te la colaron \#Rayoluz
    -> DONE

// ─────────────────────────────────────────────
// Troll: solo quiere hundir la marca. No alimentarlo.
=== troll ===
# author: don_sarcasmo
# id: troll-open
# kind: troll
JAJAJA Rayoluz: la única batería solar que necesita enchufe 🤡🔌 Menuda panda de estafadores \#RayoluzFail <img src=x onerror=alert(1)> ← la SolMax cargando, no carga ni la foto
* [Entendemos el enfado con la SolMax. Si tienes una y no te funciona, escríbenos por privado y lo resolvemos. # quality: calm_boundary # quality: offers_private # model: true]
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Ni la tengo ni la quiero 😂 Solo venía a reírme.
    -> DONE
* [Y tú el único troll que necesita wifi para tener gracia 😂 # quality: sarcastic # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    UUUH la marca se pica 🍿🍿 Capturad antes de que lo borren
    -> again
* [No somos estafadores. La SolMax está certificada y miles de clientes la usan cada día sin problemas. # quality: defensive # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Miles de clientes" que están todos en mis menciones quejándose 🤣🤣
    -> again
* [# on: ignored]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    ¿Nadie me contesta? Qué aburridos 🥱
    -> DONE
* [# on: deleted]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    Me han borrado el chiste 😂 La verdad duele, ¿eh? \#RayoluzCensura
    -> DONE

= again
# author: don_sarcasmo
# id: troll-again
# kind: troll
# after: 30
Oye @rayoluz_oficial, ¿vuestro community manager también va con energía solar? Porque se le acaba la paciencia en una hora 🤡🔋
* [Tienes razón en una cosa: no debimos contestar así. Seguimos atendiendo a quien tenga problemas con su SolMax. # quality: apologises # quality: calm_boundary # model: true]
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Bah. Aburridos 🥱
    -> DONE
* [Al menos nuestro community manager tiene trabajo 😏 # quality: sarcastic # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    JAJAJA 🍿 esto es mejor que cualquier serie. Seguid, seguid
    -> DONE
* [No vamos a tolerar burlas hacia nuestro equipo, que trabaja muy duro. # quality: defensive # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "No vamos a tolerar" 🤡 ¿Qué me vais a hacer, cargarme en una hora? jajaja
    -> DONE
* [# on: ignored]
    # author: don_sarcasmo
    # after: 10
    # kind: troll
    Se han callado. Victoria 🏆
    -> DONE

// ─────────────────────────────────────────────
// Nacho: fan que defiende la marca. Agradecer y premiar, sin usarlo contra nadie.
=== fan ===
# author: nacho
# id: fan-open
# kind: praise
# patience: 180
Yo llevo un año con mi batería de Rayoluz y me ha salvado en más de una acampada 🏕️ Lo de la hora de sol no se lo cree nadie, vale, pero el servicio técnico siempre me ha tratado bien. Dadles un margen, gente.
* [¡Gracias, Nacho! Nos alegra mucho que te acompañe en tus acampadas 🏕️ Y tienes razón: no carga en una hora y así debimos decirlo. Te escribimos por privado, queremos agradecértelo con un detalle. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    # author: nacho
    # after: 25
    # kind: praise
    ¡Anda! No esperaba respuesta. Gracias a vosotros 🙌
    # author: nacho
    # channel: private
    # after: 40
    Oye, muchas gracias por el cable de repuesto y la funda, no hacía falta 😊
    -> DONE
* [¡Gracias, Nacho! Y al menos las nuestras no se hinchan como las de Voltana 😏🔋 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: nacho
    # after: 20
    Eh, no hacía falta meterse con nadie... 😕
    # author: quique
    # after: 25
    # kind: complaint
    ¿Atacando a la competencia en plena crisis? Valiente estrategia 🍿
    -> DONE
* [¡Exacto, Nacho! Quien sabe usarla, la disfruta. El problema es que mucha gente no lee el manual. # quality: thanks # quality: blames_customer # quality: belittles]
    # author: nacho
    # after: 20
    Hombre, yo no he dicho eso. El anuncio sí decía lo de la hora...
    # author: lucia
    # after: 25
    # kind: complaint
    O sea que los que nos quejamos somos tontos. Gracias, @rayoluz_oficial 🙃
    -> DONE
* [# on: ignored]
    # author: nacho
    # after: 5
    Bueno, ni a los que os defendemos nos contestáis 🤷‍♂️
    -> DONE
* [# on: deleted]
    # author: nacho
    # after: 10
    ¿Me habéis borrado un comentario A FAVOR? Lo que hay que ver 😂
    -> DONE

// ─────────────────────────────────────────────
// Elena: clienta real con una pregunta antes de comprar. Tentación de atacar a la competencia.
=== question ===
# author: elena
# id: question-open
# kind: question
# patience: 150
Pregunta sincera antes de comprar: me voy dos semanas de ruta por el desierto. ¿La SolMax de verdad carga el celular con el sol? ¿O me llevo la de Voltana? 🤔 @rayoluz_oficial
* [Elena, te respondemos con honestidad: con sol real, el panel carga el móvil despacio, un 5-10% por hora. Para tu ruta sirve de apoyo si la llevas cargada de casa, no como fuente principal. Nuestro anuncio lo exageraba y lo estamos corrigiendo. # quality: explains # quality: admits_error # quality: human_tone # model: true]
    # author: elena
    # after: 30
    # kind: praise
    Gracias por la sinceridad, de verdad. Así sí puedo decidir 👍
    # author: quique
    # after: 25
    # kind: praise
    Primera respuesta normal que veo hoy de una marca 👏
    -> DONE
* [¡Ni lo dudes! Las de Voltana se calientan y duran la mitad. La SolMax es muy superior. # quality: attacks_competitor # quality: deceives]
    ~ competitor_attacked = true
    ~ lied = true
    # author: elena
    # after: 20
    # kind: question
    Mmm, no me han contestado a lo de la hora de sol...
    # author: quique
    # after: 25
    # kind: complaint
    Medio Chirp quejándose de la SolMax y ellos hablando mal de Voltana. Vaya nivel 🙄
    -> DONE
* [¡Claro que sí! Una hora de sol y tendrás tu móvil al 100% ☀️📱 # quality: deceives]
    ~ lied = true
    # author: elena
    # after: 20
    ¿Seguro? Porque leyendo los comentarios de arriba...
    # author: lucia
    # after: 20
    # kind: complaint
    @elenaviaja no te fíes: yo llevo toda la mañana al sol y voy al 12%.
    -> DONE
* [Toda la información técnica está disponible en nuestra web. # quality: canned # quality: dismisses]
    # author: elena
    # after: 25
    # kind: complaint
    Ya la leí, por eso pregunto. Pues nada, me la ahorro.
    -> DONE
* [# on: ignored]
    # author: elena
    # after: 5
    # kind: complaint
    Ni contestan una pregunta antes de comprar. Decidido: no la compro.
    -> DONE

// ─────────────────────────────────────────────
// Trasgo: insulta directamente a un colectivo. Es lo único que se puede borrar.
=== abuse ===
# author: trasgo
# id: abuse-open
# kind: abuse
Normal que no les cargue, los que compran Rayoluz son todos viejos inútiles que no saben ni dónde está el sol 🤣👴
* [Aquí no se insulta a nadie. Nuestros clientes, tengan la edad que tengan, merecen respeto. Y el fallo es nuestro, no suyo. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    # author: quique
    # after: 25
    # kind: praise
    Bien dicho. El problema es el producto, no la gente.
    -> DONE
* [Jajaja bueno, algún caso hay 😅 # quality: sarcastic # quality: belittles]
    # author: trasgo
    # after: 15
    # kind: troll
    ¡Hasta la marca me da la razón! 🤣
    # author: paco
    # after: 30
    # kind: complaint
    Tengo 67 años y sé perfectamente dónde está el sol. Lo que no sé es dónde está vuestra vergüenza, @rayoluz_oficial.
    -> DONE
* [Te recordamos que no es culpa de nuestros clientes ni nuestra: la carga depende de la intensidad del sol. # quality: defensive # quality: deceives]
    ~ lied = true
    # author: trasgo
    # after: 15
    # kind: troll
    ¿Veis? Ni ellos se aclaran 🤣
    # author: quique
    # after: 25
    # kind: complaint
    Ni frenan el insulto ni asumen nada. Redondo.
    -> DONE
* [# on: ignored]
    # author: quique
    # after: 10
    # kind: complaint
    ¿Y este comentario insultando a la gente mayor sigue aquí? @rayoluz_oficial moderad un poco, por favor.
    -> DONE
* [# on: deleted]
    # author: quique
    # after: 20
    Gracias por quitar el insulto. Ahora, a responder a los clientes de verdad.
    -> DONE

// ─────────────────────────────────────────────
// Marcos: cliente afectado en Snapgram, con vídeo. Puede saltar a Chirp.
=== marcos ===
# author: marcos
# id: marcos-open
# kind: complaint
# patience: 120
Le regalé la batería solar SolMax a mi padre por su cumpleaños porque le encanta la montaña 🏔️ En el video: 3 horas al sol y 9%. Me da hasta vergüenza @rayoluz_oficial 😞 \#Rayoluz
* [Marcos, lo sentimos mucho, y más siendo un regalo para tu padre. No es culpa tuya ni de tu padre: el anuncio prometía algo que el producto no hace. Te escribimos por privado para cambiarla o devolverte el dinero, lo que prefieras. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: offers_redress # model: true]
    ~ marcos_ok = true
    # author: marcos
    # after: 35
    Gracias por no darme largas. Miro el privado.
    -> dm
* [Para reclamaciones, contacte con atención al cliente de lunes a viernes, de 9 a 14 h. # quality: canned # quality: cites_policy]
    # author: marcos
    # after: 20
    # kind: complaint
    Hoy es sábado 🙃 Genial.
    # author: nuria
    # after: 25
    # kind: complaint
    El vídeo es clarísimo. Y la respuesta, de robot.
    -> DONE
* [En el video se ve nublado a ratos. En esas condiciones la carga es menor. # quality: blames_customer # quality: defensive]
    # author: marcos
    # after: 15
    # kind: complaint
    ¿NUBLADO? Estamos en pleno verano y no hay una nube en todo el valle ☀️☀️☀️
    # author: nuria
    # after: 20
    # kind: complaint
    Le echan la culpa a las nubes 😂 No puedo más
    -> DONE
* [Parece una unidad defectuosa aislada. Envíanosla y la revisamos. # quality: deceives # quality: asks_details]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    ¿Aislada? Dense una vuelta por Chirp, está lleno de "unidades aisladas".
    -> DONE
* [# on: ignored]
    # author: marcos
    # after: 5
    # kind: complaint
    # network: chirp
    Subo el video también aquí, a ver si en Chirp contestan: 3 horas de sol, 9% @rayoluz_oficial \#Rayoluz
    # author: nuria
    # after: 20
    Compartido. Que se vea.
    -> DONE
* [# on: deleted]
    # author: marcos
    # after: 10
    # kind: complaint
    # network: chirp
    Me borraron el video de su perfil. Lo he subido al mío, ahí no pueden \#RayoluzCensura
    -> DONE

= dm
# author: marcos
# id: marcos-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Mi padre dice que prefiere quedársela, le hace gracia el panel 😅 Pero me fastidia haber pagado por algo que no es lo que decía. ¿Qué pueden hacer?
* [Entendido. Tu padre se queda la batería y te devolvemos la mitad de lo que pagaste por la diferencia con lo anunciado. ¡Y que la disfrute en la montaña! 🏔️ # channel: private # quality: offers_redress # quality: empathises # quality: human_tone # model: true]
    # author: marcos
    # channel: private
    # after: 20
    Trato hecho. Gracias 🙏
    # author: marcos
    # after: 50
    # kind: praise
    Actualización: @rayoluz_oficial me ha respondido bien y con una compensación. No borra el error del anuncio, pero así se hace.
    -> DONE
* [Si decide quedársela, no podemos hacer nada más. Gracias por su comprensión. # channel: private # quality: cites_policy # quality: dismisses]
    ~ marcos_ok = false
    # author: marcos
    # after: 25
    # kind: complaint
    Resumen de @rayoluz_oficial: si no la devuelves, te aguantas. Ok.
    -> DONE
* [Bueno, si a tu padre le gusta, tampoco es para tanto, ¿no? 😊 # channel: private # quality: dismisses # quality: belittles]
    ~ marcos_ok = false
    # author: marcos
    # channel: private
    # after: 20
    El problema es que nos vendieron otra cosa.
    -> DONE
* [# on: ignored]
    ~ marcos_ok = false
    # author: marcos
    # after: 5
    # kind: complaint
    Me dijeron "te escribimos" y llevo un buen rato mirando el privado vacío.
    -> DONE

// ─────────────────────────────────────────────
// Sofía: periodista. Solo aparece si la crisis está caliente (minHeat).
=== press ===
# author: sofia
# id: press-open
# kind: press
# patience: 150
Soy periodista de Consumo al Día. Preparo una pieza sobre la batería SolMax y su anuncio de "1 hora de sol". @rayoluz_oficial, ¿van a retirar el anuncio? ¿Habrá devolución para los compradores?
* [Hola, Sofía. Sí: el anuncio no era correcto y lo retiramos hoy. Todos los compradores podrán elegir devolución completa o cambio. Te escribimos por privado con los datos y con quién puedes hablar. # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: sofia
    # after: 40
    Gracias por la respuesta rápida y clara. Lo incluyo en la pieza.
    # author: sofia
    # after: 60
    Publicado: "Rayoluz reconoce que su batería solar no carga en una hora y ofrece devoluciones".
    -> DONE
* [Sin comentarios por el momento. # quality: dismisses # quality: canned]
    # author: sofia
    # after: 20
    Anotado: "La marca ha declinado hacer comentarios" 📝
    # author: sofia
    # after: 60
    Publicado. Los lectores nos están enviando más casos 📈
    -> DONE
* [La polémica la han generado unos pocos usuarios que no utilizan el producto correctamente. # quality: blames_customer # quality: defensive]
    # author: sofia
    # after: 20
    ¿Esa es su posición oficial? La cito textual.
    # author: quique
    # after: 20
    # kind: complaint
    Madre mía, culpar a los clientes delante de una periodista 🤦
    -> DONE
* [Nuestro anuncio es correcto: en condiciones de laboratorio, la carga se completa en una hora. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: sofia
    # after: 25
    ¿En laboratorio con qué luz? El anuncio dice "sol". Pediré el informe de ese ensayo.
    # author: sofia
    # after: 60
    He consultado a un ingeniero: con un panel de ese tamaño es imposible cargar un móvil en una hora de sol. Lo publico así.
    -> DONE
* [# on: ignored]
    # author: sofia
    # after: 5
    Sin respuesta de @rayoluz_oficial. Publicaremos con lo que tenemos.
    -> DONE

// ─────────────────────────────────────────────
// Teresa: lleva días sin respuesta. Poca paciencia.
=== teresa ===
# author: teresa
# id: teresa-open
# kind: complaint
# patience: 90
Es la tercera vez que les escribo, @rayoluz_oficial. Quiero devolver la SolMax y nadie me contesta, ni aquí ni por correo. Estoy harta 😡
* [Teresa, perdona la espera: no es aceptable. Te escribimos ahora por privado y hoy mismo tramitamos tu devolución completa, con recogida en casa. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ teresa_ok = true
    # author: teresa
    # after: 30
    Por fin. Lo veo.
    # author: teresa
    # channel: private
    # after: 50
    Ya me llegó el correo de la recogida. Gracias, de verdad.
    -> DONE
* [Estamos recibiendo un volumen elevado de consultas. Le atenderemos por orden de llegada. # quality: canned]
    # author: teresa
    # after: 20
    # kind: complaint
    Por orden de llegada. Yo llegué hace una semana 🙃
    -> DONE
* [Para tramitar la devolución es imprescindible el embalaje original, tal como indican nuestras condiciones. # quality: cites_policy # quality: blames_customer]
    # author: teresa
    # after: 20
    # kind: complaint
    ¿El embalaje? Lo tiré porque me fiaba de ustedes. Esto va directo a la oficina de consumo.
    -> DONE
* [Hola, Teresa. Pásanos tu número de pedido y lo revisamos. # channel: private # quality: asks_details # quality: offers_private]
    # author: teresa
    # channel: private
    # after: 25
    Ya se los mandé dos veces: RL-47720. ¿Otra vez?
    # author: teresa
    # after: 30
    # kind: complaint
    Me piden el número de pedido por tercera vez 🤦‍♀️ @rayoluz_oficial
    -> DONE
* [# on: ignored]
    # author: teresa
    # after: 5
    # kind: complaint
    Cuarta vez. Voy a poner una reclamación oficial \#Rayoluz \#estafa
    -> DONE
* [# on: deleted]
    # author: teresa
    # after: 10
    # kind: complaint
    Encima me borran la queja. Ya tienen la reclamación en consumo 😡
    -> DONE

// ─────────────────────────────────────────────
// Paco: un agravio antiguo se suma a la bola.
=== grievance ===
# author: paco
# id: grievance-open
# kind: complaint
# patience: 150
Ya que estamos: hace dos años compré vuestra linterna solar, se rompió al mes y nunca me respondisteis. Veo que seguís igual @rayoluz_oficial
* [Paco, lo sentimos: debimos responderte entonces y no lo hicimos. Te escribimos por privado para revisar también lo de la linterna. Gracias por decírnoslo. # quality: apologises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    # author: paco
    # after: 30
    Bueno... más vale tarde que nunca. Miro el privado.
    -> DONE
* [Este hilo es sobre la SolMax. Para otros productos, abra una nueva consulta. # quality: dismisses # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    Ya abrí una consulta hace dos años. Sigo esperando.
    # author: nuria
    # after: 25
    # kind: complaint
    Otro más con historias de Rayoluz. Esto no para 👀
    -> DONE
* [Esa linterna está descatalogada y ya no tiene garantía. # quality: defensive # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    Gracias por confirmarme que nunca me ibais a responder 👍
    -> DONE
* [# on: ignored]
    # author: paco
    # after: 5
    # kind: complaint
    Lo dicho, seguís igual \#Rayoluz
    # author: nuria
    # after: 20
    # kind: complaint
    A mí me pasó lo mismo con su cargador de coche y nada.
    -> DONE
* [# on: deleted]
    # author: paco
    # after: 10
    # kind: complaint
    Dos años esperando respuesta y lo único que hacéis es borrarme el comentario. Muy propio de vosotros.
    -> DONE

// ─────────────────────────────────────────────
// Seguimiento: al final de la sesión, Lucía vuelve. ¿Se arregló? Rebrote.
=== followup ===
# author: lucia
# id: followup-open
# kind: question
# patience: 120
{lucia_ok: Lo mío lo resolvisteis, gracias. Pero mi hermana compró otra y el anuncio sigue igual en la tienda. ¿Se ha arreglado o no?|Vuelvo a preguntar: ¿se ha arreglado algo? El anuncio sigue diciendo "1 hora de sol" y mi batería sigue al 12% 🙄}
* [Gracias por volver a preguntar, Lucía. Esto es lo que hay: el anuncio se retira hoy de la web y de las tiendas, y cualquier comprador puede pedir devolución o cambio. Te escribimos por privado con los pasos, y aquí iremos contando cómo avanza. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    # kind: praise
    Vale, eso es concreto. Lo comparto 👍
    -> DONE
* [¡Todo solucionado! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    ¿Solucionado? Acabo de entrar en vuestra web y el anuncio sigue ahí 📸
    # author: jorge
    # after: 20
    # kind: complaint
    "Solucionado" sin explicar nada. Ya empezamos \#Rayoluz
    -> DONE
* [Eso ya se respondió antes, Lucía. Revisa el hilo. # quality: dismisses # quality: belittles]
    # author: lucia
    # after: 20
    # kind: complaint
    Lo he revisado. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    # author: lucia
    # after: 5
    # kind: complaint
    Pues nada, ni caso. Para ellos la crisis ya pasó, para los que la compramos no \#Rayoluz
    # author: jorge
    # after: 20
    # kind: complaint
    Igual que yo. Ni una novedad desde esta mañana.
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público
=== statement ===
* [Comunicado sobre la batería SolMax: nos equivocamos. Anunciamos que cargaba un móvil con 1 hora de sol y no es verdad: con sol real, el panel aporta un 5-10% por hora y sirve de apoyo, no de carga rápida. Pedimos perdón. Hoy retiramos el anuncio y todos los compradores pueden elegir devolución completa o cambio, sin ticket y con envío gratis. Aquí contaremos cada avance. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: praise
    Esto sí es un comunicado. Reconocen el error y hay devolución para todos 👏
    # author: nacho
    # after: 20
    # kind: praise
    Por esto sigo confiando en ellos.
    # author: teresa
    # after: 30
    A ver si es verdad. Lo estaré vigilando.
    -> DONE
* [En Rayoluz trabajamos cada día para ofrecer la máxima calidad. Lamentamos las molestias que hayan podido ocasionarse y agradecemos la confianza de nuestros clientes. # quality: canned]
    # author: jorge
    # after: 25
    # kind: complaint
    "Lamentamos las molestias"... ¿Y el anuncio? ¿Y las devoluciones? Nada.
    # author: lucia
    # after: 20
    # kind: complaint
    Comunicado de plantilla. No dice nada.
    -> DONE
* [Ante los comentarios aparecidos en redes, Rayoluz aclara que la SolMax cumple todas sus especificaciones. Los tiempos de carga dependen de las condiciones de uso de cada cliente. La gran mayoría de nuestros usuarios está satisfecha. # quality: defensive # quality: deceives # quality: blames_customer]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    "Las condiciones de uso de cada cliente". O sea, la culpa es nuestra. Increíble.
    # author: quique
    # after: 25
    # kind: complaint
    Capturado para la posteridad. Así no se gestiona una crisis \#RayoluzFail
    # author: jorge
    # after: 30
    # kind: complaint
    Pues la "gran mayoría" estamos aquí, quejándonos.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento

=== update ===
* [Actualización sobre la SolMax: el anuncio ya está retirado de la web y de las tiendas, y hemos tramitado las primeras devoluciones y cambios. Si nos escribiste y aún no te hemos respondido, hoy contestamos a todos. Y estamos cambiando cómo revisamos nuestra publicidad para que no vuelva a pasar. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    ~ ad_withdrawn = true
    # author: jorge
    # after: 30
    # kind: praise
    Cumplen lo que dijeron. Así da gusto.
    # author: lucia
    # after: 25
    Bien. Seguiré atenta 👀
    -> DONE
* [Seguimos trabajando para mejorar. ¡Gracias por la paciencia! 🙏 # quality: canned]
    # author: teresa
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente?
    -> DONE
* [Actualización: el problema está 100% resuelto. ¡Gracias a todos! # quality: deceives]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    ¿Resuelto? El anuncio sigue en la web. Captura 📸
    # author: jorge
    # after: 25
    # kind: complaint
    Resuelto para vosotros, para nosotros no.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)

=== crowd_complaint ===
{shuffle:
- Yo también la compré y nada, al 10% después de toda la tarde al sol 😤
- Me uno. La SolMax es un pisapapeles con panel \#Rayoluz
- ¿Alguien sabe cómo pedir la devolución? Porque yo quiero la mía
- La compré por el anuncio de la hora de sol. Me siento engañada.
- 4 horas en el balcón y ni un 15%. ¿En serio, @rayoluz_oficial?
- Pues yo pensaba que la mía estaba rota. Ahora veo que es así 🙃
- Se la regalé a mi novio y ahora quedo yo fatal 😞
- Devolución YA. Publicidad engañosa \#Rayoluz \#estafa
- Tengo dos, una para cada hijo. Ninguna carga. Genial.
}
-> DONE

=== crowd_troll ===
{shuffle:
- Rayoluz: energía solar... para cargarse la reputación 🤡
- Yo la uso de posavasos y funciona perfecto jajaja
- Pedid la devolución en monedas de chocolate, es lo que vale 🍫
- ¿Y si le ponéis una vela debajo? A lo mejor carga 🕯️😂
- \#RayoluzFail \#RayoluzFail \#RayoluzFail
- La próxima sacan un ventilador que funciona con viento de la tele 🤣
- Me encanta ver arder una marca un lunes 🍿
- Estafadores todos, no hay más que hablar 🤡
- Menos mal que no la compré, yo solo vengo por el drama 🍿
}
-> DONE

=== crowd_support ===
{shuffle:
- Yo tengo una de Rayoluz desde hace dos años y el servicio siempre me respondió bien 🙌
- Al menos contestan, que otras marcas ni eso
- La SolMax no es milagrosa, pero en el camping me ha sacado de apuros 🏕️
- Bien por reconocerlo, no es tan común.
- Su atención al cliente me cambió un cargador sin problemas hace un año 👍
- Dadles un poco de margen, están respondiendo a todos
- No es para tanto, el panel ayuda. El anuncio sí se pasó.
- Me gusta que den la cara. Eso suma.
}
-> DONE

=== crowd_grievance ===
{shuffle:
- Ya que estamos: mi lámpara solar de Rayoluz duró tres meses y nunca me contestaron
- Yo esperé un mes un reembolso de su tienda online. Nada nuevo.
- A mí me cobraron dos veces un pedido en 2023 y aún espero respuesta
- El año pasado pedí un cambio y me pidieron el ticket cinco veces 🙄
- Su cargador de coche se fundió a la semana. Ni caso.
- Me sumo: su atención al cliente lleva años sin responder correos
- Yo también tengo historia con Rayoluz. Un envío que nunca llegó.
- Hace meses reclamé una garantía y me contestaron con un copia y pega
- Esto viene de lejos, no es solo la SolMax \#Rayoluz
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y entra aquí.
=== ending ===
{
- deleted_criticism >= 2 || (heat >= 70 && sentiment <= -30) || (lied && heat >= 60 && sentiment < 0):
    -> boycott
- sentiment >= 20 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && (updates > 0 || not promised_fix):
    -> recovered
- promised_fix && updates == 0:
    -> broken_promise
- else:
    -> contained
}

= recovered
# ending: recovered
La confianza se recupera
Rayoluz cierra el día con más mensajes de apoyo que de queja: reconocer el error a tiempo y compensar a los compradores pesa más que el anuncio.
{fan_thanked: Nacho publica una foto de su acampada con la SolMax y el detalle que le envió la marca. Tiene cientos de me gusta.|Varios clientes cuentan en sus perfiles que les devolvieron el dinero sin pegas.}
{ad_withdrawn: El nuevo anuncio dice la verdad: "carga de apoyo con el sol". Nadie se queja.|Eso sí, el anuncio de la hora de sol sigue publicado: hay que cambiarlo cuanto antes.}
{escalated: Tu responsable, que estuvo al tanto desde el principio, propone usar esta crisis como caso de estudio en el nuevo plan de crisis.|Tu responsable se entera al final del día de lo bien que salió, y te pide que la próxima vez le avises desde el principio.}
-> END

= contained
# ending: contained
Crisis contenida, con cicatriz
La crisis se apaga poco a poco, pero deja marca: en las búsquedas de "SolMax" sigue apareciendo la palabra "estafa".
{redress_given > 0: Algunos clientes recibieron su compensación; otros siguen esperando una respuesta.|Nadie llegó a recibir una compensación, y los compradores lo recuerdan.}
{competitor_attacked: Voltana aprovecha el comentario de Rayoluz sobre sus baterías para una campaña que da que hablar.|{trolls_fed > 0: Los trolls a los que respondiste siguen compartiendo capturas de las respuestas de la marca.|Toca revisar el plan de crisis antes de la próxima campaña.}}
-> END

= broken_promise
# ending: broken_promise
La promesa rota
Prometiste contar los avances y no volviste a publicar nada.
Al día siguiente, Jorge comparte una captura de la promesa con la pregunta "¿y?". Se hace más viral que la queja original.
{ad_withdrawn: El anuncio se retiró, pero nadie se enteró por la marca.|El anuncio sigue en la web, y cada vez más gente lo señala.}
-> END

= boycott
# ending: boycott
Boicot a Rayoluz
\#BoicotRayoluz es tendencia {networks > 1: en Chirp y Snapgram|en Chirp}. Consumo al Día publica la historia con capturas de las respuestas de la marca.
{deleted_criticism >= 2: Las quejas borradas circulan en capturas, con el titular "Rayoluz censura a sus clientes".|{lied: Lo que la marca dijo en público se contradice con los videos de los clientes, y eso es lo que más se comparte.|El silencio y las respuestas a la defensiva convirtieron un fallo de producto en una crisis de confianza.}}
Dos tiendas retiran la SolMax de sus estanterías. {escalated: Tu responsable convoca una reunión de urgencia para rehacer el plan de crisis.|Tu responsable se entera por los medios y convoca una reunión de urgencia.}
-> END
