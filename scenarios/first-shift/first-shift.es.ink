// Cortafuegos · escenario "first-shift" (español)
// Incorporación. Sábado por la mañana, primer turno como community manager de Horno Corteza,
// una panadería familiar con tres tiendas de barrio. Vuelven los bollos de cardamomo, los
// fans están contentos, y el tropiezo de anoche de la tienda web perdió algunos encargos.
// Un coach da un consejo la primera vez que importa cada principio (líneas con la etiqueta `coach:`).

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
+ [Hilo: Dani pregunta por los frutos secos] -> allergy
+ [Hilo: Marta y el pastel de cumpleaños perdido] -> cake
+ [Hilo: el troll] -> troll
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
Inés, que dirige las tiendas, está al teléfono si la necesitas, y hay un pequeño presupuesto para detalles: un café, una caja de bollería, un reembolso.
Un coach te dará un consejo la primera vez que aparezca cada principio. Respira: es un día tranquilo.
-> DONE

// ─────────────────────────────────────────────
// Rosa: el elogio de una clienta habitual. Agradécelo y prémialo, en público.
=== regular ===
# author: rosa
# id: regular-open
# kind: praise
# patience: 150
Ritual de sábado: café y el primer bollo de cardamomo de la temporada en Corteza Olmo ☕🥐 VOLVIERON y están perfectos. Gracias por existir @hornocorteza 🧡 \#SábadoDeBollos
* [¡Rosa, nos alegraste la mañana! 🧡 Gracias por venir cada sábado. Tu próximo café en Olmo corre por nuestra cuenta: solo saluda en el mostrador, ya avisamos al equipo. ¡Que disfrutes el bollo! # quality: thanks # quality: rewards # quality: human_tone # model: true]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Muy bien: un comentario amable respondido, agradecido y premiado, en público, donde todos lo ven. Los clientes fieles son los que te defienden en un mal día.
    # author: rosa
    # after: 25
    # kind: praise
    ¡Nooo, no hacía falta! 😍 Entonces nos vemos mañana ☕
    # author: carmen
    # after: 30
    # kind: praise
    Corteza contestando como una vecina más, como siempre. Ahora quiero un bollo 🤤
    -> DONE
* [¡Hola, Rosa! Muchas gracias por la foto 🧡 Tu próximo café en Olmo corre por nuestra cuenta: solo muestra este mensaje en el mostrador. # channel: private # quality: thanks # quality: rewards # quality: human_tone]
    ~ fan_thanked = true
    ~ told_positive = true
    # coach: acknowledge_positive
    Un detalle precioso. La próxima vez agradécelo también en público: los demás seguidores no ven un mensaje privado, solo ven un elogio sin respuesta.
    # author: rosa
    # channel: private
    # after: 25
    ¡Ay, gracias! Qué sorpresa tan linda 😊
    -> DONE
* [Gracias por tu comentario. Descubre toda nuestra gama de productos en hornocorteza.com # quality: canned]
    ~ told_positive = true
    # coach: acknowledge_positive
    Eso suena a robot. Un elogio merece un agradecimiento humano, con su nombre y, si puedes, un pequeño regalo.
    # author: rosa
    # after: 25
    Ah... ok, bot 😅
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
    ¿@hornocorteza acaba de borrar mi comentario?? Si los estaba FELICITANDO 😂😳
    -> DONE

// ─────────────────────────────────────────────
// Dani: una pregunta real, con un niño en la fila. Responde rápido y con honestidad.
=== allergy ===
# author: dani
# id: allergy-open
# kind: question
# patience: 100
¡¡Pregunta!! ¿Los bollos de cardamomo llevan frutos secos? Mi hijo es alérgico a la avellana y me está rogando por uno 🥺 Estamos en la fila de la tienda de Plaza del Mercado
~ told_timeliness = true
# coach: timeliness
Una pregunta real, con alguien esperando en una fila. Responde en minutos: en redes, una respuesta que llega horas después no vale nada.
* [¡Hola, Dani! Los bollos no llevan frutos secos en la receta, pero se hornean en el mismo obrador que nuestros pasteles de avellana, así que no podemos descartar trazas. Con una alergia preferimos ser sinceros: mejor no arriesgarse. El equipo de Plaza te puede mostrar qué hay hoy sin frutos secos 🙂 # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ told_transparency = true
    # coach: transparency
    Bien: honestidad, aunque te cueste una venta. Nunca digas lo que no puedes garantizar; la confianza se construye diciendo la verdad, también la parte incómoda.
    # author: dani
    # after: 30
    # kind: praise
    ¡¡Gracias por la sinceridad!! La chica del mostrador le encontró un brioche sencillo y está feliz 😄
    # author: irene
    # after: 25
    Qué bueno saber lo de las trazas, mi sobrina también es alérgica. ¡Gracias!
    -> DONE
* [¡Sí, totalmente seguros! Nada de frutos secos, que lo disfrute 😊 # quality: deceives]
    ~ lied = true
    ~ told_transparency = true
    # coach: transparency
    Cuidado: los bollos no llevan frutos secos, pero pueden tener trazas del obrador. Nunca prometas lo que no puedes garantizar. Si te equivocaste, dilo rápido.
    # author: irene
    # after: 20
    # kind: complaint
    Por favor, con las alergias no se juega, @hornocorteza 😬
    # author: dani
    # after: 15
    # kind: question
    # patience: 90
    Espera, el cartel del mostrador dice "puede contener trazas de frutos secos"... ¿en qué quedamos? 😟
    -> traces
* [La información sobre alérgenos está disponible en nuestra web y en tienda. # quality: canned # quality: dismisses]
    {not told_humility:
        # coach: humility
        Eso suena a cartel pegado en una puerta. Está en una fila con un niño: responde a lo que pregunta, con sencillez, como lo harías en el mostrador.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    Estoy en una fila con un niño de 6 años, no puedo ponerme a leer webs ahora 😩
    -> DONE
* [Los padres de niños alérgicos siempre deberían revisar las etiquetas antes de preguntar 😉 # quality: blames_customer # quality: belittles]
    {not told_humility:
        # coach: humility
        Sermonear a una madre preocupada suena arrogante. Nunca menosprecies a un cliente, por pequeña que sea la pregunta: mantén un tono amable.
        ~ told_humility = true
    }
    # author: dani
    # after: 20
    # kind: complaint
    Guau. Pregunto PORQUE reviso. Gracias por nada, @hornocorteza
    # author: irene
    # after: 25
    # kind: complaint
    ¿En serio ese tono? 😬
    -> DONE
* [# on: ignored]
    # coach: timeliness
    Dani esperó en la fila sin respuesta y se fue. Una pregunta antes de comprar es una venta y un poco de confianza: respóndela mientras todavía importa.
    # author: dani
    # after: 5
    # kind: complaint
    Nadie contesta... lo dejamos, no vale la pena el riesgo 🤷‍♀️
    -> DONE
* [# on: deleted]
    {not told_no_deletion:
        # coach: no_deletion
        Borraste una pregunta sobre alergias. Nunca borres críticas ni preguntas: lo único que puedes quitar es un comentario que insulte a un cliente o a un colectivo.
        ~ told_no_deletion = true
    }
    # author: dani
    # after: 10
    # kind: complaint
    ¿¿Borraron mi pregunta sobre alergias?! ¿En serio, @hornocorteza?
    -> DONE

= traces
* [Tienes razón, Dani, y lo sentimos: respondimos demasiado rápido. Los bollos no llevan frutos secos en la receta, pero pueden contener trazas. Mejor no arriesgarse: el equipo de Plaza te muestra qué hay hoy sin frutos secos. # quality: admits_error # quality: apologises # quality: explains # quality: next_step # model: true]
    ~ lied = false
    # author: dani
    # after: 25
    Gracias por corregirlo tan rápido 🙏 Brioche sencillo, entonces.
    -> DONE
* [La información de nuestra web es correcta. Por favor, consulta la lista de alérgenos antes de comprar. # quality: defensive # quality: cites_policy]
    # author: dani
    # after: 20
    # kind: complaint
    ¿O sea que la web tiene razón y su respuesta estaba mal? Genial 🙄 Nos vamos.
    -> DONE
* [¡Perdón por la confusión! 😊 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Perdón, pero... ¿¿puede comerlo o no?? 😩
    -> DONE
* [# on: ignored]
    # author: dani
    # after: 5
    # kind: complaint
    Sin respuesta. No compramos nada, no vale la pena el riesgo.
    -> DONE

// ─────────────────────────────────────────────
// Marta: la primera queja. Escucha, pide perdón en público, resuélvelo en privado.
=== cake ===
# author: marta
# id: cake-open
# kind: complaint
# patience: 100
Anoche encargué el pastel de cumpleaños de mi hijo en la web de @hornocorteza. Fui a recogerlo a Olmo a las 10 y NO tienen ningún registro. La fiesta es a la 1 y tengo a un niño de 7 años preguntando dónde está su pastel 😡😭
* [Marta, lo sentimos muchísimo. Qué momento, con la fiesta en unas horas. El error es nuestro, no tuyo. Te escribimos ahora mismo por mensaje privado para tener el pastel de tu hijo listo a tiempo. # quality: apologises # quality: empathises # quality: admits_error # quality: offers_private # quality: next_step # quality: human_tone # model: true]
    ~ marta_heard = true
    ~ told_empathy = true
    # coach: empathy
    Eso es: primero entender cómo se siente, después pedir perdón y ofrecer una salida. Una persona molesta necesita sentirse escuchada antes que nada.
    # author: marta
    # after: 30
    Ok. Reviso mis mensajes. Por favor, díganme que hay solución 🙏
    -> dm
* [Hola, Marta, ¿nos envías tu número de pedido? # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Llevar su caso a privado está bien, pero antes reconócelo en público: todos los que leen su publicación solo ven tu silencio.
        ~ told_private = true
    }
    # author: marta
    # after: 30
    Me piden el número de pedido por privado, pero aquí afuera ni un "lo sentimos" 🙄 En fin, ahí va.
    -> dm
* [Lamentamos las molestias ocasionadas. Para incidencias con pedidos, escribe a pedidos@hornocorteza.com # quality: canned # quality: dismisses]
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
* [Nuestro sistema no muestra ningún pedido a tu nombre. ¿Seguro que completaste el pago? # quality: defensive # quality: blames_customer]
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
    Sigo sin respuesta de @hornocorteza. Cuarenta minutos perdidos, fiesta a la 1, sin pastel. Muchas gracias.
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
    Borrar la queja de una madre con un problema con el pastel de cumpleaños... no queda nada bien.
    # author: marta
    # after: 10
    # kind: complaint
    # patience: 90
    ¿¿BORRARON mi queja?? La vuelvo a publicar, con la captura del pago 📸 \#HornoCorteza
    -> late

= late
* [Marta, tienes razón y lo sentimos, por el pedido y por cómo te respondimos. Te escribimos ahora mismo por privado: vamos a resolver lo del pastel de tu hijo a tiempo. # quality: apologises # quality: admits_error # quality: empathises # quality: offers_private # model: true]
    ~ marta_heard = true
    ~ marta_snubbed = false
    # author: marta
    # after: 30
    Bueno. Reviso mis mensajes.
    -> dm
* [Hemos trasladado tu caso al departamento correspondiente. # quality: canned]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    "El departamento correspondiente." Ok. Pastel de supermercado, entonces 😞
    -> DONE
* [Los pedidos web deben ser confirmados por la tienda antes de la recogida, según nuestras condiciones. # quality: cites_policy # quality: defensive]
    ~ marta_snubbed = true
    # author: marta
    # after: 20
    # kind: complaint
    Nadie confirmó nada porque su web lo perdió. No volvemos más.
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
Pedido CZ-2231, pastel de chocolate, "Feliz cumpleaños Lucas" 🎂 La fiesta es a la 1. ¿Pueden hacer algo o salgo corriendo al supermercado?
* [Gracias, Marta. En Olmo ya lo están horneando: estará en tu puerta a las 12:15, sin costo, y te devolvemos el importe del pedido. Y va una caja de bollos de cardamomo para los adultos, de nuestra parte 🎈 # channel: private # quality: offers_redress # quality: next_step # quality: empathises # quality: human_tone # model: true]
    ~ cake_fixed = true
    {not told_private:
        # coach: private_channel
        Perfecto: reconocido en público, resuelto en privado y con cariño. Su número de pedido y su dirección no pintan nada en un muro público.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    ¿¿En serio?? Gracias, le salvaron la fiesta 😭🙏
    # author: marta
    # id: cake-thanks
    # kind: praise
    # patience: 120
    # after: 60
    Actualización: @hornocorteza perdió mi pedido pero lo resolvió en 20 minutos y me traen el pastel a casa 🎂 Así se hace 👏
    -> thanks
* [Solo podemos hacer pasteles con 24 horas de antelación, según nuestras condiciones. Te reembolsaremos en un plazo de 5 a 7 días hábiles. # channel: private # quality: cites_policy # quality: canned]
    {not told_private:
        # coach: private_channel
        Pasar a privado estaba bien, pero la respuesta privada también tiene que resolver. Citarle las condiciones a una madre con una fiesta en tres horas lo convierte otra vez en una queja pública.
        ~ told_private = true
    }
    # author: marta
    # channel: private
    # after: 20
    ¿24 horas de antelación? ¡USTEDES perdieron el pedido! 😤
    # author: marta
    # after: 40
    # kind: complaint
    Por privado me dicen que necesitan "24 horas de antelación" para hacer un pastel que ELLOS perdieron. Gran servicio, @hornocorteza
    -> DONE
* [Tranquila, a los niños les da igual qué pastel sea 😊 ¡Cualquiera del mostrador sirve! # channel: private # quality: belittles # quality: dismisses]
    {not told_humility:
        # coach: humility
        Nunca le restes importancia a lo que le importa a un cliente. Es el cumpleaños de su hijo y su pastel con su nombre: tómalo tan en serio como ella.
        ~ told_humility = true
    }
    # author: marta
    # channel: private
    # after: 20
    Él pidió ESE pastel, con su nombre. Es su cumpleaños.
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
    Dijeron que me escribían por privado, les mandé el número de pedido y ahora... nada. Pastel de supermercado, entonces 😞
    -> DONE

= thanks
* [¡Gracias por tu paciencia, Marta, y feliz cumpleaños a Lucas! 🎂🎈 Perdón otra vez por el susto. # quality: thanks # quality: apologises # quality: human_tone # model: true]
    # coach: redress
    Mira lo que hizo una reparación justa: el reembolso y un pequeño regalo convirtieron una queja en una recomendación. Para eso está el presupuesto de detalles.
    # author: marta
    # after: 20
    # kind: praise
    ¡Gracias a ustedes! Luego mando una foto del pastel 📸
    # author: andres
    # after: 30
    # kind: praise
    Los errores pasan, lo que cuenta es cómo se arreglan. Bien hecho 👍
    -> DONE
* [Nos alegra haberte ayudado. Horno Corteza: horneado con cariño desde 1987. # quality: canned]
    # author: marta
    # after: 20
    Ok, bot 😅 Gracias de todas formas.
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
    ¿Drama? PERDIERON el pastel de mi hijo 😑
    # author: andres
    # after: 25
    # kind: complaint
    Lo arruinaron en una línea 🤦
    -> DONE
* [# on: ignored]
    -> DONE

// ─────────────────────────────────────────────
// Migas Rancias: un troll evidente. No lo alimentes: una línea tranquila o nada.
=== troll ===
# author: migas
# id: troll-open
# kind: troll
# patience: 120
Corteza: pan de ayer a precio de caviar 🤡🥖 Apuesto a que cierran antes de Navidad jaja \#sobrevalorados
* [Siempre nos gusta hablar de pan, con respeto 🙂 Que tengas buen sábado. # quality: calm_boundary # quality: human_tone # model: true]
    {not told_troll:
        # coach: troll_discernment
        Bien hecho: una frase tranquila y nada de discutir. Esta cuenta solo quiere pelea, y una pelea le daría público. Muchas veces la mejor respuesta es ninguna.
        ~ told_troll = true
    }
    # author: migas
    # after: 20
    # kind: troll
    "Con respeto" 🤡 qué aburrido
    # author: andres
    # after: 30
    Ni caso, dice lo mismo de todas las tiendas del barrio 🙄
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
    UUUH la panadería muerde 😂 Vengan todos a ver
    # author: andres
    # after: 25
    Sinceramente, no queda bien en una panadería de barrio 😬
    -> DONE
* [Nuestros precios reflejan harina ecológica molida a la piedra, 24 horas de fermentación y sueldos justos para nuestros panaderos. Puedes consultar nuestros proveedores en la web. # quality: defensive # quality: feeds_troll]
    {not told_troll:
        # coach: troll_discernment
        No te está preguntando por tu harina: quiere una reacción. Las justificaciones largas alimentan a los trolls y suenan a defensa. Déjalo pasar, o contesta con una línea tranquila.
        ~ told_troll = true
    }
    # author: migas
    # after: 15
    # kind: troll
    jaja me mandaron un ensayo 📜🤣 "sueldos justos" por pan duro
    -> DONE
* [# on: ignored]
    {not told_troll:
        # coach: troll_discernment
        Bien: dejaste al troll en paz. Alguien que solo quiere hundir la marca no es un cliente insatisfecho, y no hay que darle de comer.
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
    Me borraron jaja. Ahí va otra vez 🤡 pan de ayer a precio de caviar
    -> DONE

// ─────────────────────────────────────────────
// ZascaTotal insulta directamente a Marta: el único tipo de publicación que se puede borrar.
=== abuse ===
# author: zasca
# id: abuse-open
# kind: abuse
# patience: 90
@marta_ruiz82 llorando en internet por un pastel 😂 qué dramática más patética, búscate una vida y hornéalo tú, señora
* [Mantengamos el respeto: Marta tiene todo el derecho a contarnos lo que salió mal, y el error fue nuestro. Aquí no permitimos insultos a nuestros clientes. # quality: calm_boundary # quality: admits_error # quality: human_tone # model: true]
    ~ told_no_deletion = true
    # coach: no_deletion
    Buen límite. Y recuerda: un comentario que insulta directamente a un cliente o a un colectivo es el único tipo que puedes borrar. Las críticas hacia ti, nunca.
    # author: andres
    # after: 25
    # kind: praise
    Bien dicho. Qué mala es la gente a veces 🙄
    -> DONE
* [Jaja, sin comentarios 🙊 # quality: sarcastic # quality: belittles]
    ~ told_no_deletion = true
    # coach: no_deletion
    Reírse con el que insulta deja a una clienta insultada bajo tu nombre. Defiéndela, y recuerda que este es el único tipo de comentario que puedes borrar.
    # author: marta
    # after: 20
    # kind: complaint
    Genial, @hornocorteza. Primero pierden mi pedido y después se ríen mientras alguien me insulta 😶
    -> DONE
* [Recordamos amablemente a todos los usuarios que respeten nuestras normas de la comunidad. # quality: canned]
    ~ told_no_deletion = true
    # coach: no_deletion
    Recordar las normas no protege a nadie. Una publicación que insulta directamente a un cliente es la única excepción al "nunca borres": quítala, o al menos defiéndela.
    # author: andres
    # after: 20
    # kind: complaint
    ¿Eso es todo? Insultan a una clienta y ustedes publican las normas 😐
    -> DONE
* [# on: ignored]
    ~ told_no_deletion = true
    # coach: no_deletion
    Un insulto contra una clienta se quedó publicado bajo tu cuenta. Es el único tipo de comentario que se puede borrar: protege a tu comunidad.
    # author: andres
    # after: 10
    # kind: complaint
    @hornocorteza ¿van a dejar ese insulto ahí? No está bien.
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
// Jaime: sarcástico, pero un cliente real con un problema real. No es un troll.
=== jaime ===
# author: jaime
# id: jaime-open
# kind: complaint
# patience: 100
Me encanta 🙃 Anoche encargué un brunch para 8 en la web de @hornocorteza y desde las 11 dice "pendiente". ¿Hay alguien despierto ahí o la web es decorativa? Los invitados llegan a las 12 👏👏
{escalated:
    # coach: escalation
    Segundo cliente con el mismo problema: no es un caso aislado. Bien que Inés ya esté al tanto, así puedes contarle lo que pasó de verdad.
- else:
    # coach: escalation
    Segundo cliente con el mismo problema: no es un caso aislado. Avisa a Inés (Escalar) para saber qué pasó antes de prometer nada.
}
* [Jaime, tienes razón en estar molesto, y lo sentimos: anoche algunos pedidos web no llegaron a las tiendas. Ya está arreglado y el tuyo está confirmado: tu brunch estará listo a las 11:30 en Plaza del Mercado. Te escribimos por privado con los detalles. # quality: apologises # quality: acknowledges # quality: explains # quality: next_step # quality: offers_private # model: true]
    ~ jaime_ok = true
    {not told_follow_up:
        # coach: follow_up
        Bien: le contaste qué pasó, qué arreglaste y qué viene ahora. Pero sigue atento: casos así vuelven más tarde.
        ~ told_follow_up = true
    }
    # author: jaime
    # after: 30
    Vaya. Una respuesta clara. Ok, gracias, paso a las 11:30 👍
    # author: marta
    # after: 25
    {cake_fixed: A mí me pasó lo mismo esta mañana, y lo resolvieron rápido 👍|A mí me pasó lo mismo esta mañana. Ojalá que a ti por lo menos te lo resuelvan 🙄}
    -> DONE
* [No respondemos a comentarios sarcásticos. Si tienes un problema real, contacta con atención al cliente. # quality: dismisses # quality: defensive]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Cuidado: sarcástico no es lo mismo que troll. Es un cliente con un pedido real en juego. Ante la duda, presta atención a cualquier señal de malestar.
    # author: jaime
    # after: 20
    # kind: complaint
    Mi "problema real" es un brunch para 8 en dos horas 🙃 Qué bien, muy bien.
    -> DONE
* [¡Todo funciona con normalidad por nuestra parte! A veces los pedidos tardan en actualizarse 😊 # quality: deceives # quality: dismisses]
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
    ¿"Con normalidad"? A @marta_ruiz82 le pasó lo mismo esta mañana. No disimulen 🙄
    -> DONE
* [Hola, Jaime, envíanos tu número de pedido por privado y lo revisamos. # channel: private # quality: asks_details # quality: offers_private]
    {not told_private:
        # coach: private_channel
        Privado es el lugar para los datos de su pedido, pero di algo en público primero: otros tienen el mismo problema y están mirando.
        ~ told_private = true
    }
    -> dm
* [# on: ignored]
    ~ jaime_dropped = true
    # coach: troll_discernment
    Dejaste a Jaime sin respuesta, quizá porque sonaba a troll. No lo es: tiene un pedido real en juego. Ante la duda, atiende cualquier señal de malestar.
    # author: jaime
    # after: 5
    # kind: complaint
    Sigue "pendiente" y sigo sin respuesta. Me voy al supermercado. Gracias, @hornocorteza 👏
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
    Borraron mi comentario en vez de arreglar mi pedido. Muy elegante \#HornoCorteza
    -> DONE

= dm
# author: jaime
# id: jaime-dm
# channel: private
# kind: question
# patience: 90
# after: 30
CZ-2240. Brunch para 8, recogida a las 11:30. ¿Está rota toda la tienda web o qué?
* [Gracias, Jaime. Sí: anoche algunos pedidos web no llegaron a las tiendas, y el tuyo fue uno de ellos. Lo sentimos. Ya está confirmado: Plaza del Mercado lo tendrá listo a las 11:30, con el café de la mesa por nuestra cuenta. # channel: private # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # model: true]
    ~ jaime_ok = true
    # author: jaime
    # channel: private
    # after: 20
    Ok, qué alivio. Gracias 🙏
    -> DONE
* [Tu pedido está en proceso. # channel: private # quality: canned]
    ~ jaime_dropped = true
    # author: jaime
    # after: 25
    # kind: complaint
    Les pregunté por privado si la tienda web está rota y me contestan "tu pedido está en proceso". Sigue pendiente 🙃
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
    Les mandé mi número de pedido hace siglos. Nada. Genial.
    -> DONE

// ─────────────────────────────────────────────
// Lola: una bloguera gastronómica adora los bollos. Agradécelo con calidez y humildad, y deja en paz a la competencia.
=== foodie ===
# author: lola
# id: foodie-open
# kind: praise
# patience: 120
Probé los nuevos bollos de cardamomo de @hornocorteza y DIOS MÍO 🤤 Esponjosos, aromáticos, nada empalagosos. 10/10, los mejores de la ciudad. ¡Vayan antes de que se agoten! \#LolaCome
* [¡Muchísimas gracias, Lola! 🧡 Todo el mérito es de Paco y el equipo de noche, que empiezan a amasar a las 4 de la mañana. Te escribimos por privado: nos encantaría que vinieras una mañana a ver cómo se hacen. # quality: thanks # quality: rewards # quality: human_tone # model: true]
    {not told_humility:
        # coach: humility
        Humilde y cercano: compartir el mérito con el equipo funciona mejor que presumir. Ser humano es lo que hace que la gente quiera que te vaya bien.
        ~ told_humility = true
    }
    # author: lola
    # after: 25
    # kind: praise
    ¡¡Ay, me ENCANTARÍA!! 😍 Cuenten conmigo
    # author: carmen
    # after: 20
    # kind: praise
    Los bollos de Paco son legendarios 👏
    -> DONE
* [¡Gracias, Lola! Obvio, los mejores de la ciudad, nada que ver con lo industrial de Molinete de enfrente 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # coach: no_competitor_bashing
    Lola te elogió; no hacía falta hundir a nadie. Nunca te sumes a las críticas a la competencia: sé auténtico y deja que hable tu pan.
    # author: lola
    # after: 20
    Uf, no hacía falta meterse con nadie 😬 A mí también me gustan las baguettes de Molinete
    # author: irene
    # after: 25
    # kind: complaint
    ¿Atacar a la tienda de enfrente? Muy poco de barrio 😕
    -> DONE
* [Gracias por tu reseña. Horno Corteza: horneado con cariño desde 1987. # quality: canned]
    {not told_positive:
        # coach: acknowledge_positive
        Un elogio merece un agradecimiento cálido y personal y, si puedes, algo especial para esa persona.
        ~ told_positive = true
    }
    # author: lola
    # after: 20
    Ok... un poco frío para una panadería tan linda 😅
    -> DONE
* [# on: ignored]
    {not told_positive:
        # coach: acknowledge_positive
        El elogio de Lola se quedó sin respuesta. Los elogios también merecen un gracias, y un pequeño regalo cuando puedas.
        ~ told_positive = true
    }
    # author: lola
    # after: 10
    Ni una respuesta 🥲 ¡Igual recomiendo los bollos!
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
    ¿¿Me borraron la reseña?? 😂 Bueno, ok
    -> DONE

// ─────────────────────────────────────────────
// Al final del turno Marta vuelve: ¿se arregló? Una crisis nunca está cerrada.
=== followup ===
# author: marta
# id: followup-open
# kind: question
# patience: 90
{cake_fixed: A Lucas le ENCANTÓ su pastel 🎂 Una pregunta: encargué pan en su web para la comida del domingo. ¿Esta vez sí va a llegar? ¿Se arregló el problema? 😅|Aquí otra vez. Nadie me contó qué pasó con mi pedido de esta mañana. ¿Se arregló o no? Tengo otro pedido para mañana y cero confianza 😒}
* [Gracias por volver a preguntar, Marta. Esto fue lo que pasó: anoche, entre las 11 y las 2 de la madrugada, nuestros pedidos web no llegaron a las tiendas. Ya está arreglado y revisamos todos los pedidos uno a uno: tu pan del domingo está confirmado para las 10 en Olmo. Te avisamos cuando esté listo. # quality: acknowledges # quality: explains # quality: next_step # quality: human_tone # model: true]
    ~ followed_up = true
    ~ told_follow_up = true
    # coach: follow_up
    Exacto: una crisis nunca está cerrada. Volvió a preguntar, y le contaste qué pasó, qué arreglaste y qué viene ahora.
    # author: marta
    # after: 30
    # kind: praise
    ¡Perfecto, gracias! Es todo lo que necesitaba saber 🙌
    # author: andres
    # after: 25
    Da gusto una tienda que explica las cosas 👏
    -> DONE
* [¡Todo volvió a la normalidad, que disfrutes el fin de semana! 😊 # quality: canned # quality: dismisses]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Demasiado poco. Preguntó si se arregló y recibió un eslogan. Hacer seguimiento es contar qué pasó, qué arreglaste y qué sigue.
    # author: marta
    # after: 20
    # kind: complaint
    ¿"Normalidad" como la de esta mañana? 😅 La verdad, esperaba algo más que un emoji.
    -> DONE
* [Eso ya se respondió en el hilo de esta mañana. # quality: dismisses # quality: belittles]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Nunca des un caso por cerrado: las preguntas vuelven horas después, y "ya se respondió" suena a portazo. Responde otra vez, con datos.
    # author: marta
    # after: 20
    # kind: complaint
    Leí el hilo. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Marta volvió y se encontró con silencio. Una crisis no termina porque el turno esté tranquilo: vigila a los que vuelven.
    # author: marta
    # after: 5
    # kind: complaint
    Ignorada. Para ellos ya pasó; para los que tenemos pedidos, no.
    -> DONE
* [# on: deleted]
    ~ followup_missed = true
    ~ told_follow_up = true
    # coach: follow_up
    Preguntó si se había arreglado y borraste la pregunta. Nunca borres, y nunca des un caso por cerrado.
    # author: marta
    # after: 10
    # kind: complaint
    ¿Borrar mi pregunta? ¿En serio, @hornocorteza?
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público sobre los pedidos web perdidos
=== statement ===
* [Sobre los pedidos web de esta mañana: anoche, entre las 11 y las 2 de la madrugada, algunos pedidos hechos en nuestra web no llegaron a las tiendas. Fue culpa nuestra y lo sentimos, sobre todo por quienes vinieron a buscar un pastel o un brunch y no encontraron nada. Ya está arreglado y estamos revisando cada pedido a mano. Si el tuyo se vio afectado, escríbenos: lo horneamos hoy sin costo o te devolvemos el dinero, como prefieras. Avisaremos aquí cuando todo vuelva a la normalidad. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    {not told_transparency:
        # coach: transparency
        Un comunicado claro: qué pasó, que fue culpa tuya, qué estás haciendo y qué pueden pedir los clientes. Eso es transparencia.
        ~ told_transparency = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Gracias por explicarlo. Los errores pasan, lo importante es cómo se manejan 🧡
    # author: andres
    # after: 25
    Ah, por eso no apareció mi pedido. Les escribo ahora.
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
    ¿"Las molestias"? ¿Qué pasó con los pedidos exactamente? 🤔
    # author: andres
    # after: 20
    # kind: complaint
    No dice nada. ¿Se perdió mi pedido o no?
    -> DONE
* [Nuestra tienda web funciona con normalidad. Los pedidos realizados correctamente se procesan sin incidencias. Por favor, revisa tu correo de confirmación antes de contactarnos. # quality: defensive # quality: deceives # quality: blames_customer]
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
    Tengo el correo de confirmación y no llegó nada. Solo digo 📸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualización de seguimiento
=== update ===
* [Actualización sobre los pedidos web: todos los pedidos afectados esta mañana ya se rehicieron o se reembolsaron, y la conexión entre la tienda web y las tiendas está arreglada y comprobada. Si todavía esperas respuesta, escríbenos y te contestamos hoy. Gracias por la paciencia, y perdón otra vez. # quality: explains # quality: next_step # quality: apologises # quality: acknowledges # model: true]
    {not told_follow_up:
        # coach: follow_up
        Promesa cumplida: dijiste que actualizarías, y lo hiciste, con datos. Así vuelve la confianza.
        ~ told_follow_up = true
    }
    # author: carmen
    # after: 30
    # kind: praise
    Me encanta que nos mantengan al tanto 🙌
    # author: andres
    # after: 25
    El mío llegó, todo bien 👍
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
    Ok, pero... ¿se arregló o no?
    -> DONE
* [Actualización: ¡el problema está 100% resuelto y no volverá a pasar nunca! # quality: deceives]
    ~ lied = true
    {not told_transparency:
        # coach: transparency
        "Nunca más" es una promesa que nadie puede cumplir. Sé sincero sobre lo que se arregló y lo que todavía estás revisando.
        ~ told_transparency = true
    }
    # author: andres
    # after: 20
    # kind: complaint
    ¿Nunca? Qué valientes. El mío sigue diciendo "pendiente" 🤔
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)
=== crowd_complaint ===
{shuffle:
- Mi pedido de anoche tampoco aparece 😕 @hornocorteza
- Encargué cruasanes para la oficina por la web y en la tienda no saben nada 🤨
- ¿Está rota la tienda web? Mi pedido dice "pendiente" desde ayer
- Fui a buscar mi pan encargado y no tenían ni idea. A hacer la fila otra vez 😤
- Igual aquí, pedido perdido. ¡Por lo menos cuéntennos qué pasa!
- Pagué por la web anoche y nada. ¿Me devuelven el dinero o qué? 💸
- ¿Soy yo o hoy los pedidos web desaparecen? \#HornoCorteza
- Encargué una tarta para la visita de mi mamá y... nada. Nada contenta 😞
- 20 minutos en Olmo arreglando un pedido que ya había pagado 🙄
}
-> DONE

=== crowd_troll ===
{shuffle:
- Los fans de Corteza son una secta, a ver quién me lo discute 🤡
- Pan duro Y pedidos perdidos, qué combo jaja
- Seguro que los bollos salen de un congelador 🥶🤣
- \#sobrevalorados \#sobrevalorados \#sobrevalorados
- Imagínate pagar eso por un bollo 💀
- Palomitas listas para el drama de la panadería 🍿
- Su web está tan dura como su pan 🥖😂
- El pan del súper es mejor y lo sostengo 😎
- Otra panadería "artesanal", qué bostezo 🥱
}
-> DONE

=== crowd_support ===
{shuffle:
- La mejor panadería del barrio, sin discusión 🥐🧡
- Su pan de masa madre me salvó meses difíciles, los quiero Corteza
- Los errores pasan, conmigo siempre lo han resuelto 👍
- ¡¡¡Volvieron los bollos de cardamomo!!! El mejor día del año 🤤
- El equipo de Olmo es la gente más amable de la ciudad
- Encargué ahí el pastel de mi boda y quedó perfecto 💍🎂
- Bien por ellos por contestar a todo el mundo, eso no se ve mucho
- Un domingo sin cruasanes de Corteza no es domingo ☕
- Una panadería de barrio haciendo lo que puede, denles un respiro 🙏
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y entra aquí.
=== ending ===
{
- deleted_criticism >= 1 || blocked_genuine >= 1 || lied || trolls_fed >= 2:
    -> rough_shift
- not marta_heard && not followed_up:
    -> empty_counter
- heat >= 60 || sentiment <= -30:
    -> rough_shift
- followup_missed || not cake_fixed || jaime_dropped || (promised_update && updates == 0):
    -> loose_ends
- fan_thanked && marta_heard && jaime_ok && followed_up && trolls_fed == 0 && not competitor_attacked && redress_given > 0 && sentiment >= 20:
    -> great_first_day
- else:
    -> good_start
}

= great_first_day
# ending: great_first_day
Un gran primer día
A media tarde, Marta publica una foto de Lucas soplando siete velas sobre un pastel de chocolate, y etiqueta a la panadería.
Los pedidos perdidos se rehicieron, quien preguntó recibió respuestas de verdad, y el troll se quedó sin público.
Inés te llama antes de cerrar: "Nada mal para un primer día. Mañana puedes enseñarle al equipo del fin de semana cómo lo hiciste."
-> END

= good_start
# ending: good_start
Un buen comienzo
Nada se incendió, y casi todo el mundo recibió respuesta a tiempo.
{redress_given == 0: Pero los clientes a los que les fallaron no recibieron más que palabras: el presupuesto de detalles está para usarlo.|{trolls_fed > 0: El troll al que contestaste sigue compartiendo tu respuesta para reírse. La próxima vez, una línea tranquila o nada.|{competitor_attacked: Tu pulla a Molinete circula por el grupo de chat del barrio.|{not fan_thanked: Rosa nunca recibió su agradecimiento; lo comenta, medio en broma, en el mostrador.|Un par de respuestas podrían haber sido más cálidas. Nada que no se aprenda.}}}}
Inés te manda un mensaje: "Buen comienzo. El lunes repasamos un par de cosas."
-> END

= loose_ends
# ending: loose_ends
Cabos sueltos
{followup_missed: Marta preguntó si el problema se había arreglado y nunca recibió una respuesta de verdad. Por la noche ya les dice a sus amigas que encarguen en otro sitio.|{not cake_fixed: El caso de Marta nunca se resolvió: Lucas sopló las velas sobre un pastel de supermercado.|{jaime_dropped: El brunch de Jaime nunca se resolvió, y su "¿la web es decorativa?" se sigue compartiendo.|Prometiste una actualización sobre los pedidos web y nunca la publicaste. Por la noche la gente sigue preguntando "¿y?".}}}
Nada de esto es un desastre, pero cada promesa abierta es una queja esperando a volver.
Inés te pide que anotes, antes de irte a casa, cada caso que dejaste abierto, y que mañana empieces por ellos.
-> END

= empty_counter
# ending: empty_counter
Nadie detrás del mostrador
La cuenta de la panadería pasó la mañana como una tienda con las luces encendidas y nadie en la caja.
{cake_fixed: Marta recibió su pastel al final, pero nadie que leyera su publicación vio a la panadería contestarle.|Marta nunca recibió una respuesta de verdad: Lucas sopló las velas sobre un pastel de supermercado, y ella se aseguró de que todo el mundo lo supiera.}
{unanswered > 0: Al terminar el turno todavía hay preguntas esperando, con quejas nuevas apiladas encima.|El silencio y las respuestas frías de copiar y pegar hicieron más daño del que el troll podría haber hecho nunca.}
Inés te llama: "Estar es la mitad del trabajo. Mañana me siento contigo la primera hora."
-> END

= rough_shift
# ending: rough_shift
Un turno difícil
{deleted_criticism >= 1: Las capturas de los comentarios borrados circulan por los grupos de chat del barrio: "Corteza borra las quejas".|{lied: Lo que dijiste en público no coincide con lo que vieron los clientes, y eso es lo que se comparte.|{blocked_genuine >= 1: Una clienta bloqueada publica la captura del bloqueo, y medio barrio se pone de su lado.|{trolls_fed >= 2: El troll al que no dejabas de contestar convirtió tus respuestas en el entretenimiento de la mañana.|Nadie explicó en público lo de los pedidos web perdidos, y las quejas de los clientes se acumularon hasta que todo el barrio hablaba de ello.}}}}
{marta_snubbed: Marta publica una foto de un pastel de supermercado con el texto "gracias por nada, @hornocorteza".|Por la noche, las menciones de la panadería son más enfadadas que amables.}
Inés te llama: "Mañana nos sentamos juntos antes de tu turno. Todo el mundo tiene un primer día."
-> END
