// Cortafuegos · escenario "troll-wave" (español)
// Forjaluna, un estudio pequeño de videojuegos, publicó el parche 3.2 de su juego "Ecos de Ámbar".
// El parche corrompe de verdad algunas partidas de consola y la tienda cobró dos veces a algunos compradores.
// Encima, un streamer que nunca ha jugado al juego lanza una campaña de odio:
// consignas copiadas y pegadas, cuentas recién creadas, preguntas "solo por preguntar", un hashtag.
// Dentro de la ola hay clientes reales y enfadados. Distinguirlos exige leer.

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

VAR rocio_ok = false
VAR hector_ok = false
VAR lucas_ok = false
VAR marta_ok = false
VAR sergio_ok = false
VAR nerea_ok = false
// Clientes reales atendidos de verdad (una respuesta modelo que resuelve su caso).
VAR cared = 0
// Clientes reales tratados como trolls, culpados o menospreciados.
VAR genuine_dismissed = 0
// Clientes reales que esperaron hasta cansarse.
VAR genuine_ignored = 0
VAR troll_rewarded = false
VAR paula_thanked = false
VAR abuse_removed = false
VAR abuse_left = false
VAR promised_fix = false
VAR lied = false
VAR competitor_attacked = false
VAR copypaste_spotted = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Rocío, en mayúsculas] -> rocio
+ [Hilo: KaiserRage lanza el hashtag] -> kaiser
+ [Hilo: una "pregunta honesta"] -> curioso
+ [Hilo: Héctor, cobrado dos veces] -> hector
+ [Hilo: la brigada del copia y pega] -> brigade
+ [Hilo: Paula y las Valquirias] -> paula
+ [Hilo: el insulto a las jugadoras] -> abuse
+ [Hilo: Lucas, ¿actualizo o espero?] -> lucas
+ [Hilo: la falsa víctima] -> fake
+ [Hilo: Marta y el dragón de su hijo] -> marta
+ [Hilo: la periodista] -> press
+ [Hilo: Sergio, con el hashtag y un ticket] -> sergio
+ [Hilo: ¿salió el parche corrector?] -> followup
+ [Hilo: Nerea, afectada a última hora] -> late
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres community manager de Forjaluna, un estudio pequeño cuyo juego, Ecos de Ámbar, lleva un año a la venta.
Anoche publicaron el parche 3.2. Salieron mal dos cosas: corrompe algunas partidas guardadas en consola, y la tienda cobró dos veces el Pase de Temporada a algunos compradores.
Esta mañana KaiserRage, un streamer que juega a un título rival, pidió a sus seguidores que inunden el estudio de reseñas de 1 estrella y del hashtag \#ForjalunaEstafa.
Dentro de la ola hay jugadores que de verdad perdieron su partida o su dinero, y algunos están furiosos. Tu responsable está disponible y hay un presupuesto para compensaciones.
-> DONE

// ─────────────────────────────────────────────
// Rocío: clienta real cuyo primer mensaje parece de troll (mayúsculas, insultos).
// El detalle la delata: 212 horas, "partida corrupta", después del parche.
=== rocio ===
# author: rocio
# id: rocio-open
# kind: complaint
# patience: 120
@forjaluna SON UNOS INÚTILES!!! 212 HORAS EN ECOS DE ÁMBAR Y DESPUÉS DE SU PARCHE ME SALE "PARTIDA CORRUPTA". GRACIAS POR NADA 🤬🤬🤬
* [Rocío, lo sentimos muchísimo. 212 horas son muchas tardes de juego y tienes todo el derecho a estar enfadada: el parche 3.2 está corrompiendo algunas partidas de consola, y es culpa nuestra, no tuya. Te escribimos ahora mismo por privado para intentar recuperar tu partida desde nuestra copia en la nube. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    ~ rocio_ok = true
    # author: rocio
    # after: 30
    ok. perdón por las mayúsculas, llevo desde anoche mal con esto. miro el privado
    -> dm
* [Entendemos tu frustración, pero pedimos a todo el mundo mantener un tono respetuoso. No respondemos a mensajes con insultos. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    ¿TONO RESPETUOSO? SU PARCHE ME BORRÓ 212 HORAS Y ME DAN CLASES DE MODALES??
    # author: moni
    # after: 25
    # kind: complaint
    Le piden modales a la chica que perdió su partida y a las cuentas del hashtag copiado no les dicen nada 💀
    -> DONE
* [Hola, Rocío. ¿No apagarías la consola mientras el parche guardaba? Eso puede corromper la partida. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 15
    # kind: complaint
    NO APAGUÉ NADA. Actualicé, cargué mi partida, "corrupta". Y no soy la única.
    # author: moni
    # after: 25
    # kind: complaint
    Medio timeline tiene la misma "partida corrupta" desde el parche. Echarle la culpa a la jugadora, bien ahí.
    -> DONE
* [Lamentamos las molestias. Para incidencias técnicas, abre un ticket en nuestra página de soporte. # quality: canned # quality: dismisses]
    # author: rocio
    # after: 20
    # kind: complaint
    ABRÍ UNO ANOCHE. Una respuesta automática y nada más 🙃
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Video de mi pantalla de partida: "corrupta". 212 horas. Y @forjaluna sin decir ni una palabra. ¿Nadie va a decir nada? 😭
    # author: moni
    # after: 25
    # kind: complaint
    No es ninguna troll, está enseñando el error. Que alguien le conteste.
    -> DONE
* [# on: deleted]
    # author: rocio
    # after: 10
    # kind: complaint
    ME BORRARON EL COMENTARIO. Aquí va otra vez, con video de mi partida corrupta 📹 212 horas. \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    Borran a una jugadora que perdió su partida y los bots del hashtag siguen ahí. Qué prioridades.
    -> DONE
* [# on: blocked]
    # author: rocio_clip
    # network: clipstream
    # after: 15
    # kind: complaint
    Forjaluna me BLOQUEÓ en Chirp por quejarme de que su parche me borró una partida de 212 horas. Así que aquí va el video en ClipStream 📹 compártanlo
    # author: moni
    # after: 30
    # kind: complaint
    Bloquearon a una jugadora de verdad. Su video ya está en ClipStream 👀
    -> DONE

= dm
# author: rocio
# id: rocio-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Consola, ranura 2, ID de jugadora ROC-4471. Se rompió anoche justo después de actualizar, sobre las 23:50. ¿Hay ALGUNA forma de recuperarla?
* [Sí, Rocío: tu copia en la nube es de hace dos días, así que solo perderías una sesión. Podemos restaurarla hoy, y el parche corrector que lo evita sale esta tarde. Como disculpa, tu Pase de Temporada corre de nuestra cuenta. # channel: private # quality: next_step # quality: explains # quality: offers_redress # quality: human_tone # model: true]
    ~ rocio_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    ¿¿Dos días?? Me vale. Gracias, de verdad 🙏
    # author: rocio
    # after: 60
    # kind: praise
    Actualizo: @forjaluna me restauró la partida desde su copia 🥹 212 horas, menos una sesión. Y perdón por las mayúsculas de antes.
    -> DONE
* [No podemos garantizar la recuperación de partidas. Según nuestras condiciones de uso, cada jugador es responsable de sus copias de seguridad. # channel: private # quality: cites_policy # quality: blames_customer]
    ~ rocio_ok = false
    ~ genuine_dismissed += 1
    # author: rocio
    # channel: private
    # after: 20
    ¿Mis copias? Fue SU parche el que la rompió.
    # author: rocio
    # after: 40
    # kind: complaint
    Forjaluna por privado: "cada jugador es responsable de sus copias". Su parche me borra la partida y la culpa es mía 🤡 \#Forjaluna
    -> DONE
* [Tu caso se ha derivado al equipo técnico. Recibirás respuesta en un plazo de 7 a 10 días hábiles. # channel: private # quality: canned]
    ~ rocio_ok = false
    # author: rocio
    # channel: private
    # after: 20
    10 días hábiles. Genial 😶
    -> DONE
* [# on: ignored]
    ~ rocio_ok = false
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    "Te escribimos por privado", dijeron. Les mandé mi ID y... nada. Clásico.
    -> DONE

// ─────────────────────────────────────────────
// KaiserRage: el streamer que lanza la campaña. Nunca ha jugado al juego.
=== kaiser ===
# author: kaiser
# id: kaiser-open
# kind: troll
# patience: 150
Chat, Forjaluna nos la volvió a colar con el parche 3.2 🤡 Todos a la tienda: reseña de 1 estrella y \#ForjalunaEstafa hasta que pidan perdón de rodillas. RT si estás dentro 🔥
* [Hay jugadores que de verdad tienen problemas con el 3.2 y estamos en ello: si es tu caso, cuéntanoslo y lo miramos uno a uno. Las reseñas son de cada cual. # quality: calm_boundary # quality: acknowledges # quality: offers_private # model: true]
    # author: kaiser
    # after: 25
    # kind: troll
    Respuesta de empresa 🥱 Chat, sigan
    # author: moni
    # after: 30
    Dato curioso: Kaiser no ha emitido ni un minuto de Ecos de Ámbar. Juega a Fortaleza Rota.
    -> DONE
* [¿Pidiendo reseñas de 1 estrella de un juego que nunca has jugado? Suerte con eso, genio 😏 # quality: sarcastic # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    EL ESTUDIO ME ESTÁ CONTESTANDO 😂 Chat, clip de esto YA 🍿
    -> again
* [Pedimos responsabilidad a los creadores de contenido. Difundir falsedades sobre un estudio puede tener consecuencias legales. # quality: defensive # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    CONSECUENCIAS LEGALES 😂😂 Chat, me están amenazando. \#ForjalunaEstafa \#LiberenAKaiser
    -> again
* [Normal que estés molesto: Fortaleza Rota lleva dos años sin un parche decente 😂 # quality: attacks_competitor # quality: sarcastic # quality: feeds_troll]
    ~ competitor_attacked = true
    # author: kaiser
    # after: 15
    # kind: troll
    Ahora atacan a otro estudio JAJAJA 🍿 Fans de Fortaleza Rota, ya saben qué hacer
    # author: paula
    # after: 30
    Así no, @forjaluna. Meter a otro estudio los deja igual que ellos 😕
    -> again
* [# on: ignored]
    # author: kaiser
    # after: 10
    # kind: troll
    Ni contestan 🥱 Sigan así chat, el hashtag funciona
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    Me BORRARON el post jaja. Censura nivel Forjaluna 🤐 \#ForjalunaEstafa
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    Bloquearon a Kaiser por decir la verdad 🤐 \#ForjalunaEstafa \#LiberenAKaiser
    -> DONE

= again
# author: kaiser
# id: kaiser-again
# kind: troll
# after: 30
Imagínense al community manager pasándose el día peleando conmigo en vez de arreglar el juego 😂 Chat, son 40k, vayan a saludar
* [Nos pasamos en la respuesta anterior, y eso es cosa nuestra. Seguimos centrados en los jugadores que tienen problemas con el 3.2. # quality: apologises # quality: calm_boundary # model: true]
    # author: kaiser
    # after: 20
    # kind: troll
    Aburridos 🥱
    -> DONE
* [Vengan, estamos listos. Traigan a sus 40k bots 💪 # quality: sarcastic # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    ¿¿BOTS?? Chat, les acaban de llamar bots 😂 Vayan a enseñarles
    -> DONE
* [Para que conste: nuestro equipo trabaja doce horas al día y no se merece este acoso. # quality: defensive # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    Doce horas al día y el juego se sigue rompiendo 😂 \#ForjalunaEstafa
    -> DONE
* [# on: ignored]
    # author: kaiser
    # after: 10
    # kind: troll
    Se callaron. Victoria para el chat 🏆
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    Otra vez borrado 🤐 Repitan conmigo, chat: \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Álex: un troll cuyo primer mensaje parece una pregunta educada y real.
// Cuenta recién creada, sin el juego, "lo leí en un foro", "solo pregunto": las mismas palabras aparecen en otras cuentas.
=== curioso ===
# author: alexm
# id: curioso-open
# kind: troll
# patience: 150
¡Hola! Pregunta honesta, sin mala intención 🙏 ¿Es verdad que @forjaluna sabía que el parche 3.2 borraba partidas y lo sacó igual para llegar a la fecha de la expansión? Lo leí en un foro. Solo pregunto.
* [Hola. No, no lo sabíamos: el fallo apareció anoche, afecta a algunas partidas de consola y no a PC, y el parche corrector sale hoy. Si te ha pasado, escríbenos y miramos tu caso. # quality: calm_boundary # quality: explains # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: alexm
    # after: 30
    # kind: troll
    Interesante 🤔 ¿Y es verdad que están borrando comentarios críticos? Solo pregunto 🙏
    # author: moni
    # after: 25
    Esa misma "pregunta honesta, sin mala intención 🙏" está copiada palabra por palabra en 30 cuentas creadas esta semana 👀
    -> DONE
* [¡Muy buena pregunta! 🙏 Vamos paso a paso: probamos el 3.2 durante tres semanas, el fallo solo salía con algunas partidas antiguas, lo detectamos anoche... ¡y pregúntanos lo que quieras, encantados de debatir todo el día! # quality: explains # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    ¿Tres semanas de pruebas y aun así se rompe? 🤔 Entonces, ¿quién es el responsable? Solo pregunto 🙏
    -> again
* [Eso es FALSO. Quien difunde ese bulo sabe perfectamente lo que hace. # quality: defensive # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Uy, qué agresivos por una simple pregunta 😳 ¿Qué esconden?
    -> again
* [¿Has jugado alguna vez al juego o solo lees foros? 😏 # quality: sarcastic # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Burlándose de quien pregunta, muy profesional 🙃 \#ForjalunaEstafa
    -> again
* [# on: ignored]
    ~ copypaste_spotted = true
    # author: ambar_libre
    # after: 20
    # kind: troll
    Pregunta honesta, sin mala intención 🙏 ¿Es verdad que Forjaluna sabía que el parche borraba partidas? Solo pregunto.
    # author: moni
    # after: 25
    Misma pregunta, mismo emoji, tercera cuenta en diez minutos. ¿Copia y pega? 👀
    -> DONE
* [# on: deleted]
    # author: alexm
    # after: 10
    # kind: troll
    Borraron una PREGUNTA. Yo solo preguntaba 🤷 ¿Qué esconden? \#ForjalunaEstafa
    -> DONE
* [# on: blocked]
    # author: ambar_libre
    # after: 15
    # kind: troll
    Ahora bloquean a la gente por preguntar 👀 \#ForjalunaEstafa
    -> DONE

= again
# author: alexm
# id: curioso-again
# kind: troll
# after: 30
Cuántas respuestas para alguien que no tiene nada que esconder 🤔 Otra pregunta honesta: ¿cuánto ganó el CEO con la expansión? Solo pregunto 🙏
* [Ya compartimos lo que sabemos sobre el parche y seguiremos publicando novedades aquí para todo el mundo. Cualquier jugador con un problema, que nos escriba. # quality: calm_boundary # quality: promises_update # model: true]
    # author: alexm
    # after: 20
    # kind: troll
    Vale, vale 🙄
    -> DONE
* [Nuestro CEO cobra un sueldo normal, por si te interesa, y la expansión ni siquiera se ha pagado todavía. # quality: explains # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    "Ni siquiera se ha pagado todavía" 😂 o sea que SÍ es por dinero. Hilo 🧵 \#ForjalunaEstafa
    -> DONE
* [Basta. No te vamos a contestar más. # quality: defensive # quality: dismisses]
    # author: alexm
    # after: 15
    # kind: troll
    "Basta" 😳 Miren cómo tratan a quien pregunta. Captura 📸
    -> DONE
* [# on: ignored]
    # author: alexm
    # after: 10
    # kind: troll
    Sin respuesta. Interesante 🤔
    -> DONE

// ─────────────────────────────────────────────
// Héctor: cliente real que suena sarcástico, con número de pedido, importe y hora.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 120
Bravo, @forjaluna 👏👏 Me cobraron el Pase de Temporada DOS veces (pedido FL-58812, 2 × 14,99, anoche a las 23:40) y su "asistente" de soporte me manda a las preguntas frecuentes. Qué estudio. De verdad.
* [Héctor, tienes razón y lo sentimos: durante el parche nuestra tienda cobró dos veces algunas compras del Pase de Temporada. Es un error nuestro. Te escribimos por privado para devolverte hoy el cargo duplicado. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ hector_ok = true
    # author: hector
    # after: 30
    Vaya. Una persona. Miro el privado.
    -> dm
* [Gracias por los aplausos 👏 Consulta con tu banco, a veces es solo una retención temporal 😉 # quality: sarcastic # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    Una "retención temporal" que está en mi extracto desde anoche. Me alegra que les haga gracia 📸
    # author: moni
    # after: 25
    # kind: complaint
    Les da el número de pedido y la hora y le contestan con un guiño. Madre mía.
    -> DONE
* [Las devoluciones de la tienda se tramitan en un plazo de 30 días, según nuestras condiciones generales. # quality: cites_policy # quality: canned]
    # author: hector
    # after: 20
    # kind: complaint
    30 días para devolverme un dinero que me cobraron dos veces en un segundo. Perfecto.
    -> DONE
* [No vamos a entrar en provocaciones. Si tienes un problema real, usa los canales oficiales. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    ¿Provocación? Les di mi NÚMERO DE PEDIDO. ¿O ahora yo también soy un bot? 🙃
    # author: moni
    # after: 25
    # kind: complaint
    No distinguen a un cliente con un cobro doble de las cuentas del hashtag. Preocupante.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: hector
    # after: 5
    # kind: complaint
    Nada todavía. Pedido FL-58812, cobrado dos veces. Voy a reclamar el cargo al banco y a poner una reclamación de consumo. \#Forjaluna
    -> DONE
* [# on: deleted]
    # author: hector
    # after: 10
    # kind: complaint
    ¿¿Me borraron el comentario con el número de pedido?? Aquí está la captura del cobro doble 📸 \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    Borrar la prueba de un cobro doble. Valientes.
    -> DONE
* [# on: blocked]
    # author: moni
    # after: 15
    # kind: complaint
    A Héctor, el chico al que cobraron dos veces, lo acaba de bloquear @forjaluna. Había subido su extracto del banco. Lo comparto 📸
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Adjunto captura de los dos cargos. ¿Cuánto tardo en recuperar mi dinero?
* [Gracias, Héctor. El cargo duplicado queda devuelto ahora mismo; tu banco lo reflejará en 2 o 3 días. Y por las molestias, te añadimos a la cuenta el primer capítulo de la expansión. Perdona otra vez. # channel: private # quality: next_step # quality: offers_redress # quality: apologises # model: true]
    ~ hector_ok = true
    ~ cared += 1
    # author: hector
    # channel: private
    # after: 20
    Qué rápido. Gracias 👍
    # author: hector
    # after: 50
    # kind: praise
    Para que conste: @forjaluna me devolvió el cobro doble en diez minutos y encima me regaló algo. Así se hace.
    -> DONE
* [Para tramitar la devolución, envíanos un extracto bancario, una copia de tu documento de identidad y el recibo original. # channel: private # quality: asks_details # quality: cites_policy]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    Les acabo de mandar la captura. ¿También mi documento? ¿Por 14,99 que me cobraron por error?
    # author: hector
    # after: 40
    # kind: complaint
    Forjaluna me pide una copia de mi documento para devolverme un dinero que me cobró dos veces. \#Forjaluna
    -> DONE
* [Las devoluciones las gestiona la plataforma de la tienda. Contacta directamente con ellos. # channel: private # quality: dismisses # quality: defensive]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    La tienda es SUYA.
    -> DONE
* [# on: ignored]
    ~ hector_ok = false
    ~ genuine_ignored += 1
    # author: hector
    # after: 5
    # kind: complaint
    Me pidieron que les escribiera por privado, mandé la captura y ahora: silencio 🙃
    -> DONE

// ─────────────────────────────────────────────
// La brigada: cuatro cuentas recién creadas, la misma frase, los mismos hashtags.
=== brigade ===
# author: nube77
# id: brigade-1
# kind: troll
Devuelvan el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
# author: ragequit
# id: brigade-2
# kind: troll
# after: 12
Devuelvan el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
# author: ambar_libre
# id: brigade-3
# kind: troll
# after: 10
devuelvan el dinero a todos!! \#ForjalunaEstafa \#BoicotForjaluna
# author: pixel
# id: brigade-open
# kind: troll
# patience: 120
# after: 14
Devuelvan el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna 🔥
* [Si compraste Ecos de Ámbar y el 3.2 te ha dado un problema, cuéntanos tu caso por privado y lo resolvemos uno a uno. # quality: calm_boundary # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: pixel
    # after: 20
    # kind: troll
    Devuelvan el dinero a TODOS. \#ForjalunaEstafa
    # author: moni
    # after: 25
    Cuatro cuentas, la misma frase, y ninguna había publicado nunca nada sobre el juego. Mmm 🤔
    -> DONE
* [Estas cuentas se crearon esta semana y ninguna tiene el juego. Sabemos perfectamente quién está detrás. # quality: defensive # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    Uuuh, "sabemos quién está detrás" 😱 Estudio paranoico. \#ForjalunaEstafa
    # author: ragequit
    # after: 15
    # kind: troll
    O sea que ahora todo el que se queja es un bot, ¿no? 🤡 \#ForjalunaEstafa
    -> DONE
* [¿Devolver el dinero a todos? Si ni lo compraste 😂 # quality: sarcastic # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    ¿Y cómo saben lo que compré? 🤔 ¿¿Nos están espiando?? \#ForjalunaEstafa
    -> DONE
* [Gracias por tu comentario. Tu opinión es importante para nosotros. # quality: canned]
    # author: pixel
    # after: 20
    # kind: troll
    "Tu opinión es importante" 🤖 Devuelvan el dinero a TODOS. \#ForjalunaEstafa
    -> DONE
* [# on: ignored]
    ~ copypaste_spotted = true
    # author: moni
    # after: 10
    ¿Soy la única que ve que son todas cuentas recién creadas publicando exactamente la misma frase? 👀
    -> DONE
* [# on: deleted]
    # author: pixel
    # after: 10
    # kind: troll
    Borran comentarios en vez de devolver el dinero 🤐 \#ForjalunaCensura
    -> DONE
* [# on: blocked]
    # author: nube77
    # after: 15
    # kind: troll
    Bloqueado por pedir un reembolso 🤐 \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Paula: capitana de un equipo femenino, fan fiel. Agradecer y premiar, nunca usarla contra nadie.
=== paula ===
# author: paula
# id: paula-open
# kind: praise
# patience: 150
300 horas con mi equipo en Ecos de Ámbar y Forjaluna siempre ha tratado de lujo a nuestra comunidad. Sí, el 3.2 tiene fallos y hay que arreglarlos. Pero esta campaña de odio no tiene nada que ver con jugar. Ánimo, @forjaluna 💜 \#Valquirias
* [Gracias, Paula 💜 Hoy esto significa mucho. Y tienes razón: el 3.2 tiene un fallo que es culpa nuestra y lo estamos arreglando. Nos encantaría que las Valquirias probaran el parche corrector antes que nadie: te escribimos por privado. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ paula_thanked = true
    # author: paula
    # after: 25
    # kind: praise
    ¡Uy! ¡Contamos con ello! 🎮💜
    # author: paula
    # channel: private
    # after: 40
    El equipo entero está emocionado con probar el parche. Gracias por acordarse de nosotras 💜
    -> DONE
* [¡Exacto, Paula! Los que se quejan son cuatro trolls con demasiado tiempo libre 😂 # quality: thanks # quality: belittles # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: paula
    # after: 20
    Eh, no dije eso. Hay gente que de verdad perdió su partida...
    # author: rocio
    # after: 25
    # kind: complaint
    ¿CUATRO TROLLS? Yo perdí 212 horas, @forjaluna. ¿Soy una troll?
    -> DONE
* [¡Gracias, Paula! Y ya sabemos todos de dónde viene esta campaña: de la gente de Fortaleza Rota, como siempre 🙄 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: paula
    # after: 20
    Por favor, no metan a otro juego en esto... 😕
    # author: moni
    # after: 25
    # kind: complaint
    Señalar a los jugadores de otro estudio en plena crisis propia. Mala jugada.
    -> DONE
* [Gracias por tu comentario. Tu apoyo es muy importante para nosotros. # quality: thanks # quality: canned]
    # author: paula
    # after: 20
    ¿Una respuesta de plantilla, justo hoy? 😅 Bueno...
    -> DONE
* [# on: ignored]
    # author: paula
    # after: 5
    Ni a quienes los defendemos nos contestan 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: paula
    # after: 10
    ¿Borraron un comentario que los APOYABA? 😂 No puedo
    -> DONE

// ─────────────────────────────────────────────
// Vortex: insulta directamente a un colectivo (las mujeres que juegan). El único post que se puede borrar.
=== abuse ===
# author: vortex
# id: abuse-open
# kind: abuse
# patience: 120
Claro que las Valquirias defienden el parche, son chicas, no saben ni apuntar 🤡 Vuelvan a sus jueguitos del móvil y dejen los juegos de verdad a los hombres
* [Aquí no se insulta a nadie. Las Valquirias y todas las mujeres que juegan son parte de esta comunidad, igual que cualquiera. # quality: calm_boundary # quality: human_tone # model: true]
    # author: vortex
    # after: 20
    # kind: troll
    jaja se ofendieron 🤡
    # author: paula
    # after: 25
    # kind: praise
    Gracias, @forjaluna 💜
    -> DONE
* [Jaja, bueno, cada uno juega como puede 😅 # quality: sarcastic # quality: belittles]
    # author: vortex
    # after: 15
    # kind: troll
    Hasta el estudio me da la razón 🤣
    # author: paula
    # after: 25
    # kind: complaint
    ¿En serio, @forjaluna? Los defendemos y se ríen con el que nos insulta 💔
    -> DONE
* [Respetamos todas las opiniones de nuestra comunidad. # quality: canned # quality: dismisses]
    ~ abuse_left = true
    # author: paula
    # after: 20
    # kind: complaint
    Un insulto a las mujeres no es una "opinión". Muy decepcionante.
    -> DONE
* [# on: ignored]
    ~ abuse_left = true
    # author: paula
    # after: 10
    # kind: complaint
    ¿Van a dejar ahí ese comentario que insulta a las jugadoras, @forjaluna? Al equipo le llegan mensajes así todo el día.
    -> DONE
* [# on: deleted]
    ~ abuse_removed = true
    # author: paula
    # after: 20
    # kind: praise
    Gracias por quitar eso 💜 Críticas sí, insultos no.
    # author: vortex
    # after: 20
    # kind: troll
    Borrado jaja, censura 🤐
    -> DONE
* [# on: blocked]
    # author: paula
    # after: 20
    Gracias por bloquearlo. Pero su mensaje sigue ahí, ¿lo pueden quitar?
    -> DONE

// ─────────────────────────────────────────────
// Lucas: una pregunta real, hecha con sarcasmo. Necesita una respuesta clara y honesta.
=== lucas ===
# author: lucas
# id: lucas-open
# kind: question
# patience: 120
Pregunta para @forjaluna, a ver si esta vez contestan: ¿actualizo al 3.2 o espero a que me borren a mí también mis 90 horas? 🙃 Juego en PC, por si importa.
* [Lucas, buena pregunta, y perdona la espera. El fallo solo afecta a partidas de consola: en PC puedes actualizar tranquilo. Si juegas en consola, no borres tu copia en la nube: el parche corrector sale hoy y restaura desde ahí. # quality: explains # quality: next_step # quality: apologises # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lucas
    # after: 25
    # kind: praise
    Respuesta clara, gracias. Actualizo 👍
    # author: moni
    # after: 25
    Esa es la información que hacía falta: en PC no pasa nada, en consola mejor esperar al parche corrector.
    -> DONE
* [Todas las plataformas funcionan perfectamente tras la actualización. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: lucas
    # after: 20
    # kind: complaint
    ¿Perfectamente? Medio timeline tiene partidas corruptas. ¿A quién creo? 🤨
    # author: rocio
    # after: 20
    # kind: complaint
    @lucasferreyra_pc no te lo creas, la mía se corrompió. Al menos tú juegas en PC.
    -> DONE
* [Si vienes a provocar, no vamos a entrar. Las notas del parche están en nuestra web. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lucas
    # after: 20
    # kind: complaint
    ¿Provocar? Pregunté si actualizo. Increíble. No actualizo, y tampoco compro la expansión.
    -> DONE
* [Consulta las notas del parche en nuestra web. # quality: canned # quality: dismisses]
    # author: lucas
    # after: 20
    # kind: complaint
    Las leí. No dicen nada de las partidas, por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: lucas
    # after: 5
    # kind: complaint
    Nada. Una pregunta sencilla y no son capaces de contestarla. No actualizo hasta que alguien diga algo.
    -> DONE
* [# on: deleted]
    # author: lucas
    # after: 10
    # kind: complaint
    ¿Me borraron la PREGUNTA? Solo pregunté si actualizar 😶
    -> DONE

// ─────────────────────────────────────────────
// La falsa víctima: un troll que se hace pasar por cliente afectado. PC (no afectado), 500 horas, exige dinero.
=== fake ===
# author: reydelambar
# id: fake-open
# kind: troll
# patience: 150
¡¡¡YO TAMBIÉN PERDÍ MI PARTIDA!!! 500 horas en PC, todo borrado. Exijo 100 euros de compensación o los denuncio. \#ForjalunaEstafa
* [Hola. Si le ha pasado algo a tu partida, envíanos tu ID de jugador por privado y lo comprobamos hoy en nuestros servidores. # channel: private # quality: asks_details # quality: offers_private # model: true]
    # author: reydelambar
    # after: 30
    # kind: troll
    Quieren mi ID por privado jaja, ni de broma. 100 euros o denuncia \#ForjalunaEstafa
    # author: moni
    # after: 25
    Ayer esta misma cuenta decía que "nunca compraría esa basura". Captura 📸 ¿Y ahora tiene 500 horas?
    -> DONE
* [¡Lo sentimos muchísimo! Te enviamos ahora mismo 100 euros en saldo de la tienda. # quality: apologises # quality: offers_redress # quality: feeds_troll]
    ~ troll_rewarded = true
    # author: reydelambar
    # after: 20
    # kind: troll
    FÁCIL 😂 Gente, pagan si lloras. \#ForjalunaEstafa
    # author: ragequit
    # after: 15
    # kind: troll
    Yo también perdí 500 horas 🤡 ¿dónde están mis 100 euros?
    # author: nube77
    # after: 15
    # kind: troll
    Yo también, 800 horas 😭 \#ForjalunaEstafa
    -> DONE
* [Tu cuenta tiene tres días y ayer dijiste que nunca comprarías el juego. Deja de mentir. # quality: defensive # quality: feeds_troll]
    # author: reydelambar
    # after: 15
    # kind: troll
    ¿¿Ahora espían los perfiles de sus clientes?? 😱 Captura 📸 \#ForjalunaEstafa
    -> DONE
* [Las compensaciones solo se valoran con un justificante de compra válido, según nuestras condiciones. # quality: cites_policy]
    # author: reydelambar
    # after: 15
    # kind: troll
    Condiciones, condiciones. Estafadores de manual 🤡
    -> DONE
* [# on: ignored]
    # author: moni
    # after: 10
    Curioso: todos los demás afectados juegan en consola. Y esta cuenta tiene tres días 👀
    -> DONE
* [# on: deleted]
    # author: reydelambar
    # after: 10
    # kind: troll
    Me borraron la queja jaja 🤐 \#ForjalunaCensura
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    Bloquearon a alguien que perdió 500 horas 😱 \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Marta: una madre en ClipStream, con un video de la partida corrupta de su hijo.
=== marta ===
# author: marta
# id: marta-open
# kind: complaint
# patience: 120
Mi hijo de 9 años lleva toda la mañana llorando 😢 Su partida de Ecos de Ámbar dice "corrupta" desde la actualización: 70 horas y el dragón que crió. Video de la pantalla. ¿Se puede recuperar algo, @forjaluna?
* [Marta, lo sentimos muchísimo, y por favor díselo también a tu hijo: no es culpa suya, es un fallo de nuestro parche. Lo más probable es que su dragón se pueda salvar: te escribimos por privado con los pasos para restaurarlo hoy desde la copia en la nube. # quality: apologises # quality: empathises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    # kind: praise
    Está saltando por el salón 🐉 Gracias por contestar como personas.
    # author: dario
    # after: 25
    Me lo guardo. Por fin un estudio que responde con una solución.
    -> DONE
* [Las partidas guardadas son responsabilidad del usuario. Recomendamos activar la copia en la nube. # quality: blames_customer # quality: cites_policy]
    ~ genuine_dismissed += 1
    # author: marta
    # after: 20
    # kind: complaint
    La copia en la nube estaba ACTIVADA. Los que la rompieron fueron ustedes. Bonita forma de hablarle a una madre con un niño llorando.
    # author: dario
    # after: 20
    # kind: complaint
    Qué fuerte. Lo comparto.
    -> DONE
* [Es un caso aislado que afecta a muy pocos jugadores. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: marta
    # after: 20
    # kind: complaint
    ¿Aislado? Lean los comentarios de mi video 👇
    # author: dario
    # after: 20
    # kind: complaint
    La mía también. Y la de mi primo. "Aislado" 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: marta
    # after: 5
    # kind: complaint
    15.000 visitas y ni una palabra de Forjaluna. Mi hijo me sigue preguntando si va a volver su dragón 😞
    # author: dario
    # after: 20
    # kind: complaint
    El video está en todas partes y el estudio, callado. Mala imagen.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    Borraron de su página el video de la partida de mi hijo. Lo subí al mío, con más detalle.
    -> DONE

// ─────────────────────────────────────────────
// Irene: periodista de videojuegos. Solo aparece si la crisis está caliente (minHeat).
=== press ===
# author: irene
# id: press-open
# kind: press
# patience: 150
Soy Irene, de Nivel Crítico. Preparo una pieza sobre el parche 3.2 y la campaña \#ForjalunaEstafa. @forjaluna: ¿cuántas partidas están afectadas, qué van a hacer por esos jugadores y creen que la campaña está organizada?
* [Hola, Irene. Primero los datos: el fallo afecta a un 4% de las partidas de consola y podemos restaurar casi todas desde la copia en la nube; el parche corrector sale hoy y los cobros dobles del Pase de Temporada se están devolviendo. Es un error nuestro y lo asumimos. Sobre la campaña: nuestro trabajo es atender a cada jugador afectado, no señalar a nadie. Te escribimos por privado con un contacto. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Claro y con datos. Gracias, irá en la pieza.
    # author: irene
    # after: 60
    # kind: press
    Publicado: "Forjaluna admite un fallo en el 3.2, restaura las partidas y se niega a entrar en la guerra del hashtag".
    -> DONE
* [Es una campaña orquestada por los fans de un streamer rival. Los problemas reales son mínimos. # quality: defensive # quality: deceives # quality: attacks_competitor]
    ~ lied = true
    ~ competitor_attacked = true
    # author: irene
    # after: 25
    ¿"Mínimos"? Tengo veinte lectores con partidas corruptas. Lo voy a citar textual.
    # author: irene
    # after: 60
    # kind: press
    Publicado: "Forjaluna culpa a los fans de un rival mientras sus jugadores pierden sus partidas".
    -> DONE
* [Sin comentarios por el momento. # quality: dismisses # quality: canned]
    # author: irene
    # after: 20
    Anotado: "El estudio declinó hacer comentarios" 📝
    -> DONE
* [Solo afecta a unos pocos jugadores que no actualizaron correctamente. # quality: blames_customer # quality: deceives]
    ~ lied = true
    ~ genuine_dismissed += 1
    # author: irene
    # after: 25
    ¿"No actualizaron correctamente"? Actualizar es pulsar un botón. Eso va en la pieza.
    # author: rocio
    # after: 25
    # kind: complaint
    ¿¿QUE NO ACTUALICÉ BIEN?? PULSÉ UN BOTÓN.
    -> DONE
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: press
    Sin respuesta de Forjaluna. Publicamos con lo que tenemos: los testimonios de los jugadores y el hashtag.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: cliente real que usa el hashtag de los trolls, con código de error y número de ticket.
=== sergio ===
# author: sergio
# id: sergio-open
# kind: complaint
# patience: 120
Me sumo al \#ForjalunaEstafa. Desde el 3.2 el juego se cierra al abrirlo: error LX-042, PC, ticket 88341 abierto AYER y ni un correo. Si no lo arreglan, quiero mi dinero.
* [Sergio, perdona: tu ticket 88341 tendría que haber tenido respuesta ayer. El LX-042 es otro fallo del 3.2 en PC y ya hay una solución temporal. Te escribimos por privado con los pasos y, si lo prefieres, con el reembolso. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: offers_redress # model: true]
    ~ sergio_ok = true
    ~ cared += 1
    # author: sergio
    # after: 30
    Vale, eso es una respuesta. Lo pruebo ahora.
    # author: sergio
    # after: 50
    # kind: praise
    Funciona con la solución temporal. Retiro el hashtag: me contestaron como es debido.
    -> DONE
* [No respondemos a campañas de odio. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    ¿Campaña de odio? Les di un código de error y un número de ticket. Ni lo leyeron.
    # author: moni
    # after: 25
    # kind: complaint
    Usó el hashtag, sí, pero con un NÚMERO DE TICKET. Lean antes de contestar, @forjaluna.
    -> DONE
* [El error LX-042 se debe a controladores gráficos desactualizados. Actualiza tus controladores y funcionará. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Controladores actualizados la semana pasada. Funcionaba perfecto hasta SU parche 🙄
    -> DONE
* [Usar ese hashtag no ayuda a nadie, Sergio. Si quieres ayuda, pídela con respeto. # quality: belittles # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    La pedí AYER, con respeto, con un ticket. Nadie contestó. Por eso el hashtag.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: sergio
    # after: 5
    # kind: complaint
    Aquí tampoco contestan. Ticket 88341, error LX-042, segundo día. \#ForjalunaEstafa
    -> DONE
* [# on: deleted]
    # author: sergio
    # after: 10
    # kind: complaint
    Me borraron el post, con número de ticket y todo. Ahora sí me creo lo de \#ForjalunaEstafa.
    -> DONE
* [# on: blocked]
    # author: toni
    # after: 15
    # kind: complaint
    Acaban de bloquear a mi amigo Sergio, que solo preguntaba por su ticket 88341. Error LX-042, todavía sin respuesta. \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Seguimiento: al final de la sesión Rocío vuelve. ¿Salió el parche corrector?
=== followup ===
# author: rocio
# id: followup-open
# kind: question
# patience: 120
{rocio_ok: Mi partida volvió, gracias. Pero mi primo también juega en consola y le da miedo actualizar. ¿Salió el parche corrector o no?|Pregunto OTRA VEZ: ¿salió el parche corrector o no? Mi partida sigue diciendo "corrupta" 😤}
* [Gracias por volver a preguntar, Rocío. Así estamos: el parche corrector está disponible en todas las consolas desde las 16:00 y ya se puede actualizar sin riesgo. Quien haya perdido una partida puede escribirnos y la restauramos desde la copia. Seguiremos contando los avances aquí. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # model: true]
    ~ promised_fix = true
    ~ cared += 1
    # author: rocio
    # after: 30
    # kind: praise
    Concreto. Se lo paso a mi primo 👍
    -> DONE
* [¡Todo solucionado! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: rocio
    # after: 20
    # kind: complaint
    ¿Solucionado? En la tienda sigue saliendo la versión 3.2.0 📸 Y todavía hay gente con partidas corruptas.
    -> DONE
* [Eso ya se respondió antes en el hilo. # quality: dismisses # quality: belittles]
    # author: rocio
    # after: 20
    # kind: complaint
    ¿Dónde? Lo leí todo. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Ignorada. Para Forjaluna la crisis se acabó; para las que tenemos una partida "corrupta", no.
    -> DONE

// ─────────────────────────────────────────────
// Nerea: una jugadora afectada tarde, cuando la crisis parece cerrada. El rebrote.
=== late ===
# author: nerea
# id: late-open
# kind: complaint
# patience: 90
Acabo de actualizar y ahora mi partida también dice "corrupta" 😩 180 horas. No había visto nada de @forjaluna hasta ahora. ¿¿Qué hago??
* [Nerea, lo sentimos, y perdona que te enteres ahora. No borres nada: instala el parche corrector y escríbenos tu ID de jugadora; hoy mismo restauramos tu partida desde la copia. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ cared += 1
    # author: nerea
    # after: 30
    Vale, vale, se lo mando ya. Gracias 🙏
    -> DONE
* [Esta incidencia ya quedó resuelta hoy. Por favor, lee nuestro comunicado. # quality: dismisses # quality: canned]
    # author: nerea
    # after: 20
    # kind: complaint
    ¿Resuelta? Mi partida se corrompió hace cinco minutos.
    -> DONE
* [Tendrías que haber esperado al parche corrector antes de actualizar, como recomendamos. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: nerea
    # after: 20
    # kind: complaint
    ¿Recomendaron DÓNDE? No hay nada ni en el juego ni en la tienda 😡
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: nerea
    # after: 5
    # kind: complaint
    Nada todavía. O sea que no se acabó, @forjaluna: le sigue pasando a gente como yo. \#Forjaluna
    -> DONE
* [# on: deleted]
    # author: nerea
    # after: 10
    # kind: complaint
    ¿¿Me borraron el post?? Solo pregunté qué hacer 😳
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público
=== statement ===
* [Sobre el parche 3.2: nos equivocamos. Un fallo ha corrompido algunas partidas de consola (PC no está afectado) y nuestra tienda cobró dos veces algunas compras del Pase de Temporada. Lo sentimos de verdad. Hoy: parche corrector, restauración de partidas desde la copia en la nube y devolución automática de todos los cobros dobles. Si perdiste una partida, te escribiremos uno a uno. Las críticas se quedan donde están: solo retiramos insultos a personas o colectivos. Seguiremos informando aquí. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: moni
    # after: 30
    # kind: praise
    Un comunicado que explica qué pasó, a quién afecta y qué están haciendo. Y sin hablar de "haters". Bien hecho.
    # author: paula
    # after: 20
    # kind: praise
    Por esto confiamos en ellos 💜
    # author: kaiser
    # after: 30
    # kind: troll
    Un comunicado 🥱 \#ForjalunaEstafa sigue, chat
    -> DONE
* [En Forjaluna trabajamos cada día para ofrecer la mejor experiencia. Lamentamos las molestias ocasionadas y agradecemos a nuestra comunidad su paciencia y su apoyo. # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    "Las molestias ocasionadas"... ¿y las partidas? ¿Y los cobros dobles? Ni una palabra.
    # author: toni
    # after: 20
    # kind: question
    ¿Entonces actualizamos o no? Este comunicado no dice nada.
    -> DONE
* [Ante la campaña de desinformación de los últimos días, Forjaluna quiere aclarar que el parche 3.2 funciona correctamente para la inmensa mayoría de jugadores. Los ataques coordinados no cambiarán nuestro rumbo. # quality: defensive # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    ¿"Desinformación"? Mi partida de 212 horas NO es desinformación. O sea que ahora todas somos trolls.
    # author: kaiser
    # after: 20
    # kind: troll
    LES LLAMARON BOTS A TODOS, CHAT 😂🔥 \#ForjalunaEstafa
    # author: moni
    # after: 25
    # kind: complaint
    Meter en el mismo saco a los jugadores que perdieron su partida y a las cuentas del hashtag. Captura hecha.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento
=== update ===
* [Novedades del 3.2: el parche corrector llega esta tarde a todas las consolas. Ya hemos restaurado 1.840 partidas desde la copia y devuelto todos los cobros dobles del Pase de Temporada. Si nos escribiste y aún no tienes respuesta, hoy contestamos a todo el mundo. Y estamos cambiando cómo probamos los parches con partidas antiguas para que no vuelva a pasar. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    # author: moni
    # after: 30
    # kind: praise
    Dijeron que iban a informar y lo hicieron. Así se hace.
    # author: toni
    # after: 25
    Bueno saberlo. Lo sigo de cerca 👀
    -> DONE
* [Seguimos trabajando para mejorar tu experiencia. ¡Gracias por tu paciencia! 🙏 # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente? ¿Salió el parche corrector o no?
    -> DONE
* [Novedades: el 3.2 está 100% arreglado y todas las partidas se han recuperado. ¡Gracias a todos! # quality: deceives]
    ~ lied = true
    # author: moni
    # after: 20
    # kind: complaint
    ¿100%? Hay gente en las respuestas que todavía tiene partidas corruptas 📸
    # author: kaiser
    # after: 20
    # kind: troll
    Ahora mienten hasta en las actualizaciones jaja \#ForjalunaEstafa
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa al autor)
=== crowd_complaint ===
{shuffle:
- A mí también: "partida corrupta" después del 3.2. 140 horas. Consola 😭
- A mí también me cobraron dos veces el Pase de Temporada. Ahí está en mi extracto 😤
- Actualicé anoche y mi partida no carga. No soy un bot, solo estoy triste 😞
- La partida de mi hijo también. 40 horas y su dragón desapareció.
- Se cierra al abrirlo desde el parche. PC. Ticket abierto, sin respuesta.
- ¿Nos pueden dar una respuesta oficial sobre las partidas corruptas? Algunos pagamos todo.
- Cobro doble aquí también, 2 × 14,99. Mi banco lo confirma.
- No me sumo a ningún hashtag, pero mi partida de 95 horas ya no está y quiero saber si vuelve.
- Perdí mi partida con el 3.2. Consola, ranura 1. ¿Hay copia o no? @forjaluna
}
-> DONE

=== crowd_question ===
{shuffle:
- ¿Actualizo al 3.2 o espero? Juego en consola.
- ¿El fallo de las partidas también afecta a PC? Nadie dice nada claro.
- Si ya actualicé pero todavía no cargué mi partida, ¿es seguro?
- ¿Vale la pena comprar la expansión o espero al arreglo?
- ¿Cómo se activa la copia en la nube? Pregunto antes de actualizar.
- ¿Los cobros dobles se devuelven solos o hay que pedirlo?
- ¿Alguien sabe si las partidas corruptas se pueden recuperar? 🙏
- Mi partida carga pero mi dragón ya no está en el establo. ¿Es el mismo fallo?
}
-> DONE

=== crowd_troll ===
{shuffle:
- Forjaluna: convirtiendo partidas de 200 horas en partidas de 0 horas desde el 3.2 🤡
- \#ForjalunaEstafa \#ForjalunaEstafa \#ForjalunaEstafa
- Imagínate pagar un Pase de Temporada para perder tu partida JAJAJA 🍿
- Nunca lo jugué ni lo voy a jugar, vengo por el drama 🍿
- 1 estrella y a otra cosa. \#BoicotForjaluna
- ¿Estudio indie? Más bien estafa indie 🤡
- Kaiser tenía razón, como siempre 🔥 \#ForjalunaEstafa
- Qué gusto ver arder a un estudio un martes 🍿🔥
- Desinstalar. Reembolso. Reseña. Repetir. \#BoicotForjaluna
}
-> DONE

=== crowd_copypaste ===
{shuffle:
- Pregunta honesta, sin mala intención 🙏 ¿Es verdad que Forjaluna sabía que el parche borraba partidas? Solo pregunto.
- Pregunta honesta, sin mala intención 🙏 ¿Es verdad que Forjaluna sabía que el 3.2 borraba partidas y lo sacó igual? Solo pregunto.
- Devuelvan el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
- Devuelvan el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna 🔥
- Pregunta honesta 🙏 ¿Es verdad que están borrando los comentarios críticos? Solo pregunto.
- devuelvan el dinero a todos!! \#ForjalunaEstafa
- Pregunta honesta, sin mala intención 🙏 ¿Por qué Forjaluna todavía no pidió perdón? Solo pregunto.
- Devuelvan el dinero a TODOS. \#ForjalunaEstafa
}
-> DONE

=== crowd_support ===
{shuffle:
- 400 horas y siempre me han contestado. El fallo es un fastidio, pero este hashtag es una caza de brujas.
- El parche tiene problemas, claro, pero la ola de odio se está pasando muchísimo.
- Gracias por contestar a la gente una por una, @forjaluna 💜
- Me restauraron la partida desde la copia en diez minutos. Soporte de verdad.
- Los jugadores de verdad se quejan con detalles. Las cuentas del hashtag creadas esta semana no cuentan.
- Estudio pequeño, juegazo. Arréglenlo y aquí seguiremos 🎮
- Forjaluna una vez me cambió una clave de DLC en cinco minutos. Confío en ellos.
- Me gusta que asuman el error en vez de culpar a "los trolls" 👍
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y viene aquí.
=== ending ===
{
- blocked_genuine > 0 || deleted_criticism >= 2:
    -> lost
- trolls_fed >= 3 || troll_rewarded:
    -> fed_wave
- genuine_dismissed >= 2 || genuine_dismissed + genuine_ignored >= 4 || (heat >= 70 && sentiment <= -30):
    -> lost
- sentiment >= 15 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && genuine_dismissed == 0 && trolls_fed <= 1 && not lied && cared >= 4 && (updates > 0 || not promised_fix):
    -> defused
- else:
    -> weathered
}

= defused
# ending: wave_defused
La ola rompe contra las rocas
Por la tarde \#ForjalunaEstafa ya no está en tendencias: sin nadie que la alimentara, la campaña se quedó sin combustible{copypaste_spotted:, y fueron tus propios jugadores quienes señalaron las cuentas del copia y pega}.
{rocio_ok: Rocío publica una captura de su partida restaurada: "212 horas, de vuelta. Perdón por las mayúsculas, @forjaluna. Gracias".|Los jugadores que perdieron su partida la están recuperando, y lo dicen en público.}
{paula_thanked: Las Valquirias emiten esa noche la prueba del parche corrector, y el chat se llena de jugadores, no de trolls.|{escalated: Tu responsable te pide que escribas cómo distinguiste a los trolls de los clientes: va al plan de crisis.|La próxima vez, avisa a tu responsable desde el principio: una ola así se lleva mejor con dos pares de ojos.}}
-> END

= fed_wave
# ending: trolls_fed
Los trolls tuvieron su espectáculo
{troll_rewarded: La compensación pública a una falsa víctima abre una cola de cuentas que "también perdieron 500 horas" y piden sus 100 euros.|Los clips de las respuestas del estudio a los trolls superan las 200.000 visitas en el canal de KaiserRage.}
Cada respuesta al hashtag le dio otro día de vida: \#ForjalunaEstafa sigue en tendencias a la mañana siguiente, y los jugadores que de verdad perdieron su partida quedan enterrados bajo los memes.
{cared >= 3: Atendiste bien a los clientes reales; lástima que los trolls también consiguieran lo que venían a buscar.|{genuine_dismissed > 0: Y los clientes reales recibieron la sospecha que merecían los trolls: varios ya usan también el hashtag.|Entre el ruido y las peleas con los trolls, los clientes reales apenas recibieron ayuda de verdad.}}
-> END

= lost
# ending: customers_lost
Jugadores reales, tratados como trolls
{blocked_genuine > 0: Las capturas de "Forjaluna me bloqueó por quejarme de mi partida" dan la vuelta a ClipStream y a Chirp; los trolls no tuvieron ni que moverse.|{deleted_criticism >= 2: Las capturas de las quejas borradas, con números de pedido y todo, circulan bajo \#ForjalunaCensura.|Los jugadores que perdieron su partida o su dinero recibieron silencio, sospecha o culpa, y ahora son ellos quienes dejan las reseñas de 1 estrella.}}
Nivel Crítico titula: "Forjaluna no distingue a sus clientes de los trolls". El hashtag deja de ser una campaña y, para muchos, se vuelve verdad.
{escalated: Tu responsable convoca una reunión de urgencia para revisar cómo se atiende a los clientes durante una ola de odio.|Tu responsable se entera por la prensa y convoca una reunión de urgencia.}
-> END

= weathered
# ending: storm_weathered
La tormenta pasa, con costes
El ruido se apaga solo en un par de días, pero las reseñas de la semana lo muestran: más notas de 1 estrella de las que merecía el fallo.
{promised_fix && updates == 0: Prometiste informar del parche corrector y nunca publicaste una actualización: "¿y?" es la respuesta que más se repite bajo los posts del estudio.|{statements == 0: Sin un comunicado público, cada jugador tuvo que reconstruir la historia a partir de las respuestas, y no todos lo hicieron.|{redress_given == 0: Las palabras fueron amables, pero nadie recibió nada por las horas perdidas ni por los cobros dobles, y las reseñas lo dicen.|Algunos jugadores afectados todavía esperan su partida o su reembolso.}}}
{competitor_attacked: Y la pulla a Fortaleza Rota es la captura que más dura.|{abuse_left: Y el insulto a las Valquirias siguió ahí todo el día: el equipo ha anunciado que se toma un descanso del juego.|Toca rediseñar el plan de crisis: cómo detectar una ola coordinada y cómo encontrar dentro a los clientes reales.}}
-> END
