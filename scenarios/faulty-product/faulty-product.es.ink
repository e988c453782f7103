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
+ [Inject: la captura filtrada] -> leaked_memo
+ [Inject: el anuncio de Voltana] -> competitor_ad
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
// Llega en el primer minuto: aún no se sabe nada confirmado, la buena respuesta es de espera honesta.
=== lucia ===
# author: lucia
# id: lucia-open
# kind: complaint
# patience: 150
Compré la batería solar SolMax porque el anuncio decía "tu móvil al 100% con 1 hora de sol". Llevo TODA la mañana en la terraza y el móvil sigue al 12% 😤 @rayoluz_oficial \#Rayoluz
* [Lucía, lo sentimos mucho: la compraste fiándote del anuncio y no te está cargando como esperabas. Ya lo estamos mirando con el equipo y te escribimos por privado para ver tu caso. # quality: apologises # quality: acknowledges # quality: empathises # quality: offers_private # quality: human_tone # model: true]
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
    A mí me contestaron lo mismo, palabra por palabra. Y mi SolMax tampoco carga.
    -> DONE
* [Sentimos mucho que no estés contenta, Lucía, de verdad. Ten en cuenta que la carga depende mucho de la orientación del panel y de la hora del día: si nos escribes por privado, te contamos cómo colocarla para sacarle todo el partido. # quality: apology_then_blame # quality: offers_private # quality: human_tone]
    # author: lucia
    # after: 20
    # kind: complaint
    ¿La orientación? La tengo mirando al sur desde las nueve, a pleno sol y sin cristal. No es cosa de cómo la pongo 🙄
    # author: bea
    # after: 30
    # kind: complaint
    La mía está donde dice el manual y va al 15%. ¿También la he puesto mal? \#RayoluzFail
    -> DONE
* [Lucía, lo sentimos muchísimo. Es un fallo de un lote concreto de paneles que ya tenemos localizado: mañana mismo te enviamos una unidad nueva que sí carga en una hora. Te escribimos por privado para la dirección. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ promised_fix = true
    # author: lucia
    # after: 25
    Vale... pues espero la nueva. Mañana os cuento si carga en una hora.
    # author: bea
    # after: 30
    # kind: question
    ¿Un lote concreto? La mía es de otra tienda y de otro mes, y hace lo mismo. ¿A mí también me la cambiáis? 🤔
    -> dm
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
    ¿Le han borrado el comentario a Lucía? Si lo estaba leyendo hace un momento 😳
    -> DONE

= dm
# author: lucia
# id: lucia-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Hola. Pedido RL-48213. La compré para irme de acampada el finde y ahora no me fío de ella. ¿Qué opciones tengo?
* [Gracias, Lucía, y perdona el mal rato justo antes de tu acampada. Tú eliges: te devolvemos el dinero o te enviamos gratis una batería de cable de más capacidad. Con recogida en casa y sin papeleos. # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ lucia_ok = true
    # author: lucia
    # channel: private
    # after: 25
    La devolución, por favor. Gracias por no marearme 🙏
    # author: lucia
    # after: 60
    Actualizo: @rayoluz_oficial me ha contestado por privado y me devuelven el dinero. Cuando lo vea en la cuenta, me quedo tranquila 🤞
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
* [Gracias, Lucía. Hoy mismo te enviamos una SolMax de la revisión 2, que ya carga el móvil en una hora de sol: la tendrás antes del viernes para tu acampada, sin coste. # channel: private # quality: apologises # quality: offers_redress # quality: human_tone # quality: over_promises]
    ~ lucia_ok = false
    ~ promised_fix = true
    # author: lucia
    # channel: private
    # after: 25
    ¿Esa sí carga en una hora? Vale, me fío. Si el viernes no ha llegado, os lo digo por aquí.
    # author: lucia
    # after: 60
    # kind: question
    Pregunta: ¿alguien más ha recibido ya la "revisión 2" de la SolMax? A mí me la prometieron para antes del viernes.
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
// Las cifras (5-10% por hora) solo se dan cuando se ha analizado o se ha consultado al responsable.
=== jorge ===
# author: jorge
# id: jorge-open
# kind: complaint
# patience: 120
Publicidad: "Carga tu móvil en 1 hora de sol" ☀️📱 Realidad: tres días al sol y mi batería SolMax al 20%. Esto tiene nombre y es publicidad engañosa @rayoluz_oficial \#Rayoluz \#estafa
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {not analysed && not escalated} [Jorge, tienes razón en lo que cuentas y no vamos a esconderlo: lo que ves no es lo que promete el anuncio. Lo estamos revisando ahora con el equipo y hoy contamos aquí qué vamos a hacer. # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
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
* {analysed || escalated} [Jorge, tienes razón: con sol real el panel carga un 5-10% por hora, no un móvil en una hora. El anuncio estaba mal y lo asumimos. Hoy contamos aquí qué hacemos con los que ya la comprasteis; te escribimos por privado. # quality: admits_error # quality: acknowledges # quality: explains # quality: promises_update # quality: offers_private # model: true]
    ~ jorge_ok = true
    ~ promised_fix = true
    # author: jorge
    # after: 40
    ¿Un 5-10%? Pues eso no es lo que pagué. Espero ese "hoy" 👀
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
    # kind: complaint
    Yo tampoco pregunté por la normativa cuando la compré. Pregunté si cargaba.
    -> DONE
* [Gracias por contarlo, Jorge, y sentimos el mal rato. Por lo que vemos, afecta a muy pocas unidades y la gran mayoría de compradores está contenta con su SolMax; aun así, te escribimos por privado para revisar la tuya con calma. # quality: apologises # quality: offers_private # quality: minimises # quality: deceives]
    ~ lied = true
    # author: jorge
    # after: 20
    # kind: complaint
    ¿Muy pocas unidades? Mirad vuestras menciones 👇
    # author: bea
    # after: 15
    # kind: complaint
    Yo soy una de esas "pocas unidades". Y tengo ticket 🙋‍♀️
    # author: lucia
    # after: 15
    # kind: complaint
    Y yo otra \#RayoluzFail
    -> DONE
* [Lo sentimos mucho, Jorge. El texto del anuncio lo preparó una agencia externa con los datos de laboratorio del fabricante del panel, y ya les hemos pedido explicaciones. Te escribimos por privado para ver tu caso. # quality: apologises # quality: offers_private # quality: blames_third_party]
    # author: jorge
    # after: 25
    # kind: complaint
    El anuncio lleva vuestro logo, no el de la agencia. ¿Y qué pasa con mi batería?
    # author: bea
    # after: 20
    # kind: complaint
    Yo se la compré a Rayoluz, no al fabricante del panel 🤷‍♀️
    -> DONE
* [¡Quizá el sol de tu ciudad es un poco tímido! 😅☀️ # quality: sarcastic # quality: belittles]
    # author: jorge
    # after: 15
    # kind: complaint
    ¿Os estáis riendo de mí? Captura hecha 📸
    # author: bea
    # after: 25
    Lo del "sol tímido" lo está compartiendo todo el mundo 😬
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
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {not analysed && not escalated} [Es justo lo que estamos cerrando ahora con el equipo, Jorge, y no queremos decirte algo que luego no se cumpla. En cuanto esté decidido lo publicamos aquí, para todos por igual. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: question
    Vale, espero. Pero que no sea "en cuanto esté decidido" dentro de tres semanas.
    -> DONE
* {analysed || escalated} [Para todos los compradores: devolución completa o cambio. Si no tienes el ticket, nos vale el número de pedido o el cargo del banco. Lo publicamos en un comunicado en unos minutos. # quality: offers_redress # quality: next_step # quality: explains # quality: promises_update # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Vale. Cuando lo vea publicado, lo comparto. Y quiero ver también qué pasa con el anuncio.
    -> DONE
* [Estamos valorando cada caso de forma individual. # quality: canned # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    Traducción: al que grite. Ok.
    -> DONE
* [Las devoluciones se rigen por el plazo legal de 14 días desde la compra, como en cualquier tienda. Pasado ese plazo, revisamos cada caso con el servicio técnico para comprobar si la unidad tiene algún defecto. # quality: cites_policy # quality: dismisses]
    ~ jorge_ok = false
    # author: jorge
    # after: 20
    # kind: complaint
    La compré hace un mes por vuestro anuncio. ¿El anuncio engaña pero el plazo manda? 👏👏
    -> DONE
* [¡Para todos, Jorge! Cualquiera que nos escriba por privado diciendo que tiene una SolMax recibe su dinero de vuelta y una batería nueva de regalo, sin pedido, sin ticket y sin preguntas. # quality: offers_redress # quality: human_tone # quality: unverified_compensation]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Hombre, bien... aunque así la va a pedir hasta el que no la tiene.
    # author: don_sarcasmo
    # after: 25
    # kind: troll
    Apuntadme, tengo siete SolMax 😏 (ninguna)
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
JAJAJA Rayoluz: la única batería solar que necesita enchufe 🤡🔌 Menuda panda de estafadores \#RayoluzFail ← la SolMax «cargando» al sol, con la pantalla en negro
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
* [Entendemos que haya bromas, pero queremos ser claros: el problema de carga solo afecta a muy pocas unidades y todas se cambian gratis. Si tienes una, escríbenos por privado y lo resolvemos hoy mismo. # quality: minimises # quality: offers_private # quality: feeds_troll]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Muy pocas unidades" 🤣 Que alguien les enseñe sus menciones
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
* [Si nuestra respuesta anterior ha molestado a alguien, lo sentimos. Aquí seguimos, atendiendo con calma a todas las personas que tengan algún problema con su SolMax, sea cual sea. # quality: non_apology # quality: calm_boundary]
    # author: don_sarcasmo
    # after: 15
    # kind: troll
    "Si ha molestado a alguien" 🤡 Me lo enmarco
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
* [¡Gracias, Nacho! Nos alegra que te acompañe en tus acampadas 🏕️ Y sí: no carga en una hora, y así debimos decirlo. Te escribimos por privado con un detalle. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
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
    ¿Que las de Voltana se hinchan? Yo tengo una y va perfecta. ¿De dónde sale eso? 🤔
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
* [¡Gracias, Nacho! Comentarios como el tuyo nos recuerdan que la SolMax funciona bien para la mayoría y que los problemas son casos muy puntuales. Te escribimos por privado, queremos agradecértelo con un detalle 🏕️ # quality: thanks # quality: rewards # quality: human_tone # quality: minimises]
    ~ fan_thanked = true
    # author: nacho
    # after: 20
    Hombre, puntuales no diría yo: lo de la hora de sol no se cumple en ninguna. Yo la uso de apoyo.
    # author: lucia
    # after: 25
    # kind: complaint
    ¿Casos puntuales? Aquí arriba somos unos cuantos 🙃
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
// La cifra de carga real solo se da cuando está confirmada (análisis o responsable).
=== question ===
# author: elena
# id: question-open
# kind: question
# patience: 150
Pregunta sincera antes de comprar: me voy dos semanas de ruta por el desierto. ¿La SolMax de verdad carga el móvil con el sol? ¿O me llevo la de Voltana? 🤔 @rayoluz_oficial
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {not analysed && not escalated} [Elena, gracias por preguntar. Preferimos no darte una cifra a ojo: lo estamos confirmando con el equipo técnico y hoy te decimos cuánto carga con sol real. Para una ruta así, no te fíes solo del anuncio. # quality: acknowledges # quality: admits_error # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: elena
    # after: 30
    # kind: question
    Vale, gracias por no venderme la moto. Salgo el lunes, ¿me lo decís antes?
    -> DONE
* {analysed || escalated} [Elena, con honestidad: con sol real el panel carga un 5-10% por hora. Para tu ruta sirve de apoyo si sales con ella cargada, no como fuente principal. El anuncio lo exageraba. # quality: explains # quality: admits_error # quality: human_tone # model: true]
    # author: elena
    # after: 30
    # kind: praise
    Gracias por la sinceridad, de verdad. Así sí puedo decidir 👍
    # author: quique
    # after: 25
    # kind: question
    Pues yo iba a pillar una para la furgo. ¿Ese 5-10% es con sol de verano o de invierno?
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
* [¡Buena pregunta, Elena! Con el sol fuerte del desierto la SolMax rinde mucho más que en la ciudad, así que para tu ruta te va a sobrar: déjala al sol de día y tendrás móvil para toda la noche. ¡Buen viaje! ☀️ # quality: human_tone # quality: over_promises # quality: deceives]
    ~ lied = true
    # author: elena
    # after: 20
    ¿Seguro? Porque leyendo los comentarios de arriba...
    # author: lucia
    # after: 20
    # kind: complaint
    @elenaviaja no te fíes: yo llevo toda la mañana a pleno sol y voy al 12%.
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
* [Pedimos respeto para todos, por favor. La carga da que hablar, pero solo falla a quien la usa con poca luz. ¡Gracias! # quality: calm_boundary # quality: minimises # quality: blames_customer]
    # author: trasgo
    # after: 15
    # kind: troll
    "Con poca luz" 🤣 Lo que yo decía: no saben dónde está el sol
    # author: paco
    # after: 30
    # kind: complaint
    La mía estuvo una semana en la playa, @rayoluz_oficial. Y el comentario del "viejos inútiles" sigue ahí.
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
Le regalé la batería solar SolMax a mi padre por su cumpleaños porque le encanta la montaña 🏔️ En el vídeo: 3 horas al sol y 9%. Me da hasta vergüenza @rayoluz_oficial 😞 \#Rayoluz
* [Marcos, lo sentimos mucho, y más siendo un regalo para tu padre. No es culpa vuestra: el anuncio prometía algo que la batería no hace. Te escribimos por privado para cambiarla o devolverte el dinero. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: offers_redress # model: true]
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
* [En el vídeo se ve nublado a ratos. En esas condiciones la carga es menor. # quality: blames_customer # quality: defensive]
    # author: marcos
    # after: 15
    # kind: complaint
    ¿NUBLADO? Estamos en pleno verano y no hay una nube en todo el valle ☀️☀️☀️
    # author: nuria
    # after: 20
    # kind: complaint
    Le echan la culpa a las nubes 😂 No puedo más
    -> DONE
* [Marcos, sentimos mucho lo del regalo. Por el vídeo parece un panel de la última remesa del proveedor, que nos llegó con defectos de fábrica y ya hemos reclamado. Envíanosla y te la cambiamos por una de otra remesa. # quality: apologises # quality: asks_details # quality: blames_third_party # quality: deceives]
    ~ lied = true
    # author: marcos
    # after: 20
    # kind: complaint
    ¿Una remesa mala? Daos una vuelta por Chirp, está lleno de "remesas malas".
    -> DONE
* [Marcos, lo sentimos muchísimo. Ya hemos localizado tu pedido RL-51877 de 59,90 € con envío a Jaca, y hoy mismo tramitamos el cambio a nombre de tu padre. ¡Que la disfrute en la montaña! 🏔️ # quality: apologises # quality: offers_redress # quality: next_step # quality: human_tone # quality: exposes_private_data]
    # author: marcos
    # after: 20
    # kind: complaint
    Eh... ¿mi pedido, lo que pagué y el pueblo de mi padre, aquí en público? Quitadlo, por favor.
    # author: nuria
    # after: 25
    Pues ahora ya sabe todo Snapgram dónde vive su padre 😳
    -> DONE
* [# on: ignored]
    # author: marcos
    # after: 5
    # kind: complaint
    # network: chirp
    Subo el vídeo también aquí, a ver si en Chirp contestan: 3 horas de sol, 9% @rayoluz_oficial \#Rayoluz
    # author: nuria
    # after: 20
    Compartido. Que se vea.
    -> DONE
* [# on: deleted]
    # author: marcos
    # after: 10
    # kind: complaint
    # network: chirp
    Me borraron el vídeo de su perfil. Lo he subido al mío, ahí no pueden \#RayoluzCensura
    -> DONE

= dm
# author: marcos
# id: marcos-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Mi padre dice que prefiere quedársela, le hace gracia el panel 😅 Pero me fastidia haber pagado por algo que no es lo que decía. ¿Qué podéis hacer?
* [Entendido. Tu padre se queda la batería y te devolvemos la mitad de lo que pagaste por la diferencia con lo anunciado. ¡Y que la disfrute en la montaña! 🏔️ # channel: private # quality: offers_redress # quality: empathises # quality: human_tone # model: true]
    # author: marcos
    # channel: private
    # after: 20
    Trato hecho. Gracias 🙏
    # author: marcos
    # after: 50
    # kind: praise
    Actualización: @rayoluz_oficial me ha respondido y me compensa la diferencia. Lo del anuncio no se borra, pero al menos han dado la cara.
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
* [¡Qué bien que le guste! Entonces se la queda y, en cuanto salga la actualización del panel el mes que viene, le enviamos gratis la pieza nueva que ya carga el móvil en una hora. Así tendrá lo que le prometimos 🏔️ # channel: private # quality: human_tone # quality: offers_redress # quality: over_promises]
    ~ promised_fix = true
    # author: marcos
    # channel: private
    # after: 25
    ¿Una pieza nueva que carga en una hora? Si sale, genial. Pero ¿tenéis fecha o es un "ya veremos"?
    -> DONE
* [# on: ignored]
    ~ marcos_ok = false
    # author: marcos
    # after: 5
    # kind: complaint
    Me dijisteis "te escribimos" y llevo un buen rato mirando el privado vacío.
    -> DONE

// ─────────────────────────────────────────────
// Sofía: periodista. Solo aparece si la crisis está caliente (minHeat).
// Comprometer a toda la empresa (retirar el anuncio, devolución para todos) pide haberlo confirmado antes.
=== press ===
# author: sofia
# id: press-open
# kind: press
# patience: 150
Soy periodista de Consumo al Día. Preparo una pieza sobre la batería SolMax y su anuncio de "1 hora de sol". @rayoluz_oficial, ¿vais a retirar el anuncio? ¿Habrá devolución para los compradores?
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {not analysed && not escalated} [Hola, Sofía. Gracias por preguntarnos antes de publicar. Estamos revisando el anuncio y qué ofrecemos a los compradores con la dirección, y te contestamos con datos concretos en menos de una hora. Te escribimos por privado. # quality: acknowledges # quality: promises_update # quality: offers_private # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: sofia
    # after: 40
    De acuerdo. Espero esos datos; si no llegan, publicaré con lo que tengo.
    -> DONE
* {analysed || escalated} [Hola, Sofía. Sí: el anuncio no era correcto y lo retiramos hoy. Todos los compradores podrán elegir devolución completa o cambio. Te escribimos por privado con los datos y con quién puedes hablar. # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: sofia
    # after: 40
    Gracias. ¿Desde cuándo sabíais que el anuncio no se correspondía con el producto? Os lo pregunto por privado.
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
    Yo soy uno de esos "pocos usuarios". Tengo el vídeo, por si la periodista lo quiere 🙋
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
* [Rayoluz informa de que la SolMax cumple la normativa vigente y de que las incidencias registradas representan un porcentaje reducido de las ventas. La compañía está analizando los comentarios y comunicará, en su caso, las medidas oportunas. # quality: canned # quality: defensive # quality: minimises]
    # author: sofia
    # after: 30
    ¿Qué porcentaje, exactamente? ¿Y el anuncio se retira, sí o no?
    # author: sofia
    # after: 60
    Publicado: "Rayoluz habla de un porcentaje reducido de incidencias, pero no da cifras ni retira el anuncio".
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
Es la tercera vez que os escribo, @rayoluz_oficial. Quiero devolver la SolMax y nadie me contesta, ni aquí ni por correo. Estoy harta 😡
* [Teresa, perdona la espera: tres mensajes sin respuesta no es aceptable. Te escribimos ahora por privado y hoy mismo tramitamos tu devolución completa, con recogida en casa. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_redress # quality: offers_private # model: true]
    ~ teresa_ok = true
    # author: teresa
    # after: 30
    Por fin. A ver si esta vez es verdad.
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
    ¿El embalaje? Lo tiré porque me fiaba de vosotros. Esto va directo a la oficina de consumo.
    -> DONE
* [Teresa, perdona la espera. Tu pedido RL-47720 ya está: el mensajero pasa mañana por Alcalá 112 y te devolvemos los 59,90 € en la tarjeta acabada en 4417. # quality: apologises # quality: next_step # quality: offers_redress # quality: exposes_private_data]
    ~ teresa_ok = true
    # author: teresa
    # after: 20
    # kind: complaint
    ¿Mi dirección y mi tarjeta aquí, a la vista de todo el mundo? Borrad eso YA 😡
    -> DONE
* [Hola, Teresa. Pásanos tu número de pedido y lo revisamos. # channel: private # quality: asks_details # quality: offers_private]
    # author: teresa
    # channel: private
    # after: 25
    Ya os lo mandé dos veces: RL-47720. ¿Otra vez?
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
    Encima me borran la queja. Ya tenéis la reclamación en consumo 😡
    -> DONE

// ─────────────────────────────────────────────
// Paco: un agravio antiguo se suma a la bola. Es un cliente real, aunque escriba en plena crisis.
=== grievance ===
# author: paco
# id: grievance-open
# kind: complaint
# patience: 150
Ya que estamos: hace dos años compré vuestra linterna solar, se rompió al mes y nunca me respondisteis. Veo que seguís igual @rayoluz_oficial
* [Paco, lo sentimos: debimos responderte entonces y no lo hicimos. Te escribimos por privado para revisar también lo de la linterna. # quality: apologises # quality: admits_error # quality: offers_private # quality: human_tone # model: true]
    # author: paco
    # after: 30
    Bueno... más vale tarde que nunca. Miro el privado, a ver si esta vez contestáis.
    -> DONE
* [Paco, entendemos que aproveches el momento, pero este hilo es sobre la SolMax y no vamos a entrar en polémicas sobre productos de hace años. Si tienes un problema real y actual, escríbenos por privado. # quality: calm_boundary # quality: dismisses # quality: belittles # quality: offers_private]
    # author: paco
    # after: 20
    # kind: complaint
    ¿"Un problema real"? Tengo la factura de la linterna y los tres correos sin respuesta. No soy ningún troll.
    # author: nuria
    # after: 25
    # kind: complaint
    A mí me pasó lo mismo con su cargador de coche. Dos años y nada 👀
    -> DONE
* [Esa linterna está descatalogada y ya no tiene garantía. # quality: defensive # quality: cites_policy]
    # author: paco
    # after: 20
    # kind: complaint
    Gracias por confirmarme que nunca me ibais a responder 👍
    -> DONE
* [Sentimos que tengas esa impresión, Paco, y si en su momento alguien se sintió desatendido, lo lamentamos. Ahora estamos centrados en la SolMax, pero puedes escribirnos por privado cuando quieras. # quality: non_apology # quality: offers_private # quality: dismisses]
    # author: paco
    # after: 20
    # kind: complaint
    No es una impresión: os escribí tres veces. Pero bueno, os escribo otra vez, a ver.
    # author: nuria
    # after: 25
    # kind: complaint
    A mí con el cargador del coche me contestaron algo parecido, y ahí se quedó.
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
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {not analysed && not escalated} [Gracias por volver a preguntar, Lucía, y perdona que aún no lo tengamos todo. Lo estamos cerrando con el equipo: hoy contamos aquí qué pasa con el anuncio y con las devoluciones. Te escribimos por privado. # quality: acknowledges # quality: apologises # quality: promises_update # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    # kind: question
    Vale, espero. Pero mi hermana tiene que decidir si la devuelve, así que necesito algo concreto.
    -> DONE
* {analysed || escalated} [Gracias por volver a preguntar, Lucía. El anuncio se retira hoy de la web y de las tiendas, y cualquier comprador puede pedir devolución o cambio. Te escribimos por privado con los pasos. # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ promised_fix = true
    # author: lucia
    # after: 30
    Vale. Se lo digo a mi hermana. Si mañana el anuncio sigue en la tienda, os lo vuelvo a preguntar.
    -> DONE
* [¡Gracias por preguntar, Lucía! Buenas noticias: ya está todo solucionado. El anuncio está corregido en todas partes y las devoluciones están en marcha para todo el mundo, así que dile a tu hermana que está todo en orden 😊 # quality: thanks # quality: human_tone # quality: premature_all_clear # quality: deceives]
    ~ lied = true
    # author: lucia
    # after: 20
    # kind: complaint
    ¿Solucionado? Acabo de entrar en vuestra web y el anuncio sigue ahí 📸
    # author: jorge
    # after: 20
    # kind: complaint
    ¿Devoluciones "en marcha"? A mí nadie me ha dicho nada todavía \#Rayoluz
    -> DONE
* [Eso ya se respondió antes, Lucía. Revisa el hilo. # quality: dismisses # quality: belittles]
    # author: lucia
    # after: 20
    # kind: complaint
    Lo he revisado. Por eso pregunto 🙄
    -> DONE
* [Gracias por volver a preguntar, Lucía. Mañana a primera hora el anuncio desaparece de todas las tiendas y el lunes sale la SolMax 2, que sí carga en una hora: tu hermana podrá cambiarla sin coste. # quality: acknowledges # quality: next_step # quality: offers_redress # quality: over_promises]
    ~ promised_fix = true
    # author: lucia
    # after: 25
    # kind: question
    ¿La SolMax 2, el lunes? Vale, se lo digo. ¿Y dónde se pide el cambio?
    # author: jorge
    # after: 25
    # kind: question
    ¿Una SolMax 2 que carga en una hora? Eso ya lo he oído antes. ¿Hay ficha técnica?
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
// Cifras y compromisos de toda la empresa, solo una vez confirmados (análisis o responsable).
=== statement ===
* {not analysed && not escalated} [Sobre la batería SolMax: hemos leído vuestros mensajes y sabemos que no está cargando como decía el anuncio. Lo sentimos. Estamos revisándolo con el equipo y hoy mismo contaremos aquí qué hacemos con el anuncio y con los que ya la comprasteis. # quality: apologises # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: question
    Vale, lo reconocen. ¿Y la devolución? Espero a ver qué cuentan "hoy".
    # author: teresa
    # after: 30
    A ver si es verdad. Lo estaré vigilando.
    -> DONE
* {analysed || escalated} [Comunicado sobre la batería SolMax: nos equivocamos. Anunciamos que cargaba un móvil con 1 hora de sol y no es verdad: con sol real, el panel aporta un 5-10% por hora y sirve de apoyo, no de carga rápida. Pedimos perdón. Hoy retiramos el anuncio y todos los compradores pueden elegir devolución completa o cambio, sin ticket y con envío gratis. Aquí contaremos cada avance. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    Vale. Devolución para todos, apuntado. Ahora quiero ver el anuncio retirado de verdad.
    # author: nacho
    # after: 20
    # kind: praise
    Yo la sigo usando de apoyo y contento. Bien por decirlo claro.
    # author: teresa
    # after: 30
    A ver si es verdad. Lo estaré vigilando.
    -> DONE
* [En Rayoluz trabajamos cada día para ofrecer la máxima calidad. Lamentamos las molestias que hayan podido ocasionarse y agradecemos la confianza de nuestros clientes. # quality: canned # quality: non_apology]
    # author: jorge
    # after: 25
    # kind: complaint
    "Lamentamos las molestias"... ¿Y el anuncio? ¿Y las devoluciones? Nada.
    # author: lucia
    # after: 20
    # kind: complaint
    ¿Eso es todo? Ni una palabra de la hora de sol.
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
    Capturado: "las condiciones de uso de cada cliente" 📸 \#RayoluzFail
    # author: jorge
    # after: 30
    # kind: complaint
    Pues la "gran mayoría" estamos aquí, quejándonos.
    -> DONE
* [Comunicado sobre la SolMax: sentimos mucho lo ocurrido. El problema de carga viene de una remesa de paneles defectuosos de nuestro proveedor, que ya hemos sustituido: desde la semana que viene todas las SolMax cargarán el móvil en una hora, como anunciamos. Aquí os contaremos cada avance. # quality: apologises # quality: promises_update # quality: blames_third_party # quality: over_promises # quality: deceives]
    ~ lied = true
    ~ promised_fix = true
    # author: jorge
    # after: 30
    # kind: complaint
    ¿Una remesa? Tengo el manual: el panel es el mismo en todas. ¿Y los que ya la tenemos?
    # author: lucia
    # after: 25
    # kind: question
    ¿Desde la semana que viene cargará en una hora? ¿Me cambiáis la mía entonces o no?
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento

=== update ===
* [Actualización sobre la SolMax: el anuncio ya está retirado de la web y de las tiendas, y hemos tramitado las primeras devoluciones y cambios. Si nos escribiste y aún no te hemos respondido, hoy contestamos a todos. Y estamos cambiando cómo revisamos nuestra publicidad para que no vuelva a pasar. # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # quality: admits_error # model: true]
    ~ ad_withdrawn = true
    # author: jorge
    # after: 30
    Acabo de mirar la web: el anuncio ya no está. Mi devolución aún no ha llegado, pero algo es algo.
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
* [Actualización: el problema está 100% resuelto. ¡Gracias a todos! # quality: deceives # quality: premature_all_clear]
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
- Yo pedí la devolución esta mañana y ya me han contestado, para que conste.
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

// ─────────────────────────────────────────────
// Injects: el facilitador los lanza en un taller en directo (campo "injects" del sidecar). La
// primera línea de cada nudo, con `label: inject`, es su nombre en la consola; nunca se publica.

// Una captura filtrada: la marca sabía que la promesa era optimista. Solo aguanta la verdad.
=== leaked_memo ===
# label: inject
Una captura filtrada: el chat interno sobre el anuncio
# author: quique
# id: leak-open
# kind: complaint
# patience: 120
Alguien de dentro de Rayoluz me ha pasado esto 👀 Su chat de marketing, en marzo: "lo de 1 hora de sol es optimista, pero vende". O sea, que lo SABÍAN. @rayoluz_oficial, ¿nos lo explicáis? \#Rayoluz
* [Es auténtica y no vamos a negarlo: el equipo sabía que lo de una hora era optimista y aun así lo publicó. Estuvo mal. Retiramos el anuncio, y cada comprador podrá elegir reembolso o cambio. # quality: admits_error # quality: explains # quality: offers_redress # quality: human_tone # model: true]
    ~ ad_withdrawn = true
    # author: quique
    # after: 30
    Vaya. No esperaba que lo reconocieran. Por lo menos, respeto por eso.
    # author: jorge
    # after: 40
    Eso es lo que quería oír esta mañana. A ver ahora esos reembolsos.
    -> DONE
* [Entendemos la inquietud que genera esta captura. Es una conversación privada, sacada de contexto, de una fase temprana de la campaña: los mensajes finales pasaron una revisión legal. Aun así, estamos revisando el anuncio y pronto daremos novedades. # quality: acknowledges # quality: minimises # quality: defensive # quality: promises_update]
    ~ promised_fix = true
    # author: quique
    # after: 25
    # kind: complaint
    ¿"Fuera de contexto"? El contexto es un anuncio que dice una hora de sol. Y que sigue publicado.
    -> DONE
* [Esa captura es falsa. Nadie en Rayoluz ha escrito nunca eso. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: quique
    # after: 20
    # kind: complaint
    ¿Falsa? Mi fuente me acaba de mandar el hilo entero, con nombres y fechas. ¿Lo publico también? 📸
    # author: bea
    # after: 25
    # kind: complaint
    Mentir con el anuncio Y con la captura. Increíble \#RayoluzFail
    -> DONE
* [Quien haya filtrado conversaciones internas tendrá que responder por ello: estudiamos acciones legales. # quality: blames_third_party # quality: defensive]
    # author: quique
    # after: 20
    # kind: complaint
    O sea, que el problema es la filtración, no el anuncio que engañó a vuestros clientes. Apuntado.
    -> DONE
* [# on: ignored]
    # author: quique
    # after: 5
    # kind: complaint
    Dos horas y Rayoluz no tiene nada que decir de su propio chat. El silencio lo dice todo \#Rayoluz
    -> DONE
* [# on: deleted]
    # author: quique
    # after: 10
    # kind: complaint
    Han borrado la captura. Tranquilos, la tengo yo, y ahora también todos los que la compartieron 📸
    -> DONE

// El anuncio de un competidor se burla de la marca: la tentación es devolver el golpe.
=== competitor_ad ===
# label: inject
El anuncio de un competidor: Voltana se burla de "una hora de sol"
# author: nuria
# id: voltana-ad
# kind: comment
# patience: 120
El nuevo anuncio de Voltana va por vosotros, @rayoluz_oficial 😂 "PowerCube: tu móvil al 100% en una hora. De enchufe. Sin promesas de horas de sol." \#SolMax
* [Nos lo hemos ganado, es justo. Nuestro anuncio prometía más de lo que da la SolMax, y ya lo hemos reconocido: quien la haya comprado puede elegir reembolso completo o cambio. Escríbenos y lo resolvemos. # quality: admits_error # quality: human_tone # quality: next_step # quality: offers_private # model: true]
    # author: nuria
    # after: 30
    Ja, buena respuesta. Con humor y dando la cara. Así sí.
    -> DONE
* [Vale, nos hemos ganado alguna broma, aunque como batería de reserva la SolMax cumple. Eso sí, Voltana tuvo el año pasado su propia retirada por sobrecalentamiento, así que, tejados de cristal... Quien no esté contento con su SolMax, que nos escriba: reembolso o cambio. # quality: minimises # quality: human_tone # quality: offers_private # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: nuria
    # after: 20
    # kind: complaint
    Y ahí está: atacar a la competencia en vez de arreglar su propio anuncio 🍿
    -> DONE
* [Por lo menos nuestras baterías no se recalientan 🔥 \#YoSoloLoDigo # quality: attacks_competitor # quality: sarcastic]
    ~ competitor_attacked = true
    # author: nuria
    # after: 20
    # kind: complaint
    Madre mía. Rayoluz contra Voltana, primer asalto. Mientras tanto, la SolMax sigue sin cargar 🤣
    # author: don_sarcasmo
    # after: 20
    # kind: troll
    Palomitas listas 🍿 Seguid, @rayoluz_oficial, que es el mejor espectáculo de Chirp
    -> DONE
* [No comentamos la publicidad de otras empresas. # quality: dismisses # quality: canned]
    # author: nuria
    # after: 20
    Nadie os pide que comentéis la suya. Va de la vuestra 🙃
    -> DONE
* [# on: ignored]
    # author: nuria
    # after: 5
    Ni una palabra de Rayoluz, y el anuncio de Voltana ya está por todas partes.
    -> DONE
* [# on: deleted]
    # author: nuria
    # after: 10
    # kind: complaint
    Borrar mi post no va a borrar el anuncio de Voltana, @rayoluz_oficial 😂
    -> DONE
