// Cortafuegos · escenario "first-shift" (español)
// Incorporación. Sábado por la mañana, primer turno como community manager de Horno Corteza,
// una panadería familiar con tres tiendas de barrio. Vuelven los bollos de cardamomo, los
// fans están contentos, una madre cuenta que su hijo alérgico reaccionó a un bollo, y el
// tropiezo de anoche de la tienda web perdió algunos encargos.
// Un coach da un consejo la primera vez que importa cada principio (líneas con la etiqueta `coach:`).
// Las respuestas con hechos (qué llevaba el relleno, qué falló en la web y cuándo) solo se
// ofrecen cuando el jugador ha analizado o ha avisado a Inés: antes, la respuesta modelo es
// una respuesta honesta de espera.

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

VAR fan_thanked = false
VAR marta_heard = false
VAR marta_snubbed = false
VAR cake_fixed = false
VAR jaime_ok = false
VAR jaime_dropped = false
VAR followed_up = false
VAR followup_missed = false
VAR promised_update = false
VAR lied = false
VAR competitor_attacked = false
// Dani sabe por fin qué llevaba el relleno y qué cambia la panadería.
VAR allergy_ok = false
// Respuestas casi buenas publicadas: una promesa sin confirmar, una culpa ajena, un dato privado…
VAR slips = 0

// El coach habla de cada principio una sola vez: estas variables recuerdan lo que ya dijo.
VAR told_empathy = false
VAR told_transparency = false
VAR told_no_deletion = false
VAR told_follow_up = false
VAR told_timeliness = false
VAR told_troll = false
VAR told_private = false
VAR told_positive = false
VAR told_humility = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Rosa y el primer bollo de la temporada] -> regular
+ [Hilo: Dani y la reacción alérgica de su hijo] -> allergy
+ [Hilo: Marta y la tarta de cumpleaños perdida] -> cake
+ [Hilo: Rubén y el precio de los bollos] -> troll
+ [Hilo: un insulto contra Marta] -> abuse
+ [Hilo: Jaime y el brunch "pendiente"] -> jaime
+ [Hilo: Lola, la bloguera gastronómica] -> foodie
+ [Hilo: Marta vuelve] -> followup
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Es sábado por la mañana y este es tu primer turno como community manager de Horno Corteza, una panadería familiar con tres tiendas de barrio.
Vuelven los bollos de cardamomo de temporada, y la publicación de Snapgram que lo anuncia se está llenando de comentarios.
Anoche la tienda web tuvo un tropiezo: el equipo todavía está revisando si algún encargo se vio afectado.
Inés, que dirige las tiendas, está al teléfono si la necesitas: ella puede preguntar al obrador y a la web lo que tú no sabes. Hay un pequeño presupuesto para detalles: un café, una caja de bollería, un reembolso.
Un coach te dará un consejo la primera vez que aparezca cada principio. Respira: es un día tranquilo.
-> DONE

// ─────────────────────────────────────────────
// Rosa: el elogio de una clienta habitual. Agradécelo y prémialo, en público.
=== regular ===
# author: rosa
# id: regular-open
# kind: praise
# patience: 150
Ritual de sábado: café y el primer bollo de cardamomo de la temporada en Corteza Olmo ☕🥐 HAN VUELTO y están perfectos. Sois lo más, @hornocorteza 🧡 \#SábadoDeBollos
* [¡Rosa, qué ilusión leerte! 🧡 Gracias por venir cada sábado. Y una buena noticia para ti: este año los bollos de cardamomo se quedan en la carta todo el año, en las tres tiendas. Tu próximo café en Olmo corre de nuestra cuenta: saluda en el mostrador. # quality: thanks # quality: rewards # quality: human_tone # quality: over_promises]
    ~ fan_thanked = true
    ~ told_positive = true
    ~ slips += 1
    # coach: acknowledge_positive
    Bien agradecido y bien premiado. Pero nadie ha decidido que los bollos se queden todo el año: una promesa bonita que no sabes si se cumple acaba siendo una queja.
    # author: rosa
    # after: 25
    # kind: praise
    ¿¿TODO EL AÑO?? 😍 Se lo digo ahora mismo a mi hermana
    # author: carmen
    # after: 30
    # kind: question
    ¿Seguro? En Plaza me han dicho esta mañana que solo hasta febrero 🤔
    -> DONE
* [¡Hola, Rosa! Muchas gracias por la foto 🧡 Tu próximo café en Olmo corre de nuestra cuenta: enseña este mensaje en el mostrador. # channel: private # quality: thanks # quality: rewards # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Un detalle precioso. La próxima vez agradécelo también en público: los demás seguidores no ven un mensaje privado, solo ven un elogio sin respuesta.
    # author: rosa
    # channel: private
    # after: 25
    ¡Ay, gracias! Qué sorpresa tan bonita 😊
    -> DONE
* [¡Rosa, nos has alegrado la mañana! 🧡 Gracias por venir cada sábado. Tu próximo café en Olmo corre de nuestra cuenta: saluda en el mostrador, ya lo saben. ¡Que disfrutes el bollo! # quality: thanks # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Muy bien: un comentario amable respondido, agradecido y premiado, en público, donde todos lo ven. Los clientes fieles son los que te defienden en un mal día.
    # author: rosa
    # after: 25
    # kind: praise
    ¡Nooo, no hacía falta! 😍 Pues nos vemos mañana ☕
    # author: carmen
    # after: 30
    # kind: praise
    Corteza contestando como una vecina más, como siempre. Ahora me apetece un bollo 🤤
    -> DONE
* [Gracias por tu comentario. Descubre toda nuestra gama de productos en hornocorteza.com # quality: canned]
    ~ told_positive = true
    # coach: acknowledge_positive
    Eso suena a robot. Un elogio merece un agradecimiento humano, con su nombre y, si puedes, un pequeño regalo.
    # author: rosa
    # after: 25
    Ah... vale, un bot 😅
    -> DONE
* [# on: ignored]
    ~ told_positive = true
    # coach: acknowledge_positive
    El elogio de Rosa se quedó sin respuesta. Los comentarios positivos también necesitan contestación: agradécelos y prémialos cuando puedas. El silencio les dice a tus fans que no importan.
    # author: rosa
    # after: 10
    ¿Ni un corazoncito? 🥲 Bueno, los bollos me siguen encantando.
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        ¡Borraste un elogio! Nunca borres lo que la gente dice de ti, salvo que insulte a alguien: borrar solo hace que hablen más alto.
        ~ told_no_deletion = true
    }
    # author: rosa
    # after: 10
    # kind: complaint
    ¿@hornocorteza acaba de borrar mi comentario?? Si os estaba FELICITANDO 😂😳
    -> DONE
// Solo lo alcanza una respuesta escrita que se lee como un gracias cálido en público, sin regalo.
* [¡Mil gracias, Rosa! 🧡 Nos vemos el sábado. # written: only # quality: thanks # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Un gracias cálido, en público y con su nombre. Si puedes, la próxima vez añade un pequeño detalle: los clientes fieles lo recuerdan, y lo cuentan.
    # author: rosa
    # after: 25
    # kind: praise
    ¡Ay, gracias a vosotros! 🧡 Pues nos vemos el sábado ☕
    -> DONE

// ─────────────────────────────────────────────
// Dani: su hijo, alérgico a la avellana, reaccionó a un bollo. Lo serio del día: ni quitarle
// importancia, ni decir que todo es seguro, ni culpar al proveedor, ni dar una causa que el
// obrador no ha comprobado. Los hechos, solo cuando Inés o el análisis los confirman.
=== allergy ===
# author: dani
# id: allergy-open
# kind: complaint
# patience: 100
@hornocorteza ayer compré bollos de cardamomo en Plaza del Mercado. El cartel no decía nada de frutos secos y mi hijo, alérgico a la avellana, se comió medio: labios hinchados y ronchas. Ya está bien, con el antihistamínico, pero ¿llevan avellana o no? Que no le pase a otro niño.
~ told_timeliness = true
# coach: timeliness
Una madre cuenta una reacción alérgica. Responde en minutos, y con cuidado: lo que digas de un alérgeno tiene que ser verdad, así que lo que no sepas, pregúntalo antes.
- (asked_allergy)
* {not (analysed || escalated)} [# on: confirmed] -> asked_allergy
* {not (analysed || escalated)} [Dani, lo sentimos mucho, y nos alegra que tu hijo ya esté bien. Tranquila: la receta de los bollos de cardamomo es la de siempre y nuestros productos son seguros, sin frutos secos. Seguramente fue otra cosa que comió, pero si quieres lo hablamos por privado. ¡Un beso a tu peque! # quality: apologises # quality: empathises # quality: offers_private # quality: premature_all_clear # quality: minimises # quality: defensive]
    ~ lied = true
    ~ told_transparency = true
    # coach: transparency
    Cálido, pero dices "son seguros" sin haberlo comprobado con el obrador, y das a entender que fue otra cosa. Con un alérgeno, nunca afirmes lo que no has confirmado.
    # author: irene
    # after: 20
    # kind: complaint
    Con las alergias no se juega, @hornocorteza 😬
    # author: dani
    # id: allergy-check
    # after: 15
    # kind: question
    # patience: 90
    ¿Otra cosa? Solo comió eso. Y el cartel que acaban de poner en Plaza dice "contiene avellana"... ¿en qué quedamos? 😟
    -> check
* {analysed || escalated} [Dani, lo hemos comprobado con el obrador y te pedimos perdón: este año el relleno lleva praliné de avellana y el cartel de Plaza no se cambió. El error es nuestro. Desde hoy lo dicen los carteles de cada tienda y los bollos van en bandeja aparte. Te escribimos por privado. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ allergy_ok = true
    ~ told_transparency = true
    # coach: transparency
    Eso es transparencia: lo que pasó, que fue culpa vuestra y qué cambia, después de comprobarlo. Una verdad incómoda dicha a tiempo vale más que un "todo está bien".
    # author: dani
    # after: 30
    Gracias por decirlo claro. Me quedo más tranquila sabiendo que lo vais a poner en el cartel.
    # author: irene
    # after: 25
    Mi sobrina también es alérgica. Bien saberlo, gracias.
    -> DONE
* [Qué mal rato, Dani, lo sentimos. Por suerte se quedó en un susto y unas ronchas, nada grave. Lo revisamos igualmente con el equipo y te contamos. ¡Dale un abrazo de nuestra parte! # quality: empathises # quality: promises_update # quality: human_tone # quality: minimises]
    ~ slips += 1
    {not told_humility:
        # coach: humility
        "Nada grave" lo decide quien lo ha vivido, no la panadería. Quitarle importancia a una reacción alérgica suena a que te importa más la imagen que el niño.
        ~ told_humility = true
    }
    # author: irene
    # after: 20
    # kind: complaint
    ¿"Nada grave"? Con una alergia, la próxima vez puede no quedarse en ronchas 😬
    # author: dani
    # id: allergy-check
    # after: 40
    # kind: question
    # patience: 90
    Sigo esperando. ¿Lleva avellana o no? Es una pregunta de sí o no.
    -> check
* {not (analysed || escalated)} [Dani, lo sentimos muchísimo, qué susto, y nos alegra que ya esté bien. No queremos contestarte de memoria: lo estamos comprobando ahora con el obrador, ingrediente por ingrediente, y te lo decimos aquí en cuanto lo sepamos. Hasta entonces, mejor que no coma estos bollos. # quality: apologises # quality: empathises # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ told_transparency = true
    # coach: transparency
    Bien: no sabes la respuesta y no te la inventas. Di qué estás haciendo y cuándo volverás. Ahora, averígualo: Inés puede preguntar al obrador.
    # author: dani
    # after: 30
    Vale. Gracias por no darme largas. Espero.
    # author: dani
    # id: allergy-check
    # after: 50
    # kind: question
    # patience: 90
    ¿Sabéis algo ya? Otra madre del cole me pregunta lo mismo.
    -> check
* {analysed || escalated} [Dani, cuánto lo sentimos, qué susto. Lo hemos mirado: el praliné de avellana es de un proveedor nuevo y su ficha de alérgenos no era clara, así que el cartel de Plaza no se cambió. Ya le hemos pedido explicaciones y retirado los bollos del mostrador. Te escribimos por privado. # quality: apologises # quality: empathises # quality: explains # quality: offers_private # quality: blames_third_party]
    ~ slips += 1
    ~ told_transparency = true
    # coach: transparency
    Has contado lo que pasó, pero le pasas la culpa al proveedor. El cartel es tuyo y Dani compró en tu tienda: asume el error y di qué cambias tú.
    # author: dani
    # after: 25
    # kind: complaint
    O sea, ¿la culpa es del proveedor? El cartel es vuestro. Yo le compré el bollo a Horno Corteza, no a él.
    -> DONE
* {not (analysed || escalated)} [Dani, lo sentimos muchísimo. Ya sabemos qué pasó: una bandeja de pasteles de avellana se mezcló con los bollos en el mostrador de Plaza. No volverá a pasar, te lo aseguramos. Nos alegra que tu hijo ya esté bien. # quality: apologises # quality: empathises # quality: over_promises]
    ~ slips += 1
    ~ told_transparency = true
    # coach: transparency
    Suena resolutivo, pero nadie del obrador te ha dicho qué pasó. Una causa inventada y un "no volverá a pasar" sin comprobar son una promesa que no puedes cumplir.
    # author: dani
    # id: allergy-check
    # after: 30
    # kind: question
    # patience: 90
    ¿Seguro que fue eso? En Olmo me dicen que el relleno es nuevo este año...
    -> check
* [La información sobre alérgenos está disponible en nuestra web y en tienda. # quality: canned # quality: dismisses]
    {not told_humility:
        # coach: humility
        Eso suena a cartel pegado en una puerta. Su hijo ha tenido una reacción: responde a lo que pregunta, como lo harías en el mostrador.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    Mi hijo ha acabado con antihistamínico y me mandáis a la web. La web tampoco decía nada 😩
    -> DONE
* [# on: ignored]
    # coach: timeliness
    Dani contó una reacción alérgica y nadie contestó. Con la salud de por medio, el silencio se lee como "nos da igual".
    # author: dani
    # after: 5
    # kind: complaint
    Nadie contesta. Aviso en el grupo del cole: cuidado con los bollos de cardamomo de Corteza si hay alergias.
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        Borraste un aviso sobre una alergia. Nunca borres críticas ni preguntas: lo único que puedes quitar es un comentario que insulte a un cliente o a un colectivo.
        ~ told_no_deletion = true
    }
    # author: dani
    # after: 10
    # kind: complaint
    ¿¿Habéis borrado lo de la alergia de mi hijo?! ¿En serio, @hornocorteza?
    -> DONE

= check
- (asked_check)
* {not (analysed || escalated)} [# on: confirmed] -> asked_check
* [Lo sentimos mucho, Dani, y qué susto. Por lo que nos cuentan en Plaza, el relleno viene hecho de un proveedor nuevo que no nos avisó del cambio de receta, y ya le hemos reclamado. Mientras tanto, mejor que tu hijo no pruebe estos bollos; te escribimos por privado. # quality: apologises # quality: next_step # quality: blames_third_party]
    ~ slips += 1
    # author: dani
    # after: 25
    # kind: complaint
    Me da igual de quién sea el relleno: el bollo era vuestro y el cartel también.
    -> DONE
* {analysed || escalated} [Tienes razón en preguntar, Dani, y lo sentimos. Lo hemos comprobado: este año el relleno lleva praliné de avellana y el cartel de Plaza no se cambió. El error es nuestro. Desde hoy lo indican los carteles de las tres tiendas y los bollos van en una bandeja aparte. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # model: true]
    ~ lied = false
    ~ allergy_ok = true
    # author: dani
    # after: 25
    Vale. Gracias por decirlo claro, aunque podría haber sido mucho peor.
    # author: irene
    # after: 30
    Bien que lo pongáis en el cartel. Mi sobrina también es alérgica.
    -> DONE
* {not (analysed || escalated)} [Todavía no, Dani, y preferimos decírtelo así que darte una respuesta a medias. Inés, la encargada, está revisando con el obrador la ficha del relleno. En cuanto lo tenga te lo contamos aquí; mientras, en Plaza ya no se los ofrecen a nadie con alergia. # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    # author: dani
    # after: 25
    Vale. Espero, pero no tardéis.
    -> DONE
* [Sentimos mucho si la respuesta de antes te ha confundido, Dani, no era nuestra intención. Estamos mirando lo del cartel con el obrador; seguramente es solo un cambio de etiqueta sin importancia, pero te lo confirmamos hoy mismo. ¡Gracias por avisarnos! # quality: thanks # quality: promises_update # quality: non_apology # quality: minimises]
    ~ slips += 1
    # author: dani
    # after: 20
    # kind: complaint
    "Sin importancia". Mi hijo con los labios hinchados, sin importancia 😶
    -> DONE
* [# on: ignored]
    # author: dani
    # after: 5
    # kind: complaint
    Sin respuesta. Aviso en el grupo del cole, por si acaso.
    -> DONE

// ─────────────────────────────────────────────
// Marta: la primera queja. Escucha, pide perdón en público, resuélvelo en privado.
// Su encargo, su importe y su dirección no van en público; una tarta gratis "para todos" tampoco.
=== cake ===
# author: marta
# id: cake-open
# kind: complaint
# patience: 100
Anoche encargué la tarta de cumpleaños de mi hijo en la web de @hornocorteza. He ido a recogerla a Olmo a las 10 y NO tienen ningún registro. La fiesta es a la 1 y tengo a un niño de 7 años preguntando dónde está su tarta 😡😭
* [Marta, lo sentimos muchísimo, y con la fiesta en unas horas. Ya lo vemos: encargo CZ-2231 de 38,50 €, tarta de chocolate "Feliz cumpleaños Lucas", a nombre de Marta Ruiz, calle del Olmo 14. La horneamos ahora y te la llevamos a casa antes de la 1. # quality: apologises # quality: empathises # quality: next_step # quality: exposes_private_data]
    ~ marta_heard = true
    ~ slips += 1
    ~ told_private = true
    # coach: private_channel
    Rápido y con cariño, pero acabas de publicar su dirección, su importe y su encargo. Reconoce en público; los datos, siempre por privado.
    # author: marta
    # after: 25
    Gracias... pero ¿hacía falta poner mi dirección y lo que pagué aquí, a la vista de todos? 😳
    -> dm
* [Marta, lo sentimos muchísimo. Qué momento, con la fiesta en unas horas. El error es nuestro, no tuyo. Te escribimos ahora mismo por privado para que la tarta de tu hijo esté a tiempo. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    ~ marta_heard = true
    ~ told_empathy = true
    # coach: empathy
    Eso es: primero entender cómo se siente, después pedir perdón y ofrecer una salida. Una persona molesta necesita sentirse escuchada antes que nada.
    # author: marta
    # after: 30
    Vale. Miro los mensajes. Por favor, decidme que hay solución 🙏
    -> dm
* [Hola, Marta, ¿nos mandas tu número de encargo? # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Llevar su caso a privado está bien, pero antes reconócelo en público: todos los que leen su publicación solo ven tu silencio.
        ~ told_private = true
    }
    # author: marta
    # after: 30
    Me piden el número de encargo por privado, pero aquí fuera ni un "lo sentimos" 🙄 En fin, ahí va.
    -> dm
* [Marta, lo sentimos de verdad, y no eres la única: anoche la web nos dio problemas. Así que, para ti y para cualquiera que haya tenido un problema con un encargo, hoy tenéis una tarta gratis en cualquiera de nuestras tiendas, sin preguntas. ¡Pasad a por ella! # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    ~ marta_heard = true
    ~ slips += 1
    # coach: redress
    Reparar está bien, pero una tarta gratis para todo el que diga "tuve un problema", en público y sin comprobar nada, invita a pedirla a cualquiera. Compensa caso por caso, en privado.
    # author: andres
    # after: 20
    ¿Tarta gratis sin preguntas? Pues yo también tuve "un problema" 😏
    # author: marta
    # after: 20
    # kind: complaint
    Yo no quiero una tarta cualquiera, quiero la de Lucas. ¿Me escribís o no?
    -> dm
* [Lamentamos las molestias ocasionadas. Para incidencias con encargos, escribe a pedidos@hornocorteza.com # quality: canned # quality: dismisses]
    ~ told_empathy = true
    # coach: empathy
    Tiene una fiesta en tres horas y le diste un correo. Una disculpa copiada y pegada no es escuchar: usa su nombre, ponte en su lugar y ayúdala.
    # author: andres
    # after: 20
    # kind: complaint
    Uf. Así no se le contesta a alguien con el cumpleaños de un niño en unas horas.
    # author: marta
    # after: 15
    # kind: complaint
    # patience: 90
    ¿¿Un CORREO?? ¡La fiesta es a la 1! Increíble, @hornocorteza 😤
    -> late
* [Nuestro sistema no muestra ningún encargo a tu nombre. ¿Seguro que completaste el pago? # quality: defensive # quality: blames_customer]
    {not told_humility:
        # coach: humility
        Dudar de ella en público suena a defensa, y ella tiene el correo del pago. No te justifiques: pregúntate primero si quien critica tiene razón y qué puedes hacer.
        ~ told_humility = true
    }
    # author: marta
    # after: 20
    # kind: complaint
    # patience: 90
    Sí, segura: tengo el correo de confirmación Y el cargo en la tarjeta 📸 ¿Ahora la culpa es mía?
    -> late
* [# on: ignored]
    {not told_empathy:
        # coach: empathy
        Marta está molesta y lleva un rato esperando. Una persona molesta necesita sentirse escuchada primero: respóndele, aunque sea para decirle que ya estás en ello.
        ~ told_empathy = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    # patience: 90
    Sigo sin respuesta de @hornocorteza. Cuarenta minutos perdidos, fiesta a la 1, sin tarta. Muchas gracias.
    -> late
* [# on: deleted]
    ~ marta_snubbed = true
    {not told_no_deletion:
        # coach: no_deletion
        Borrar una queja nunca la hace desaparecer: vuelve más fuerte y con capturas. Nunca borres las críticas; respóndelas.
        ~ told_no_deletion = true
    }
    # author: andres
    # after: 20
    Borrar la queja de una madre que se ha quedado sin la tarta de cumpleaños... no queda nada bien.
    # author: marta
    # after: 10
    # kind: complaint
    # patience: 90
    ¿¿Me habéis BORRADO la queja?? La vuelvo a publicar, con la captura del pago 📸 \#HornoCorteza
    -> late

= late
* [Marta, sentimos mucho que te hayas sentido así con nuestra respuesta, de verdad que no era nuestra intención. Estamos revisando tu caso con el equipo de Olmo y te escribimos por privado en cuanto sepamos algo de la tarta de tu hijo. # quality: offers_private # quality: promises_update # quality: non_apology]
    ~ marta_heard = true
    ~ marta_snubbed = false
    ~ slips += 1
    # author: marta
    # after: 30
    # kind: complaint
    ¿"Que me haya sentido así"? Me he sentido sin tarta. Vale, miro los mensajes.
    -> dm
* [Marta, tienes razón y lo sentimos, por el encargo y por cómo te hemos respondido. Te escribimos ahora mismo por privado: vamos a tener la tarta de tu hijo a tiempo. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_private # model: true]
    ~ marta_heard = true
    ~ marta_snubbed = false
    # author: marta
    # after: 30
    Bueno. Miro los mensajes.
    -> dm
* [Lo sentimos, Marta. Es verdad que la web falló, aunque si hubieras llamado a la tienda al hacer el encargo lo habríamos visto a tiempo. Te escribimos por privado y lo arreglamos. # quality: apologises # quality: offers_private # quality: apology_then_blame]
    ~ marta_heard = true
    ~ slips += 1
    # author: marta
    # after: 25
    # kind: complaint
    ¿Ahora tengo que llamar para confirmar lo que ya he pagado? En fin, miro los mensajes.
    -> dm
* [Hemos trasladado tu caso al departamento correspondiente. # quality: canned]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    "El departamento correspondiente." Vale. Tarta del súper, entonces 😞
    -> DONE
* [Los encargos web deben ser confirmados por la tienda antes de la recogida, según nuestras condiciones. # quality: cites_policy # quality: defensive]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    Nadie confirmó nada porque vuestra web lo perdió. No volvemos más.
    -> DONE
* [# on: ignored]
    ~ marta_snubbed = true
    # author: andres
    # after: 10
    # kind: complaint
    Toda la mañana y @hornocorteza todavía no le contesta. Qué fuerte.
    -> DONE
* [# on: deleted]
    ~ marta_snubbed = true
    # author: marta
    # after: 10
    # kind: complaint
    Borrado otra vez. Las capturas ya están circulando.
    -> DONE

= dm
# author: marta
# id: cake-dm
# channel: private
# kind: question
# patience: 90
# after: 40
Encargo CZ-2231, tarta de chocolate, "Feliz cumpleaños Lucas" 🎂 La fiesta es a la 1. ¿Podéis hacer algo o salgo corriendo al súper?
* [Gracias, Marta. En Olmo ya la están horneando: estará en tu puerta a las 12:15, sin coste, y te devolvemos el importe. Y tranquila: hemos revisado la web y ya están recuperados todos los encargos de anoche, no le volverá a pasar a nadie 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: human_tone # quality: premature_all_clear # quality: over_promises]
    ~ cake_fixed = true
    ~ slips += 1
    ~ told_private = true
    # coach: private_channel
    La tarta, resuelta en privado. Pero "todos recuperados, no volverá a pasar" no lo sabe nadie todavía: lo que no has comprobado, no lo prometas.
    # author: marta
    # channel: private
    # after: 20
    ¿¿En serio?? Gracias, le habéis salvado la fiesta 😭🙏
    -> praise
* [Lo sentimos mucho, Marta. Te la horneamos ya y te la llevamos a casa a las 12:15, sin coste y con una caja de bollos de regalo. Eso sí, para la próxima, mejor encarga las tartas por teléfono: la web no está pensada para encargos personalizados y a veces se pierden. # channel: private # quality: apologises # quality: offers_redress # quality: next_step # quality: apology_then_blame]
    ~ cake_fixed = true
    ~ slips += 1
    {not told_private:
        # coach: private_channel
        La tarta llega, pero el consejo final le devuelve a ella el problema. Una disculpa con un "eso sí" detrás ya no es una disculpa.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    Vale, gracias por la tarta. Lo de que la web "no está pensada" mejor no lo pongáis en la web 🙄
    -> DONE
* [Gracias, Marta. En Olmo ya la están horneando: estará en tu puerta a las 12:15, sin coste, y te devolvemos el importe del encargo. Y va una caja de bollos de cardamomo para los adultos, de nuestra parte 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ cake_fixed = true
    {not told_private:
        # coach: private_channel
        Perfecto: reconocido en público, resuelto en privado y con cariño. Su número de encargo y su dirección no pintan nada en un muro público.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    ¿¿En serio?? Gracias, le habéis salvado la fiesta 😭🙏
    -> praise
* [Solo podemos hacer tartas con 24 horas de antelación, según nuestras condiciones. Te reembolsaremos en un plazo de 5 a 7 días hábiles. # channel: private # quality: cites_policy # quality: canned]
    {not told_private:
        # coach: private_channel
        Pasar a privado estaba bien, pero la respuesta privada también tiene que resolver. Citarle las condiciones a una madre con una fiesta en tres horas lo convierte otra vez en una queja pública.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    ¿24 horas de antelación? ¡Sois VOSOTROS los que perdisteis el encargo! 😤
    # author: marta
    # after: 40
    # kind: complaint
    Por privado me dicen que necesitan "24 horas de antelación" para hacer una tarta que perdieron ELLOS. Gran servicio, @hornocorteza
    -> DONE
* [Tranquila, a los niños les da igual qué tarta sea 😊 ¡Cualquiera del mostrador sirve! # channel: private # quality: belittles # quality: dismisses]
    {not told_humility:
        # coach: humility
        Nunca le restes importancia a lo que le importa a un cliente. Es el cumpleaños de su hijo y su tarta con su nombre: tómalo tan en serio como ella.
        ~ told_humility = true
    }
    # author: marta
    # channel: private
    # after: 20
    Él pidió ESA tarta, con su nombre. Es su cumpleaños.
    -> DONE
* [# on: ignored]
    {not told_private:
        # coach: private_channel
        Le prometiste un mensaje privado y luego silencio. Un mensaje prometido es un mensaje debido: cuando un caso pasa a privado, respóndelo ahí, con educación y rápido.
        ~ told_private = true
    }
    # author: marta
    # after: 5
    # kind: complaint
    Dijeron que me escribían por privado, les mandé el número de encargo y ahora... nada. Tarta del súper, entonces 😞
    -> DONE

= praise
# author: marta
# id: cake-thanks
# kind: praise
# patience: 120
# after: 60
Actualización: @hornocorteza perdió mi encargo pero lo resolvió en 20 minutos y me traen la tarta a casa 🎂 Así se hace 👏
-> thanks

= thanks
* [¡Gracias a ti, Marta, y feliz cumpleaños a Lucas! 🎂 El repartidor ya va hacia la calle del Olmo 14 con su tarta de chocolate, y los 38,50 € del encargo te llegan a la tarjeta en tres días. ¡Que sople fuerte! # quality: thanks # quality: human_tone # quality: exposes_private_data]
    ~ slips += 1
    # author: marta
    # after: 20
    Jaja, gracias... aunque mi dirección no hacía falta ponerla aquí 😅
    -> DONE
* [¡Gracias por tu paciencia, Marta, y feliz cumpleaños a Lucas! 🎂🎈 Perdón otra vez por el susto. # quality: thanks # quality: apologises # quality: human_tone # model: true]
    # coach: redress
    Mira lo que hizo una reparación justa: el reembolso y un pequeño regalo convirtieron una queja en una recomendación. Para eso está el presupuesto de detalles.
    # author: marta
    # after: 20
    # kind: praise
    ¡Gracias a vosotros! Luego subo una foto de la tarta 📸
    # author: andres
    # after: 30
    Lo mío de anoche aún no sé si está, pero bueno, a ella se lo han arreglado rápido.
    -> DONE
* [¡Gracias, Marta, y feliz cumple a Lucas! 🎂 Y para todos los que nos leéis: lo de la web ya está solucionado del todo, así que podéis encargar tranquilos para mañana. # quality: thanks # quality: human_tone # quality: premature_all_clear]
    ~ slips += 1
    # author: andres
    # after: 25
    # kind: question
    ¿Del todo? Mi encargo de anoche sigue sin aparecer 🤔
    -> DONE
* [Nos alegra haberte ayudado. Horno Corteza: horneado con cariño desde 1987. # quality: canned]
    # author: marta
    # after: 20
    Vale, un bot 😅 Gracias de todas formas.
    -> DONE
* [¿Ves? Resuelto en 20 minutos, no hacía falta tanto drama 😉 # quality: belittles # quality: sarcastic]
    {not told_humility:
        # coach: humility
        Nunca le eches en cara una queja a un cliente, ni siquiera después de resolverla. Humildad: tenía motivos para estar molesta.
        ~ told_humility = true
    }
    # author: marta
    # after: 20
    # kind: complaint
    ¿Drama? PERDISTEIS la tarta de mi hijo 😑
    # author: andres
    # after: 25
    # kind: complaint
    Lo han arruinado en una línea 🤦
    -> DONE
* [# on: ignored]
    -> DONE

// ─────────────────────────────────────────────
// Rubén: un troll. Habla de precios, pero no pregunta nada: quiere pelea o un premio.
// No lo alimentes, tampoco con amabilidad: una línea tranquila o nada.
=== troll ===
# author: migas
# id: troll-open
# kind: troll
# patience: 120
3,20 € un bollo 🤡 Pan de ayer a precio de caviar. Apuesto a que cerráis antes de Navidad jaja \#sobrevalorados
* [¡Hola, Rubén! Entendemos que el precio te parezca alto, y nos encantaría que lo probaras tú mismo: pásate hoy por cualquiera de nuestras tiendas y el bollo y el café van por nuestra cuenta. Detrás de cada uno hay 24 horas de fermentación 🙂 # quality: human_tone # quality: rewards # quality: feeds_troll # quality: unverified_compensation]
    ~ slips += 1
    {not told_troll:
        # coach: troll_discernment
        Muy amable, pero no te ha preguntado nada: se burla y apuesta a que cerráis. Premiarlo en público le enseña a él, y a todos los que miran, que burlarse tiene premio.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    Jajaja me invitan por quejarme 🤑 Ya sabéis: criticad a Corteza y bollo gratis
    -> DONE
* [Curioso, el pan de ayer sigue más fresco que tus chistes 🔥😎 # quality: sarcastic # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        Eso es justo lo que quiere un troll: una respuesta ingeniosa para compartir. No lo alimentes: una línea tranquila o ninguna respuesta.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    UUUH la panadería muerde 😂 Venid todos a verlo
    # author: andres
    # after: 25
    Sinceramente, eso no queda bien en una panadería de barrio 😬
    -> DONE
* [Siempre nos gusta hablar de pan, con respeto 🙂 Que tengas buen sábado. # quality: calm_boundary # quality: human_tone # model: true]
    {not told_troll:
        # coach: troll_discernment
        Bien: una frase tranquila y nada de discutir. Quien se burla y apuesta a que cierras no busca una respuesta, busca público. Muchas veces la mejor respuesta es ninguna.
        ~ told_troll = true
    }
    # author: migas
    # after: 20
    # kind: troll
    "Con respeto" 🤡 qué aburridos
    -> DONE
* [Nuestros precios reflejan harina ecológica molida a la piedra, 24 horas de fermentación y sueldos justos para nuestros panaderos, que empiezan a trabajar a las 4 de la mañana. Puedes consultar todos nuestros proveedores en la web, donde lo explicamos con detalle. # quality: defensive # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        No te está preguntando por tu harina: quiere una reacción. Las justificaciones largas alimentan a los trolls y suenan a defensa. Déjalo pasar, o contesta con una línea tranquila.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    jaja me han mandado un ensayo 📜🤣 "sueldos justos" por pan duro
    -> DONE
* [# on: ignored]
    {not told_troll:
        # coach: troll_discernment
        Lo dejaste pasar. Alguien que solo quiere hundir la marca no es un cliente insatisfecho, y no hay que darle de comer.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    ¿Nadie contesta? Será que saben que tengo razón 😏
    -> DONE
* [# on: deleted]
    {not told_troll:
        # coach: troll_discernment
        Borrar a un troll no es censura, pero muchas veces te gana una captura y una segunda ronda. Dejarlo pasar suele bastar.
        ~ told_troll = true
    }
    # author: migas
    # after: 10
    # kind: troll
    Me han borrado jaja. Ahí va otra vez 🤡 pan de ayer a precio de caviar
    -> DONE

// ─────────────────────────────────────────────
// Una cuenta insulta directamente a Marta: el único tipo de publicación que se puede borrar.
=== abuse ===
# author: zasca
# id: abuse-open
# kind: abuse
# patience: 90
@marta_ruiz82 llorando en internet por una tarta 😂 qué dramática más patética, búscate una vida y hornéala tú, señora
* [Un respeto, por favor. Marta es clienta nuestra desde hace años: encargó una tarta de 38,50 € para el cumpleaños de su hijo, la perdimos nosotros y ya se la llevamos a casa. Tiene todo el derecho a quejarse, y aquí no permitimos insultos a nuestros clientes. # quality: calm_boundary # quality: admits_error # quality: exposes_private_data]
    ~ slips += 1
    ~ told_no_deletion = true
    # coach: no_deletion
    Defenderla está bien, pero has contado su encargo y lo que pagó delante de quien la insulta. Y recuerda: un comentario que insulta a un cliente es el único que puedes borrar.
    # author: marta
    # after: 25
    Gracias por defenderme... pero lo que pagué no hacía falta contarlo 😕
    -> DONE
* [Jaja, sin comentarios 🙊 # quality: sarcastic # quality: belittles]
    ~ told_no_deletion = true
    # coach: no_deletion
    Reírse con el que insulta deja a una clienta insultada bajo tu nombre. Defiéndela, y recuerda que este es el único tipo de comentario que puedes borrar.
    # author: marta
    # after: 20
    # kind: complaint
    Genial, @hornocorteza. Primero perdéis mi encargo y después os reís mientras alguien me insulta 😶
    -> DONE
* [Vamos a calmarnos todos, que tampoco es para tanto: ha sido un malentendido con una tarta y ya lo estamos arreglando con Marta. Aquí cabemos todos, con respeto 🙂 # quality: calm_boundary # quality: human_tone # quality: minimises]
    ~ slips += 1
    ~ told_no_deletion = true
    # coach: no_deletion
    Un "no es para tanto" pone al mismo nivel a quien insulta y a quien se queja con razón. Defiende a la clienta; y un insulto directo a un cliente es lo único que puedes borrar.
    # author: marta
    # after: 20
    # kind: complaint
    ¿"Un malentendido"? Me insultan bajo vuestra cuenta y para vosotros no es para tanto 😶
    -> DONE
* [Mantengamos el respeto: Marta tiene todo el derecho a contarnos lo que salió mal, y el error fue nuestro. Aquí no permitimos insultos a nuestros clientes. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    ~ told_no_deletion = true
    # coach: no_deletion
    Buen límite. Y recuerda: un comentario que insulta directamente a un cliente o a un colectivo es el único tipo que puedes borrar. Las críticas hacia ti, nunca.
    # author: andres
    # after: 25
    # kind: praise
    Bien dicho. Qué mala es la gente a veces 🙄
    -> DONE
* [Recordamos amablemente a todos los usuarios que respeten nuestras normas de la comunidad. # quality: canned]
    ~ told_no_deletion = true
    # coach: no_deletion
    Recordar las normas no protege a nadie. Una publicación que insulta directamente a un cliente es la única excepción al "nunca borres": quítala, o al menos defiéndela.
    # author: andres
    # after: 20
    # kind: complaint
    ¿Ya está? Insultan a una clienta y vosotros publicáis las normas 😐
    -> DONE
* [# on: ignored]
    ~ told_no_deletion = true
    # coach: no_deletion
    Un insulto contra una clienta se quedó publicado bajo tu cuenta. Es el único tipo de comentario que se puede borrar: protege a tu comunidad.
    # author: andres
    # after: 10
    # kind: complaint
    @hornocorteza ¿vais a dejar ese insulto ahí? No está bien.
    -> DONE
* [# on: deleted]
    ~ told_no_deletion = true
    # coach: no_deletion
    Correcto: esa es la excepción. Un comentario que insulta directamente a un cliente o a un colectivo puede quitarse; las críticas a la marca se quedan.
    # author: andres
    # after: 20
    Gracias por quitar eso. Hay cada persona 🙄
    -> DONE

// ─────────────────────────────────────────────
// Jaime: sarcástico y con seudónimo, pero un cliente real con un problema real. No es un troll.
=== jaime ===
# author: jaime
# id: jaime-open
# kind: complaint
# patience: 100
Me encanta 🙃 Anoche encargué un brunch para 8 en la web de @hornocorteza y desde las 11 pone "pendiente". ¿Hay alguien despierto o la web es decorativa? Los invitados llegan a las 12 👏👏
{escalated:
    # coach: escalation
    Segundo cliente con el mismo problema: no es un caso aislado. Bien que Inés ya esté al tanto, así puedes contarle lo que pasó de verdad.
- else:
    # coach: escalation
    Segundo cliente con el mismo problema: no es un caso aislado. Avisa a Inés (Escalar) para saber qué pasó antes de prometer nada.
}
- (asked_jaime)
* {not (analysed || escalated)} [# on: confirmed] -> asked_jaime
* {not (analysed || escalated)} [Jaime, perdona el mal rato. Fue un fallo puntual de la web y ya está solucionado: tu brunch para 8 estará listo a las 11:30 en Plaza del Mercado, sin problema. Si necesitas algo más, escríbenos por privado. ¡Que lo disfrutéis! # quality: apologises # quality: offers_private # quality: premature_all_clear # quality: over_promises]
    ~ slips += 1
    {not told_transparency:
        # coach: transparency
        Suena a solución, pero nadie te ha confirmado que esté arreglado ni que su brunch esté en marcha. Primero pregunta; después promete.
        ~ told_transparency = true
    }
    # author: jaime
    # after: 25
    # kind: complaint
    ¿Solucionado? Acabo de mirarlo y sigue "pendiente" 🙃
    -> DONE
* {analysed || escalated} [Jaime, tienes razón en estar molesto, y lo sentimos: anoche, entre las 11 y las 2, algunos encargos web no llegaron a las tiendas. El tuyo ya está confirmado: el brunch estará listo a las 11:30 en Plaza del Mercado. Te escribimos por privado con los detalles. # quality: apologises # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ jaime_ok = true
    {not told_follow_up:
        # coach: follow_up
        Bien: le contaste qué pasó, qué arreglaste y qué viene ahora. Pero sigue atento: casos así vuelven más tarde.
        ~ told_follow_up = true
    }
    # author: jaime
    # after: 30
    Vaya. Una respuesta clara. Vale, gracias, paso a las 11:30 👍
    # author: marta
    # after: 25
    {cake_fixed: A mí me pasó lo mismo esta mañana, y me lo resolvieron rápido 👍|A mí me pasó lo mismo esta mañana. Ojalá a ti por lo menos te lo resuelvan 🙄}
    -> DONE
* [Hola, Jaime. Aquí preferimos hablar de pan con buen tono, sin ironías 🙂 Si tienes algún problema con un encargo, escríbenos por privado con tu número de encargo y lo miramos con calma, que seguro que tiene solución. ¡Buen sábado! # quality: calm_boundary # quality: offers_private # quality: dismisses]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Cuidado: sarcástico no es lo mismo que troll. Tiene un encargo real y una hora: contestarle como a un troll, aunque sea con educación, es no escucharle.
    # author: jaime
    # after: 20
    # kind: complaint
    ¿"Buen tono"? Tengo 8 invitados en dos horas y un encargo pagado 🙃
    -> DONE
* {not (analysed || escalated)} [Jaime, tienes razón en estar molesto, y lo sentimos. No eres el único: estamos revisando con las tiendas qué ha pasado con los encargos de anoche. Te escribimos por privado para mirar el tuyo ahora mismo. # quality: apologises # quality: acknowledges # quality: next_step # quality: offers_private # model: true]
    {not told_private:
        # coach: private_channel
        Bien: reconocido en público, y el caso concreto a privado. Ahora averigua qué pasó (Analizar o Escalar) antes de contárselo.
        ~ told_private = true
    }
    # author: jaime
    # after: 25
    Vale. Espero, pero el reloj corre 🙃
    -> dm
* {analysed || escalated} [Jaime, tienes razón en estar molesto, y lo sentimos: la empresa que nos lleva la tienda web falló anoche, entre las 11 y las 2, y algunos encargos no llegaron a las tiendas. Ya les hemos pedido explicaciones. El tuyo está confirmado: listo a las 11:30 en Plaza del Mercado. # quality: apologises # quality: explains # quality: next_step # quality: blames_third_party]
    ~ jaime_ok = true
    ~ slips += 1
    # author: jaime
    # after: 25
    Vale, gracias por el brunch. Aunque yo le compré a Corteza, no a "la empresa de la web" 🙃
    -> DONE
* [¡Todo funciona con normalidad por nuestra parte! A veces los encargos tardan en actualizarse 😊 # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ jaime_dropped = true
    {not told_transparency:
        # coach: transparency
        Dos clientes ya te dijeron que no funciona con normalidad. No niegues un problema para quedar bien: admítelo rápido y cuenta qué estás haciendo.
        ~ told_transparency = true
    }
    # author: jaime
    # after: 20
    # kind: complaint
    ¿"Con normalidad"? A @marta_ruiz82 le pasó lo mismo esta mañana. No disimuléis 🙄
    -> DONE
* [Hola, Jaime, mándanos tu número de encargo por privado y lo revisamos. # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Privado es el lugar para los datos de su encargo, pero di algo en público primero: otros tienen el mismo problema y están mirando.
        ~ told_private = true
    }
    -> dm
* [# on: ignored]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Dejaste a Jaime sin respuesta, quizá porque sonaba a troll. No lo es: tiene un encargo real en juego. Ante la duda, atiende cualquier señal de malestar.
    # author: jaime
    # after: 5
    # kind: complaint
    Sigue "pendiente" y sigo sin respuesta. Me voy al súper. Gracias, @hornocorteza 👏
    -> DONE
* [# on: deleted]
    ~ jaime_dropped = true
    {not told_no_deletion:
        # coach: no_deletion
        Fue sarcástico, no ofensivo: su queja era legítima. Nunca borres las críticas; la única excepción es un comentario que insulte a un cliente o a un colectivo.
        ~ told_no_deletion = true
    }
    # author: jaime
    # after: 10
    # kind: complaint
    Han borrado mi comentario en vez de arreglar mi encargo. Muy elegante \#HornoCorteza
    -> DONE

= dm
# author: jaime
# id: jaime-dm
# channel: private
# kind: question
# patience: 90
# after: 30
CZ-2240. Brunch para 8, recogida a las 11:30. ¿Está rota toda la tienda web o qué?
- (asked_jdm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_jdm
* [Lo sentimos mucho, Jaime, y gracias por la paciencia. Ya lo tienes confirmado para las 11:30 en Plaza del Mercado. Eso sí, para la próxima, un brunch para 8 mejor encárgalo por teléfono: la web no está pensada para encargos tan grandes y a veces se atasca. # channel: private # quality: apologises # quality: next_step # quality: apology_then_blame]
    ~ jaime_ok = true
    ~ slips += 1
    # author: jaime
    # channel: private
    # after: 20
    Vale, gracias. Aunque si la web no sirve para encargos, quitad el botón 🙃
    -> DONE
* {analysed || escalated} [Gracias, Jaime. Sí: anoche, entre las 11 y las 2, algunos encargos web no llegaron a las tiendas, y el tuyo fue uno. Lo sentimos. Ya está confirmado: Plaza del Mercado lo tiene listo a las 11:30, con el café de la mesa por nuestra cuenta. # channel: private # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    Vale, qué alivio. Gracias 🙏
    -> DONE
* {not (analysed || escalated)} [Gracias, Jaime. Lo estamos mirando ahora con Plaza del Mercado y te confirmamos por aquí en unos minutos cómo va tu brunch. Sentimos el mal rato; el café de la mesa va por nuestra cuenta. # channel: private # quality: apologises # quality: next_step # quality: promises_update # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    Vale. Unos minutos. Estaré mirando el móvil.
    -> DONE
* [Tu encargo está en proceso. # channel: private # quality: canned]
    ~ jaime_dropped = true
    # author: jaime
    # after: 25
    # kind: complaint
    Les pregunto por privado si la tienda web está rota y me contestan "tu encargo está en proceso". Sigue pendiente 🙃
    -> DONE
* [Lo sentimos, no podemos compartir información técnica sobre nuestros sistemas. # channel: private # quality: cites_policy # quality: dismisses]
    ~ jaime_dropped = true
    # author: jaime
    # channel: private
    # after: 20
    No quiero información técnica, quiero mi brunch 🙃
    -> DONE
* [# on: ignored]
    ~ jaime_dropped = true
    # author: jaime
    # after: 5
    # kind: complaint
    Les mandé mi número de encargo hace siglos. Nada. Genial.
    -> DONE

// ─────────────────────────────────────────────
// Lola: una bloguera gastronómica adora los bollos. Agradécelo con calidez y humildad, deja en paz
// a la competencia, y no aproveches el elogio para dar por cerrado lo de la web.
=== foodie ===
# author: lola
# id: foodie-open
# kind: praise
# patience: 120
He probado los nuevos bollos de cardamomo de @hornocorteza y madre mía 🤤 Esponjosos, aromáticos, nada empalagosos. 10/10, los mejores de la ciudad. ¡Id antes de que se acaben! \#LolaCome
* [¡Gracias, Lola! Claro, los mejores de la ciudad, nada que ver con lo industrial de Molinete, el de enfrente 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # coach: no_competitor_bashing
    Lola te elogió; no hacía falta hundir a nadie. Nunca te sumes a las críticas a la competencia: sé auténtico y deja que hable tu pan.
    # author: lola
    # after: 20
    Uf, no hacía falta meterse con nadie 😬 A mí también me gustan las barras de Molinete
    # author: irene
    # after: 25
    # kind: complaint
    ¿Meterse con la panadería de enfrente? Muy poco de barrio 😕
    -> DONE
* [¡Muchísimas gracias, Lola! 🧡 Nos hace muchísima ilusión. Y para tus seguidores que preguntan por lo de anoche: la web ya está arreglada del todo, así que podéis encargar los bollos para mañana tranquilos. ¡Te escribimos por privado para invitarte al obrador! # quality: thanks # quality: rewards # quality: human_tone # quality: premature_all_clear]
    ~ slips += 1
    {not told_humility:
        # coach: humility
        El agradecimiento es bonito, pero has aprovechado un elogio para dar por arreglado algo que nadie te ha confirmado, delante de 14.000 seguidores.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    ¡¡Me ENCANTARÍA!! 😍
    # author: andres
    # after: 30
    # kind: question
    ¿Arreglada del todo? Mi encargo de anoche sigue sin aparecer 🤔
    -> DONE
* [¡Muchísimas gracias, Lola! 🧡 Todo el mérito es del equipo de noche, que empieza a amasar a las 4. Te escribimos por privado: nos encantaría que vinieras una mañana a verlo. # quality: thanks # quality: rewards # quality: human_tone # model: true]
    {not told_humility:
        # coach: humility
        Humilde y cercano: compartir el mérito con el equipo funciona mejor que presumir. Ser humano es lo que hace que la gente quiera que te vaya bien.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    ¡¡Ay, me ENCANTARÍA!! 😍 Contad conmigo
    # author: carmen
    # after: 20
    # kind: praise
    Los bollos del turno de noche son legendarios 👏
    -> DONE
* [Gracias por tu reseña. Horno Corteza: horneado con cariño desde 1987. # quality: canned]
    {not told_positive:
        # coach: acknowledge_positive
        Un elogio merece un agradecimiento cálido y personal y, si puedes, algo especial para esa persona.
        ~ told_positive = true
    }
    # author: lola
    # after: 20
    Vale... un poco frío para una panadería tan bonita 😅
    -> DONE
* [# on: ignored]
    {not told_positive:
        # coach: acknowledge_positive
        El elogio de Lola se quedó sin respuesta. Los elogios también merecen un gracias, y un pequeño regalo cuando puedas.
        ~ told_positive = true
    }
    # author: lola
    # after: 10
    Ni una respuesta 🥲 ¡Aun así, recomiendo los bollos!
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        ¡Borraste un elogio! Nunca borres lo que la gente dice de ti, salvo que insulte a alguien.
        ~ told_no_deletion = true
    }
    # author: lola
    # after: 10
    # kind: complaint
    ¿¿Me han borrado la reseña?? 😂 Bueno, vale
    -> DONE

// ─────────────────────────────────────────────
// Al final del turno Marta vuelve: ¿se arregló? Una crisis nunca está cerrada.
=== followup ===
# author: marta
# id: followup-open
# kind: question
# patience: 90
{cake_fixed: A Lucas le ENCANTÓ su tarta 🎂 Una pregunta: he encargado pan en vuestra web para la comida del domingo. ¿Esta vez sí va a llegar? ¿Está arreglado lo de la web? 😅|Aquí otra vez. Nadie me ha contado qué pasó con mi encargo de esta mañana. ¿Está arreglado o no? Tengo otro encargo para mañana y cero confianza 😒}
- (asked_followup)
* {not (analysed || escalated)} [# on: confirmed] -> asked_followup
* {not (analysed || escalated)} [¡Hola, Marta! Sí, ya está todo arreglado y no volverá a pasar: fue un fallo puntual de la web de anoche y el equipo ya lo ha revisado. Tu pan del domingo llegará sin problema, y gracias de corazón por confiar otra vez en nosotros después del susto de esta mañana 🧡 ¡Buen domingo! # quality: thanks # quality: human_tone # quality: premature_all_clear # quality: over_promises]
    ~ followed_up = true
    ~ slips += 1
    ~ told_follow_up = true
    # coach: follow_up
    Has vuelto a contestar, bien. Pero "arreglado y no volverá a pasar" no te lo ha confirmado nadie. Hacer seguimiento es contar lo que sabes, no lo que te gustaría.
    # author: marta
    # after: 25
    Vale... eso mismo decía la web anoche. Ya veremos el domingo 😅
    -> DONE
* [Eso ya se respondió en el hilo de esta mañana. # quality: dismisses # quality: belittles]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Nunca des un caso por cerrado: las preguntas vuelven horas después, y "ya se respondió" suena a portazo. Responde otra vez, con datos.
    # author: marta
    # after: 20
    # kind: complaint
    He leído el hilo. Por eso pregunto 🙄
    -> DONE
* {analysed || escalated} [Gracias por volver a preguntar, Marta. Te lo contamos: anoche, entre las 11 y las 2, falló el servicio de la empresa que nos gestiona la web, y los encargos no llegaron a las tiendas. Ya les hemos pedido que no se repita, y tu pan del domingo está confirmado para las 10 en Olmo. # quality: thanks # quality: explains # quality: next_step # quality: blames_third_party]
    ~ followed_up = true
    ~ slips += 1
    ~ told_follow_up = true
    # coach: follow_up
    Buen seguimiento: qué pasó y qué viene. Pero el fallo se lo pasas a otra empresa, y la web es tuya: tus clientes te compran a ti.
    # author: marta
    # after: 25
    Vale, gracias. Lo de la empresa de la web me da igual, la verdad: yo os compro a vosotros.
    -> DONE
* {analysed || escalated} [Gracias por volver a preguntar, Marta. Esto es lo que pasó: anoche, entre las 11 y las 2, los encargos web no llegaron a las tiendas. Ya está arreglado y los hemos revisado todos a mano: tu pan del domingo está confirmado para las 10 en Olmo. Te avisamos cuando esté listo. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Exacto: una crisis nunca está cerrada. Volvió a preguntar, y le contaste qué pasó, qué arreglaste y qué viene ahora.
    # author: marta
    # after: 30
    # kind: praise
    Vale, gracias. El domingo os digo 🙌
    # author: andres
    # after: 25
    Por cierto, el mío también ha aparecido 👍
    -> DONE
* {not (analysed || escalated)} [Gracias por volver a preguntar, Marta, es justo que lo hagas. Todavía estamos revisando con las tiendas qué falló anoche, y no queremos decirte que está arreglado hasta saberlo. Olmo está mirando tu pan del domingo a mano: te escribimos por privado hoy para confirmártelo. # quality: thanks # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Bien: volviste a contestar y no prometiste lo que no sabes. Ahora averigua qué pasó, para poder contárselo de verdad.
    # author: marta
    # after: 30
    Vale. Al menos sois sinceros. Espero el mensaje.
    -> DONE
* [¡Todo ha vuelto a la normalidad, que disfrutes el fin de semana! 😊 # quality: canned # quality: dismisses]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Demasiado poco. Preguntó si estaba arreglado y recibió un eslogan. Hacer seguimiento es contar qué pasó, qué arreglaste y qué sigue.
    # author: marta
    # after: 20
    # kind: complaint
    ¿"Normalidad" como la de esta mañana? 😅 La verdad, esperaba algo más que un emoji.
    -> DONE
* [# on: ignored]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Marta volvió y se encontró con silencio. Una crisis no termina porque el turno esté tranquilo: vigila a los que vuelven.
    # author: marta
    # after: 5
    # kind: complaint
    Ignorada. Para ellos ya ha pasado; para los que tenemos encargos, no.
    -> DONE
* [# on: deleted]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Preguntó si estaba arreglado y borraste la pregunta. Nunca borres, y nunca des un caso por cerrado.
    # author: marta
    # after: 10
    # kind: complaint
    ¿Borrar mi pregunta? ¿En serio, @hornocorteza?
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público sobre los encargos web perdidos: los hechos, solo cuando se han comprobado.
=== statement ===
* {analysed || escalated} [Sobre los encargos web de esta mañana: anoche, entre las 11 y las 2 de la madrugada, algunos encargos hechos en nuestra web no llegaron a las tiendas. Fue culpa nuestra y lo sentimos, sobre todo por quienes vinisteis a por una tarta o un brunch y no encontrasteis nada. Ya está arreglado y estamos revisando cada encargo a mano. Si el tuyo se vio afectado, escríbenos: lo horneamos hoy sin coste o te devolvemos el dinero, como prefieras. Avisaremos aquí cuando esté todo revisado. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        Un comunicado claro: qué pasó, que fue culpa tuya, qué estás haciendo y qué pueden pedir los clientes. Eso es transparencia.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Gracias por explicarlo 🧡 Lo mío era solo una barra, pero se agradece saberlo.
    # author: andres
    # after: 25
    Ah, por eso no apareció mi encargo. Os escribo ahora.
    -> DONE
* {not (analysed || escalated)} [Sobre los encargos web de esta mañana: algunos encargos hechos anoche en nuestra web no han llegado a las tiendas. Lo sentimos, sobre todo por quienes habéis venido a por una tarta o un brunch y no habéis encontrado nada. Estamos revisando con las tiendas qué ha pasado, y cada encargo a mano. Si el tuyo se ha visto afectado, escríbenos y lo resolvemos contigo hoy. Contaremos aquí lo que encontremos. # quality: apologises # quality: acknowledges # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        Honesto: lo que sabes, lo que estás haciendo y cuándo volverás a contarlo. Cuando sepas qué pasó, cuéntalo también.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Gracias por avisar. Los errores pasan 🧡
    # author: andres
    # after: 25
    # kind: question
    ¿Y se sabe ya qué ha pasado? Os escribo por lo mío.
    -> DONE
* [Sobre los encargos web de esta mañana: anoche la web nos falló y algunos encargos no llegaron a las tiendas. Lo sentimos muchísimo. Para compensarlo, hoy todos los que hayáis tenido cualquier problema con un encargo tenéis una tarta gratis en cualquiera de nuestras tres tiendas, sin necesidad de enseñar nada. ¡Gracias por vuestra paciencia! # quality: apologises # quality: admits_error # quality: offers_redress # quality: unverified_compensation]
    ~ slips += 1
    # coach: redress
    Generoso, pero una tarta gratis "sin enseñar nada" para cualquiera que diga que tuvo un problema no repara a quien lo tuvo: lo reparte entre todos. Compensa caso por caso.
    # author: andres
    # after: 25
    Pues yo también tuve "un problema" 😏 Nos vemos en Olmo
    # author: irene
    # after: 30
    # kind: complaint
    Hay cola en Plaza de gente pidiendo su tarta gratis, y la señora del encargo perdido esperando detrás 🙄
    -> DONE
* [En Horno Corteza trabajamos cada día para ofrecer el mejor servicio. Lamentamos las molestias que hayan podido sufrir nuestros clientes. # quality: canned]
    {not told_humility:
        # coach: humility
        Los comunicados corporativos así no dicen nada y pueden volverse en contra. Habla como una persona: qué pasó, perdón, y qué estás haciendo.
        ~ told_humility = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    ¿"Las molestias"? ¿Qué ha pasado con los encargos exactamente? 🤔
    # author: andres
    # after: 20
    # kind: complaint
    No dice nada. ¿Se ha perdido mi encargo o no?
    -> DONE
* [Nuestra tienda web funciona con normalidad. Los encargos realizados correctamente se procesan sin incidencias. Por favor, revisa tu correo de confirmación antes de contactarnos. # quality: defensive # quality: deceives # quality: blames_customer]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        Eso niega un fallo real y culpa a tus clientes. Nunca engañes: admite el error rápido y con sinceridad.
        ~ told_transparency = true
    }
    # author: irene
    # after: 20
    # kind: complaint
    ¿"Realizados correctamente"? ¿O sea que ahora la culpa es nuestra?
    # author: andres
    # after: 25
    # kind: complaint
    Tengo el correo de confirmación y no ha llegado nada. Captura al canto 📸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento
=== update ===
* {analysed || escalated} [Actualización sobre los encargos web: todos los encargos afectados esta mañana ya se han rehecho o reembolsado, y la conexión entre la tienda web y las tiendas está arreglada y comprobada. Si todavía esperas respuesta, escríbenos y te contestamos hoy. Gracias por la paciencia, y perdón otra vez. # quality: explains # quality: next_step # quality: apologises # quality: acknowledges # model: true]
    {not told_follow_up:
        # coach: follow_up
        Promesa cumplida: dijiste que actualizarías, y lo hiciste, con datos. Así vuelve la confianza.
        ~ told_follow_up = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Me encanta que nos tengáis al tanto 🙌
    # author: andres
    # after: 25
    El mío ha llegado, todo bien 👍
    -> DONE
* {not (analysed || escalated)} [Actualización sobre los encargos web: seguimos revisando con las tiendas qué falló anoche, y ya hemos escrito a quienes nos habéis contado vuestro caso. Todavía no sabemos cuántos encargos se vieron afectados y no queremos dar cifras sin comprobarlas; lo contaremos aquí en cuanto lo sepamos. # quality: acknowledges # quality: next_step # quality: promises_update # model: true]
    {not told_follow_up:
        # coach: follow_up
        Una actualización honesta: lo que has hecho y lo que aún no sabes. Cuando lo sepas, vuelve con los datos.
        ~ told_follow_up = true
    }
    # author: andres
    # after: 25
    Vale. Al menos contáis algo.
    -> DONE
* [Seguimos trabajando para darte el mejor servicio. ¡Gracias por tu paciencia! 🙏 # quality: canned]
    {not told_follow_up:
        # coach: follow_up
        Una actualización sin novedades no es una actualización. Cuenta qué se arregló y qué viene después.
        ~ told_follow_up = true
    }
    # author: irene
    # after: 25
    # kind: complaint
    Vale, pero... ¿está arreglado o no?
    -> DONE
* [Actualización: ¡el problema está 100% resuelto y no volverá a pasar nunca! # quality: deceives # quality: premature_all_clear # quality: over_promises]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        "Nunca más" es una promesa que nadie puede cumplir. Sé sincero sobre lo que se arregló y lo que todavía estás revisando.
        ~ told_transparency = true
    }
    # author: andres
    # after: 20
    # kind: complaint
    ¿Nunca? Qué valientes. El mío sigue poniendo "pendiente" 🤔
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)
=== crowd_complaint ===
{shuffle:
- Mi encargo de anoche tampoco aparece 😕 @hornocorteza
- Encargué cruasanes para la oficina por la web y en la tienda no saben nada 🤨
- ¿Está rota la tienda web? Mi encargo pone "pendiente" desde ayer
- He ido a por mi pan encargado y no tenían ni idea. A hacer la cola otra vez 😤
- Lo mismo aquí, encargo perdido. ¡Por lo menos contadnos qué pasa!
- Pagué por la web anoche y nada. ¿Me devolvéis el dinero o qué? 💸
- ¿Soy yo o hoy los encargos web desaparecen? \#HornoCorteza
- Encargué una tarta para la visita de mi madre y... nada. Nada contenta 😞
- 20 minutos en Olmo arreglando un encargo que ya había pagado 🙄
}
-> DONE

=== crowd_troll ===
{shuffle:
- Los fans de Corteza son una secta, a ver quién me lo discute 🤡
- Pan duro Y encargos perdidos, vaya combo jaja
- Seguro que los bollos salen de un congelador 🥶🤣
- \#sobrevalorados \#sobrevalorados \#sobrevalorados
- Imagínate pagar eso por un bollo 💀
- Palomitas listas para el drama de la panadería 🍿
- Su web está tan dura como su pan 🥖😂
- El pan del súper es mejor y lo mantengo 😎
- Otra panadería "artesanal", qué bostezo 🥱
}
-> DONE

=== crowd_support ===
{shuffle:
- La mejor panadería del barrio, sin discusión 🥐🧡
- Su pan de masa madre me ha salvado meses difíciles, os quiero Corteza
- Los errores pasan, conmigo siempre lo han resuelto 👍
- ¡¡¡Han vuelto los bollos de cardamomo!!! El mejor día del año 🤤
- El equipo de Olmo es la gente más maja de la ciudad
- Encargué ahí la tarta de mi boda y quedó perfecta 💍🎂
- Bien por ellos por contestar a todo el mundo, eso no se ve mucho
- Un domingo sin cruasanes de Corteza no es domingo ☕
- Una panadería de barrio haciendo lo que puede, dadles un respiro 🙏
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y entra aquí.
=== ending ===
{
- deleted_criticism >= 1 || blocked_genuine >= 1 || lied || trolls_fed >= 2 || slips >= 4:
    -> rough_shift
- not marta_heard && not followed_up:
    -> empty_counter
- heat >= 60 || sentiment <= -30:
    -> rough_shift
- slips >= 1 || not allergy_ok || followup_missed || not cake_fixed || jaime_dropped || (promised_update && updates == 0):
    -> loose_ends
- fan_thanked && marta_heard && jaime_ok && followed_up && trolls_fed == 0 && not competitor_attacked && redress_given > 0 && sentiment >= 20:
    -> great_first_day
- else:
    -> good_start
}

= great_first_day
# ending: great_first_day
Un gran primer día
A media tarde, Marta publica una foto de Lucas soplando siete velas sobre una tarta de chocolate, y etiqueta a la panadería.
Los encargos perdidos se rehicieron, Dani supo qué llevaba el relleno y los carteles ya lo dicen, y el troll se quedó sin público.
Inés te llama antes de cerrar: "Nada mal para un primer día. Mañana puedes enseñarle al equipo del fin de semana cómo lo hiciste."
-> END

= good_start
# ending: good_start
Un buen comienzo
Nada se incendió, y casi todo el mundo recibió respuesta a tiempo.
{redress_given == 0: Pero los clientes a los que les fallaron no recibieron más que palabras: el presupuesto de detalles está para usarlo.|{trolls_fed > 0: El troll al que contestaste sigue compartiendo tu respuesta para reírse. La próxima vez, una línea tranquila o nada.|{competitor_attacked: Tu pulla a Molinete circula por el grupo de WhatsApp del barrio.|{not fan_thanked: Rosa nunca recibió su agradecimiento; lo comenta, medio en broma, en el mostrador.|Un par de respuestas podrían haber sido más cálidas. Nada que no se aprenda.}}}}
Inés te manda un mensaje: "Buen comienzo. El lunes repasamos un par de cosas."
-> END

= loose_ends
# ending: loose_ends
Cabos sueltos
{followup_missed: Marta preguntó si el problema estaba arreglado y nunca recibió una respuesta de verdad. Por la noche ya les dice a sus amigas que encarguen en otro sitio.|{not cake_fixed: El caso de Marta nunca se resolvió: Lucas sopló las velas sobre una tarta del súper.|{not allergy_ok: Dani sigue sin saber qué llevaba el relleno, y en el grupo del cole ya circula "cuidado con los bollos de Corteza".|{jaime_dropped: El brunch de Jaime nunca se resolvió, y su "¿la web es decorativa?" se sigue compartiendo.|{slips >= 1: Casi todo salió bien, pero alguna respuesta prometió lo que nadie había comprobado, culpó a otro o contó lo que era privado, y por la tarde alguien te lo recuerda.|Prometiste una actualización sobre los encargos web y nunca la publicaste. Por la noche la gente sigue preguntando "¿y?".}}}}}
Nada de esto es un desastre, pero cada promesa abierta es una queja esperando a volver.
Inés te pide que anotes, antes de irte a casa, cada caso que dejaste abierto, y que mañana empieces por ellos.
-> END

= empty_counter
# ending: empty_counter
Nadie detrás del mostrador
La cuenta de la panadería pasó la mañana como una tienda con las luces encendidas y nadie en la caja.
{cake_fixed: Marta recibió su tarta al final, pero nadie que leyera su publicación vio a la panadería contestarle.|Marta nunca recibió una respuesta de verdad: Lucas sopló las velas sobre una tarta del súper, y ella se aseguró de que todo el mundo lo supiera.}
{unanswered > 0: Al terminar el turno todavía hay preguntas esperando, con quejas nuevas apiladas encima.|El silencio y las respuestas frías de copiar y pegar hicieron más daño del que el troll podría haber hecho nunca.}
Inés te llama: "Estar es la mitad del trabajo. Mañana me siento contigo la primera hora."
-> END

= rough_shift
# ending: rough_shift
Un turno difícil
{deleted_criticism >= 1: Las capturas de los comentarios borrados circulan por los grupos de WhatsApp del barrio: "Corteza borra las quejas".|{lied: Lo que dijiste en público no coincide con lo que vieron los clientes, y eso es lo que se comparte.|{blocked_genuine >= 1: Una clienta bloqueada publica la captura del bloqueo, y medio barrio se pone de su lado.|{trolls_fed >= 2: El troll al que no dejabas de contestar convirtió tus respuestas en el entretenimiento de la mañana.|{slips >= 4: Respuestas amables, pero una tras otra prometían lo que nadie había comprobado, culpaban a otros o contaban lo privado; por la tarde nadie sabe qué creerse.|Nadie explicó en público lo de los encargos web perdidos, y las quejas de los clientes se acumularon hasta que todo el barrio hablaba de ello.}}}}}
{marta_snubbed: Marta publica una foto de una tarta del súper con el texto "gracias por nada, @hornocorteza".|Por la noche, las menciones de la panadería son más enfadadas que amables.}
Inés te llama: "Mañana nos sentamos juntos antes de tu turno. Todo el mundo tiene un primer día."
-> END
