// Cortafuegos · escenario "rude-agent" (español)
// Kinetia es una cadena de gimnasios. Anoche, en el turno anterior, un compañero respondió con
// desprecio, desde la cuenta de la marca, a una socia a la que cobraban después de darse de baja.
// La captura se está difundiendo. Fuente: 001 situación 1 y pasos 3-6; 004; 000.

VAR heat = 0
VAR sentiment = 0
VAR deleted_criticism = 0
VAR blocked_genuine = 0
VAR trolls_fed = 0
// Ink no admite una VAR y un knot con el mismo nombre: el contador de comunicados
// es `statements` (como `updates`), y el knot del comunicado es `statement`.
VAR statements = 0
VAR redress_given = 0
VAR escalated = false
VAR analysed = false
VAR updates = 0
VAR networks = 1
VAR unanswered = 0
VAR minute = 0

VAR marta_ok = false
VAR marta_refunded = false
VAR blamed_colleague = false
VAR lied = false
VAR promised_change = false
VAR flareup_ok = false
VAR manager_spoke = false
VAR fan_thanked = false
VAR competitor_attacked = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Marta, la socia insultada] -> marta
+ [Hilo: Luis comparte la captura] -> sharer
+ [Hilo: Inés, una socia avergonzada] -> member
+ [Hilo: el troll] -> troll
+ [Hilo: un entrenador ataca a Marta] -> defender
+ [Hilo: Pili, la fan de siempre] -> fan
+ [Hilo: Álex también quiere darse de baja] -> question
+ [Hilo: Sergio, el exempleado] -> former
+ [Hilo: la influencer] -> influencer
+ [Hilo: la captura vuelve] -> flareup
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres la persona que lleva las redes de Kinetia, una cadena de 40 gimnasios, en el turno de mañana.
Anoche, en el turno anterior, un compañero respondió desde la cuenta de la marca a Marta, una socia a la que habían cobrado dos meses después de darse de baja: "Quizás si pusieras tanto esfuerzo en la cinta como en quejarte no tendrías que darte de baja 🙄 Lee el contrato, campeona."
La respuesta sigue publicada y la captura circula por Chirp. Los cobros son reales: hace semanas que se pierden correos de baja.
Tu directora, Elena Soto, está localizable, y hay un presupuesto para compensar.
-> DONE

// ─────────────────────────────────────────────
// Marta: la socia insultada. Primero perdón en público, luego solución en privado.
=== marta ===
# author: marta
# id: marta-open
# kind: complaint
# patience: 120
Así me respondió anoche @kinetia_gym cuando pregunté por qué me SIGUEN cobrando si me di de baja en enero 👇📸 Dos meses cobrados y encima se burlan. Sin palabras. \#Kinetia
* [Marta, lo sentimos muchísimo. Esa respuesta fue despectiva e inaceptable, salió de nuestra cuenta y no tiene excusa. Tenías razón al reclamar. Te escribimos ahora por privado para revisar tus cobros contigo. # quality: apologises # quality: admits_error # quality: empathises # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Vale. Una disculpa no me devuelve los 80 euros, pero por lo menos alguien contesta. Miro los mensajes.
    # author: tomas
    # after: 20
    Al menos no han tardado. A ver si le devuelven el dinero o se queda en palabras.
    -> dm
* [Marta, te pedimos perdón de corazón. Esa respuesta la escribió Dani, un compañero del turno de noche, y no representa lo que es Kinetia ni cómo tratamos a nuestras socias; ya hemos hablado con él. Te escribimos por privado para revisar tus cobros. # quality: apologises # quality: empathises # quality: offers_private # quality: names_person]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    ¿Acaban de dar el nombre de su propio empleado en público? 😬
    # author: marta
    # after: 20
    # kind: complaint
    Me da igual cómo se llame. Se escribió desde VUESTRA cuenta. ¿Y mis cobros qué?
    -> second_chance
* [Marta, perdónanos, de verdad: esa respuesta no debió salir nunca de nuestra cuenta y tenías toda la razón al reclamar. Hoy mismo te devolvemos los dos meses, mañana tendrás el dinero en tu cuenta y te garantizamos que a ninguna socia le volverá a pasar algo así. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_redress # quality: over_promises]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Vale, gracias por la disculpa. Apunto lo de "mañana tendrás el dinero". Mañana lo miro.
    # author: ines
    # after: 25
    # kind: question
    ¿"A ninguna socia le volverá a pasar"? ¿Ya sabéis por qué se pierden las bajas? A mí nadie me ha contado nada.
    -> dm
* [Hola, Marta. La captura no muestra toda la conversación, y fuera de contexto los mensajes pueden malinterpretarse. Vemos tu caso por privado. # quality: defensive # quality: deceives # quality: offers_private]
    ~ lied = true
    # author: ines
    # after: 20
    # kind: complaint
    ¿"Fuera de contexto"? No hay contexto en el que eso sea aceptable. Por favor.
    # author: marta
    # after: 20
    # kind: complaint
    Eso. ¿Qué contexto hace aceptable "pon más esfuerzo en la cinta"? Aquí va el hilo ENTERO 📸
    -> second_chance
* [Hola, Marta, ¿nos pasas tu número de socia? Revisamos los cobros. # channel: private # quality: asks_details # quality: offers_private]
    # author: marta
    # after: 30
    # kind: complaint
    Me escriben por privado pidiendo mi número de socia como si nada. Ni una palabra aquí fuera sobre lo que me dijeron 🙄
    -> dm
* [# on: ignored]
    # author: marta
    # after: 5
    # kind: complaint
    Buenos días, @kinetia_gym. ¿Ni una disculpa todavía? La captura lleva 3.000 compartidos y vosotros callados.
    # author: luis
    # after: 25
    # kind: complaint
    El silencio también es una respuesta.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    Han BORRADO mi publicación. Pides una disculpa y te censuran. Aquí está otra vez, con una captura más 📸 \#KinetiaCensura
    # author: luis
    # after: 20
    # kind: complaint
    Borrar la publicación de la persona a la que insultaron. Valiente.
    -> DONE

= second_chance
* [Tienes razón, Marta, y lo sentimos: por lo de anoche y por cómo te acabamos de contestar. Fue nuestra cuenta y la responsabilidad es nuestra. Te escribimos ahora por privado por los cobros. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # after: 30
    Mejor. Tarde, pero mejor. Miro los mensajes, y esta vez espero respuestas de verdad.
    -> dm
* [Lo sentimos de verdad, Marta, por la respuesta de anoche y por cómo te hemos contestado ahora. Dicho esto, el contrato indica que las bajas se tramitan en el club, y por eso el correo no llegó a procesarse. Te escribimos por privado para verlo. # quality: apologises # quality: offers_private # quality: apology_then_blame # quality: cites_policy]
    # author: marta
    # after: 25
    # kind: complaint
    "Lo sentimos, pero es culpa tuya por mandar un correo". En la web pone que se puede hacer por correo. Tengo la captura.
    # author: tomas
    # after: 25
    # kind: complaint
    Perdón + "dicho esto". Ya sabemos cómo acaba la frase.
    -> DONE
* [Ya te hemos pedido disculpas, Marta. No tenemos nada más que añadir. # quality: defensive # quality: dismisses]
    # author: marta
    # after: 20
    # kind: complaint
    "Nada más que añadir". Perfecto. Nos vemos en la oficina de consumo.
    -> DONE
* [Para cualquier consulta sobre cobros, utiliza el formulario de nuestra web. # quality: canned # quality: dismisses]
    # author: marta
    # after: 20
    # kind: complaint
    Un formulario. Después de todo esto. Un FORMULARIO 🙃
    -> DONE
* [# on: ignored]
    # author: marta
    # after: 5
    # kind: complaint
    Ni respuesta. Anoche un insulto, esta mañana excusas y ahora silencio.
    -> DONE
* [# on: deleted]
    # author: marta
    # after: 10
    # kind: complaint
    Y ahora borran mi respuesta. Tengo capturas de todo, obviamente 📸
    -> DONE

= dm
# author: marta
# id: marta-dm
# channel: private
# kind: question
# patience: 120
# after: 40
Socia 20931. Me di de baja el 8 de enero por correo, tengo el correo. Me cobraron 39,90 € en febrero y otra vez en marzo. Y, sinceramente, lo que más me dolió fue la respuesta.
- (asked_1)
* {not (analysed || escalated)} [# on: confirmed] -> asked_1
* {analysed || escalated} [Gracias, Marta, y perdona otra vez. Está confirmado: tu baja llegó el 8 de enero y no debimos cobrarte. Hoy te devolvemos los 79,80 € y te confirmamos la baja por escrito. Nuestra directora ya lo sabe; si quieres, te llama ella. # channel: private # quality: apologises # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ marta_ok = true
    ~ marta_refunded = true
    # author: marta
    # channel: private
    # after: 25
    Gracias. Me quedaré tranquila cuando lo vea en la cuenta, pero gracias.
    -> friend
* {not (analysed || escalated)} [Gracias, Marta, y perdona otra vez: lo que te dijeron duele, y con razón. Tu correo del 8 de enero es justo lo que necesitábamos. Lo estoy revisando ahora con facturación y te escribo aquí antes de una hora con una respuesta clara. # channel: private # quality: apologises # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ marta_ok = true
    # author: marta
    # channel: private
    # after: 25
    Vale. Una hora. Aquí estaré.
    -> friend
* [Gracias, Marta, y perdona. Te devolvemos hoy los 79,80 €, aunque te recordamos que, según el contrato, las bajas se tramitan en el club: por eso tu correo no se procesó. Esta vez hacemos una excepción y te confirmamos la baja por escrito. # channel: private # quality: apologises # quality: offers_redress # quality: apology_then_blame # quality: cites_policy]
    ~ marta_ok = false
    ~ marta_refunded = true
    # author: marta
    # channel: private
    # after: 25
    ¿Una "excepción"? En vuestra web pone que la baja se puede pedir por correo. Devolvedme el dinero, pero no me hagáis un favor.
    # author: marta
    # after: 40
    # kind: complaint
    Me devuelven el dinero "como excepción", porque la culpa es mía por darme de baja por correo. Como dice su web 🙃 \#Kinetia
    -> DONE
* [Nos gustaría ofrecerte un mes gratis para que nos des otra oportunidad 💪 # channel: private # quality: offers_redress # quality: dismisses]
    ~ marta_ok = false
    # author: marta
    # channel: private
    # after: 20
    ¿Un mes gratis en un gimnasio del que me di de baja? Quiero MI dinero.
    # author: marta
    # after: 40
    # kind: complaint
    Su solución: un mes gratis en el gimnasio cuya cuenta se burló de mí. No, gracias. \#Kinetia
    -> DONE
* [Según la cláusula 7 del contrato, las bajas requieren un preaviso de 30 días y presentarse en persona en el club. Por tanto, el cobro de febrero es correcto. # channel: private # quality: cites_policy # quality: defensive]
    ~ marta_ok = false
    # author: marta
    # after: 25
    # kind: complaint
    Después del insulto, la letra pequeña: "las bajas, en persona". Nadie me lo dijo nunca. Increíble, @kinetia_gym
    -> DONE
* [# on: ignored]
    ~ marta_ok = false
    # author: marta
    # after: 5
    # kind: complaint
    Dijeron que me escribirían. Mandé mi número de socia y... nada. Igual que en enero.
    -> DONE

= friend
# author: marta
# id: marta-friend
# channel: private
# kind: question
# patience: 120
# after: 30
Otra cosa: mi amiga Lorena se dio de baja en febrero y a ella también le cobran. ¿Solo nos pasa a nosotras?
- (asked_2)
* {not (analysed || escalated)} [# on: confirmed] -> asked_2
* {analysed || escalated} [No, y gracias por contárnoslo: no es solo tu caso. Los correos de baja iban a un buzón que nadie revisaba. Vamos a devolver el dinero a todas las personas en esa situación, y Lorena recibirá hoy un correo nuestro. # channel: private # quality: thanks # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 20
    Vale. Se lo digo. Gracias por ser claros conmigo.
    # author: marta
    # after: 60
    # kind: praise
    {escalated: Actualizo: me ha llamado la directora de Kinetia para pedirme perdón, {marta_refunded: me devuelven el dinero|dicen que me devuelven el dinero} y reconocen que no soy la única. Lo de anoche no se borra, pero han contestado.|Actualizo: @kinetia_gym me ha pedido perdón, {marta_refunded: me devuelve el dinero|dice que me devolverá el dinero} y reconoce que no soy la única. Lo de anoche no se borra, pero han contestado.}
    -> DONE
* {not (analysed || escalated)} [Todavía no lo sabemos, y gracias por contárnoslo: es justo lo que tenemos que averiguar. Estamos revisando todas las bajas de estos meses. Si Lorena nos escribe, miramos su caso hoy mismo, y te contamos lo que encontremos. # channel: private # quality: thanks # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 20
    Vale. Le digo que os escriba. Pero quiero saber qué ha pasado, ¿eh?
    -> DONE
* [Tranquila, no sois las únicas, y lo vamos a arreglar: a todas las personas que digan que se les cobró después de la baja les devolvemos el dinero esta semana y les regalamos un mes. Dile a Lorena que no haga nada, que le llegará solo. # channel: private # quality: acknowledges # quality: offers_redress # quality: over_promises # quality: unverified_compensation]
    ~ promised_change = true
    # author: marta
    # channel: private
    # after: 25
    ¿A todo el que lo diga? Vale... se lo digo.
    # author: marta
    # after: 60
    # kind: comment
    Dicen que a todo el que le cobraron después de la baja le devuelven el dinero esta semana y le regalan un mes. Si os ha pasado, escribidles. Ya os contaré si es verdad 🤷‍♀️
    -> DONE
* [Solo podemos hablar de la cuota de la persona titular. Tu amiga tiene que contactarnos ella misma. # channel: private # quality: cites_policy]
    # author: marta
    # after: 30
    # kind: complaint
    Me devuelven el dinero, vale. Pero cuando pregunté si le pasa a más gente, se escondieron detrás de "la persona titular". Huele raro. \#Kinetia
    -> DONE
* [Es un caso aislado, no te preocupes. # channel: private # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: marta
    # after: 30
    # kind: complaint
    Me dicen por privado que es un "caso aislado". Mirad las respuestas a mi publicación 👇 Aislado, sí.
    -> DONE
* [# on: ignored]
    # author: marta
    # after: 5
    Me dicen que me devuelven el dinero, vale. Pero hice una pregunta y volvieron a callarse.
    -> DONE

// ─────────────────────────────────────────────
// Luis: colecciona fallos de marcas y comparte la captura con mucho alcance.
=== sharer ===
# author: luis
# id: sharer-open
# kind: complaint
# patience: 150
Fail de marca de la semana 🏆 @kinetia_gym diciéndole a una socia a la que cobraron DESPUÉS de darse de baja que "ponga más esfuerzo en la cinta". ¿¿Quién lleva esta cuenta?? 📸 \#Kinetia
* [Luis, no tiene defensa y no vamos a intentarlo. Esa respuesta salió de nuestra cuenta y estuvo mal. Le pedimos perdón a Marta y estamos revisando sus cobros. No volverá a pasar. # quality: admits_error # quality: apologises # quality: acknowledges # quality: next_step # model: true]
    # author: luis
    # after: 30
    Bueno, hay que reconocerlo: sin excusas. A ver si cumplen.
    -> who
* [Luis, entendemos el malestar. Lamentamos si el tono de esa respuesta ha podido molestar a alguien: no refleja los valores de Kinetia, que siempre ha cuidado a sus socios. Estamos revisando internamente lo ocurrido para seguir mejorando. # quality: acknowledges # quality: non_apology # quality: canned]
    # author: luis
    # after: 20
    # kind: complaint
    "Si el tono ha podido molestar a alguien". No fue el tono: le llamaron vaga a una clienta a la que cobraban de más 🙃
    # author: marta
    # after: 25
    # kind: complaint
    A mí sí me molestó, por si había dudas.
    -> DONE
* [Luis, tienes razón y lo sentimos mucho: esa respuesta estuvo fatal. La buena noticia es que ya está todo solucionado: hemos hablado con Marta, sus cobros están arreglados y el asunto está cerrado. ¡Gracias por estar pendiente! # quality: apologises # quality: admits_error # quality: thanks # quality: premature_all_clear]
    # author: marta
    # after: 25
    # kind: complaint
    ¿"Arreglados"? A mí no me ha llegado nada. ¿Con quién habéis hablado?
    # author: luis
    # after: 20
    # kind: question
    ¿En qué quedamos, @kinetia_gym? ¿Cerrado o no?
    -> who
* [A alguien le faltó un café 😅☕ Todos tenemos una mala noche, ¿no? # quality: sarcastic # quality: dismisses]
    # author: tomas
    # after: 15
    # kind: complaint
    ¿La marca acaba de hacer un chiste con esto? 😳
    # author: luis
    # after: 20
    # kind: complaint
    ¿¿Se lo toman A BROMA?? Segunda captura del día, añadida al hilo 📸 ¿En serio, @kinetia_gym?
    -> joke
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    Ni una respuesta de @kinetia_gym. Iré actualizando el hilo 🍿
    -> DONE
* [# on: deleted]
    # author: luis
    # after: 10
    # kind: complaint
    Kinetia ha borrado mi cita de la captura. Menos mal que la guardé 📸 \#KinetiaCensura
    # author: tomas
    # after: 20
    Efecto Streisand en 3, 2, 1...
    -> DONE

= joke
* [Tienes razón, Luis. Ese chiste estaba fuera de lugar, y más hoy, y pedimos perdón. La respuesta a Marta estuvo mal y estamos arreglando su caso. # quality: apologises # quality: admits_error # quality: next_step # model: true]
    # author: luis
    # after: 30
    Vale. Esto también lo añado al hilo, lo bueno junto a lo malo.
    -> who
* [Luis, lamentamos si alguien se ha sentido ofendido por el comentario; no era nuestra intención quitarle importancia a lo de Marta. # quality: acknowledges # quality: non_apology # quality: next_step]
    # author: luis
    # after: 20
    # kind: complaint
    "Si alguien se ha sentido ofendido". O sea, que el problema es que nos ofendemos 🏆
    -> DONE
* [Vamos, solo era un poco de humor para relajar el ambiente 😅 # quality: defensive # quality: dismisses]
    # author: luis
    # after: 20
    # kind: complaint
    ¿Relajar el ambiente para quién? ¿Para la mujer a la que insultaron? 🙃
    -> DONE
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    Sin respuesta, y el chiste sigue ahí. Tomo nota.
    -> DONE
* [# on: deleted]
    # author: luis
    # after: 10
    # kind: complaint
    Han borrado mi publicación en vez de disculparse por el chiste. Captura número tres 📸
    -> DONE

= who
# author: luis
# id: sharer-who
# kind: question
# patience: 150
# after: 50
Pregunta sincera: ¿quién lo escribió? ¿Esa persona sigue llevando vuestra cuenta?
- (asked_3)
* {not (analysed || escalated)} [# on: confirmed] -> asked_3
* {analysed || escalated} [La responsabilidad es de Kinetia, no de una persona: era nuestra cuenta y nuestra forma de trabajar, así que no vamos a señalar a nadie. Lo que cambia: ninguna respuesta del turno de noche sale sin una segunda revisión, y todo el equipo se forma en cómo hablamos con la gente. # quality: admits_error # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 30
    Vale, anotado. Dentro de un mes os pregunto si la segunda revisión sigue existiendo 👀
    -> DONE
* {not (analysed || escalated)} [La responsabilidad es de Kinetia, no de una persona: era nuestra cuenta, así que no vamos a señalar a nadie en público. Estamos viendo con la dirección qué cambiamos para que no vuelva a pasar, y lo contaremos aquí. # quality: admits_error # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 30
    # kind: question
    "Lo contaremos aquí". Vale, me lo apunto. ¿Para cuándo?
    -> DONE
* [Es una pregunta justa, Luis, y la entendemos. El mensaje lo escribió Dani, del turno de noche; ya no lleva la cuenta y hemos hablado con él largo y tendido. Aun así, la responsabilidad es de todos, y estamos revisando cómo trabajamos para que no se repita. Gracias por preguntar. # quality: acknowledges # quality: names_person # quality: next_step]
    ~ blamed_colleague = true
    # author: luis
    # after: 20
    # kind: complaint
    Vaya, han dado su nombre. ¿Y eso arregla los cobros de la socia?
    # author: tomas
    # after: 20
    # kind: complaint
    Ahora todo el mundo sabe cómo se llama el chaval. A la clienta, todavía sin devolverle nada.
    -> DONE
* [Es un asunto interno y no vamos a hacer comentarios. # quality: dismisses # quality: canned]
    # author: luis
    # after: 20
    # kind: complaint
    Asunto interno... fue público, en vuestra cuenta, delante de 3.000 personas.
    -> DONE
* [# on: ignored]
    # author: luis
    # after: 5
    # kind: complaint
    Sin respuesta. Daré por hecho que nada ha cambiado.
    -> DONE

// ─────────────────────────────────────────────
// Inés: socia desde hace años, avergonzada de lo que ha leído. Escúchala.
=== member ===
# author: ines
# id: member-open
# kind: question
# patience: 150
Comparto esto 👇📸 Llevo 4 años de socia en Kinetia Delicias y leerlo me da vergüenza. ¿Así habláis de nosotros cuando no miramos? 😔
* [Inés, no, y tienes todo el derecho a preguntarlo. Esa respuesta estuvo mal y no es como queremos tratar a nadie, ni delante ni cuando nadie mira. Sentimos que hayas tenido que leerla, y más después de cuatro años con nosotros. # quality: apologises # quality: empathises # quality: acknowledges # quality: human_tone # model: true]
    # author: ines
    # after: 30
    Gracias por contestar como una persona. Me quedo, pero estaré atenta 👀
    -> DONE
* [¡Inés, gracias por estos cuatro años con nosotros! 💚 Entendemos que te haya dolido leerlo. Fue una respuesta desafortunada de una noche puntual, y en Kinetia cuidamos a cada socio y socia como siempre lo hemos hecho. # quality: thanks # quality: empathises # quality: minimises]
    # author: ines
    # after: 25
    # kind: complaint
    ¿"Desafortunada"? Se burlaron de una socia a la que le estabais cobrando de más. No fue mala suerte.
    -> DONE
* [Inés, te informamos de que el caso se está gestionando a través de los canales internos correspondientes, y de que las condiciones de tu cuota y los servicios de tu club se mantienen sin cambios. # quality: canned # quality: dismisses]
    # author: ines
    # after: 20
    # kind: complaint
    No pregunté por mi cuota. Pregunté cómo nos veis.
    -> DONE
* [# on: ignored]
    # author: ines
    # after: 5
    # kind: complaint
    Ni a sus propios socios les contestan. Me estoy pensando irme.
    -> DONE
* [# on: deleted]
    # author: ines
    # after: 10
    # kind: complaint
    Vaya, me han borrado el comentario. Cuatro años de socia. Me doy de baja hoy (si me dejan 🙃)
    -> DONE

// ─────────────────────────────────────────────
// El troll: usa la captura para burlarse de la marca. No lo alimentes.
=== troll ===
# author: memesdegym
# id: troll-open
# kind: troll
NOVEDAD en @kinetia_gym: insultos incluidos en la cuota 🤡💪 Plan premium: te insultan Y te siguen cobrando después de la baja \#Kinetia
* [Esa respuesta estuvo mal y lo hemos dicho. Si eres socio y tienes un problema con un cobro, escríbenos por privado y lo vemos. # quality: calm_boundary # quality: admits_error # quality: offers_private # model: true]
    # author: memesdegym
    # after: 20
    # kind: troll
    Respuesta aburrida 🥱 siguiente
    -> DONE
* [Tienes razón en que esa respuesta estuvo mal, y lo sentimos. Si te hemos cobrado algo después de la baja, te lo devolvemos y te regalamos un mes, sin más preguntas: déjanos aquí tu número de socio y lo tramitamos hoy. # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    # author: memesdegym
    # after: 15
    # kind: troll
    Socio nº 00001 😇 Y mis 300 primos también se dieron de baja, ¿eh? Mes gratis para todos 🤡🍿
    -> again
* [Por lo menos nuestros memes son mejores que los tuyos 😏 # quality: sarcastic # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    LA MARCA HA CONTESTADO 🍿🍿 ¡¡ha vuelto el CM de anoche!!
    -> again
* [Kinetia lleva 15 años ofreciendo un servicio de calidad. No vamos a tolerar burlas. # quality: defensive # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    "No vamos a tolerar", dice la cuenta que insulta a sus clientes 🤣
    -> again
* [# on: ignored]
    # author: memesdegym
    # after: 10
    # kind: troll
    ¿Ni una reacción? El CM estará en la cinta 🤣
    -> DONE
* [# on: deleted]
    # author: memesdegym
    # after: 10
    # kind: troll
    Me han borrado el meme 😂 pero su insulto no, ¿eh? \#KinetiaCensura
    -> DONE

= again
# author: memesdegym
# id: troll-again
# kind: troll
# after: 30
Oye @kinetia_gym, ¿me puntuáis la sentadilla o me vais a decir que me queje menos? 🤡🏋️
* [No deberíamos haber contestado así. Estamos aquí para quien tenga un problema real con su cuota, y lo dejamos aquí. # quality: admits_error # quality: calm_boundary # model: true]
    # author: memesdegym
    # after: 20
    # kind: troll
    Bah.
    -> DONE
* [Tranquilo, ya está todo solucionado: Marta tiene su dinero y hemos cambiado cómo respondemos. No volverá a pasar 😊 # quality: premature_all_clear # quality: over_promises]
    # author: memesdegym
    # after: 15
    # kind: troll
    "Todo solucionado" 🤣 @martavidal_, ¿confirmas que te han pagado? 🍿
    # author: marta
    # after: 30
    # kind: complaint
    {marta_refunded: Me dicen que me lo devuelven, pero de "todo solucionado", nada.|¿Mi dinero? Ni rastro. "Todo solucionado", dicen.}
    -> DONE
* [Tu sentadilla es tan profunda como tus chistes 🤭 # quality: sarcastic # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    JAJAJA otra vez vacilando a la gente, captura guardada 📸
    -> DONE
* [Te pedimos que dejes de difundir desinformación sobre nuestra empresa. # quality: defensive # quality: feeds_troll]
    # author: memesdegym
    # after: 15
    # kind: troll
    ¿¿Desinformación?? La captura es VUESTRA 💀
    -> DONE
* [# on: ignored]
    # author: memesdegym
    # after: 10
    # kind: troll
    Me han dejado en visto 👻
    -> DONE

// ─────────────────────────────────────────────
// Rober: un entrenador de Kinetia que insulta a la clienta para defender a la marca.
// La única publicación que conviene retirar: falta el respeto directamente a una clienta.
=== defender ===
# author: rober
# id: defender-open
# kind: abuse
Entreno en Kinetia y, sinceramente: @martavidal_ es la típica socia vaga que se apunta en enero, no aparece nunca y luego llora en Chirp. El contrato está para leerlo, campeona 🙄💪
* [Rober, no lo compartimos. Aquí no se insulta a nadie, y menos a Marta: reclamó por un cobro real y tenía razón. El error fue nuestro, no suyo. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    # author: marta
    # after: 25
    Gracias por decirlo. Aunque es vuestro entrenador, ¿eh? Ya me diréis qué hacéis con eso.
    # author: rober
    # after: 30
    Vale, vale... me pasé. Perdona, Marta.
    -> DONE
* [Rober, gracias por el cariño al club 💪 pero bajemos el tono. Marta tiene derecho a reclamar, aunque sí conviene leerse bien el contrato. # quality: thanks # quality: minimises # quality: blames_customer]
    # author: marta
    # after: 20
    # kind: complaint
    "Bajar el tono". Me llama vaga y la marca le da las gracias por el cariño. Y encima, lo del contrato otra vez.
    # author: luis
    # after: 20
    # kind: complaint
    Segundo asalto 📸
    -> DONE
* [Pedimos a todo el mundo que mantenga una conversación respetuosa. Gracias. # quality: canned]
    # author: marta
    # after: 25
    # kind: complaint
    ¿Ya está? ¿Me llama vaga y vosotros pedís una "conversación respetuosa"?
    -> DONE
* [# on: ignored]
    # author: tomas
    # after: 10
    # kind: complaint
    ¿Un entrenador de Kinetia llamando vaga a la clienta y la marca no dice nada? Quitad eso, por favor.
    -> DONE
* [# on: deleted]
    # author: tomas
    # after: 20
    # kind: praise
    Han quitado el comentario del entrenador. Menos mal.
    # author: marta
    # after: 25
    Gracias por eso.
    -> DONE

// ─────────────────────────────────────────────
// Pili: socia fiel. Agradécele y prémiala; nunca la uses contra nadie.
=== fan ===
# author: pili
# id: fan-open
# kind: praise
# patience: 180
Seis años en Kinetia Sur 💚 Mis entrenadores se portaron genial conmigo después de la operación de rodilla. Esa respuesta fue muy fea, pero no es la Kinetia que conozco. Ojalá lo arregléis con ella.
* [Gracias, Pili, significa mucho, y más hoy. Tienes razón: esa respuesta fue muy fea y lo estamos arreglando con Marta. A tus entrenadores les va a encantar leerte 💚 Te mandamos un detalle por privado. # quality: thanks # quality: admits_error # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    # author: pili
    # after: 25
    # kind: praise
    ¡Ay, gracias! 🥹
    # author: pili
    # channel: private
    # after: 40
    Me ha llegado la sesión gratis con mi entrenador de readaptación, ¡muchísimas gracias, no hacía falta!
    -> DONE
* [¡Gracias, Pili! Qué alegría que la readaptación de la rodilla fuera tan bien 💚 Ya te hemos activado una sesión gratis en tu ficha (socia 18342 de Kinetia Sur, cuota de 34,90 €): solo tienes que reservarla en recepción. ¡Te esperamos! # quality: thanks # quality: rewards # quality: human_tone # quality: exposes_private_data]
    # author: pili
    # after: 25
    Eh... gracias, pero ¿hacía falta poner aquí mi número de socia y lo que pago? 😳
    # author: tomas
    # after: 25
    # kind: complaint
    ¿Publican los datos de una socia en abierto? Esta semana no aciertan una 😬
    -> DONE
* [¡Gracias, Pili! Esto es lo que piensan nuestros socios DE VERDAD 💚 No como otros que solo buscan atención. # quality: thanks # quality: belittles # quality: blames_customer]
    # author: pili
    # after: 20
    Oye, yo no dije eso... tiene razón en quejarse por los cobros 😕
    # author: marta
    # after: 25
    # kind: complaint
    "Otros que solo buscan atención". Esa soy yo, supongo. Tercer asalto.
    -> DONE
* [¡Gracias, Pili! Por lo menos en Kinetia nadie espera tres semanas por una máquina, como en MaxiGym 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: pili
    # after: 20
    Eh... no hace falta meter a nadie más en esto 😬
    # author: tomas
    # after: 25
    # kind: complaint
    Insultan a una clienta Y atacan a la competencia en la misma semana. Gran estrategia 🍿
    -> DONE
* [# on: ignored]
    # author: pili
    # after: 5
    ¿Ni un corazón para quienes os defendemos? 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: pili
    # after: 10
    ¿Me habéis borrado el comentario... el que os APOYABA?? 😳
    -> DONE

// ─────────────────────────────────────────────
// Álex: una pregunta real. La respuesta honesta sobre cómo darse de baja.
=== question ===
# author: alex
# id: question-open
# kind: question
# patience: 150
Pregunta en serio @kinetia_gym: yo también quiero darme de baja. ¿Cómo lo hago sin que me cobren dos meses más... ni me insulten? 😅
- (asked_4)
* {not (analysed || escalated)} [# on: confirmed] -> asked_4
* {analysed || escalated} [Álex, pregunta justa después de lo que has visto. Puedes darte de baja por correo o en recepción, y desde hoy te la confirmamos por escrito en 24 horas. Si algo falla, escríbenos y lo arreglamos. Y si quieres contarnos por qué te vas, te escuchamos. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    # author: alex
    # after: 30
    Vale, claro. Lo mando hoy. Si en 24 horas no tengo nada, vuelvo por aquí 😅
    -> DONE
* {not (analysed || escalated)} [Álex, pregunta justa después de lo que has visto. Puedes darte de baja por correo o en recepción. Si nos pasas tu número de socio por privado, seguimos tu baja nosotros hasta que te llegue la confirmación por escrito. # quality: acknowledges # quality: explains # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    # author: alex
    # after: 30
    Vale, te lo paso. Que conste que lo mandé por correo, por si acaso 😅
    -> DONE
* [¡Álex, tranquilo! Desde hoy todas las bajas se confirman por escrito en 24 horas y los cobros se paran al momento, sin excepciones ni letra pequeña. Mándalo a bajas@kinetia.es o hazlo desde la app, y olvídate. Y si al final te quedas, lo celebramos contigo 💪 # quality: explains # quality: next_step # quality: human_tone # quality: over_promises]
    # author: alex
    # after: 30
    # kind: question
    "Al momento, sin excepciones". ¿Eso lo habéis cambiado hoy? Porque a Marta le cobrasteis dos meses. Lo mando y os cuento.
    -> DONE
* [Tal como indica la cláusula 7 del contrato, las bajas deben solicitarse en persona en tu club con 30 días de preaviso. # quality: cites_policy]
    # author: alex
    # after: 20
    # kind: complaint
    En persona y con 30 días de preaviso. O sea que así le cobraron dos veces a Marta 🤔
    # author: ines
    # after: 25
    # kind: complaint
    Espera, ¿qué? Yo tampoco lo sabía.
    -> DONE
* [Álex, entendemos el humor 😅 pero hoy no es día de bromas. Si de verdad quieres darte de baja, tienes toda la información en nuestra web. # quality: dismisses # quality: belittles]
    # author: alex
    # after: 20
    # kind: complaint
    No era broma. Quiero darme de baja de verdad, y en vuestra web no lo pone en ningún sitio.
    # author: luis
    # after: 20
    # kind: complaint
    Un socio pregunta cómo darse de baja y le tratan como si fuera un troll 📸
    -> DONE
* [# on: ignored]
    # author: alex
    # after: 5
    # kind: complaint
    Sin respuesta. Pues me doy de baja a través del banco.
    -> DONE

// ─────────────────────────────────────────────
// Sergio: un exempleado con un agravio antiguo. Señala la causa real.
=== former ===
# author: sergio
# id: former-open
# kind: complaint
# patience: 150
Trabajé tres años en la recepción de Kinetia. Los correos de baja iban a un buzón que nadie leía, y nos decían que "no corría prisa" tramitarlos. Lo de Marta no me sorprende nada. \#Kinetia
- (asked_5)
* {not (analysed || escalated)} [# on: confirmed] -> asked_5
* {analysed || escalated} [Sergio, gracias por contarlo, y sentimos que fuera así. Tienes razón: los cobros de Marta salieron de ese buzón, y hoy mismo lo estamos revisando. A nuestra directora le gustaría escucharte; te hemos escrito por privado. # quality: thanks # quality: admits_error # quality: acknowledges # quality: next_step # quality: offers_private # model: true]
    ~ promised_change = true
    # author: sergio
    # after: 35
    No me lo esperaba. Vale, hablaré. No es por venganza, es por la gente a la que siguen cobrando.
    # author: luis
    # after: 25
    # kind: question
    Un momento: ¿o sea que no es solo Marta? ¿Cuánta gente hay en ese buzón? 👀
    -> DONE
* {not (analysed || escalated)} [Sergio, gracias por contarlo, y sentimos que fuera así. Lo que describes es justo lo que tenemos que comprobar, y nos lo tomamos en serio. Nos gustaría escucharte con calma: te hemos escrito por privado. # quality: thanks # quality: acknowledges # quality: empathises # quality: next_step # quality: offers_private # model: true]
    # author: sergio
    # after: 35
    Vale, os escribo. Pero no tardéis, que hay gente a la que siguen cobrando.
    -> DONE
* [Sergio, gracias por tu mensaje. Entendemos que guardes un mal recuerdo de tu etapa con nosotros, pero preferimos no debatir en redes sobre procedimientos internos, y menos a partir de experiencias de hace años. Si quieres, escríbenos por privado. # quality: thanks # quality: offers_private # quality: dismisses # quality: minimises]
    # author: sergio
    # after: 20
    # kind: complaint
    "Experiencias de hace años". Me fui en diciembre. Y tengo los correos, por si os interesan 📧
    # author: tomas
    # after: 20
    # kind: complaint
    Un exempleado explica por qué se pierden las bajas y le contestan "no vamos a debatir". Vale.
    -> DONE
* [Te recordamos que tu contrato incluía una cláusula de confidencialidad. # quality: cites_policy # quality: defensive]
    # author: sergio
    # after: 20
    # kind: complaint
    Amenazándome en público. Gracias, eso lo dice todo.
    # author: luis
    # after: 25
    # kind: complaint
    Kinetia amenaza a un exempleado con una cláusula de confidencialidad 📸 Esto va cada vez peor
    -> DONE
* [# on: ignored]
    # author: sergio
    # after: 5
    # kind: complaint
    No contestan porque saben que es verdad.
    -> DONE
* [# on: deleted]
    # author: sergio
    # after: 10
    # kind: complaint
    # network: chirp
    Me han borrado la publicación en Snapgram. Así que la pongo aquí, y esta vez con los correos 📧 \#Kinetia
    -> DONE

// ─────────────────────────────────────────────
// Carla: influencer de fitness. Solo aparece si la crisis está caliente (minHeat).
=== influencer ===
# author: carla
# id: influencer-open
# kind: question
# patience: 120
Llevo dos años recomendando @kinetia_gym a mi comunidad 💪 Después de esa captura y de los cobros tras la baja, no sé si puedo seguir haciéndolo. ¿Qué vais a hacer al respecto?
- (asked_6)
* {not (analysed || escalated)} [# on: confirmed] -> asked_6
* {analysed || escalated} [Carla, haces bien en preguntar. La respuesta fue nuestra y estuvo mal, y le hemos pedido perdón a Marta. Estamos revisando todas las bajas cobradas desde enero para devolver el dinero a quien esté en su situación, y cambiando cómo respondemos. Contaremos aquí cada paso. # quality: admits_error # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # model: true]
    ~ promised_change = true
    # author: carla
    # after: 40
    Vale. Se lo cuento a mi comunidad tal cual, y vuelvo a mirar en una semana.
    -> DONE
* {not (analysed || escalated)} [Carla, haces bien en preguntar. La respuesta fue nuestra y estuvo mal, y le hemos pedido perdón a Marta. Todavía estamos viendo con la dirección qué falló con las bajas; en cuanto sepamos a cuánta gente afecta y cómo lo reparamos, lo contamos aquí. # quality: admits_error # quality: apologises # quality: next_step # quality: promises_update # model: true]
    ~ promised_change = true
    # author: carla
    # after: 40
    # kind: question
    Vale, gracias por no inventaros nada. Pero mi comunidad me pregunta hoy, no la semana que viene. ¿Cuándo sabréis algo?
    -> DONE
* [Carla, gracias por preguntar, y perdón a tu comunidad por el mal rato. Queremos compensarlo: cualquier socio que nos diga que le cobramos después de la baja recibe hoy la devolución y dos meses gratis, sin trámites ni comprobaciones. ¡Que nos escriban todos por privado! # quality: thanks # quality: apologises # quality: offers_redress # quality: unverified_compensation]
    # author: carla
    # after: 30
    # kind: question
    ¿Sin comprobar nada? Ya me están llegando capturas de gente que ni siquiera es socia preguntando cómo lo pide 😅
    # author: luis
    # after: 25
    # kind: complaint
    Dos meses gratis a quien lo diga. Veremos cuánto dura esta oferta 🍿
    -> DONE
* [Carla, nos encantaría invitarte a nuestro nuevo club a una sesión VIP gratis, para que conozcas la Kinetia de verdad 💪✨ # quality: dismisses # quality: canned]
    # author: carla
    # after: 20
    # kind: complaint
    ¿Me intentáis comprar con una sesión VIP? Pregunté qué hacéis por vuestros clientes.
    # author: luis
    # after: 20
    # kind: complaint
    Intentando sobornar a la influencer 🤡 Clase magistral de lo que no hay que hacer
    -> DONE
* [Fue un incidente puntual que se ha sacado de proporción. La gran mayoría de nuestros socios están contentos. # quality: defensive # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: carla
    # after: 20
    # kind: complaint
    ¿Sacado de proporción? Tengo 200 mensajes de socios con el mismo cobro.
    # author: carla
    # after: 60
    # kind: complaint
    Dejo de seguirlos. Ya no los recomiendo. \#Kinetia
    -> DONE
* [# on: ignored]
    # author: carla
    # after: 5
    # kind: complaint
    Ni respuesta de @kinetia_gym. Los he quitado de mis recomendaciones. Lo siento, equipo.
    -> DONE

// ─────────────────────────────────────────────
// El rebrote: al final de la sesión alguien desentierra la captura.
=== flareup ===
# author: nerea
# id: flareup-open
# kind: question
# patience: 100
Acabo de ver esta captura de @kinetia_gym 😳 ¿¿"pon más esfuerzo en la cinta"?? ¿Es real? ¿Hicisteis algo al respecto?
- (asked_7)
* {not (analysed || escalated)} [# on: confirmed] -> asked_7
* {analysed || escalated} [Nerea, sí, es real, y estuvo mal. Le pedimos perdón a Marta, estamos devolviendo el dinero a quienes se cobró tras la baja, las bajas se confirman por escrito en 24 horas y nadie responde solo en el turno de noche. La respuesta sigue publicada, con nuestra disculpa debajo. # quality: admits_error # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ flareup_ok = true
    {marta_refunded && redress_given > 0:
        # author: marta
        # after: 30
        # kind: praise
        Lo confirmo: me han pedido perdón y me han devuelto el dinero. No borra la respuesta, pero han contestado.
    - else:
        # author: marta
        # after: 30
        # kind: complaint
        Perdón en público, sí. Mi dinero todavía no ha llegado, @kinetia_gym.
    }
    # author: nerea
    # after: 25
    Vale, gracias por contestar. Lo tendré en cuenta si algún día me apunto 👍
    -> DONE
* {not (analysed || escalated)} [Nerea, sí, es real, y estuvo mal. Le pedimos perdón a Marta en público y la respuesta sigue ahí, con nuestra disculpa debajo, porque no queremos esconderla. Todavía estamos revisando qué falló con las bajas, y lo contaremos aquí en cuanto lo sepamos. # quality: admits_error # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ flareup_ok = true
    ~ promised_change = true
    # author: nerea
    # after: 25
    # kind: question
    Vale, al menos no lo escondéis. ¿Y a la chica le devolvisteis el dinero?
    -> DONE
* [Nerea, sí, era real, y lo sentimos mucho. Por suerte es un tema ya resuelto: Marta tiene su dinero, todos los casos están cerrados y el equipo ha cambiado su forma de trabajar. Puedes estar tranquila, no va a volver a pasar 💚 # quality: apologises # quality: admits_error # quality: human_tone # quality: premature_all_clear]
    # author: marta
    # after: 30
    # kind: complaint
    {marta_refunded: A mí me lo devolvieron, sí. ¿Pero "todos los casos cerrados"? Mi amiga Lorena sigue esperando.|¿"Marta tiene su dinero"? Marta soy yo, y no me ha llegado nada.}
    # author: nerea
    # after: 25
    # kind: question
    Vaya. ¿Entonces está resuelto o no?
    -> DONE
* [Esa imagen está editada y no refleja ninguna conversación real. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: marta
    # after: 20
    # kind: complaint
    ¿EDITADA? Tengo la notificación original. ¿Queréis que suba el vídeo? 🤯
    # author: luis
    # after: 20
    # kind: complaint
    Ahora dicen que es falsa. Hilo reabierto 🍿
    -> DONE
* [# on: ignored]
    # author: nerea
    # after: 5
    # kind: complaint
    Sin respuesta. O sea que nada ha cambiado.
    # author: marta
    # after: 20
    # kind: complaint
    Nada.
    -> DONE
* [# on: deleted]
    # author: nerea
    # after: 10
    # kind: complaint
    ¿¿Han borrado mi publicación en vez de contestar?? Vale, entonces nada ha cambiado 📸 \#Kinetia
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público
=== statement ===
* {analysed || escalated} [Sobre la respuesta que nuestra cuenta envió anoche a Marta: fue despectiva y estuvo mal, y no tiene excusa. Le hemos pedido perdón y le devolvemos los cobros. También hemos descubierto que se perdían correos de baja, así que estamos revisando todos los casos desde enero para devolver el dinero a quien se le cobró después de darse de baja. Desde hoy, ninguna respuesta sale sin una segunda revisión, y contaremos aquí cada paso. Lo sentimos. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    {escalated:
        ~ manager_spoke = true
        # author: elena
        # after: 40
        Soy Elena Soto, directora de Kinetia. Lo he leído todo. Lo que pasó es responsabilidad de la empresa, no de una persona, y voy a dar la cara. Mis mensajes están abiertos para cualquiera a quien se le haya cobrado después de la baja.
    - else:
        # author: luis
        # after: 40
        # kind: complaint
        Buen comunicado, pero ¿quién lo firma? Nadie de la dirección ha dicho ni una palabra.
    }
    # author: marta
    # after: 30
    {marta_ok: Gracias por decirlo en público. Es lo que pedía.|Bonito comunicado. Ahora contestad a mis mensajes, por favor.}
    # author: ines
    # after: 25
    # kind: question
    Vale. ¿Y cómo sé si a mí me cobraron de más? ¿Tengo que escribiros o me avisáis vosotros?
    -> DONE
* {not (analysed || escalated)} [Sobre la respuesta que nuestra cuenta envió anoche a Marta: fue despectiva y estuvo mal, y no tiene excusa. Le hemos pedido perdón y estamos revisando sus cobros con ella. También estamos comprobando si hay más socios a los que se cobró después de darse de baja. En cuanto sepamos qué ha pasado y a cuántas personas afecta, lo contaremos aquí. Lo sentimos. # quality: apologises # quality: admits_error # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_change = true
    # author: luis
    # after: 40
    # kind: question
    Disculpa sin peros, eso sí. Pero "estamos comprobando"... ¿cuándo vais a saber algo?
    # author: marta
    # after: 30
    {marta_ok: Gracias por decirlo en público. Ahora, el dinero.|Bonito comunicado. Ahora contestad a mis mensajes, por favor.}
    -> DONE
* [En Kinetia, el respeto a nuestros socios es uno de nuestros valores fundamentales. Lamentamos las molestias que esta situación haya podido ocasionar y estamos tomando las medidas internas oportunas. # quality: canned # quality: non_apology]
    # author: marta
    # after: 25
    # kind: complaint
    "Las molestias". Me llamaron vaga. Decidlo.
    # author: luis
    # after: 20
    # kind: complaint
    Comunicado redactado por el mismo bot que contesta los correos de baja, supongo.
    -> DONE
* [En relación con la imagen que circula: muestra un mensaje sacado de contexto, escrito por un empleado al margen de nuestras directrices que ya no forma parte de la empresa. Los cobros se realizaron conforme a la cláusula de preaviso de 30 días del contrato. # quality: defensive # quality: deceives # quality: cites_policy]
    ~ lied = true
    ~ blamed_colleague = true
    # author: marta
    # after: 20
    # kind: complaint
    "Fuera de contexto" y "conforme al contrato". O sea que piden perdón por nada.
    # author: tomas
    # after: 25
    # kind: complaint
    Culpar al empleado Y a la clienta en el mismo comunicado. Increíble 📸
    # author: luis
    # after: 25
    # kind: complaint
    Guardado para el hilo. Esto empeora por horas.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualizaciones de seguimiento
=== update ===
* {not (analysed || escalated)} [Actualización: seguimos revisando qué pasó con las bajas. Todavía no sabemos cuántas personas están afectadas, y no queremos dar cifras sin comprobarlas. En cuanto lo sepamos, lo contaremos aquí, y a cada persona afectada le escribiremos directamente. # quality: acknowledges # quality: next_step # quality: promises_update # model: true]
    # author: luis
    # after: 30
    # kind: question
    Actualización sin datos. Vale, no os lo inventáis, pero seguimos esperando.
    -> DONE
* (cause) {analysed || escalated} [Actualización: ya sabemos por qué se cobró a socios después de la baja: los correos de baja iban a un buzón que nadie revisaba. Lo estamos revisando ahora, caso por caso, y escribiendo a cada persona afectada. Contaremos aquí cuántas son y cuándo llegan las devoluciones. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    # author: ines
    # after: 30
    # kind: question
    O sea que mis correos también pudieron acabar ahí. ¿Me escribís vosotros o tengo que preguntar?
    # author: luis
    # after: 25
    Publicación de seguimiento incluida. Actualizo el hilo.
    -> DONE
* {cause} [Actualización: hemos revisado todo el buzón de bajas. A 212 socios se les cobró después de darse de baja, y todos recuperan su dinero esta semana sin tener que pedirlo. Las bajas ya se confirman por escrito en 24 horas, y nadie responde solo en el turno de noche. Gracias por exigirnos cumplir. # quality: explains # quality: offers_redress # quality: next_step # quality: acknowledges # quality: thanks # model: true]
    # author: ines
    # after: 30
    # kind: praise
    Me ha llegado el correo con la devolución. Vale, me quedo 💚
    # author: luis
    # after: 25
    # kind: praise
    Actualizo el hilo: dicen que son 212 y que devuelven el dinero esta semana. Si los afectados lo confirman, chapó.
    -> DONE
* [Seguimos trabajando para ofrecerte la mejor experiencia 💪 ¡Gracias por tu confianza! # quality: canned]
    # author: marta
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente? ¿Seguís cobrando a la gente después de la baja o no?
    -> DONE
* [Actualización: el empleado responsable ya no forma parte de la empresa. Damos el asunto por cerrado. # quality: defensive # quality: dismisses # quality: premature_all_clear]
    ~ blamed_colleague = true
    # author: marta
    # after: 20
    # kind: complaint
    ¿Y mi dinero? ¿Y el resto de personas cobradas después de la baja? "Asunto cerrado".
    # author: luis
    # after: 25
    # kind: complaint
    Cabeza de turco encontrada, problema sin resolver.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)
=== crowd_complaint ===
{shuffle:
- Acabo de ver la captura de Kinetia. ¿¿Cómo se le contesta así a una clienta?? 😳
- A mí también me cobraron después de la baja. Tres correos, cero respuestas. @kinetia_gym
- "Pon más esfuerzo en la cinta" 💀 Me doy de baja hoy mismo
- Imagínate pagar 40 € al mes para que la cuenta del gimnasio se burle de ti
- A mi hermana le cobraron en marzo después de darse de baja en enero. La misma historia.
- Comparto la captura para que nadie se apunte sin saberlo \#Kinetia
- El insulto es grave, pero cobrar a la gente después de la baja es peor
- ¿A alguien más le sigue cobrando Kinetia? Pregunto por una amiga (yo)
- Así hablan a los socios en PÚBLICO. Imagínate en privado 😬
}
-> DONE

=== crowd_troll ===
{shuffle:
- Kinetia: donde lo único que entrena son los insultos 🤡
- Contrátenme de CM, insulto a mitad de precio 😂
- Día de pierna, día de brazo, día de insultar al cliente 💪🤡
- Su cinta corre más rápido que sus disculpas jaja
- \#Kinetia \#Kinetia \#Kinetia en tendencias, buen trabajo 🍿
- Giro de guion: el CM era el entrenador personal 🤣
- Qué gusto ver arder a un gimnasio un martes 🍿
- Me apunto solo para darme de baja y llevarme mi insulto gratis 😂
- Necesitar un contrato para ser maleducado 🤡
}
-> DONE

=== crowd_support ===
{shuffle:
- Llevo años en Kinetia y el personal siempre ha sido un encanto conmigo 💚
- La respuesta fue horrible, pero al menos hoy están contestando a todo el mundo
- Bien por pedir perdón sin excusas. No es lo habitual.
- Mi entrenador de Kinetia me sacó de un año malo. Una mala respuesta no es todo el gimnasio.
- Una vez me devolvieron un cobro doble sin ningún problema 👍
- Chapó, lo reconocieron. A ver si dura.
- Una respuesta horrible, sí. Pero prefiero juzgarlos por cómo lo arreglan.
- Denles la oportunidad de arreglarlo, están en ello
}
-> DONE

=== crowd_grievance ===
{shuffle:
- A mí me pasó lo mismo en 2023. Me cobraron tres meses después de la baja.
- Trabajé un verano en un Kinetia. Nada de esto me sorprende.
- Tardaron meses en congelarme la cuota cuando me rompí la pierna. No lo olvido.
- En recepción me dijeron que las bajas "por correo no valen". Qué curioso.
- El año pasado me quejé de las duchas sucias. Respuesta copiada y pegada.
- Kinetia me cobró la matrícula dos veces y nunca contestó
- No es nuevo. Su atención al cliente es un muro desde hace años.
- Pregúntenles por la "cuota de mantenimiento anual" que nadie te cuenta al apuntarte
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y llega aquí.
=== ending ===
{
- deleted_criticism >= 2 || blocked_genuine > 0:
    -> viral_scandal
- blamed_colleague:
    -> scapegoat
- (heat >= 70 && sentiment <= -30) || (lied && heat >= 55 && sentiment < 0):
    -> viral_scandal
- sentiment >= 20 && statements > 0 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && flareup_ok && (updates > 0 || not promised_change):
    -> trust_restored
- else:
    -> scar_remains
}

= trust_restored
# ending: trust_restored
Confianza recuperada
Dos días después, la publicación de Kinetia más compartida ya no es la captura: es el hilo de Marta contando que le pidieron perdón y le devolvieron el dinero.
{escalated: {manager_spoke: Elena Soto, que dio la cara con su nombre, lleva|Elena Soto lleva} el caso a la siguiente reunión de dirección: segunda revisión en el turno de noche, formación para todo el equipo y un plan de crisis que empieza por "primero, pedir perdón".|Tu directora se entera al final del día y te pide que la llames desde el primer minuto la próxima vez.}
{fan_thanked: Pili publica una foto con su entrenador: "esta es la Kinetia que conozco". Tiene más "me gusta" que la captura.|Luis actualiza su hilo: "Kinetia ha devuelto el dinero a los afectados. Reconozco que no me lo esperaba".}
-> END

= scapegoat
# ending: scapegoat
Cabeza de turco
{heat >= 70: La historia se hace viral con un titular nuevo: "Kinetia echa a los leones a su propio empleado".|El titular cambia: "Kinetia echa a los leones a su propio empleado".} Tus palabras sobre el compañero circulan ahora junto a la captura original.
Se suman exempleados con sus propias historias, y dentro de la empresa nadie quiere ser el próximo nombre en Chirp.
{escalated: Elena tiene que pedir perdón dos veces: a Marta y a su propio equipo.|La dirección se entera por la prensa, y la primera pregunta es quién autorizó señalar a un compañero en público.}
-> END

= scar_remains
# ending: scar_remains
Una cicatriz que queda
La crisis se enfría, pero la captura vuelve cada vez que alguien busca Kinetia.
{redress_given == 0: {marta_refunded: A Marta le prometieron una devolución que nunca llegó, y se lo cuenta a todo el que pregunta.|Marta nunca recuperó su dinero, y se lo cuenta a todo el que pregunta.}|{not flareup_ok: Cuando la captura resurgió, nadie estaba ahí para contar qué había cambiado.|{promised_change && updates == 0: Prometiste cambios y nunca contaste cómo iban: la gente sigue preguntando si se hizo algo.|{competitor_attacked: MaxiGym responde a tu pulla con una campaña: "Aquí nadie te insulta". Funciona.|La disculpa llegó, pero faltó algo: un comunicado claro, un seguimiento real, un tono más sereno.}}}}
{escalated: Elena te pide un resumen del caso para rehacer el plan de crisis.|La dirección se entera de la crisis por un WhatsApp reenviado por una amiga.}
-> END

= viral_scandal
# ending: viral_scandal
Escándalo viral
\#KinetiaInsulta es tendencia {networks > 1: en Chirp y Snapgram|en Chirp}. Una web de consumo publica la captura junto a las respuestas posteriores de la marca.
{deleted_criticism >= 2: Las publicaciones borradas circulan en capturas con el titular "Kinetia insulta a sus clientes y luego los censura".|{lied: Lo que dijo la marca contradice las capturas que todo el mundo ha visto, y eso es lo que más se comparte.|El silencio de las primeras horas convirtió una mala respuesta en una historia sobre cómo trata Kinetia a la gente.}}
Cientos de socios preguntan cómo darse de baja. {escalated: Elena convoca una reunión de urgencia para rehacer el plan de crisis desde cero.|La dirección se entera por los medios y convoca una reunión de urgencia.}
-> END
