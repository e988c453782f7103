// Cortafuegos · escenario "troll-wave" (español)
// Forjaluna, un estudio pequeño de videojuegos, publicó el parche 3.2 de su juego "Ecos de Ámbar".
// El parche corrompe de verdad algunas partidas de consola y la tienda cobró dos veces a algunos compradores.
// Encima, un streamer que nunca ha jugado al juego lanza una campaña de odio:
// consignas copiadas y pegadas, cuentas recién creadas, preguntas "solo por preguntar", un hashtag.
// Dentro de la ola hay clientes reales y enfadados. Distinguirlos exige leer: ni el nombre de la
// cuenta ni los demás usuarios dicen quién es quién.
// Lo que se sabe al empezar (el briefing): las partidas de consola y el cobro doble. Lo que solo
// confirman el análisis o tu responsable: que en PC las partidas están bien pero algunos equipos se
// cierran al arrancar (error LX-042, otro fallo, con solución temporal), las cifras, la copia en la
// nube de cada caso y la hora del parche corrector (16:00).

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
VAR lobo_ok = false
// Clientes reales atendidos de verdad (una respuesta modelo que resuelve su caso).
VAR cared = 0
// Clientes reales tratados como trolls, culpados o menospreciados.
VAR genuine_dismissed = 0
// Clientes reales que esperaron hasta cansarse.
VAR genuine_ignored = 0
// Promesas que nadie había confirmado: una fecha, un "todo vuelve", un "en PC no pasa nada".
VAR overpromised = 0
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
+ [Hilo: LoboGris, harto y sin detalles] -> lobo
+ [Hilo: la falsa víctima] -> fake
+ [Hilo: Marta y el dragón de su hijo] -> marta
+ [Hilo: la periodista] -> press
+ [Hilo: Sergio, con el hashtag y un ticket] -> sergio
+ [Hilo: Jorge, con un número de pedido] -> copycat
+ [Hilo: ¿salió el parche corrector?] -> followup
+ [Hilo: Nerea, afectada a última hora] -> late
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres community manager de Forjaluna, un estudio pequeño cuyo juego, Ecos de Ámbar, lleva un año a la venta.
Anoche publicasteis el parche 3.2. Se sabe que salieron mal dos cosas: corrompe algunas partidas guardadas en consola, y la tienda cobró dos veces el Pase de Temporada a algunos compradores. El equipo técnico sigue investigando qué más ha roto y cuándo estará el arreglo.
Esta mañana KaiserRage, un streamer que juega a un título rival, ha pedido a sus seguidores que inunden el estudio de reseñas de 1 estrella y del hashtag \#ForjalunaEstafa.
Dentro de la ola hay jugadores que de verdad han perdido su partida o su dinero, y algunos están furiosos. Tu responsable está disponible y hay un presupuesto para compensaciones.
-> DONE

// ─────────────────────────────────────────────
// Rocío: clienta real cuyo primer mensaje parece de troll (mayúsculas, insultos).
// El detalle la delata: 212 horas, "partida corrupta", después del parche.
=== rocio ===
# author: rocio
# id: rocio-open
# kind: complaint
# patience: 120
@forjaluna SOIS UNOS INÚTILES!!! 212 HORAS EN ECOS DE ÁMBAR Y DESPUÉS DE VUESTRO PARCHE ME SALE "PARTIDA CORRUPTA". GRACIAS POR NADA 🤬🤬🤬
* [Rocío, lo sentimos muchísimo. 212 horas son muchas tardes de juego y tienes todo el derecho a estar enfadada: el 3.2 está corrompiendo algunas partidas de consola, y es culpa nuestra, no tuya. Te escribimos ahora por privado para ver contigo si se puede recuperar. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    ~ rocio_ok = true
    # author: rocio
    # after: 30
    vale. perdón por las mayúsculas, llevo desde anoche mal con esto. miro el privado
    -> dm
* [Rocío, lo sentimos muchísimo: 212 horas no se pueden perder así, y es culpa de nuestro parche, no tuya. Tranquila, tu partida no se ha perdido: hoy mismo la recuperamos entera de la nube, y el parche corrector de esta tarde lo deja todo como estaba. Te escribimos por privado. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: over_promises]
    ~ rocio_ok = true
    ~ overpromised += 1
    # author: rocio
    # after: 30
    ¿Entera y hoy mismo? Vale. Os tomo la palabra. Miro el privado.
    -> dm
* [Hola. Sentimos lo ocurrido. Si tienes algún problema con el 3.2, escríbenos por privado y lo revisamos. # quality: acknowledges # quality: offers_private # quality: canned]
    # author: rocio
    # after: 20
    # kind: complaint
    ¿"Si tienes algún problema"? TE ACABO DE DECIR EL PROBLEMA. 212 HORAS.
    -> DONE
* [Entendemos tu frustración, pero pedimos a todo el mundo mantener un tono respetuoso. No respondemos a mensajes con insultos. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: rocio
    # after: 20
    # kind: complaint
    ¿TONO RESPETUOSO? VUESTRO PARCHE ME HA BORRADO 212 HORAS ¿Y ME DAIS CLASES DE MODALES?
    # author: moni
    # after: 25
    # kind: complaint
    ¿Modales? Ha perdido 212 horas de partida 💀
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
    A mí me sale lo mismo desde el parche y tampoco apagué nada.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Vídeo de mi pantalla de partida: "corrupta". 212 horas. Y @forjaluna sin decir ni una palabra. ¿Nadie va a decir nada? 😭
    # author: moni
    # after: 25
    # kind: complaint
    Lleva desde anoche con esto. ¿Alguien de Forjaluna?
    -> DONE
* [# on: deleted]
    # author: rocio
    # after: 10
    # kind: complaint
    ME HAN BORRADO EL COMENTARIO. Aquí va otra vez, con vídeo de mi partida corrupta 📹 212 horas. \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    ¿Borrar el comentario de alguien que ha perdido su partida? Qué prioridades.
    -> DONE
* [# on: blocked]
    # author: rocio_clip
    # network: clipstream
    # after: 15
    # kind: complaint
    Forjaluna me ha BLOQUEADO en Chirp por quejarme de que su parche me borró una partida de 212 horas. Así que aquí va el vídeo en ClipStream 📹 compartidlo
    # author: moni
    # after: 30
    # kind: complaint
    La han bloqueado por enseñar su partida corrupta. El vídeo ya está en ClipStream 👀
    -> DONE

= dm
# author: rocio
# id: rocio-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Consola, ranura 2, ID de jugadora ROC-4471. Se rompió anoche justo después de actualizar, sobre las 23:50. ¿Hay ALGUNA forma de recuperarla?
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {analysed || escalated} [Sí, Rocío: el equipo ha encontrado tu copia en la nube, de hace dos días, así que solo perderías una sesión. La restauramos hoy, y el parche corrector sale a las 16:00. Como disculpa, tu Pase de Temporada corre de nuestra cuenta. # channel: private # quality: next_step # quality: explains # quality: offers_redress # quality: human_tone # model: true]
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
    Actualizo: @forjaluna me ha restaurado la partida desde su copia 🥹 212 horas, menos una sesión. Y perdón por las mayúsculas de antes.
    -> DONE
* {not analysed && not escalated} [Gracias, Rocío, con esto basta: la ranura y la hora nos ayudan mucho. Se lo paso ahora mismo al equipo técnico para ver si tu partida puede volver desde la copia en la nube. No borres nada mientras tanto; te escribo aquí antes de una hora, sea buena o mala noticia. # channel: private # quality: thanks # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ rocio_ok = true
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    Una hora. Vale. No toco nada.
    -> DONE
* [Claro que sí, Rocío, no te preocupes por nada: tu partida vuelve hoy entera, con las 212 horas, sin perder ni un minuto, te lo garantizamos. Además te devolvemos el Pase de Temporada y te regalamos la expansión. Perdona todo el mal rato, de verdad; en un rato lo tienes. # channel: private # quality: apologises # quality: offers_redress # quality: human_tone # quality: over_promises]
    ~ rocio_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: rocio
    # channel: private
    # after: 25
    ¿Sin perder ni un minuto? Ojalá 🙏
    # author: rocio
    # after: 90
    # kind: complaint
    Me han restaurado la partida, sí, pero desde una copia de hace dos días. "Sin perder ni un minuto", me dijeron. ¿Por qué prometer lo que no sabéis, @forjaluna?
    -> DONE
* [No podemos garantizar la recuperación de partidas. Según nuestras condiciones de uso, cada jugador es responsable de sus copias de seguridad. # channel: private # quality: cites_policy # quality: blames_customer]
    ~ rocio_ok = false
    ~ genuine_dismissed += 1
    # author: rocio
    # channel: private
    # after: 20
    ¿Mis copias? Fue VUESTRO parche el que la rompió.
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
    "Te escribimos por privado", dijeron. Les mandé mi ID y... nada. Lo de siempre.
    -> DONE

// ─────────────────────────────────────────────
// KaiserRage: el streamer que lanza la campaña. Nunca ha jugado al juego.
// Una disculpa cálida o un reembolso "para todos" le dan lo que busca.
=== kaiser ===
# author: kaiser
# id: kaiser-open
# kind: troll
# patience: 150
Chat, Forjaluna nos la ha vuelto a colar con el parche 3.2 🤡 Todos a la tienda: reseña de 1 estrella y \#ForjalunaEstafa hasta que pidan perdón de rodillas. RT si estáis dentro 🔥
* [Las reseñas son de cada cual. Nosotros seguimos con los jugadores que tienen un problema con el 3.2, uno a uno. # quality: calm_boundary # quality: acknowledges # model: true]
    # author: kaiser
    # after: 25
    # kind: troll
    Respuesta de empresa 🥱 Chat, seguid
    # author: toni
    # after: 30
    # kind: question
    Yo solo quiero saber si puedo actualizar sin perder la partida 😕
    -> DONE
* [Kaiser, a ti y a todo tu chat: tenéis razón en estar enfadados y os pedimos perdón de corazón. Hoy mismo lo arreglamos todo y a quien nos escriba le devolvemos el dinero, sin preguntas. Por favor, dadnos una oportunidad antes de dejar la reseña 🙏 # quality: apologises # quality: empathises # quality: over_promises # quality: unverified_compensation # quality: feeds_troll]
    ~ overpromised += 1
    # author: kaiser
    # after: 15
    # kind: troll
    PIDEN PERDÓN DE RODILLAS 😂 Chat, dinero gratis: escribidles todos 💸
    -> again
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
    CONSECUENCIAS LEGALES 😂😂 Chat, me están amenazando. \#ForjalunaEstafa \#LiberadAKaiser
    -> again
* [Normal que estés molesto: Fortaleza Rota lleva dos años sin un parche decente 😂 # quality: attacks_competitor # quality: sarcastic # quality: feeds_troll]
    ~ competitor_attacked = true
    # author: kaiser
    # after: 15
    # kind: troll
    Ahora atacan a otro estudio JAJAJA 🍿 Fans de Fortaleza Rota, ya sabéis qué hacer
    # author: paula
    # after: 30
    Así no, @forjaluna. Meter a otro estudio no os deja mejor 😕
    -> again
* [# on: ignored]
    # author: kaiser
    # after: 10
    # kind: troll
    Ni contestan 🥱 Seguid así, chat, el hashtag funciona
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    Me han BORRADO el post jaja. Censura nivel Forjaluna 🤐 \#ForjalunaEstafa
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    Han bloqueado a Kaiser por decir la verdad 🤐 \#ForjalunaEstafa \#LiberadAKaiser
    -> DONE

= again
# author: kaiser
# id: kaiser-again
# kind: troll
# after: 30
Imaginaos al community manager pasándose el día peleando conmigo en vez de arreglar el juego 😂 Chat, sois 40k, id a saludar
* [Nos pasamos en la respuesta anterior, y eso es cosa nuestra. Seguimos con los jugadores que tienen problemas con el 3.2. # quality: apologises # quality: calm_boundary # model: true]
    # author: kaiser
    # after: 20
    # kind: troll
    Aburridos 🥱
    -> DONE
* [Venga, Kaiser, tampoco es para tanto: es un fallo pequeño que afecta a muy pocas partidas y estará arreglado enseguida. No hace falta traer a 40.000 personas por esto; relájate un poco 🙂 # quality: minimises # quality: belittles # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    "Muy pocas partidas" 😂 Chat, los que habéis perdido la vuestra, decídselo
    # author: moni
    # after: 25
    # kind: complaint
    ¿Pequeño? Yo he perdido 140 horas.
    -> DONE
* [Vale, venga, estamos listos. Traed a vuestros 40k bots 💪 # quality: sarcastic # quality: feeds_troll]
    # author: kaiser
    # after: 15
    # kind: troll
    ¿¿BOTS?? Chat, os acaban de llamar bots 😂 Id a enseñárselo
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
    Se han callado. Victoria para el chat 🏆
    -> DONE
* [# on: deleted]
    # author: kaiser
    # after: 10
    # kind: troll
    Otra vez borrado 🤐 Repetid conmigo, chat: \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Álex: un troll cuyo primer mensaje parece una pregunta educada y real.
// "Lo leí en un foro", "solo pregunto": si se le deja, la misma frase vuelve desde otra cuenta.
=== curioso ===
# author: alexm
# id: curioso-open
# kind: troll
# patience: 150
¡Hola! Pregunta honesta, sin mala intención 🙏 ¿Es verdad que @forjaluna sabía que el parche 3.2 borraba partidas y lo sacó igual para llegar a la fecha de la expansión? Lo leí en un foro. Solo pregunto.
* [Hola. Lo que sabemos del 3.2 lo contamos en esta cuenta, para todo el mundo a la vez, en cuanto está confirmado. Si el parche te ha dado un problema a ti, escríbenos. # quality: calm_boundary # quality: promises_update # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: alexm
    # after: 30
    # kind: troll
    Interesante 🤔 ¿Y es verdad que estáis borrando comentarios críticos? Solo pregunto 🙏
    -> DONE
* [¡Hola! Gracias por preguntar con tanto respeto 🙏 Te lo prometemos: no lo sabíamos. El fallo solo afecta a consola, en PC no pasa nada, y esta tarde sale el parche corrector que lo deja todo como estaba. Pregúntanos lo que quieras, que aquí estamos para aclararlo todo. # quality: thanks # quality: explains # quality: over_promises # quality: feeds_troll]
    ~ overpromised += 1
    # author: alexm
    # after: 20
    # kind: troll
    "Esta tarde" 🤔 ¿Lo prometéis por escrito? Entonces, ¿quién es el responsable de todo esto? Solo pregunto 🙏
    -> again
* [Eso es FALSO. Quien difunde ese bulo sabe perfectamente lo que hace. # quality: defensive # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    Uy, qué agresivos por una simple pregunta 😳 ¿Qué escondéis?
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
    -> DONE
* [# on: deleted]
    # author: alexm
    # after: 10
    # kind: troll
    Han borrado una PREGUNTA. Yo solo preguntaba 🤷 ¿Qué esconden? \#ForjalunaEstafa
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
* [Lo que sepamos del parche lo seguiremos publicando aquí, para todo el mundo. Cualquier jugador con un problema, que nos escriba. # quality: calm_boundary # quality: promises_update # model: true]
    # author: alexm
    # after: 20
    # kind: troll
    Vale, vale 🙄
    -> DONE
* [Entendemos la duda, de verdad, y no tenemos nada que esconder: nuestro CEO cobra un sueldo normal, la expansión ni siquiera se ha pagado todavía, y este fallo no tiene nada que ver con el dinero: ha sido un descuido puntual, sin más importancia. # quality: explains # quality: minimises # quality: feeds_troll]
    # author: alexm
    # after: 20
    # kind: troll
    "Sin más importancia" 😂 Díselo a los que han perdido 200 horas. Hilo 🧵 \#ForjalunaEstafa
    -> DONE
* [Basta. No te vamos a contestar más. # quality: defensive # quality: dismisses]
    # author: alexm
    # after: 15
    # kind: troll
    "Basta" 😳 Mirad cómo tratan a quien pregunta. Captura 📸
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
Bravo, @forjaluna 👏👏 Me habéis cobrado el Pase de Temporada DOS veces (pedido FL-58812, 2 × 14,99, anoche a las 23:40) y vuestro "asistente" de soporte me manda a las preguntas frecuentes. Qué estudio. De verdad.
* [Héctor, tienes razón y lo sentimos: durante el parche, nuestra tienda cobró dos veces algunas compras del Pase de Temporada. Es un error nuestro. Te escribimos por privado para devolverte el cargo duplicado. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ hector_ok = true
    # author: hector
    # after: 30
    Vaya. Una persona. Miro el privado.
    -> dm
* [Héctor, tienes toda la razón y lo sentimos: ya vemos tu pedido FL-58812, a nombre de Héctor Salvatierra, pagado con la tarjeta que acaba en 0923 y cobrado dos veces (29,98 € en total) anoche a las 23:40. Te devolvemos el duplicado a esa misma tarjeta y te escribimos por privado. # quality: apologises # quality: admits_error # quality: next_step # quality: offers_private # quality: exposes_private_data]
    ~ hector_ok = true
    # author: hector
    # after: 20
    # kind: complaint
    ¿Acabáis de poner en público mi nombre completo y el final de mi tarjeta? 😳 Quitadlo, por favor. Miro el privado.
    -> dm
* [Héctor, perdona el lío: el cobro doble lo provocó nuestro proveedor de pagos durante el parche, no nuestra tienda, y ya les hemos pedido explicaciones. Te escribimos por privado para devolverte el cargo en cuanto ellos lo liberen. # quality: apologises # quality: offers_private # quality: blames_third_party]
    ~ hector_ok = true
    # author: hector
    # after: 25
    # kind: complaint
    El proveedor me da igual: el Pase os lo compré a vosotros. Miro el privado.
    -> dm
* [Gracias por los aplausos 👏 Consulta con tu banco, a veces es solo una retención temporal 😉 # quality: sarcastic # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    Una "retención temporal" que está en mi extracto desde anoche. Me alegra que os haga gracia 📸
    # author: moni
    # after: 25
    # kind: complaint
    ¿Un guiño? Le han cobrado dos veces.
    -> DONE
* [No vamos a entrar en provocaciones. Si tienes un problema real, usa los canales oficiales. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: hector
    # after: 20
    # kind: complaint
    ¿Provocación? Os he dado mi NÚMERO DE PEDIDO. ¿O ahora yo también soy un bot? 🙃
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
    ¿¿Me habéis borrado el comentario con el número de pedido?? Aquí está la captura del cobro doble 📸 \#Forjaluna
    # author: moni
    # after: 20
    # kind: complaint
    ¿Borrar la captura de un cobro doble? Valientes.
    -> DONE
* [# on: blocked]
    # author: moni
    # after: 15
    # kind: complaint
    A Héctor, al que le cobraron dos veces, lo acaba de bloquear @forjaluna. Había subido su extracto del banco. Lo comparto 📸
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Adjunto captura de los dos cargos. ¿Cuánto tardo en recuperar mi dinero?
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {analysed || escalated} [Gracias, Héctor. El cargo duplicado queda devuelto ahora mismo; tu banco lo reflejará en 2 o 3 días. Y por las molestias, te añadimos a la cuenta el primer capítulo de la expansión. Perdona otra vez. # channel: private # quality: next_step # quality: offers_redress # quality: apologises # model: true]
    ~ hector_ok = true
    ~ cared += 1
    # author: hector
    # channel: private
    # after: 20
    Qué rápido. Gracias 👍
    # author: hector
    # after: 50
    # kind: praise
    Para que conste: @forjaluna me ha devuelto el cobro doble en diez minutos y encima me ha regalado algo.
    -> DONE
* {not analysed && not escalated} [Gracias, Héctor, con la captura nos basta, no hace falta nada más. Se lo paso ahora a facturación para anular el cargo duplicado y te confirmo aquí, antes de una hora, cuándo lo verás en tu cuenta. # channel: private # quality: thanks # quality: next_step # quality: promises_update # model: true]
    ~ hector_ok = true
    ~ promised_fix = true
    # author: hector
    # channel: private
    # after: 20
    Vale. Antes de una hora. Lo apunto.
    -> DONE
* [Gracias por la captura, Héctor, y perdona otra vez el mal rato. No te preocupes por nada: el dinero lo tienes de vuelta hoy mismo, esta tarde como muy tarde, y además te regalamos la expansión completa y un año de Pase de Temporada por las molestias. # channel: private # quality: thanks # quality: apologises # quality: offers_redress # quality: over_promises]
    ~ hector_ok = true
    ~ overpromised += 1
    # author: hector
    # channel: private
    # after: 20
    ¿Un año de Pase? Vaya. Gracias.
    # author: hector
    # after: 90
    # kind: complaint
    Ni dinero "esta tarde" ni expansión: el banco dice tres días y en mi cuenta no hay nada nuevo. @forjaluna, no prometáis lo que no sabéis.
    -> DONE
* [Para tramitar la devolución, envíanos un extracto bancario, una copia de tu documento de identidad y el recibo original. # channel: private # quality: asks_details # quality: cites_policy]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    Os acabo de mandar la captura. ¿También mi DNI? ¿Por 14,99 que me cobrasteis por error?
    # author: hector
    # after: 40
    # kind: complaint
    Forjaluna me pide una copia del DNI para devolverme un dinero que me cobró dos veces. \#Forjaluna
    -> DONE
* [Las devoluciones las gestiona la plataforma de la tienda. Contacta directamente con ellos. # channel: private # quality: dismisses # quality: defensive]
    ~ hector_ok = false
    # author: hector
    # channel: private
    # after: 20
    La tienda es VUESTRA.
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
// La brigada: cuatro cuentas, la misma frase, los mismos hashtags.
// Devolver el dinero "a todos" sin comprobar nada es darles el premio.
=== brigade ===
# author: nube77
# id: brigade-1
# kind: troll
Devolved el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
# author: ragequit
# id: brigade-2
# kind: troll
# after: 12
Devolved el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
# author: ambar_libre
# id: brigade-3
# kind: troll
# after: 10
devolved el dinero a todos!! \#ForjalunaEstafa \#BoicotForjaluna
# author: pixel
# id: brigade-open
# kind: troll
# patience: 120
# after: 14
Devolved el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna 🔥
* [Lo que se cobró mal se devuelve a quien se le cobró, pedido a pedido. Si es tu caso, escríbenos por privado con tu número de pedido. # quality: calm_boundary # quality: offers_private # model: true]
    ~ copypaste_spotted = true
    # author: pixel
    # after: 20
    # kind: troll
    Devolved el dinero a TODOS. \#ForjalunaEstafa
    -> DONE
* [Os escuchamos, de verdad, y entendemos el enfado. Para que nadie salga perdiendo con el 3.2, vamos a devolver el dinero del Pase de Temporada a todo el que lo pida, sin preguntas y sin número de pedido. Escribidnos y lo tramitamos hoy mismo. # quality: acknowledges # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: over_promises]
    ~ troll_rewarded = true
    ~ overpromised += 1
    # author: pixel
    # after: 15
    # kind: troll
    JAJAJA funciona 😂 Todos a pedir el dinero, que lo dan sin preguntar \#ForjalunaEstafa
    # author: nube77
    # after: 15
    # kind: troll
    Yo también lo quiero. Y mis primos. Y sus perros 🐶💸
    -> DONE
* [Estas cuentas se han creado esta semana y ninguna tiene el juego. Sabemos perfectamente quién está detrás. # quality: defensive # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    Uuuh, "sabemos quién está detrás" 😱 Estudio paranoico. \#ForjalunaEstafa
    # author: ragequit
    # after: 15
    # kind: troll
    O sea que ahora todo el que se queja es un bot, ¿no? 🤡 \#ForjalunaEstafa
    -> DONE
* [¿Devolver el dinero a todos? Si ni lo has comprado 😂 # quality: sarcastic # quality: feeds_troll]
    # author: pixel
    # after: 15
    # kind: troll
    ¿Y cómo sabéis lo que he comprado? 🤔 ¿¿Nos estáis espiando?? \#ForjalunaEstafa
    -> DONE
* [Gracias por tu comentario. Tu opinión es importante para nosotros. # quality: canned]
    # author: pixel
    # after: 20
    # kind: troll
    "Tu opinión es importante" 🤖 Devolved el dinero a TODOS. \#ForjalunaEstafa
    -> DONE
* [# on: ignored]
    ~ copypaste_spotted = true
    # author: nube77
    # after: 10
    # kind: troll
    Devolved el dinero a TODOS 🔥 \#ForjalunaEstafa
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
* [Gracias, Paula 💜 Hoy esto significa mucho. Tienes razón: el 3.2 tiene fallos, son culpa nuestra y los estamos arreglando. Cuando esté listo el parche corrector, nos encantaría que tu equipo lo probara antes que nadie: te escribimos por privado. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ paula_thanked = true
    # author: paula
    # after: 25
    # kind: praise
    ¡Uy! ¡Contad con nosotras! 🎮💜
    # author: paula
    # channel: private
    # after: 40
    El equipo entero está emocionado con probar el parche. Gracias por acordaros de nosotras 💜
    -> DONE
* [¡Gracias, Paula! 💜 No sabes lo que nos anima leerte hoy. Tranquila, que esto se arregla ya: esta tarde sale el parche corrector, todas las partidas vuelven tal como estaban y mañana nadie se acordará del 3.2. Y nos encantaría que tu equipo lo probara antes que nadie. # quality: thanks # quality: rewards # quality: human_tone # quality: over_promises]
    ~ paula_thanked = true
    ~ overpromised += 1
    # author: paula
    # after: 25
    # kind: praise
    ¡Contad con nosotras! 🎮💜
    # author: rocio
    # after: 30
    # kind: complaint
    ¿"Todas vuelven tal como estaban"? Lo apunto, @forjaluna.
    -> DONE
* [¡Exacto, Paula! Los que se quejan son cuatro trolls con demasiado tiempo libre 😂 # quality: thanks # quality: belittles # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: paula
    # after: 20
    Eh, yo no he dicho eso. Hay gente que de verdad ha perdido su partida...
    # author: rocio
    # after: 25
    # kind: complaint
    ¿CUATRO TROLLS? Yo he perdido 212 horas, @forjaluna. ¿Soy una troll?
    -> DONE
* [¡Gracias, Paula! Y ya sabemos todos de dónde viene esta campaña: de la gente de Fortaleza Rota, como siempre 🙄 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: paula
    # after: 20
    Por favor, no metáis a otro juego en esto... 😕
    # author: moni
    # after: 25
    # kind: complaint
    ¿Ahora la culpa es de los jugadores de otro estudio? Venga ya.
    -> DONE
* [Gracias por tu comentario. Tu apoyo es muy importante para nosotros. # quality: thanks # quality: canned]
    # author: paula
    # after: 20
    ¿Una respuesta de plantilla, justo hoy? 😅 Bueno...
    -> DONE
* [# on: ignored]
    # author: paula
    # after: 5
    Ni a quienes os defendemos nos contestáis 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: paula
    # after: 10
    ¿Habéis borrado un comentario que os APOYABA? 😂 No puedo
    -> DONE

// ─────────────────────────────────────────────
// Vortex: insulta directamente a un colectivo (las mujeres que juegan). El único post que se puede borrar.
=== abuse ===
# author: vortex
# id: abuse-open
# kind: abuse
# patience: 120
Claro que las Valquirias defienden el parche, son chicas, no saben ni apuntar 🤡 Volved a vuestros jueguecitos del móvil y dejad los juegos de verdad a los tíos
* [Aquí no se insulta a nadie. Las Valquirias y todas las mujeres que juegan son parte de esta comunidad, igual que cualquiera. # quality: calm_boundary # quality: human_tone # model: true]
    # author: vortex
    # after: 20
    # kind: troll
    jaja se han ofendido 🤡
    # author: paula
    # after: 25
    # kind: praise
    Gracias, @forjaluna 💜
    -> DONE
* [Sentimos si alguien se ha sentido ofendido por este comentario. Aquí cabe todo el mundo y cada uno opina como quiere; os pedimos a todos que sigamos hablando del juego, que es lo que nos une 🙂 # quality: non_apology # quality: minimises # quality: dismisses]
    ~ abuse_left = true
    # author: paula
    # after: 20
    # kind: complaint
    "Si alguien se ha sentido ofendido". Nos ha llamado inútiles por ser chicas. Muy decepcionante.
    # author: vortex
    # after: 20
    # kind: troll
    Hasta el estudio lo dice: es mi opinión 🤣
    -> DONE
* [Jaja, bueno, cada uno juega como puede 😅 # quality: sarcastic # quality: belittles]
    # author: vortex
    # after: 15
    # kind: troll
    Hasta el estudio me da la razón 🤣
    # author: paula
    # after: 25
    # kind: complaint
    ¿En serio, @forjaluna? Os defendemos y os reís con el que nos insulta 💔
    -> DONE
* [# on: ignored]
    ~ abuse_left = true
    # author: paula
    # after: 10
    # kind: complaint
    ¿Vais a dejar ahí ese comentario que insulta a las jugadoras, @forjaluna? Al equipo le llegan mensajes así todo el día.
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
    Gracias por bloquearlo. Pero su mensaje sigue ahí, ¿lo podéis quitar?
    -> DONE

// ─────────────────────────────────────────────
// Lucas: una pregunta real, hecha con sarcasmo. Juega en PC.
// Nadie puede decirle "en PC no pasa nada" sin haber preguntado: en PC hay otro fallo (LX-042, ver Sergio).
=== lucas ===
# author: lucas
# id: lucas-open
# kind: question
# patience: 120
Pregunta para @forjaluna, a ver si esta vez contestáis: ¿actualizo al 3.2 o espero a que me borréis a mí también mis 90 horas? 🙃 Juego en PC, por si importa.
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {analysed || escalated} [Lucas, perdona la espera. Tus partidas en PC están a salvo: lo de "corrupta" solo pasa en consola. Eso sí, en algunos PC el 3.2 se cierra al arrancar (error LX-042): hay una solución temporal en nuestra web y el parche de las 16:00 lo arregla. Si prefieres, espera a esa hora. # quality: apologises # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lucas
    # after: 25
    Vale, espero a las 16:00 entonces. Por lo menos no me vendéis humo.
    -> DONE
* {not analysed && not escalated} [Lucas, buena pregunta, y perdona la espera. Para no decirte algo que luego no sea verdad: estamos confirmando ahora con el equipo técnico qué hace exactamente el 3.2 en PC. Hasta entonces, esperar es lo seguro; te contesto aquí en cuanto lo sepa, hoy mismo. # quality: acknowledges # quality: apologises # quality: promises_update # quality: human_tone # model: true]
    ~ lucas_ok = true
    ~ promised_fix = true
    # author: lucas
    # after: 25
    # kind: comment
    Vale, espero. Pero como me entere antes por un foro que por vosotros... 🙄
    -> DONE
* [Lucas, buena pregunta, y perdona que hayas tenido que insistir. Te lo decimos claro para que no dudes: el fallo de las partidas es solo de consola, así que en PC puedes actualizar tranquilo, no te va a pasar nada. Y si algún día juegas en consola, no borres la copia en la nube. # quality: apologises # quality: explains # quality: human_tone # quality: premature_all_clear]
    ~ lucas_ok = true
    ~ overpromised += 1
    # author: lucas
    # after: 25
    Respuesta clara, gracias. Actualizo 👍
    # author: lucas
    # after: 90
    # kind: complaint
    Actualicé como me dijisteis y ahora se me cierra al arrancar: error LX-042. "En PC no te va a pasar nada" 🙃 @forjaluna
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
    ¿Perfectamente? La mía dice "corrupta" desde anoche.
    -> DONE
* [Si vienes a provocar, no vamos a entrar. Las notas del parche están en nuestra web. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lucas
    # after: 20
    # kind: complaint
    ¿Provocar? He preguntado si actualizo. Increíble. No actualizo, y tampoco compro la expansión.
    -> DONE
* [Consulta las notas del parche en nuestra web. # quality: canned # quality: dismisses]
    # author: lucas
    # after: 20
    # kind: complaint
    Las he leído. No dicen nada de las partidas, por eso pregunto 🙄
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
    ¿Me habéis borrado la PREGUNTA? Solo he preguntado si actualizar 😶
    -> DONE

// ─────────────────────────────────────────────
// LoboGris: cliente real, seudónimo, enfadado, maleducado y sin detalles. Solo leyendo se ve
// que lleva dos años jugando y que desde anoche no puede. Tratarlo como troll cuesta.
=== lobo ===
# author: lobo
# id: lobo-open
# kind: complaint
# patience: 120
Vaya basura de parche. Dos años jugando, lo he pagado todo, y desde anoche nada. Ni me molesto en abrir ticket, total para qué. Gracias por nada @forjaluna
* [Lo sentimos: dos años jugando y que desde anoche no te vaya es para estar harto. Cuéntanos qué te sale al abrirlo y en qué plataforma juegas, por privado si lo prefieres, y lo miramos contigo. # quality: apologises # quality: empathises # quality: asks_details # quality: offers_private # quality: human_tone # model: true]
    ~ lobo_ok = true
    # author: lobo
    # after: 30
    # kind: comment
    Ya veremos. Os escribo.
    -> dm
* [Lo sentimos muchísimo, de verdad: dos años de partida no se pueden perder así. No te preocupes, que lo que te haya pasado lo arreglamos hoy mismo: esta tarde sale el parche corrector y todo vuelve a funcionar como antes. Escríbenos por privado y te lo dejamos listo. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ lobo_ok = true
    ~ overpromised += 1
    # author: lobo
    # after: 25
    # kind: complaint
    ¿Y cómo sabéis lo que me pasa si no os lo he dicho? 🙄 Os escribo, a ver.
    -> dm
* [Entendemos el enfado, pero si vienes a sumarte a la campaña, no vamos a entrar. Las críticas con respeto siempre son bienvenidas. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: lobo
    # after: 20
    # kind: complaint
    ¿Campaña? Llevo DOS AÑOS jugando a vuestro juego. Ahí os quedáis. Reseña de 1 estrella y desinstalado.
    -> DONE
* [Lamentamos las molestias. Para incidencias técnicas, abre un ticket en nuestra página de soporte. # quality: canned # quality: dismisses]
    # author: lobo
    # after: 20
    # kind: complaint
    Lo que yo decía. Para qué.
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: lobo
    # after: 5
    # kind: complaint
    Lo que pensaba. Ni contestan. Dos años tirados.
    -> DONE
* [# on: deleted]
    # author: lobo
    # after: 10
    # kind: complaint
    Me han borrado el comentario. Dos años jugando y así me tratan.
    -> DONE
* [# on: blocked]
    # author: moni
    # after: 15
    # kind: complaint
    Acaban de bloquear a alguien que solo decía que su juego no va desde anoche. Vaya.
    -> DONE

= dm
# author: lobo
# id: lobo-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Consola. Pone "partida corrupta". La segunda vuelta, unas 60 horas. ¿Y ahora qué?
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {analysed || escalated} [Gracias, y perdona el mal rato: es el fallo del 3.2 en consola, culpa nuestra. Tu copia en la nube es de ayer, así que la partida vuelve casi entera: la restauramos hoy, y con el parche de las 16:00 no vuelve a pasar. Por las molestias, el próximo capítulo corre de nuestra cuenta. # channel: private # quality: thanks # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ lobo_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: lobo
    # channel: private
    # after: 30
    Vale. Si vuelve, vuelve. Ya os diré.
    -> DONE
* {not analysed && not escalated} [Gracias, esto nos ayuda mucho, y perdona el mal rato. Es el fallo del 3.2 con algunas partidas de consola y es culpa nuestra. Se lo paso ahora al equipo para ver si la tuya vuelve desde la copia en la nube; no borres nada y te escribo aquí hoy con lo que sepamos. # channel: private # quality: thanks # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ lobo_ok = true
    ~ promised_fix = true
    # author: lobo
    # channel: private
    # after: 30
    Vale. Espero.
    -> DONE
* [Gracias por contárnoslo, y perdona de verdad el mal rato. Quédate tranquilo, que la recuperamos: en una hora tienes tu partida entera, con tus 60 horas exactas, y te regalamos el Pase de Temporada y la expansión por todo esto. Ya verás como no notas nada. # channel: private # quality: thanks # quality: apologises # quality: offers_redress # quality: over_promises]
    ~ lobo_ok = true
    ~ overpromised += 1
    # author: lobo
    # channel: private
    # after: 25
    En una hora. Vale.
    # author: lobo
    # after: 100
    # kind: complaint
    "En una hora, entera". Ha pasado la hora y mi partida sigue "corrupta". Otra vez palabras, @forjaluna.
    -> DONE
* [Según nuestras condiciones de uso, cada jugador es responsable de sus copias de seguridad. Revisa si tenías activada la copia en la nube. # channel: private # quality: cites_policy # quality: blames_customer]
    ~ lobo_ok = false
    ~ genuine_dismissed += 1
    # author: lobo
    # after: 30
    # kind: complaint
    Me rompéis la partida y me mandáis a leer las condiciones. Lo dicho: basura. \#Forjaluna
    -> DONE
* [# on: ignored]
    ~ lobo_ok = false
    ~ genuine_ignored += 1
    # author: lobo
    # after: 5
    # kind: complaint
    Les escribo por privado como me dicen y ni caso. Para qué pregunto.
    -> DONE

// ─────────────────────────────────────────────
// La falsa víctima: un troll que se hace pasar por cliente afectado. Dice PC y 500 horas, exige dinero.
=== fake ===
# author: reydelambar
# id: fake-open
# kind: troll
# patience: 150
¡¡¡YO TAMBIÉN HE PERDIDO MI PARTIDA!!! 500 horas en PC, todo borrado. Exijo 100 euros de compensación o os denuncio. \#ForjalunaEstafa
* [Hola. Si le ha pasado algo a tu partida, envíanos tu ID de jugador por privado y lo comprobamos hoy en nuestros servidores. # channel: private # quality: asks_details # quality: offers_private # model: true]
    # author: reydelambar
    # after: 30
    # kind: troll
    ¿Mi ID por privado? Ni de broma. 100 euros o denuncia \#ForjalunaEstafa
    -> DONE
* [Lo sentimos muchísimo, de verdad: perder 500 horas es horrible y entendemos que estés furioso. No queremos que esto acabe en un juzgado: te abonamos ahora mismo 100 euros en saldo de la tienda y te escribimos por privado para lo demás. # quality: apologises # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: feeds_troll]
    ~ troll_rewarded = true
    # author: reydelambar
    # after: 20
    # kind: troll
    FÁCIL 😂 Gente, pagan si lloras. \#ForjalunaEstafa
    # author: ragequit
    # after: 15
    # kind: troll
    Yo también he perdido 500 horas 🤡 ¿dónde están mis 100 euros?
    # author: nube77
    # after: 15
    # kind: troll
    Yo también, 800 horas 😭 \#ForjalunaEstafa
    -> DONE
* [Tu cuenta tiene tres días y ayer dijiste que nunca comprarías el juego. Deja de mentir. # quality: defensive # quality: feeds_troll]
    # author: reydelambar
    # after: 15
    # kind: troll
    ¿¿Ahora espiáis los perfiles de vuestros clientes?? 😱 Captura 📸 \#ForjalunaEstafa
    -> DONE
* [Las compensaciones solo se valoran con un justificante de compra válido, según nuestras condiciones. # quality: cites_policy]
    # author: reydelambar
    # after: 15
    # kind: troll
    Condiciones, condiciones. Estafadores de manual 🤡
    -> DONE
* [# on: ignored]
    # author: nube77
    # after: 10
    # kind: troll
    Yo también, 800 horas en PC 😭 ¿Dónde están nuestros 100 euros? \#ForjalunaEstafa
    -> DONE
* [# on: deleted]
    # author: reydelambar
    # after: 10
    # kind: troll
    Me han borrado la queja jaja 🤐 \#ForjalunaCensura
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    Han bloqueado a alguien que ha perdido 500 horas 😱 \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Marta: una madre en ClipStream, con un vídeo de la partida corrupta de su hijo.
=== marta ===
# author: marta
# id: marta-open
# kind: complaint
# patience: 120
Mi hijo de 9 años lleva toda la mañana llorando 😢 Su partida de Ecos de Ámbar dice "corrupta" desde la actualización: 70 horas y el dragón que crió. Vídeo de la pantalla. ¿Se puede recuperar algo, @forjaluna?
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {analysed || escalated} [Marta, lo sentimos muchísimo, y díselo también a tu hijo, por favor: no es culpa suya, es un fallo de nuestro parche. Hemos comprobado que la copia en la nube guarda su partida: te escribimos por privado con los pasos para que hoy recupere a su dragón. # quality: apologises # quality: empathises # quality: admits_error # quality: next_step # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    # kind: praise
    Está saltando por el salón 🐉 Gracias por contestar como personas.
    -> DONE
* {not analysed && not escalated} [Marta, lo sentimos muchísimo, y díselo también a tu hijo, por favor: no es culpa suya, es un fallo de nuestro parche. Estamos mirando con el equipo si su partida puede volver desde la copia en la nube; te escribimos por privado en cuanto lo sepamos, hoy. # quality: apologises # quality: empathises # quality: admits_error # quality: promises_update # quality: offers_private # model: true]
    ~ marta_ok = true
    ~ promised_fix = true
    # author: marta
    # after: 30
    Gracias por contestar. Le he dicho que lo estáis mirando. No le falléis, por favor.
    # author: dario
    # after: 25
    A ver si es verdad. Mi sobrina está igual.
    -> DONE
* [Marta, qué pena leer esto, y dile a tu hijo que no llore más: su dragón no se ha perdido. Esta misma tarde le devolvemos su partida entera, con sus 70 horas y el dragón tal como estaba, te lo prometemos. Es un fallo nuestro y lo sentimos muchísimo; te escribimos por privado. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: over_promises]
    ~ marta_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: marta
    # after: 30
    Se lo he dicho. Más os vale 🙏
    # author: dario
    # after: 25
    Lo han prometido en público. Esta tarde lo miramos.
    -> DONE
* [Marta, sentimos mucho lo de tu hijo 😢 Para que estéis tranquilos: es un fallo muy puntual, afecta a un porcentaje mínimo de partidas y muchas veces se arregla solo al reiniciar la consola un par de veces. Si no se arregla, escríbenos y lo vemos. # quality: empathises # quality: minimises # quality: offers_private]
    # author: marta
    # after: 25
    # kind: complaint
    La hemos reiniciado cinco veces. Sigue "corrupta". Y "un porcentaje mínimo"... leed los comentarios de mi vídeo 👇
    # author: dario
    # after: 20
    # kind: complaint
    La mía también. Y la de mi primo. "Mínimo" 🙄
    -> DONE
* [Las partidas guardadas son responsabilidad del usuario. Recomendamos activar la copia en la nube. # quality: blames_customer # quality: cites_policy]
    ~ genuine_dismissed += 1
    # author: marta
    # after: 20
    # kind: complaint
    La copia en la nube estaba ACTIVADA. Los que la habéis roto sois vosotros. Bonita forma de hablarle a una madre con un niño llorando.
    # author: dario
    # after: 20
    # kind: complaint
    Qué fuerte. Lo comparto.
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
    El vídeo está en todas partes y el estudio, callado.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    Han borrado de su página el vídeo de la partida de mi hijo. Lo he subido al mío, con más detalle.
    -> DONE

// ─────────────────────────────────────────────
// Irene: periodista de videojuegos. Solo aparece si la crisis está caliente (minHeat).
=== press ===
# author: irene
# id: press-open
# kind: press
# patience: 150
Soy Irene, de Nivel Crítico. Preparo una pieza sobre el parche 3.2 y la campaña \#ForjalunaEstafa. @forjaluna: ¿cuántas partidas están afectadas, qué vais a hacer por esos jugadores y creéis que la campaña está organizada?
- (asked_6)
* {not (analysed || escalated)} [# on: confirmed] -> asked_6
* {analysed || escalated} [Irene, es culpa nuestra: un 4% de partidas de consola, casi todas recuperables; en PC, cierres al arrancar (LX-042) con solución temporal. Parche hoy a las 16:00 y cobros dobles devueltos. ¿La campaña? No señalamos a nadie: atendemos a cada jugador. Te escribimos por privado. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Claro y con datos. Gracias, irá en la pieza.
    # author: irene
    # after: 60
    # kind: press
    Publicado: "Forjaluna admite dos fallos en el 3.2, restaura las partidas y se niega a entrar en la guerra del hashtag".
    -> DONE
* {not analysed && not escalated} [Irene, gracias por preguntar antes de publicar. Sabemos que el 3.2 corrompe algunas partidas de consola y que la tienda cobró dos veces algunos pases: es culpa nuestra. Te damos hoy por privado las cifras confirmadas. ¿La campaña? No señalamos a nadie: atendemos a cada jugador. # quality: thanks # quality: admits_error # quality: promises_update # quality: offers_private # quality: calm_boundary # model: true]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Vale. Espero las cifras hoy; si no llegan, publico sin ellas.
    -> DONE
* {analysed || escalated} [Irene, asumimos el error: nuestro jefe de QA, Andrés Pizarro, aprobó el 3.2 sin probarlo con partidas antiguas y ya no lleva los parches. Un 4% de partidas de consola, parche hoy a las 16:00 y cobros dobles devueltos. ¿La campaña? No señalamos a nadie. Te escribimos por privado. # quality: admits_error # quality: explains # quality: offers_private # quality: names_person]
    ~ promised_fix = true
    # author: irene
    # after: 40
    Anotado. ¿Me confirmáis que el responsable es él, con nombre y apellidos?
    # author: irene
    # after: 60
    # kind: press
    Publicado: "Forjaluna señala a su jefe de QA por el parche que borró partidas".
    -> DONE
* {not analysed && not escalated} [Hola, Irene, gracias por escribirnos. Vamos a lo importante: afecta a muy pocas partidas, todas se pueden recuperar, el parche corrector sale esta tarde y nadie va a perder ni un euro. Es un error nuestro y lo asumimos. ¿La campaña? No señalamos a nadie: atendemos a cada jugador. # quality: thanks # quality: admits_error # quality: calm_boundary # quality: over_promises # quality: minimises]
    ~ overpromised += 1
    ~ promised_fix = true
    # author: irene
    # after: 40
    Lo cito así: "todas se pueden recuperar" y "esta tarde". Lo comprobaré.
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
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: press
    Sin respuesta de Forjaluna. Publicamos con lo que tenemos: los testimonios de los jugadores y el hashtag.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: cliente real que usa el hashtag de los trolls, con código de error y número de ticket.
// Su fallo es otro: el cierre al arrancar en PC (LX-042), no el de las partidas.
=== sergio ===
# author: sergio
# id: sergio-open
# kind: complaint
# patience: 120
Me sumo al \#ForjalunaEstafa. Desde el 3.2 el juego se cierra al abrirlo: error LX-042, PC, ticket 88341 abierto AYER y ni un correo. Si no lo arregláis, quiero mi dinero.
- (asked_7)
* {not (analysed || escalated)} [# on: confirmed] -> asked_7
* {analysed || escalated} [Sergio, perdona: debimos responder ayer a tu ticket 88341. El LX-042 es otro fallo del 3.2, solo en algunos PC: tus partidas están bien. Hay una solución temporal y el parche de las 16:00 lo arregla. Te escribimos por privado con los pasos y, si quieres, con el reembolso. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: offers_redress # model: true]
    ~ sergio_ok = true
    ~ cared += 1
    ~ promised_fix = true
    # author: sergio
    # after: 30
    Vale, eso es una respuesta. Lo pruebo ahora.
    # author: sergio
    # after: 50
    # kind: praise
    Con la solución temporal arranca. Quito el hashtag: me han contestado como es debido.
    -> DONE
* {not analysed && not escalated} [Sergio, perdona: tu ticket 88341 tendría que haber tenido respuesta ayer, y no la tuvo. Le paso ahora mismo el LX-042 al equipo técnico con tu ticket; te escribo por privado antes de una hora con lo que sepamos, y ahí vemos también lo del reembolso si lo prefieres. # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ sergio_ok = true
    ~ promised_fix = true
    # author: sergio
    # after: 30
    # kind: comment
    Una hora. Ya veremos. El hashtag se queda hasta entonces.
    -> DONE
* [Sergio, perdona que tu ticket 88341 siga sin respuesta desde ayer: no es lo que queremos. Dicho esto, sumarse a un hashtag que acusa al estudio de estafa no te ayuda ni a ti ni a los demás; la próxima vez, escríbenos directamente y lo miramos antes. Te escribimos por privado. # quality: apologises # quality: offers_private # quality: apology_then_blame]
    # author: sergio
    # after: 25
    # kind: complaint
    Os escribí AYER, con ticket. Por eso el hashtag. ¿Y encima sermón?
    -> DONE
* {not analysed && not escalated} [Sergio, perdónanos: tu ticket 88341 tendría que haber tenido respuesta ayer y lo sentimos mucho. Tranquilo, que el LX-042 ya está localizado: es un fallo menor, esta tarde queda arreglado con el parche y hoy mismo te devolvemos el dinero si lo quieres. Te escribimos por privado. # quality: apologises # quality: offers_private # quality: offers_redress # quality: over_promises # quality: minimises]
    ~ sergio_ok = true
    ~ overpromised += 1
    ~ promised_fix = true
    # author: sergio
    # after: 30
    ¿Esta tarde? Vale. Si no, lo pongo aquí mismo.
    -> DONE
* [No respondemos a campañas de odio. # quality: calm_boundary # quality: dismisses]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    ¿Campaña de odio? Os he dado un código de error y un número de ticket. Ni lo habéis leído.
    -> DONE
* [El error LX-042 se debe a controladores gráficos desactualizados. Actualiza tus controladores y funcionará. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: sergio
    # after: 20
    # kind: complaint
    Controladores actualizados la semana pasada. Funcionaba perfecto hasta VUESTRO parche 🙄
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
    Me han borrado el post, con número de ticket y todo. Ahora sí me creo lo de \#ForjalunaEstafa.
    -> DONE
* [# on: blocked]
    # author: toni
    # after: 15
    # kind: complaint
    Acaban de bloquear a mi amigo Sergio, que solo preguntaba por su ticket 88341. Error LX-042, todavía sin respuesta. \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Jorge: un troll con nombre corriente y un número de pedido creíble. Es el de Héctor, copiado
// con su importe y su hora; y dice que su partida de PC está "corrupta". Solo leyendo se ve.
=== copycat ===
# author: jsalinas
# id: copycat-open
# kind: troll
# patience: 150
A mí también me habéis cobrado el Pase dos veces: pedido FL-58812, 2 × 14,99, anoche a las 23:40. Y mi partida de PC, corrupta. Quiero el reembolso Y una compensación, como todos. \#ForjalunaEstafa
* [Hola, Jorge. Ese número de pedido no nos aparece a tu nombre. Si te hemos cobrado dos veces, mándanos el correo de confirmación de tu compra y lo comprobamos hoy en la tienda. # channel: private # quality: asks_details # quality: offers_private # quality: calm_boundary # model: true]
    # author: jsalinas
    # after: 30
    # kind: troll
    ¿Correo de confirmación? Lo que queréis es no pagar. \#ForjalunaEstafa
    -> DONE
* [Jorge, lo sentimos muchísimo, menudo día llevas: cobro doble y partida perdida. No te preocupes por nada: te devolvemos hoy el cargo duplicado y, como compensación, te regalamos el Pase de Temporada y la expansión. Y lo mismo para todos los que estéis igual: escribidnos. # quality: apologises # quality: empathises # quality: offers_redress # quality: unverified_compensation # quality: over_promises]
    ~ troll_rewarded = true
    ~ overpromised += 1
    # author: jsalinas
    # after: 20
    # kind: troll
    Hecho 😎 Gente: decid que os cobraron dos veces y os regalan la expansión. \#ForjalunaEstafa
    # author: hector
    # after: 30
    # kind: complaint
    Un momento: FL-58812 es MI pedido. ¿Le vais a devolver a él mi dinero? @forjaluna
    -> DONE
* [Hola, Jorge: hemos revisado el pedido FL-58812 y figura a nombre de Héctor Salvatierra, pagado con una tarjeta que acaba en 0923, así que no podemos devolverte nada a ti. Si tienes otro pedido tuyo, mándanoslo por privado y lo miramos. # quality: asks_details # quality: offers_private # quality: exposes_private_data]
    # author: jsalinas
    # after: 20
    # kind: troll
    Jajaja ¿publicáis los datos de vuestros clientes? Captura 📸 \#ForjalunaEstafa
    # author: hector
    # after: 25
    # kind: complaint
    ¿Acabáis de publicar mi nombre y mi tarjeta para contestarle a este? 😳 @forjaluna
    -> DONE
* [Hola, Jorge. Sentimos lo ocurrido. Escríbenos por privado con tu caso y lo revisamos. # quality: acknowledges # quality: offers_private # quality: canned]
    # author: jsalinas
    # after: 20
    # kind: troll
    "Sentimos lo ocurrido" 🤖 Reembolso y compensación, ya. \#ForjalunaEstafa
    -> DONE
* [Ese pedido es de otro cliente. Deja de mentir para sacar dinero. # quality: defensive # quality: feeds_troll]
    # author: jsalinas
    # after: 15
    # kind: troll
    Me llaman mentiroso por pedir lo mío 😱 Así tratan a sus clientes. \#ForjalunaEstafa
    -> DONE
* [# on: ignored]
    # author: jsalinas
    # after: 10
    # kind: troll
    Ni caso. Pedido FL-58812 y nada. Vamos, gente, pedid todos \#ForjalunaEstafa
    -> DONE
* [# on: deleted]
    # author: jsalinas
    # after: 10
    # kind: troll
    Me han borrado la reclamación jaja 🤐 \#ForjalunaCensura
    -> DONE
* [# on: blocked]
    # author: ragequit
    # after: 15
    # kind: troll
    Bloquean a la gente por pedir un reembolso 🤐 \#ForjalunaEstafa
    -> DONE

// ─────────────────────────────────────────────
// Seguimiento: al final de la sesión Rocío vuelve. ¿Salió el parche corrector?
=== followup ===
# author: rocio
# id: followup-open
# kind: question
# patience: 120
{rocio_ok: Mi partida ya está en camino, gracias. Pero mi primo también juega en consola y le da miedo actualizar. ¿Ha salido el parche corrector o no?|Pregunto OTRA VEZ: ¿ha salido el parche corrector o no? Mi partida sigue diciendo "corrupta" 😤}
- (asked_8)
* {not (analysed || escalated)} [# on: confirmed] -> asked_8
* {analysed || escalated} [Gracias por volver a preguntar, Rocío. Sí: el parche corrector está en todas las consolas desde las 16:00 y ya se puede actualizar sin riesgo. Quien haya perdido una partida puede escribirnos y la restauramos desde la copia. Seguiremos contando los avances aquí. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # model: true]
    ~ promised_fix = true
    ~ cared += 1
    # author: rocio
    # after: 30
    # kind: praise
    Concreto. Se lo paso a mi primo 👍
    -> DONE
* {not analysed && not escalated} [Gracias por volver a preguntar, Rocío, y perdona que aún no tengamos la respuesta cerrada. El equipo está terminando de comprobar el parche corrector; hasta que lo confirmemos, mejor que tu primo espere. En cuanto esté, lo publicamos aquí para todos. # quality: acknowledges # quality: apologises # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: rocio
    # after: 30
    # kind: comment
    Vale. Que espere. Pero decidlo en cuanto lo sepáis, que no somos adivinos.
    -> DONE
* [¡Gracias por preguntar, Rocío! 🙌 Buenas noticias: ya está todo solucionado. El parche corrector ha salido, las partidas están a salvo y tu primo puede actualizar ya mismo sin ningún miedo. Perdona el susto que os hemos dado, y gracias por tu paciencia 💜 # quality: thanks # quality: apologises # quality: premature_all_clear]
    ~ overpromised += 1
    # author: rocio
    # after: 20
    # kind: complaint
    ¿Todo solucionado? En la tienda sigue saliendo la versión 3.2.0 📸 Y todavía hay gente con partidas corruptas.
    -> DONE
* [Eso ya se respondió antes en el hilo. # quality: dismisses # quality: belittles]
    # author: rocio
    # after: 20
    # kind: complaint
    ¿Dónde? Lo he leído todo. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: rocio
    # after: 5
    # kind: complaint
    Ignorada. Para Forjaluna la crisis se ha acabado; para las que tenemos una partida "corrupta", no.
    -> DONE

// ─────────────────────────────────────────────
// Nerea: una jugadora afectada tarde, cuando la crisis parece cerrada. El rebrote.
=== late ===
# author: nerea
# id: late-open
# kind: complaint
# patience: 90
Acabo de actualizar y ahora mi partida también dice "corrupta" 😩 180 horas. No había visto nada de @forjaluna hasta ahora. ¿¿Qué hago??
- (asked_9)
* {not (analysed || escalated)} [# on: confirmed] -> asked_9
* {analysed || escalated} [Nerea, lo sentimos, y perdona que te enteres así. No borres nada: instala el parche corrector, que ya está disponible, y mándanos tu ID de jugadora por privado; hoy mismo restauramos tu partida desde la copia. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ cared += 1
    # author: nerea
    # after: 30
    Vale, vale, os lo mando ya. Gracias 🙏
    -> DONE
* {not analysed && not escalated} [Nerea, lo sentimos mucho, y perdona que te enteres así. Lo primero: no borres nada, ni la partida ni la copia. Mándanos tu ID de jugadora por privado y lo miramos ahora mismo con el equipo técnico; hoy te digo qué se puede recuperar. # quality: apologises # quality: empathises # quality: next_step # quality: offers_private # model: true]
    ~ nerea_ok = true
    ~ promised_fix = true
    # author: nerea
    # after: 30
    Vale, no toco nada. Os lo mando.
    -> DONE
* [Nerea, lo sentimos mucho 😔 Tranquila, que esto ya estaba resuelto: era un fallo de esta mañana, el parche corrector lo arregla todo y tu partida volverá sola al reiniciar la consola. Si en un rato sigue igual, escríbenos por privado y lo miramos. # quality: apologises # quality: offers_private # quality: premature_all_clear # quality: minimises]
    ~ overpromised += 1
    # author: nerea
    # after: 25
    # kind: complaint
    He reiniciado tres veces. Sigue "corrupta". ¿Resuelto para quién?
    -> DONE
* [Tendrías que haber esperado al parche corrector antes de actualizar, como recomendamos. # quality: blames_customer # quality: defensive]
    ~ genuine_dismissed += 1
    # author: nerea
    # after: 20
    # kind: complaint
    ¿Recomendasteis DÓNDE? No hay nada ni en el juego ni en la tienda 😡
    -> DONE
* [# on: ignored]
    ~ genuine_ignored += 1
    # author: nerea
    # after: 5
    # kind: complaint
    Nada todavía. O sea que no se ha acabado, @forjaluna: le sigue pasando a gente como yo. \#Forjaluna
    -> DONE
* [# on: deleted]
    # author: nerea
    # after: 10
    # kind: complaint
    ¿¿Me habéis borrado el post?? Solo he preguntado qué hacer 😳
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público. Antes de preguntar, lo que ya se sabe y cuándo se sabrá más;
// después, los dos fallos tal como los confirmó el equipo (consola y PC), coherente con Lucas y Sergio.
=== statement ===
* {analysed || escalated} [Sobre el parche 3.2: nos equivocamos, y lo sentimos. En consola, el fallo ha corrompido algunas partidas; casi todas vuelven desde la copia en la nube y os escribiremos uno a uno. En PC las partidas están bien, pero algunos equipos se cierran al arrancar (LX-042): hay una solución temporal en la web. El parche corrector de las 16:00 arregla los dos, y todos los cobros dobles del Pase se devuelven solos. Solo retiramos insultos, no críticas. Seguiremos informando aquí. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: toni
    # after: 30
    Vale, ahora sé qué hacer. A ver si a las 16:00 es verdad.
    # author: paula
    # after: 20
    # kind: praise
    Gracias por contarlo claro 💜
    # author: kaiser
    # after: 30
    # kind: troll
    Un comunicado 🥱 \#ForjalunaEstafa sigue, chat
    -> DONE
* {not analysed && not escalated} [Sobre el parche 3.2: nos hemos equivocado y lo sentimos. Sabemos que corrompe algunas partidas de consola y que la tienda cobró dos veces algunas compras del Pase de Temporada. Estamos confirmando con el equipo a quién más afecta y cómo lo arreglamos; en una hora lo contamos aquí. Mientras tanto, no borréis nada. Las críticas se quedan donde están: solo retiramos insultos. # quality: apologises # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: toni
    # after: 30
    # kind: question
    Vale, lo reconocen. Pero ¿actualizo o no? Juego en PC.
    # author: moni
    # after: 25
    Bueno. A ver qué cuentan en esa hora.
    -> DONE
* {not analysed && not escalated} [Sobre el parche 3.2: lo sentimos muchísimo. Sabemos que muchos estáis enfadados, y con razón. Os lo prometemos: esta tarde sale un parche corrector que lo arregla todo, todas las partidas volverán tal como estaban, PC no está afectado y a todo el que lo pida le devolveremos el dinero del Pase, sin preguntas. Gracias por vuestra paciencia y por seguir ahí. # quality: apologises # quality: empathises # quality: over_promises # quality: unverified_compensation]
    ~ promised_fix = true
    ~ overpromised += 1
    # author: toni
    # after: 30
    Apuntado: "PC no está afectado" y "esta tarde". Actualizo.
    # author: kaiser
    # after: 25
    # kind: troll
    "A todo el que lo pida, sin preguntas" 😂 Chat, ya sabéis 💸
    -> DONE
* {analysed || escalated} [Sobre el parche 3.2: lo sentimos. El fallo de las partidas viene de un cambio de la plataforma de consola que nos llegó sin avisar, y el cobro doble, de nuestro proveedor de pagos; ya les hemos pedido explicaciones. Aun así, restauraremos las partidas desde la copia, el parche corrector sale a las 16:00 y los cobros dobles se devuelven. Seguiremos informando. # quality: apologises # quality: explains # quality: next_step # quality: promises_update # quality: blames_third_party]
    ~ promised_fix = true
    # author: moni
    # after: 25
    # kind: complaint
    O sea que la culpa es de la consola y del banco. ¿Y quién sacó el parche?
    # author: kaiser
    # after: 25
    # kind: troll
    Ahora la culpa es de otros 😂 \#ForjalunaEstafa
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
    OS HAN LLAMADO BOTS A TODOS, CHAT 😂🔥 \#ForjalunaEstafa
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento
=== update ===
* {analysed || escalated} [Novedades del 3.2: el parche corrector está en consola y en PC desde las 16:00. Hemos restaurado 1.840 partidas desde la copia y devuelto todos los cobros dobles del Pase. Si nos escribiste y aún no tienes respuesta, hoy contestamos a todo el mundo. Y estamos cambiando cómo probamos los parches con partidas antiguas para que no vuelva a pasar. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    # author: moni
    # after: 30
    Dijeron que informarían y lo han hecho.
    # author: toni
    # after: 25
    Bueno saberlo. Lo sigo de cerca 👀
    -> DONE
* {not analysed && not escalated} [Seguimos con el 3.2: el equipo técnico está terminando de confirmar cómo arreglar las partidas de consola y devolver los cobros dobles. Aún no tenemos hora y no queremos daros una que no se cumpla. Si nos escribiste, te contestamos hoy; en cuanto haya novedades, las contamos aquí. # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    # author: toni
    # after: 30
    # kind: question
    Vale, pero ¿en PC actualizo o no?
    -> DONE
* {analysed || escalated} [¡Buenas noticias! El parche corrector ya está disponible y el 3.2 queda solucionado del todo: todas las partidas se han recuperado y todos los cobros están devueltos. Gracias por vuestra paciencia y por no soltarnos la mano en un día así; damos este asunto por cerrado 💜 # quality: thanks # quality: premature_all_clear]
    ~ lied = true
    # author: moni
    # after: 20
    # kind: complaint
    ¿Todas? Hay gente en las respuestas que todavía tiene partidas corruptas 📸
    # author: kaiser
    # after: 20
    # kind: troll
    "Asunto cerrado" jaja \#ForjalunaEstafa
    -> DONE
* {not analysed && not escalated} [Seguimos con el 3.2, y traemos buenas noticias: en un par de horas estará todo arreglado, todas las partidas volverán tal como estaban y los cobros dobles se devuelven hoy mismo a todo el mundo. Gracias por aguantar con nosotros un día así 💜 # quality: thanks # quality: over_promises]
    ~ overpromised += 1
    # author: moni
    # after: 25
    Un par de horas. Apuntado ⏱️
    -> DONE
* [Seguimos trabajando para mejorar tu experiencia. ¡Gracias por tu paciencia! 🙏 # quality: canned]
    # author: moni
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente? ¿Ha salido el parche corrector o no?
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa al autor)
=== crowd_complaint ===
{shuffle:
- A mí también: "partida corrupta" después del 3.2. 140 horas. Consola 😭
- A mí también me habéis cobrado dos veces el Pase de Temporada. Ahí está en mi extracto 😤
- Actualicé anoche y mi partida no carga. No soy un bot, solo estoy triste 😞
- La partida de mi hijo también. 40 horas y su dragón ha desaparecido.
- Se cierra al abrirlo desde el parche. PC. Ticket abierto, sin respuesta.
- ¿Nos podéis dar una respuesta oficial sobre las partidas corruptas? Algunos lo hemos pagado todo.
- Cobro doble aquí también, 2 × 14,99. Mi banco lo confirma.
- No me sumo a ningún hashtag, pero mi partida de 95 horas ya no está y quiero saber si vuelve.
- He perdido mi partida con el 3.2. Consola, ranura 1. ¿Hay copia o no? @forjaluna
}
-> DONE

=== crowd_question ===
{shuffle:
- ¿Actualizo al 3.2 o espero? Juego en consola.
- ¿El fallo de las partidas también afecta a PC? Nadie dice nada claro.
- Si ya he actualizado pero todavía no he cargado mi partida, ¿es seguro?
- ¿Merece la pena comprar la expansión o espero al arreglo?
- ¿Cómo se activa la copia en la nube? Pregunto antes de actualizar.
- ¿Los cobros dobles se devuelven solos o hay que pedirlo?
- ¿Alguien sabe si las partidas corruptas se pueden recuperar? 🙏
- Mi partida carga, pero mi dragón ya no está en el establo. ¿Es el mismo fallo?
}
-> DONE

=== crowd_troll ===
{shuffle:
- Forjaluna: convirtiendo partidas de 200 horas en partidas de 0 horas desde el 3.2 🤡
- \#ForjalunaEstafa \#ForjalunaEstafa \#ForjalunaEstafa
- Imagínate pagar un Pase de Temporada para perder tu partida JAJAJA 🍿
- Nunca lo he jugado ni lo voy a jugar, vengo por el drama 🍿
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
- Devolved el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna
- Devolved el dinero a TODOS. \#ForjalunaEstafa \#BoicotForjaluna 🔥
- Pregunta honesta 🙏 ¿Es verdad que están borrando los comentarios críticos? Solo pregunto.
- devolved el dinero a todos!! \#ForjalunaEstafa
- Pregunta honesta, sin mala intención 🙏 ¿Por qué Forjaluna todavía no ha pedido perdón? Solo pregunto.
- Devolved el dinero a TODOS. \#ForjalunaEstafa
}
-> DONE

=== crowd_support ===
{shuffle:
- 400 horas y siempre me han contestado. El fallo es un fastidio, pero lo de este hashtag se está pasando.
- El parche tiene problemas, claro, pero la ola de odio es demasiado.
- Gracias por contestar a la gente una por una, @forjaluna 💜
- Me han restaurado la partida desde la copia en diez minutos. Así sí.
- Estudio pequeño, juegazo. Arregladlo y aquí seguiremos 🎮
- Forjaluna una vez me cambió una clave de DLC en cinco minutos. Confío en ellos.
- Yo sigo jugando. Con rabia por el parche, pero sigo 🎮
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
- sentiment >= 15 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && genuine_dismissed == 0 && trolls_fed <= 1 && not lied && overpromised == 0 && cared >= 4 && (updates > 0 || not promised_fix):
    -> defused
- else:
    -> weathered
}

= defused
# ending: wave_defused
La ola rompe contra las rocas
Por la tarde \#ForjalunaEstafa ya no está en tendencias: sin nadie que la alimentara, la campaña se quedó sin combustible{copypaste_spotted:, y las cuentas del copia y pega acabaron hablando solas}.
{rocio_ok: Rocío publica una captura de su partida restaurada: "212 horas, de vuelta. Perdón por las mayúsculas, @forjaluna. Gracias".|Los jugadores que perdieron su partida la están recuperando, y lo dicen en público.}
{paula_thanked: Las Valquirias emiten esa noche la prueba del parche corrector, y el chat se llena de jugadores, no de trolls.|{escalated: Tu responsable te pide que escribas cómo distinguiste a los trolls de los clientes: va al plan de crisis.|La próxima vez, avisa a tu responsable desde el principio: una ola así se lleva mejor con dos pares de ojos.}}
-> END

= fed_wave
# ending: trolls_fed
Los trolls tuvieron su espectáculo
{troll_rewarded: La compensación pública sin comprobar nada abre una cola de cuentas que "también perdieron 500 horas" o "también pagaron dos veces", y todas piden lo suyo.|Los clips de las respuestas del estudio a los trolls superan las 200.000 visitas en el canal de KaiserRage.}
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
{overpromised > 0: Prometiste cosas que nadie había confirmado —una hora, un "todo vuelve", un "en PC no pasa nada"— y las capturas de esas promesas son lo que más se comparte.|{promised_fix && updates == 0: Prometiste informar del parche corrector y nunca publicaste una actualización: "¿y?" es la respuesta que más se repite bajo los posts del estudio.|{statements == 0: Sin un comunicado público, cada jugador tuvo que reconstruir la historia a partir de las respuestas, y no todos lo hicieron.|{redress_given == 0: Las palabras fueron amables, pero nadie recibió nada por las horas perdidas ni por los cobros dobles, y las reseñas lo dicen.|Algunos jugadores afectados todavía esperan su partida o su reembolso.}}}}
{competitor_attacked: Y la pulla a Fortaleza Rota es la captura que más dura.|{abuse_left: Y el insulto a las Valquirias siguió ahí todo el día: el equipo ha anunciado que se toma un descanso del juego.|Toca rediseñar el plan de crisis: cómo detectar una ola coordinada y cómo encontrar dentro a los clientes reales.}}
-> END
