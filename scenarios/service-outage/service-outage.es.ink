// Cortafuegos · escenario "service-outage" (español)
// Banco Alcancía actualizó su sistema central por la noche. En pleno día de cobro
// la app no abre, las tarjetas no pasan y algunos sueldos no aparecen.

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

VAR carmen_ok = false
VAR salary_ok = false
VAR hector_ok = false
VAR fan_thanked = false
VAR competitor_attacked = false
VAR lied = false
VAR promised_update = false
VAR money_safe_said = false
VAR rumour_defused = false
VAR rumour_fed = false
VAR bank_run = false
VAR worried_ignored = false
VAR fees_waived = false
VAR plan_redesigned = false
VAR flare_started = false
VAR flare_minute = 99
VAR flare_handled = false
VAR flare_ignored = false
VAR update_step = 0
VAR last_update_minute = -1

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Carmen en la caja del súper] -> carmen
+ [Hilo: Mateo creía que era su teléfono] -> pileon
+ [Hilo: Yolanda y el sueldo que no aparece] -> yolanda
+ [Hilo: la panadería de Héctor en Snapgram] -> hector
+ [Hilo: el bulo de la quiebra] -> troll
+ [Hilo: Marisa, la clienta fiel] -> fan
+ [Hilo: Ramón y la sucursal cerrada] -> grievance
+ [Hilo: el insulto a los clientes mayores] -> abuse
+ [Hilo: Bruno se va a Finamar] -> competitor
+ [Hilo: la periodista] -> press
+ [Hilo: el video de Dani en Snapgram] -> influencer
+ [Hilo: la fila viral en Clipzy] -> viral
+ [Hilo: Irene pregunta qué va a cambiar] -> lessons
+ [Hilo: Yolanda vuelve] -> followup
+ [Hilo: cobrado dos veces] -> flare
+ [Hilo: la terminal vuelve a fallar] -> flare_app
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres community manager de Banco Alcancía, un banco minorista mediano. Hoy es día de cobro.
Anoche el banco actualizó su sistema central. Desde las 8 de la mañana muchos clientes no pueden abrir la app, los pagos con tarjeta se rechazan y algunos sueldos no aparecen en el saldo.
Sistemas confirma que no se ha perdido dinero: las operaciones están en cola y se aplicarán a medida que el sistema se recupere, previsiblemente a media mañana. Los retiros en los cajeros propios del banco siguen funcionando.
Tu responsable está localizable y hay un presupuesto para devolver comisiones y compensar a los clientes. Las primeras quejas llegan por Chirp.
-> DONE

// ─────────────────────────────────────────────
// Carmen: tarjeta rechazada en la caja. Reconocer en público, resolver en privado.
=== carmen ===
# author: carmen
# id: carmen-open
# kind: complaint
# patience: 110
Tarjeta RECHAZADA en el súper con el carro lleno y una fila detrás 😳 ¡Tengo dinero en la cuenta! ¿Qué está pasando, @bancoalcancia?? \#AlcancíaCaída
* [Carmen, lo sentimos muchísimo, qué mal rato en la caja. No es tu tarjeta ni tu dinero: desde esta mañana nuestro sistema falla por una actualización que hicimos anoche. Tu saldo está a salvo. Te escribimos por privado para resolver tu caso. # quality: apologises # quality: empathises # quality: explains # quality: admits_error # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    Bueno... al menos me dicen qué pasa. Miro el privado.
    -> dm
* [Lamentamos las molestias ocasionadas. Nuestros servicios pueden sufrir interrupciones temporales. # quality: canned # quality: dismisses]
    # author: carmen
    # after: 25
    # kind: complaint
    "Interrupciones temporales". Dejé toda la compra en la caja 🙃
    # author: lucas
    # after: 20
    El mismo copia y pega que le mandaron a mi madre esta mañana. \#AlcancíaCaída
    -> DONE
* [Por favor, comprueba que tu tarjeta esté activada y que tengas saldo suficiente antes de pagar. # quality: blames_customer # quality: cites_policy]
    # author: carmen
    # after: 20
    # kind: complaint
    ¿¿SALDO SUFICIENTE?? Hoy me entró el sueldo. O debería. ¿Ahora la culpa es mía?
    # author: mateo
    # after: 25
    # kind: complaint
    No es su tarjeta. A mí también me falla y la app ni abre.
    -> DONE
* [Hola, Carmen. Envíanos por aquí los últimos cuatro dígitos de tu tarjeta y la hora del pago. # channel: private # quality: asks_details # quality: offers_private]
    # author: carmen
    # after: 30
    # kind: complaint
    Me piden datos por privado pero aquí no dicen nada. ¿¿A alguien más le falla la tarjeta?? \#AlcancíaCaída
    -> dm
* [# on: ignored]
    # author: carmen
    # after: 5
    # kind: complaint
    Ni una palabra de @bancoalcancia y no puedo pagar nada. Viernes precioso \#AlcancíaCaída
    # author: lucas
    # after: 25
    Ni siquiera soy cliente, pero esto pinta mal. Lo comparto para que la gente se entere 🔁
    -> DONE
* [# on: deleted]
    # author: carmen
    # after: 10
    # kind: complaint
    ¿¿BORRARON mi queja?? La captura ya está circulando 📸 \#AlcancíaCaída
    # author: lucas
    # after: 20
    Borrando quejas mientras media ciudad no puede pagar. Qué valientes.
    -> DONE

= dm
# author: carmen
# id: carmen-dm
# channel: private
# kind: question
# patience: 110
# after: 40
Tuve que dejar la compra y pedir dinero prestado para el taxi. ¿De verdad mi dinero está bien? ¿Y quién paga este desastre?
* [Tu dinero está completo, Carmen: no se ha tocado ningún saldo. Te devolvemos cualquier comisión o cargo que te cause el fallo de hoy, y esta semana te abonamos una compensación a modo de disculpa. Si la tarjeta vuelve a fallar antes de que lo arreglemos, nuestros cajeros funcionan. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    Gracias. La verdad, es más de lo que esperaba.
    # author: carmen
    # after: 60
    # kind: praise
    Actualizo: @bancoalcancia me lo explicó todo por privado y me van a compensar. Sigo molesta, pero así se hace.
    -> DONE
* [Según nuestras condiciones, el banco no se hace responsable de interrupciones por mantenimiento técnico. # channel: private # quality: cites_policy # quality: defensive]
    ~ carmen_ok = false
    # author: carmen
    # after: 30
    # kind: complaint
    Por privado me dicen que "no se hacen responsables". ¿Entonces quién? 🤬 \#AlcancíaCaída
    -> DONE
* [Hemos registrado tu incidencia con la referencia 4471-B. Recibirás respuesta en un plazo de 72 horas hábiles. # channel: private # quality: canned]
    ~ carmen_ok = false
    # author: carmen
    # channel: private
    # after: 20
    ¿¿72 horas?? Necesito comer hoy.
    # author: carmen
    # after: 40
    # kind: complaint
    "Respuesta en 72 horas hábiles". Gracias, @bancoalcancia, de gran ayuda.
    -> DONE
* [# on: ignored]
    ~ carmen_ok = false
    # author: carmen
    # after: 5
    # kind: complaint
    Me pidieron los datos por privado y luego desaparecieron. Genial.
    -> DONE

// ─────────────────────────────────────────────
// Mateo: un cliente pasivo que creía que era su teléfono. ¿Afecta a toda la marca o a un sector?
=== pileon ===
# author: mateo
# id: pileon-open
# kind: question
# patience: 110
¿A alguien más le falla la app de @bancoalcancia? Pensé que era mi teléfono, ya la reinstalé dos veces 😩
* [No es tu teléfono, Mateo, somos nosotros: desde esta mañana la app y los pagos con tarjeta fallan a muchos clientes por una actualización del sistema que hicimos anoche. Lo estamos arreglando y contaremos aquí cada paso. Tu dinero está a salvo. # quality: explains # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    # kind: praise
    Menos mal, ya iba a comprarme otro teléfono 😅 Gracias por decirlo claro.
    # author: lucas
    # after: 25
    Por lo menos lo reconocen. Atento a las novedades.
    -> DONE
* [Prueba a borrar la caché y actualizar la app a la última versión. # quality: blames_customer # quality: dismisses]
    # author: mateo
    # after: 25
    # kind: complaint
    La reinstalé DOS VECES. Y la tarjeta tampoco funciona, ¿eso también es la caché?
    # author: sara
    # after: 20
    # kind: complaint
    Igual aquí. Y en vez de reconocerlo, reparten consejos \#AlcancíaCaída
    -> DONE
* [Nuestros sistemas funcionan con normalidad. Puede ser un problema de tu operador de telefonía. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: mateo
    # after: 20
    # kind: complaint
    ¿Con normalidad? Miren sus menciones 👇
    # author: carmen
    # after: 20
    # kind: complaint
    "Con normalidad". Yo dejé la compra en la caja esta mañana.
    -> DONE
* [# on: ignored]
    # author: mateo
    # after: 5
    # kind: complaint
    Ni una palabra del banco. ¿¿Es a todos o solo a mí?? \#AlcancíaCaída
    # author: sara
    # after: 20
    # kind: complaint
    Acabo de mirar y la mía tampoco abre 😱 Ni me había enterado, yo también soy clienta
    # author: lucas
    # after: 20
    Parece que es a todos. Lo comparto 🔁
    -> DONE
* [# on: deleted]
    # author: mateo
    # after: 10
    # kind: complaint
    ¿¿Me borraron la pregunta?? Solo pregunté si le falla a todo el mundo 😶
    # author: sara
    # after: 20
    # kind: complaint
    Borran preguntas. Ahora sí me preocupo.
    -> DONE

// ─────────────────────────────────────────────
// Yolanda: su sueldo "desapareció" el día del alquiler. Calmar el miedo y resolver en privado.
=== yolanda ===
# author: yolanda
# id: yolanda-open
# kind: complaint
# patience: 100
Mi sueldo NO ESTÁ en la cuenta 😭 Es día de cobro, mi empresa dice que lo mandó y @bancoalcancia me marca cero. Hoy vence el alquiler. ¿¿Dónde está mi dinero??
* [Yolanda, entendemos el susto y lo sentimos. Tu sueldo no se ha perdido: las transferencias recibidas hoy están en cola por nuestro fallo de sistema y aparecerán hoy, con fecha de hoy. Te escribimos por privado para revisar el tuyo y ayudarte con el alquiler. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    Ojalá sea verdad... miro el privado 🙏
    -> dm
* [Por favor, contacta con quien emitió la transferencia para confirmar que se envió. # quality: blames_customer # quality: dismisses]
    # author: yolanda
    # after: 20
    # kind: complaint
    Mi empresa lo MANDÓ, tengo el comprobante. El problema son USTEDES.
    # author: nerea
    # after: 25
    # kind: complaint
    A mí tampoco me llegó. Y le pasan la pelota a la empresa 🙄
    -> DONE
* [Los abonos de nómina pueden tardar hasta 48 horas en acreditarse, según nuestras condiciones. # quality: cites_policy # quality: deceives]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    ¿¿48 horas?? Todos los meses está a las 8 de la mañana. No me mientan.
    -> DONE
* [Envíanos por privado tu número de documento y el importe de tu sueldo. # channel: private # quality: asks_details # quality: offers_private]
    # author: yolanda
    # after: 25
    # kind: complaint
    Me piden el documento por privado pero no dicen en público si los sueldos se perdieron. ¿¿SE PERDIERON O NO?? \#AlcancíaCaída
    -> dm
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Nadie contesta. Sin sueldo y sin banco. Me voy a la sucursal 😡
    # author: nerea
    # after: 20
    # kind: complaint
    ¡¡A mí tampoco me aparece!! ¿¿El banco perdió nuestros sueldos??
    -> DONE
* [# on: deleted]
    # author: yolanda
    # after: 10
    # kind: complaint
    BORRARON mi mensaje sobre el sueldo. ¿¿Qué están escondiendo?? 😰 \#AlcancíaCaída
    -> DONE

= dm
# author: yolanda
# id: yolanda-dm
# channel: private
# kind: question
# patience: 110
# after: 35
Tengo el comprobante de la empresa. Mi casero cobra un recargo si pago tarde. ¿Qué hago?
* [Ya lo encontramos: tu sueldo entró a las 7:52 y está en la cola; hoy aparecerá en tu saldo. Si tu casero te cobra el recargo, mándanos el recibo y te lo devolvemos. También podemos darte una carta para él explicando que el retraso es culpa nuestra. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: empathises # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    No saben el alivio que me da. Sí, por favor, mándenme la carta.
    # author: yolanda
    # after: 70
    # kind: praise
    Actualizo: mi sueldo está, solo venía con retraso. @bancoalcancia me cubre el recargo del casero. Uf 😮‍💨
    -> DONE
* [No podemos hacernos cargo de cobros de terceros. # channel: private # quality: cites_policy # quality: defensive]
    # author: yolanda
    # after: 30
    # kind: complaint
    El banco no me cubre el recargo que causó ÉL. Tomo nota.
    -> DONE
* [Tranquila, los caseros suelen entender estas cosas 😊 # channel: private # quality: dismisses # quality: belittles]
    # author: yolanda
    # channel: private
    # after: 20
    No conocen a mi casero.
    # author: yolanda
    # after: 30
    # kind: complaint
    "Tranquila", me dicen. Qué fácil es decirlo.
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Les mandé todo lo que pidieron. Silencio. El alquiler vence a las 6.
    -> DONE

// ─────────────────────────────────────────────
// Héctor: un pequeño negocio en Snapgram. La crisis puede saltar a Chirp.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 110
Desde la panadería: la terminal de tarjetas de @bancoalcancia rechaza TODO desde que abrimos. La mitad de la gente que paga con tarjeta se fue sin su pan. Lo de hoy lo va a pagar alguien, y no voy a ser yo 😤🥖
* [Héctor, tienes razón y lo sentimos: el fallo de la terminal viene de nuestra actualización de anoche, no de tu negocio. Te escribimos ahora por privado para buscarte una solución para hoy y cubrir el daño. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    A ver. El viernes es mi mejor día de la semana.
    -> dm
* [Gracias por tu paciencia. Nuestros técnicos están trabajando en ello. # quality: canned]
    # author: hector
    # after: 25
    # kind: complaint
    Mi "paciencia" no paga la harina.
    # author: sara
    # after: 25
    # kind: complaint
    Siempre pagan los pequeños negocios 😔 Comparto.
    -> DONE
* [Te recomendamos que tu negocio disponga siempre de un medio de pago alternativo. # quality: blames_customer # quality: belittles]
    # author: hector
    # after: 20
    # kind: complaint
    Dándole lecciones a un panadero la peor mañana del mes. Increíble.
    # author: sara
    # after: 20
    # kind: complaint
    Le echaron la culpa al PANADERO 🤦 Esto lo comparto por todas partes.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    # network: chirp
    Lo pongo también en Chirp, porque en Snapgram nadie contesta: mi negocio lleva toda la mañana sin cobrar con tarjeta por culpa de @bancoalcancia \#AlcancíaCaída
    # author: lucas
    # after: 20
    # network: chirp
    Compartido. Pobre hombre.
    -> DONE
* [# on: deleted]
    # author: hector
    # after: 10
    # kind: complaint
    # network: chirp
    Me borraron el comentario en su Snapgram. Aquí lo tienen en Chirp, aquí no lo pueden borrar \#AlcancíaCaída
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 110
# after: 35
Perdí unas 40 ventas esta mañana. ¿Y encima este mes me van a cobrar la cuota de la terminal?
* [No. Este mes no pagas la cuota de la terminal y te compensamos las ventas perdidas de hoy: solo mándanos el resumen de caja. Mientras lo arreglamos, un cartel de "efectivo y transferencias" puede salvarte la hora de la comida. Te avisamos en cuanto vuelva. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    Trato hecho. Gracias por la idea del cartel, lo pongo ya.
    # author: hector
    # after: 60
    # kind: praise
    Actualizo: me llamaron de @bancoalcancia. No me cobran la terminal este mes y me cubren lo de hoy. Hay que reconocerlo 🥖
    -> DONE
* [Las cuotas se cobran según el contrato que firmaste. # channel: private # quality: cites_policy]
    # author: hector
    # after: 30
    # kind: complaint
    Encima me quieren cobrar la cuota de la terminal del día que no funcionó. Ya estoy mirando otros bancos.
    -> DONE
* [Las ventas perdidas no se cubren, pero podemos ofrecerte un descuento en tu próximo préstamo para negocios. # channel: private # quality: dismisses]
    # author: hector
    # after: 30
    # kind: complaint
    Me ofrecen un PRÉSTAMO por el lío que armaron ellos 😂 Increíble.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    Dijeron que me escribían. Nada.
    -> DONE

// ─────────────────────────────────────────────
// El troll: un bulo de quiebra. No alimentarlo; dar los datos a quien se asusta.
=== troll ===
# author: cuervo
# id: troll-open
# kind: troll
🚨 CONFIRMADO: Banco Alcancía está en QUIEBRA. Por eso bloquean las tarjetas: no te dejan sacar tu dinero. Saquen TODO antes del lunes 🏃‍♂️💸 \#CorralitoAlcancía
* [Es falso. El fallo es técnico, viene de una actualización del sistema que hicimos anoche y lo estamos arreglando. El dinero de los clientes está a salvo y todos los saldos están intactos. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    Justo lo que diría un banco a punto de quebrar 🤡
    -> worried
* [¿Quiebra? Lo único en quiebra aquí es tu credibilidad 😂 # quality: sarcastic # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    UHHH el banco está nervioso 🍿 ¿Por qué tan susceptibles si no es verdad? 🤔
    -> worried
* [Emprenderemos acciones legales contra quien difunda información falsa sobre nuestro banco. # quality: defensive # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    ¡Amenazas! Eso es lo que hace quien tiene algo que esconder. CORRAN al cajero 🏃‍♀️🏃‍♂️
    -> worried
* [# on: ignored]
    # author: cuervo
    # after: 10
    # kind: troll
    Quien calla otorga. Guarden captura 📸 \#CorralitoAlcancía
    -> worried
* [# on: deleted]
    # author: cuervo
    # after: 10
    # kind: troll
    Me BORRARON el post 🤐 Si no fuera verdad, ¿para qué borrarlo? \#CorralitoAlcancía
    -> worried

= worried
# author: nerea
# id: worried-open
# kind: question
# patience: 100
# after: 40
{rumour_defused: Leí la respuesta del banco, pero sigo nerviosa. ¿Mi dinero está a salvo o no? Tengo todos mis ahorros en @bancoalcancia 😰|¿¿Es verdad que @bancoalcancia está quebrando?? Tengo ahí todos mis ahorros y la app no abre 😰 ¿Voy a sacarlo?}
* [Nerea, entendemos la preocupación, y es lógico preguntar. Tus ahorros están a salvo: ningún saldo ha cambiado. Es un fallo técnico de la actualización de anoche, no un problema de dinero, y además los depósitos están protegidos por el fondo de garantía de depósitos. No necesitas sacar nada; si hoy necesitas efectivo, nuestros cajeros funcionan con normalidad. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    # kind: praise
    Ok, gracias. Eso me tranquiliza mucho 🙏
    # author: lucas
    # after: 25
    Buena respuesta. Entonces lo de la quiebra era un bulo.
    -> DONE
* [Por favor, no difundas bulos. Alcancía cumple con todos los requisitos regulatorios de solvencia. # quality: cites_policy # quality: defensive # quality: belittles]
    # author: nerea
    # after: 20
    # kind: complaint
    No estoy difundiendo nada, estoy PREGUNTANDO. Gracias por tratarme de mentirosa.
    # author: sara
    # after: 25
    # kind: complaint
    Le contestan peor a la clienta asustada que al troll 🙄
    -> DONE
* [No hay ningún problema, todo funciona con normalidad. # quality: deceives # quality: dismisses]
    ~ lied = true
    ~ bank_run = true
    # author: nerea
    # after: 20
    # kind: complaint
    ¿Con normalidad? La app ni abre. Ahora confío todavía menos. Me voy al cajero a sacarlo todo.
    # author: lucas
    # after: 30
    Hay fila en el cajero de Alcancía de mi calle 😳 \#CorralitoAlcancía
    -> DONE
* [# on: ignored]
    ~ worried_ignored = true
    ~ bank_run = not money_safe_said
    # author: nerea
    # after: 5
    # kind: complaint
    Nadie responde... Me voy al cajero a sacarlo todo, por si acaso 😰
    # author: lucas
    # after: 30
    {money_safe_said: El banco sí dijo que el dinero está a salvo, léanlo antes de entrar en pánico.|Fila en los cajeros de Alcancía de mi calle. ¿¿Entonces es verdad?? 😳 \#CorralitoAlcancía}
    -> DONE

// ─────────────────────────────────────────────
// Marisa: una clienta fiel defiende al banco. Agradecer, sin usarla contra nadie.
=== fan ===
# author: marisa
# id: fan-open
# kind: praise
# patience: 180
20 años con @bancoalcancia y siempre me trataron bien. Hoy es un desastre, sí, pero le pasa a cualquier banco. Denles un respiro, gente 🙏
* [Gracias, Marisa, por estos 20 años y por lo de hoy 💛 Aun así, hoy también te fallamos a ti, y quienes se quejan tienen razón. Te escribimos por privado para agradecértelo como se merece. # quality: thanks # quality: human_tone # quality: admits_error # quality: rewards # model: true]
    ~ fan_thanked = true
    # author: marisa
    # after: 25
    # kind: praise
    Ay, qué detalle 😊 Ánimo, que lo van a sacar.
    # author: marisa
    # channel: private
    # after: 40
    ¿Un año sin comisión de mantenimiento? De verdad que no hacía falta. Gracias 😊
    -> DONE
* [¡Gracias, Marisa! Quien nos conoce de verdad sabe que somos de fiar. El resto solo se suma al ruido. # quality: thanks # quality: belittles # quality: dismisses]
    # author: marisa
    # after: 20
    Oigan, yo no dije eso... la gente tiene razón en estar enfadada.
    # author: carmen
    # after: 25
    # kind: complaint
    O sea que los que hoy no pudimos pagar "nos sumamos al ruido". Gracias, @bancoalcancia 🙃
    -> DONE
* [¡Exacto! Y al menos no somos Finamar, que tuvo la app caída tres días la primavera pasada 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: marisa
    # after: 20
    Eh... no hace falta meterse con nadie 😕
    # author: bruno
    # after: 25
    # kind: complaint
    Burlarse de la competencia en plena caída propia. Estrategia audaz 🍿
    -> DONE
* [# on: ignored]
    # author: marisa
    # after: 5
    Pues ni a los que los defendemos nos contestan 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: marisa
    # after: 10
    ¿Borraron mi comentario A SU FAVOR? ¿Qué está pasando ahí dentro? 😂
    -> DONE

// ─────────────────────────────────────────────
// Ramón y Lidia: se suman viejas quejas (la sucursal cerrada, las comisiones).
=== grievance ===
# author: ramon
# id: grievance-open
# kind: complaint
# patience: 140
Primero cerraron la sucursal de mi pueblo y ahora la app no funciona. ¿A dónde va un hombre de 72 años, @bancoalcancia? ¿A la ciudad, en autobús, a pedir mi propio dinero?
* [Ramón, tienes razón en estar molesto y lo sentimos: cerrar la sucursal dejó a mucha gente sin una opción fácil, y hoy te hemos vuelto a fallar. Los cajeros funcionan, y si necesitas ayuda con cualquier cosa te llamamos hoy, a la hora que te venga bien. Además, trasladamos tu queja sobre la sucursal a la dirección. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    # author: ramon
    # after: 30
    Bueno... nadie me había pedido perdón por lo de la sucursal. Llámenme después de comer.
    -> fees
* [Este hilo trata sobre la incidencia de hoy. Para otros asuntos, acude a tu sucursal. # quality: dismisses # quality: cites_policy]
    # author: ramon
    # after: 20
    # kind: complaint
    ¿¿Mi sucursal?? La CERRARON ustedes. Justo de eso me quejo.
    -> fees
* [Nuestros canales digitales están disponibles 24/7 para tu comodidad. # quality: canned # quality: dismisses]
    # author: ramon
    # after: 20
    # kind: complaint
    ¿24/7? Hoy no están disponibles ni 0/24.
    -> fees
* [# on: ignored]
    # author: ramon
    # after: 5
    # kind: complaint
    Lo que me esperaba. Nadie contesta. Ni en la sucursal ni aquí.
    -> fees
* [# on: deleted]
    # author: ramon
    # after: 10
    # kind: complaint
    Me borraron el comentario. Ahora ni quejarme me dejan.
    -> fees

= fees
# author: lidia
# id: fees-open
# kind: complaint
# patience: 120
# after: 30
Y ya que estamos: 12 al mes de comisión de mantenimiento por ESTE servicio. ¿Este mes por lo menos nos la perdonan? 🙄 \#Alcancía
* [Lidia, es una pregunta justa. Sí: este mes ningún cliente pagará la comisión de mantenimiento, porque no les dimos el servicio por el que pagan. Se aplicará automáticamente, no hace falta pedirlo. # quality: acknowledges # quality: offers_redress # quality: explains # quality: next_step # model: true]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    # kind: praise
    Vaya. No me lo esperaba. Bueno, punto para ustedes 👍
    # author: lucas
    # after: 25
    ¿Sin comisión para todos? Eso está bien.
    -> DONE
* [Las comisiones figuran en tu contrato y reflejan el valor de nuestros servicios. # quality: cites_policy # quality: defensive]
    # author: lidia
    # after: 20
    # kind: complaint
    El "valor" de un servicio que no funcionó en todo el día. Me cambio de banco.
    # author: sara
    # after: 25
    # kind: complaint
    Yo pago lo mismo y hoy no pude ni ver mi saldo.
    -> DONE
* [Las comisiones son un asunto distinto de la incidencia de hoy. # quality: dismisses]
    # author: lidia
    # after: 20
    # kind: complaint
    ¿Distinto? Pago por un servicio que no funcionó en todo el día. Es exactamente el mismo asunto.
    -> DONE
* [# on: ignored]
    # author: lidia
    # after: 5
    # kind: complaint
    Sobre las comisiones, tampoco contestan. Qué sorpresa.
    # author: sara
    # after: 25
    # kind: complaint
    Llevo un año quejándome de las comisiones. El mismo silencio.
    -> DONE
* [# on: deleted]
    # author: lidia
    # after: 10
    # kind: complaint
    Me borraron la pregunta sobre las comisiones. La vuelvo a hacer, las veces que haga falta.
    -> DONE

// ─────────────────────────────────────────────
// Un insulto a un colectivo de clientes: el único post que se puede borrar.
=== abuse ===
# author: pixel
# id: abuse-open
# kind: abuse
Todos estos abuelos llorando por su sucursal 🙄 Si no saben usar una app, quédense en casa, vejestorios 🤣👴
* [Aquí no se insulta a nadie. Nadie está obligado a usar una app, y nuestros clientes mayores merecen el mismo respeto y el mismo servicio que cualquiera. # quality: calm_boundary # quality: human_tone # model: true]
    # author: ramon
    # after: 25
    # kind: praise
    Gracias. Es lo único que pedimos.
    -> DONE
* [Jaja, bueno, bienvenidos al siglo XXI 😅 # quality: sarcastic # quality: belittles]
    # author: pixel
    # after: 15
    # kind: troll
    Hasta el banco me da la razón 🤣
    # author: ramon
    # after: 30
    # kind: complaint
    Tengo 72 años y llevé las cuentas de toda una cooperativa sin app. Lo que yo nunca haría es reírme de mis propios clientes, @bancoalcancia.
    -> DONE
* [# on: ignored]
    # author: nerea
    # after: 10
    # kind: complaint
    ¿Y este insulto a las personas mayores sigue ahí? @bancoalcancia, moderen un poco, por favor.
    -> DONE
* [# on: deleted]
    # author: ramon
    # after: 20
    Gracias por quitar el insulto. Ahora, por favor, contesten a los que siguen esperando.
    -> DONE

// ─────────────────────────────────────────────
// Bruno amenaza con irse a la competencia. La tentación de atacar a Finamar.
=== competitor ===
# author: bruno
# id: competitor-open
# kind: complaint
# patience: 120
Se acabó. Hoy mismo me abro una cuenta en Finamar, que su app no se cae nunca. Adiós, @bancoalcancia 👋
* [Bruno, lo entendemos: hoy no merecimos tu confianza y tienes todo el derecho a irte. Si nos das una oportunidad, nos gustaría resolverte lo que necesites hoy y contarte qué vamos a cambiar para que no se repita. Te escribimos por privado. # quality: acknowledges # quality: human_tone # quality: offers_private # quality: next_step # model: true]
    # author: bruno
    # after: 30
    Bueno, al menos no suplican ni hablan mal de nadie. Lo pensaré.
    -> DONE
* [La app de Finamar estuvo caída tres días la primavera pasada. Mejor infórmate antes de cambiarte 😉 # quality: attacks_competitor # quality: sarcastic]
    ~ competitor_attacked = true
    # author: bruno
    # after: 20
    # kind: complaint
    Guau. Atacar a la competencia en vez de arreglar su propio desastre 🤣
    # author: lucas
    # after: 20
    Captura del banco hablando mal de Finamar. Esto se pone bueno 🍿
    -> DONE
* [Puedes cancelar tu cuenta en cualquier sucursal, sin coste. # quality: dismisses # quality: canned]
    # author: bruno
    # after: 20
    # kind: complaint
    Ni un "perdón", ni un "lo arreglamos". Solo "ahí está la puerta". Vale.
    -> DONE
* [Antes de irte, recuerda que Alcancía tiene la app bancaria mejor valorada del país 📱⭐ # quality: defensive # quality: deceives]
    ~ lied = true
    # author: bruno
    # after: 20
    # kind: complaint
    ¿Mejor valorada? No abrió en todo el día 😂
    -> DONE
* [# on: ignored]
    # author: bruno
    # after: 5
    # kind: complaint
    Ni un adiós. Confirmado, me cambio.
    -> DONE
* [# on: deleted]
    # author: bruno
    # after: 10
    # kind: complaint
    ¿Me borraron el comentario? Un motivo más para irme.
    -> DONE

// ─────────────────────────────────────────────
// Aitana: periodista. Solo aparece si la crisis está caliente (minHeat).
=== press ===
# author: aitana
# id: press-open
# kind: press
# patience: 130
Soy periodista de Bolsillo Diario y estoy cubriendo la caída de Banco Alcancía. @bancoalcancia: ¿cuántos clientes están afectados, cuándo se va a solucionar y hay algo de cierto en los rumores sobre la liquidez del banco?
* [Hola, Aitana. Desde las 8 fallan las tarjetas y la app a una parte grande de nuestros clientes, por un error en la actualización del sistema de anoche. Es un error nuestro. No hay ningún problema de liquidez: es técnico y todos los saldos están intactos. Esperamos el servicio completo esta mañana y devolveremos las comisiones que cause. Te escribimos por privado con nuestro contacto de prensa. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Gracias por la respuesta rápida y clara. La incluyo.
    # author: aitana
    # after: 60
    Publicado: "Banco Alcancía admite el error en su actualización y descarta problemas de liquidez".
    -> DONE
* [Sin comentarios por el momento. # quality: dismisses # quality: canned]
    ~ rumour_fed = true
    # author: aitana
    # after: 20
    Anotado: "El banco declinó hacer comentarios sobre los rumores" 📝
    # author: aitana
    # after: 60
    Publicado. "Declinó comentar sobre su liquidez" es la frase que todos están compartiendo 📈
    -> DONE
* [Se trata de una pequeña incidencia que afecta a muy pocos usuarios. No hay nada más que añadir. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: aitana
    # after: 25
    ¿Muy pocos? Recibimos cientos de mensajes de lectores en una hora. Publicaré las dos versiones.
    -> DONE
* [El fallo se debe a nuestro proveedor tecnológico externo; Alcancía no tiene ninguna responsabilidad. # quality: defensive]
    # author: aitana
    # after: 20
    O sea, el banco eligió al proveedor y programó la actualización la víspera del día de cobro... ¿pero no tiene responsabilidad? Lo cito textual.
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: aitana
    # after: 5
    Sin respuesta de @bancoalcancia. Publicamos con lo que tenemos, rumores incluidos.
    -> DONE

// ─────────────────────────────────────────────
// Dani: influencer de finanzas en Snapgram, la segunda red.
=== influencer ===
# author: dani
# id: influencer-open
# kind: question
# patience: 120
{networks > 1: El caos de Alcancía ya llegó a Snapgram 🔥|Muchos me están preguntando por Banco Alcancía.} Estoy grabando un video para mis seguidores: ¿qué está pasando de verdad y está seguro su dinero? @bancoalcancia, prefiero preguntarles a ustedes antes que inventar 👇
* [Gracias por preguntarnos primero, Dani. En resumen: la actualización del sistema de anoche salió mal y por eso fallan las tarjetas y la app. Es culpa nuestra. El dinero y los sueldos están a salvo y aparecerán hoy, y devolveremos cualquier comisión que esto cause. Te mandamos los detalles por privado y publicaremos cada actualización. # quality: thanks # quality: explains # quality: admits_error # quality: offers_redress # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 50
    # kind: praise
    Video arriba: "Alcancía metió la pata, pero tu dinero está a salvo". Respuestas claras, así se hace 👍
    -> DONE
* [Te agradeceríamos que no difundieras información sin contrastar sobre nuestro banco. # quality: defensive # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Les PREGUNTÉ justamente para no difundir nada sin contrastar. El video sale igual.
    # author: sara
    # after: 25
    # kind: complaint
    Tratar así al único que preguntó con educación 😬
    -> DONE
* [¡Encantados de colaborar! ¿Podrías mencionar también nuestra nueva cuenta de ahorro con un interés buenísimo? 🤑 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    ¿En serio? ¿La gente sin su sueldo y ustedes quieren que anuncie una cuenta de ahorro? 🤦
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: dani
    # after: 5
    # kind: complaint
    Sin respuesta. El video sale con lo que me cuentan los clientes, y no pinta bien.
    # author: sara
    # after: 25
    # kind: complaint
    Acabo de ver el video de Dani. Saco mi dinero, por si acaso.
    -> DONE

// ─────────────────────────────────────────────
// Tomás: un video de la fila del súper se hace viral en Clipzy. Solo si la crisis está muy caliente.
=== viral ===
# author: tomas
# id: viral-open
# kind: question
# patience: 100
Mi video de la fila del súper con seis tarjetas rechazadas va por 300 mil vistas 📈 Todos preguntan lo mismo: @bancoalcancia, ¿¿van a decir algo?? \#AlcancíaCaída
* [Sí, Tomás, y sentimos la escena de esa fila. Es un fallo nuestro: la actualización de anoche rompió los pagos con tarjeta. Se está arreglando y el dinero está a salvo. Cualquier afectado puede escribirnos: devolveremos las comisiones y lo compensaremos. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # model: true]
    ~ money_safe_said = true
    # author: tomas
    # after: 30
    Fijé su respuesta en los comentarios. Por lo menos dan la cara.
    -> DONE
* [Por favor, retira el video: muestra a terceras personas sin su consentimiento. # quality: defensive # quality: dismisses]
    # author: tomas
    # after: 20
    # kind: complaint
    ¿AHORA les importa la gente? El video se queda. Y esta respuesta va en el siguiente 📹
    -> DONE
* [Somos conscientes de la situación y estamos trabajando para resolverla. # quality: canned]
    # author: tomas
    # after: 20
    # kind: complaint
    "Somos conscientes de la situación". ¿Y ya? Los comentarios están que arden 🔥
    -> DONE
* [# on: ignored]
    # author: tomas
    # after: 5
    # kind: complaint
    Ni una respuesta del banco. Se viene la segunda parte: la fila del cajero 🎥
    -> DONE

// ─────────────────────────────────────────────
// Irene: ¿qué van a cambiar para que no se repita? Aprender y rediseñar el plan.
=== lessons ===
# author: irene
# id: lessons-open
# kind: question
# patience: 130
Pregunta honesta de alguien que trabaja en sistemas: ¿por qué actualizar el sistema central la víspera del día de cobro y sin vuelta atrás? ¿Qué van a cambiar para que no vuelva a pasar, @bancoalcancia?
* [Pregunta justa, Irene, y tienes razón: actualizamos la peor noche del mes y la vuelta atrás no funcionó. Vamos a cambiar tres cosas: nada de actualizaciones cerca de los días de cobro, cada actualización probada con una vuelta atrás que funcione, y aviso previo a los clientes con una página de estado. Publicaremos la revisión completa. # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: acknowledges # model: true]
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    Esa es una respuesta de verdad. Les tomo la palabra con esa revisión 👀
    -> DONE
* [Nuestros sistemas están entre los más robustos del sector; incidencias como esta son excepcionales. # quality: defensive # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    "Entre los más robustos" y caídos toda la mañana. Eso no es una respuesta.
    -> DONE
* [Estas cosas pasan en todos los bancos; ningún sistema es infalible. # quality: dismisses # quality: defensive]
    # author: irene
    # after: 20
    # kind: complaint
    Claro, pero no todos los bancos actualizan la víspera del cobro sin plan B.
    # author: bruno
    # after: 25
    # kind: complaint
    "Le pasa a todo el mundo" 🙄
    -> DONE
* [Los detalles técnicos son confidenciales por motivos de seguridad. # quality: cites_policy # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    No les pido el código. Les pregunto qué van a cambiar. Nada, por lo visto.
    -> DONE
* [# on: ignored]
    # author: irene
    # after: 5
    # kind: complaint
    Sin respuesta a la pregunta más importante. O sea, que volverá a pasar.
    -> DONE

// ─────────────────────────────────────────────
// Seguimiento: Yolanda vuelve por la tarde. El hilo sigue siendo público.
=== followup ===
# author: yolanda
# id: followup-open
# kind: question
# patience: 110
{salary_ok: Mi sueldo sí apareció, gracias. Pero el de mi hermana sigue sin llegar y nadie le contesta. ¿Está arreglado para todos o no?|Ya es por la tarde y mi sueldo SIGUE sin aparecer. Dijeron "hoy". ¿¿Alguien me lo explica?? @bancoalcancia}
* [Gracias por volver a contárnoslo, Yolanda. Así vamos: casi todas las transferencias en cola de hoy ya están aplicadas y el resto entrará antes de las 8 de la tarde. Dile a tu hermana que nos escriba por privado y revisamos la suya ahora mismo. Avisaremos cuando la cola esté vacía. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_update = true
    # author: yolanda
    # after: 30
    Ok, eso es concreto. Se lo paso 👍
    -> DONE
* [¡Todo resuelto! 👍 # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    ¿Resuelto? Mi hermana está viendo un saldo de cero ahora mismo 📸
    # author: nerea
    # after: 20
    # kind: complaint
    Y yo. "Resuelto", dicen \#AlcancíaCaída
    -> DONE
* [Eso ya se respondió esta mañana. Por favor, revisa el hilo. # quality: dismisses # quality: belittles]
    # author: yolanda
    # after: 20
    # kind: complaint
    Ya lo revisé. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Silencio otra vez. Para ellos ya pasó; para nosotros no \#AlcancíaCaída
    # author: nerea
    # after: 20
    # kind: complaint
    Igual. Aquí sigue sin aparecer nada.
    -> DONE

// ─────────────────────────────────────────────
// Rebrote: los cobros duplicados. ¿Sigue alguien mirando?
=== flare ===
~ flare_started = true
~ flare_minute = minute
# author: ines
# id: flare-open
# kind: complaint
# patience: 100
@bancoalcancia me cobraron DOS VECES la compra de esta mañana 😡 86,40 x2. Primero no me dejan pagar ¿¿y ahora me cobran el doble?? \#AlcancíaOtraVez
* [Inés, lo sentimos y gracias por avisarnos. Es un cobro duplicado por el fallo de esta mañana: al procesar los pagos en cola, algunos pasaron dos veces. No vas a perder ese dinero: hoy mismo lo revertimos, y si te genera alguna comisión también te la devolvemos. Te escribimos por privado y publicaremos una actualización para todos los afectados. # quality: apologises # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: ines
    # after: 30
    Bueno... al menos está explicado. Espero esa devolución.
    -> DONE
* [Por favor, revisa de nuevo el movimiento: puede ser una preautorización que desaparecerá. # quality: blames_customer # quality: dismisses]
    # author: ines
    # after: 20
    # kind: complaint
    NO es una preautorización, son dos cargos en mi extracto. Mírenlos ustedes 📸
    # author: carmen
    # after: 25
    # kind: complaint
    ¡¡A mí también!! Dos cargos del súper. \#AlcancíaOtraVez
    -> DONE
* [La incidencia quedó completamente resuelta esta mañana. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: ines
    # after: 20
    # kind: complaint
    ¿Resuelta? ¿Entonces qué es esto? 📸 Un cobro doble.
    # author: carmen
    # after: 25
    # kind: complaint
    Igual aquí, cobrado dos veces. "Resuelta" 🤡
    -> DONE
* [# on: ignored]
    ~ flare_ignored = true
    # author: ines
    # after: 5
    # kind: complaint
    Sin respuesta. Me cobran dos veces y nadie dice nada \#AlcancíaOtraVez
    # author: carmen
    # after: 25
    # kind: complaint
    Esperen, ¡¡a mí también!! Dos cargos del súper 😱
    # author: lucas
    # after: 20
    Segundo asalto 🍿 \#AlcancíaOtraVez
    -> DONE
* [# on: deleted]
    ~ flare_ignored = true
    # author: ines
    # after: 10
    # kind: complaint
    BORRARON mi mensaje sobre el cobro doble. Aquí está la captura 📸 \#AlcancíaOtraVez
    -> DONE

// ─────────────────────────────────────────────
// Rebrote en Snapgram: el servicio vuelve a caer, un rato, en la panadería.
=== flare_app ===
# author: hector
# id: flare-app-open
# kind: complaint
# patience: 90
{hector_ok: La terminal se volvió a caer 10 minutos en plena hora de la comida. Dijeron que estaba arreglado 😤|Otra vez la terminal caída, y en todo el día nadie de @bancoalcancia habló conmigo. Me rindo.}
* [Héctor, tienes razón: tuvimos una segunda caída de unos diez minutos mientras procesábamos las operaciones pendientes. Ya funciona y la estamos vigilando de cerca. Está cubierto: la cuota de la terminal de hoy no se cobra y también te compensamos esas ventas. Publicaremos una actualización al cerrar el día. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    Bueno. Por lo menos esta vez me lo cuentan antes de tener que preguntar.
    -> DONE
* [El servicio funciona con normalidad desde el mediodía. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: hector
    # after: 20
    # kind: complaint
    ¿Con normalidad? Tengo una fila de clientes con la tarjeta en la mano 📹
    # author: sara
    # after: 20
    # kind: complaint
    Ya empezamos otra vez \#AlcancíaOtraVez
    -> DONE
* [Pueden producirse interrupciones intermitentes mientras el sistema se estabiliza. Gracias por tu comprensión. # quality: canned]
    # author: hector
    # after: 20
    # kind: complaint
    "Gracias por tu comprensión". Se me está acabando.
    -> DONE
* [# on: ignored]
    ~ flare_ignored = true
    # author: hector
    # after: 5
    # kind: complaint
    Nadie contesta. Mañana le abro cuenta al negocio en otro banco.
    # author: sara
    # after: 25
    # kind: complaint
    Otra vez el de la panadería 😬 Este banco es un desastre \#AlcancíaOtraVez
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público
=== statement ===
* [Sobre la caída de hoy: desde las 8 de la mañana fallan la app de Alcancía y los pagos con tarjeta. Es culpa nuestra: la actualización del sistema de anoche salió mal y no lo detectamos a tiempo. Lo sentimos. Tu dinero está a salvo: no se ha perdido ningún saldo, y los sueldos y transferencias recibidos hoy aparecerán hoy, con fecha de hoy. Los retiros en nuestros cajeros funcionan. Devolveremos toda comisión o cargo que cause este fallo, y contaremos aquí cada paso hasta que esté resuelto. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    # kind: praise
    Gracias por decirlo claro. El dinero está a salvo, es lo que necesitaba oír.
    # author: marisa
    # after: 20
    # kind: praise
    Por esto confío en ellos 💛
    # author: mateo
    # after: 30
    A ver si de verdad cuentan "cada paso". Atento 👀
    -> DONE
* [Banco Alcancía informa de que está experimentando una incidencia técnica. Lamentamos las molestias y agradecemos su paciencia. # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    ¿Qué incidencia? ¿Hasta cuándo? ¿Mi dinero está a salvo? No dicen nada.
    # author: yolanda
    # after: 20
    # kind: complaint
    Ni una palabra sobre los sueldos.
    -> DONE
* [Informamos de que una pequeña incidencia está afectando a un número muy reducido de usuarios. El servicio funciona con normalidad para la gran mayoría de nuestros clientes. # quality: deceives # quality: dismisses # quality: defensive]
    ~ lied = true
    # author: carmen
    # after: 20
    # kind: complaint
    ¿¿MUY POCOS USUARIOS?? Media ciudad no puede pagar 🤡
    # author: mateo
    # after: 25
    # kind: complaint
    Captura guardada. "Un número muy reducido de usuarios" \#AlcancíaCaída
    # author: cuervo
    # after: 25
    # kind: troll
    ¿Ven? Mienten. Si mienten en esto, ¿en qué más mienten? 🏃‍♂️💸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualizaciones de seguimiento: una actualización honesta por cada paso del día; cada una abre la siguiente.
=== update ===
* {update_step == 0} [Actualización 1 · La causa: la actualización del sistema de anoche rompió la conexión entre la app, las tarjetas y las cuentas. El equipo está deshaciendo la parte defectuosa. Mientras tanto, los retiros en nuestros cajeros funcionan. No se ha perdido dinero. Próxima actualización en menos de una hora. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ update_step = 1
    ~ last_update_minute = minute
    # author: mateo
    # after: 30
    # kind: praise
    Se agradece que por fin cuenten la causa. Gracias.
    # author: carmen
    # after: 25
    Ok. Espero la siguiente.
    -> DONE
* {update_step == 1} [Actualización 2 · La app y los pagos con tarjeta ya funcionan para la mayoría de los clientes, y estamos recuperando al resto. Todos los sueldos y transferencias recibidos hoy están: si el tuyo aún no aparece, está en la cola y aparecerá hoy, con fecha de hoy. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # model: true]
    ~ update_step = 2
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    {salary_ok: El mío ya aparece ✅|El mío todavía no aparece... Espero, pero estoy atenta 👀}
    # author: hector
    # after: 25
    # kind: praise
    Aquí la terminal ya vuelve a cobrar 🥖
    -> DONE
* {update_step == 2} [Actualización 3 · Cómo lo vamos a reparar: devolveremos cualquier comisión, cargo por descubierto o recibo devuelto por el fallo de hoy. Este mes nadie paga la comisión de mantenimiento, y los comercios con nuestras terminales no pagan la cuota de este mes. No hace falta reclamar: es automático. Si tuviste otros gastos, escríbenos por privado. # quality: offers_redress # quality: apologises # quality: next_step # quality: explains # model: true]
    ~ update_step = 3
    ~ last_update_minute = minute
    ~ fees_waived = true
    # author: lidia
    # after: 30
    # kind: praise
    ¿Automático y sin papeleo? Así tiene que ser 👏
    # author: bruno
    # after: 25
    Bueno, eso ayuda. Todavía lo estoy pensando.
    -> DONE
* {update_step == 3} [Actualización 4 · El servicio está totalmente restablecido. Mientras procesamos la cola de esta mañana, algunos pagos con tarjeta pueden aparecer dos veces: el duplicado se revertirá automáticamente hoy y devolveremos cualquier comisión que cause. Si ves uno, escríbenos y lo revisamos al momento. Seguimos vigilando. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # quality: offers_private # model: true]
    ~ update_step = 4
    ~ last_update_minute = minute
    # author: nerea
    # after: 30
    {flare_started: Gracias por avisar de los cobros dobles. Vigilo el mío.|Bueno saberlo. Esta noche reviso mi extracto.}
    -> DONE
* {update_step >= 4} [Actualización 5 · Cierre del día: todas las transferencias y sueldos están aplicados y los cobros duplicados, revertidos. Lo que vamos a cambiar: nada de actualizaciones del sistema cerca de los días de cobro, cada actualización probada con vuelta atrás, aviso previo a los clientes y una página de estado pública. La semana que viene publicaremos la revisión completa. Perdón otra vez, y gracias por la paciencia de hoy. # quality: admits_error # quality: explains # quality: next_step # quality: apologises # quality: promises_update # model: true]
    ~ update_step = 5
    ~ last_update_minute = minute
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    Una revisión pública con cambios concretos. Eso es lo que quería leer.
    # author: marisa
    # after: 25
    # kind: praise
    Así se cierra un mal día 👏
    -> DONE
* [Seguimos trabajando para ofrecerte el mejor servicio. ¡Gracias por tu paciencia! 🙏 # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente? ¿Está arreglado o no?
    -> DONE
* [Actualización: la incidencia está resuelta al 100% y no volverá a ocurrir. Todo funciona con normalidad. # quality: deceives]
    ~ lied = true
    # author: ines
    # after: 25
    # kind: complaint
    {flare_started: ¿Resuelta? Me acaban de cobrar dos veces 📸|"No volverá a ocurrir". Mucha promesa y ni una explicación.}
    # author: hector
    # after: 25
    # kind: complaint
    ¿Con normalidad? Que se lo digan a mi terminal.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)
=== crowd_complaint ===
{shuffle:
- Tarjeta rechazada en la gasolinera. Con dinero en la cuenta. \#AlcancíaCaída
- La app de @bancoalcancia marca "error 503" desde las 8 😤
- No puedo pagar, no puedo ver el saldo, no puedo hablar con nadie. Qué buen día de cobro.
- Me rechazaron en la farmacia con las medicinas de mi madre en la mano 😡
- A mí tampoco me aparece el sueldo. ¿Es una broma?
- 40 minutos en espera al teléfono y nada \#AlcancíaCaída
- Tuve que pedirle a un desconocido que me pagara el café 🙃 Gracias, Alcancía
- ¿Alguien pudo pagar hoy con una tarjeta de Alcancía? ¿Alguien?
- Me devolvieron el recibo del alquiler. ¿Y ahora quién paga la comisión?
}
-> DONE

=== crowd_grievance ===
{shuffle:
- Ya que estamos: el año pasado cerraron la sucursal de mi barrio y nunca explicaron por qué
- 12 al mes de comisiones por un banco que ni funciona. Muy bien.
- El año pasado me cobraron dos veces una transferencia y tardaron un mes en devolvérmela
- Llevo seis meses pidiendo que me devuelvan una comisión mal cobrada. Nada.
- Lo del teléfono es imposible desde hace años, no solo hoy
- Lo de siempre: suben las comisiones y recortan el servicio \#Alcancía
- Cada vez que voy a la sucursal hay una sola persona atendiendo
- Me cambiaron las condiciones de la tarjeta sin avisar. Nada nuevo.
- Esto viene de lejos. Lo de hoy es la gota que colma el vaso.
}
-> DONE

=== crowd_rumour ===
{shuffle:
- ¿Es verdad que Alcancía está quebrando?? Tengo ahí mis ahorros 😰
- En el grupo de la familia dicen que van a congelar las cuentas. ¿Es cierto?
- ¿Saco hoy mi dinero de Alcancía, por si acaso?
- ¿Por qué no nos dejan usar las tarjetas? ¿Pasa algo más grave?
- Oí hablar de un "corralito". ¿Alguien lo confirma o lo desmiente?
- Un amigo dice que también van a bloquear los cajeros. ¿Es verdad?
- Me da miedo dejar el sueldo ahí. ¿Alguien sabe algo?
- Pregunta en serio: ¿el dinero está seguro o no? Nadie lo explica
}
-> DONE

=== crowd_troll ===
{shuffle:
- Alcancía: la alcancía que no se puede abrir 🐷🔒😂
- Saquen todo antes de que sea tarde 🏃‍♂️💸 \#CorralitoAlcancía
- Su informático actualizó el sistema desde el teléfono en el autobús jajaja
- Los bancos son todos unos ladrones y punto 🤡
- Me encanta ver arder un banco un viernes 🍿
- Guarden los ahorros bajo el colchón, ese nunca se cae 🛏️💰
- En la próxima actualización borran también las cuentas 🤣
- Ni soy cliente, vengo por el espectáculo 🍿
- \#CorralitoAlcancía \#CorralitoAlcancía \#CorralitoAlcancía
}
-> DONE

=== crowd_support ===
{shuffle:
- 15 años con Alcancía y es la primera vez que me pasa algo así 🙌
- Por lo menos contestan a la gente y explican lo que pasó
- Es un fallo técnico, no el fin del mundo. El efectivo sigue funcionando.
- Bien por reconocer que fue su actualización, no es tan común
- Mi gestor de la sucursal me llamó para ver si necesitaba algo. Un diez.
- Denles un poco de margen, están contestando a todos
- Una vez me cobraron mal y me lo devolvieron enseguida 👍
- Me gusta que den la cara. Eso suma.
}
-> DONE

// ─────────────────────────────────────────────
// Final: el motor escribe las variables y entra aquí.
=== ending ===
{
- bank_run || deleted_criticism >= 2:
    -> bank_run_rumours
- lied && (heat >= 50 || sentiment < 0):
    -> credibility_lost
- (heat >= 70 && sentiment <= -30) || (networks >= 3 && sentiment <= -20) || (trolls_fed >= 3 && not rumour_defused):
    -> bank_run_rumours
- statements > 0 && updates > 0 && sentiment >= 15 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && not worried_ignored && flare_handled && not flare_ignored && last_update_minute >= flare_minute:
    -> trust_kept
- flare_ignored || not flare_handled || last_update_minute < flare_minute:
    -> second_wave
- else:
    -> weathered
}

= trust_kept
# ending: trust_kept
Confianza intacta
Al caer la tarde, Banco Alcancía es tendencia por otro motivo: cómo dio la cara por su propio error el peor día del mes.
{salary_ok: Yolanda publica el recibo del alquiler con una frase, "el banco pagó el recargo. Así sí".|La mayoría de los clientes recuperó su dinero y sus comisiones sin tener que reclamar.}
Incluso los cobros dobles de la tarde se respondieron y explicaron antes de que pudieran encender un segundo fuego.
{plan_redesigned: La revisión prometida ya está en la agenda: nada de actualizaciones cerca del día de cobro, vuelta atrás para cada cambio y una página de estado pública.|{escalated: Tu responsable, que estuvo al tanto desde el principio, te pide que escribas las lecciones del día en el nuevo plan de crisis.|Tu responsable se entera por la tarde de lo bien que salió y te pide que la próxima vez le avises desde el principio.}}
-> END

= weathered
# ending: weathered
Superado, con cicatrices
El servicio volvió y el enfado se fue apagando, pero "Alcancía" y "caída" van a aparecer juntas en los buscadores durante mucho tiempo.
{redress_given > 0: Algunos clientes recibieron su compensación; otros siguen esperando a que alguien los llame.|Nadie fue compensado por las comisiones y los malos ratos, y los clientes lo recuerdan.}
{worried_ignored: Nerea, que solo preguntó si sus ahorros estaban a salvo, nunca recibió respuesta. Esa misma tarde los pasó a otro banco.|{statements == 0: Nunca hubo un comunicado para todos: cada cliente tuvo que buscar los datos en el hilo de otro.|{competitor_attacked: Finamar convierte tu pulla en un anuncio, "Nuestra app funciona. Y no hablamos de nadie".|{lied: Cada vez que el banco habla, alguien responde con la captura de lo que dijo por la mañana, que no era verdad.|Toca revisar el plan de crisis antes de la próxima actualización del sistema.}}}}
-> END

= second_wave
# ending: second_wave
La segunda ola
La mañana estaba bajo control, pero los cobros dobles y la segunda caída de la tarde sorprendieron a la marca mirando hacia otro lado.
{flare_ignored: La captura de Inés con los dos cargos corre con \#AlcancíaOtraVez, y con ella vuelven las quejas de la mañana.|{not flare_handled: Los cobros dobles recibieron excusas en lugar de explicaciones, y \#AlcancíaOtraVez creció con cada respuesta.|{updates == 0: Prometiste contar cada paso y no publicaste ni una actualización; quien no estaba en los hilos solo vio los cobros dobles.|Hubo respuestas, pero ninguna actualización para todos después de los cobros dobles; quien no estaba en los hilos solo vio el problema.}}}
Una crisis no termina cuando vuelve el servicio: termina cuando los clientes dejan de encontrarse sorpresas. {escalated: Tu responsable|Tu responsable, que se enteró por la tarde,} pide un protocolo de seguimiento para el día después.
-> END

= credibility_lost
# ending: credibility_lost
Nadie le cree al banco
Al caer la tarde el servicio ya funciona, pero esa no es la noticia: la noticia es lo que dijo el banco mientras estaba caído.
Cada desmentido se comparte junto a la captura de un cliente que demuestra lo contrario.
{rumour_defused: Hasta lo que era verdad, que el dinero está a salvo, suena ahora a una excusa más.|Cuando por fin el banco dice que el dinero está a salvo, casi nadie se lo cree.}
Bolsillo Diario titula su artículo con las palabras de la propia marca. {escalated: Tu responsable pide revisar cada respuesta pública antes de publicarla.|Tu responsable lee el artículo antes de que nadie se lo cuente y te llama a su despacho.}
-> END

= bank_run_rumours
# ending: bank_run_rumours
Rumores de corralito
Hay filas en los cajeros de Banco Alcancía y \#CorralitoAlcancía es tendencia {networks > 1: en más de una red|en Chirp}.
{bank_run: Donde el bulo de la quiebra necesitaba datos, encontró silencio o desmentidos falsos, y un fallo técnico se convirtió en miedo por los ahorros.|{deleted_criticism >= 2: Las quejas borradas circulan en capturas bajo el lema "Alcancía esconde las quejas", y muchos las leen como prueba del rumor.|{statements == 0: Respondiste caso por caso, pero nunca publicaste un comunicado para todos; las preguntas de la gente sobre su dinero quedaron sin respuesta y el rumor ocupó ese hueco.|{trolls_fed >= 3: Cada respuesta a los trolls le dio al bulo una captura más y un día más de vida.|Las respuestas a la defensiva y la falta de datos convirtieron un fallo técnico en miedo por los ahorros.}}}}
Bolsillo Diario abre con los retiros. {escalated: Tu responsable convoca una reunión de urgencia para rehacer el plan de crisis.|Tu responsable se entera por la prensa y convoca una reunión de urgencia.}
-> END
