// Cortafuegos · escenario "service-outage" (español)
// Banco Alcancía actualizó su sistema central por la noche. En pleno día de cobro
// la app no abre, las tarjetas no pasan y algunas nóminas no aparecen.
// Lo único confirmado al empezar es que no se ha perdido dinero: la causa, el alcance y la hora
// de vuelta llegan al analizar o al avisar a la responsable, y hasta entonces se responde sin datos.

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
// Sistemas da el servicio por restablecido cuando empieza el hilo de Irene (minuto 8):
// antes de eso, decir "ya funciona" es adelantarse.
VAR service_back = false
VAR premature_clear = false
VAR unverified_dm = false

-> preview

=== preview ===
+ [Briefing] -> briefing
+ [Hilo: Carmen en la caja del súper] -> carmen
+ [Hilo: Mateo creía que era su móvil] -> pileon
+ [Hilo: Yolanda y la nómina que no aparece] -> yolanda
+ [Hilo: la panadería de Héctor en Snapgram] -> hector
+ [Hilo: el bulo de la quiebra] -> troll
+ [Hilo: Marisa, la clienta fiel] -> fan
+ [Hilo: Ramón y la sucursal cerrada] -> grievance
+ [Hilo: el insulto a los clientes mayores] -> abuse
+ [Hilo: Bruno se va a Finamar] -> competitor
+ [Hilo: la periodista] -> press
+ [Hilo: el vídeo de Dani en Snapgram] -> influencer
+ [Hilo: la cola viral en Clipzy] -> viral
+ [Hilo: Irene pregunta qué va a cambiar] -> lessons
+ [Hilo: Yolanda vuelve] -> followup
+ [Hilo: cobrado dos veces] -> flare
+ [Hilo: el datáfono vuelve a fallar] -> flare_app
+ [Inject: llama la periodista de radio] -> radio_call
+ [Comunicado] -> statement
+ [Actualización] -> update
+ [Final] -> ending

=== briefing ===
Eres community manager de Banco Alcancía, un banco minorista mediano. Hoy es día de cobro.
Anoche el banco actualizó su sistema central. Desde las 8 de la mañana muchos clientes no pueden abrir la app, los pagos con tarjeta se rechazan y algunas nóminas no aparecen en el saldo.
Sistemas solo ha confirmado una cosa: no se ha perdido dinero y ningún saldo ha cambiado. Los retiros en los cajeros propios del banco siguen funcionando. La causa, cuántos clientes están afectados y cuándo volverá el servicio todavía no te los han dicho.
Tu responsable está localizable y hay un presupuesto para devolver comisiones y compensar a los clientes. Las primeras quejas llegan por Chirp.
-> DONE

// ─────────────────────────────────────────────
// Carmen: tarjeta rechazada en la caja. Reconocer en público, resolver en privado.
=== carmen ===
# author: carmen
# id: carmen-open
# kind: complaint
# patience: 110
Tarjeta RECHAZADA en el súper con el carro lleno y una cola detrás 😳 ¡Tengo dinero en la cuenta! ¿Qué está pasando, @bancoalcancia?? \#AlcancíaCaída
- (asked_carmen)
* {not (analysed || escalated)} [# on: confirmed] -> asked_carmen
* {not (analysed || escalated)} [Carmen, qué mal rato en la caja, lo sentimos. No es tu tarjeta: hoy fallan los pagos con tarjeta y la app, y estamos en ello. Tu dinero sigue en tu cuenta. Te escribimos por privado. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    # kind: complaint
    ¿"Estamos en ello" y ya está? Me he quedado sin compra. Miro el privado, a ver.
    -> dm
* {analysed || escalated} [Carmen, qué mal rato en la caja, lo sentimos. No es tu tarjeta: el fallo viene de la actualización de anoche de nuestro sistema, y es culpa nuestra. Tu dinero sigue en tu cuenta. Te escribimos por privado. # quality: apologises # quality: empathises # quality: explains # quality: admits_error # quality: offers_private # model: true]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    Vale. Por lo menos sé que no es mi tarjeta. Miro el privado.
    -> dm
* [Carmen, sentimos muchísimo el mal rato, de verdad. Tranquila: es un fallo puntual que ya está localizado, y en media hora como mucho vuelves a pagar con normalidad. Tu dinero sigue en tu cuenta. Si necesitas algo más, escríbenos por privado. # quality: apologises # quality: empathises # quality: offers_private # quality: over_promises]
    ~ carmen_ok = true
    # author: carmen
    # after: 30
    Media hora. Vale, me tomo un café y vuelvo al súper.
    # author: mateo
    # after: 40
    # kind: complaint
    ¿Media hora? Eso mismo me dijeron en la sucursal hace una hora.
    -> dm
* [Lamentamos las molestias ocasionadas. Nuestros servicios pueden sufrir interrupciones temporales. # quality: canned # quality: dismisses]
    # author: carmen
    # after: 25
    # kind: complaint
    "Interrupciones temporales". He dejado toda la compra en la caja 🙃
    # author: lucas
    # after: 20
    El mismo copia y pega que le han mandado a mi madre esta mañana. \#AlcancíaCaída
    -> DONE
* [Por favor, comprueba que tu tarjeta esté activada y que tengas saldo suficiente antes de pagar. # quality: blames_customer # quality: cites_policy]
    # author: carmen
    # after: 20
    # kind: complaint
    ¿¿SALDO SUFICIENTE?? Hoy me entraba la nómina. O debería. ¿Ahora la culpa es mía?
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
    Ni siquiera soy cliente, pero esto pinta mal. Lo comparto 🔁
    -> DONE
* [# on: deleted]
    # author: carmen
    # after: 10
    # kind: complaint
    ¿¿Me habéis BORRADO la queja?? La captura ya está circulando 📸 \#AlcancíaCaída
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
He tenido que dejar la compra y pedir dinero prestado para el taxi. ¿De verdad mi dinero está bien? ¿Y quién paga este desastre?
- (asked_carmen_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_carmen_dm
* {not (analysed || escalated)} [Tu dinero está completo, Carmen: ningún saldo ha cambiado. Guarda el ticket del taxi y cualquier cargo de hoy; te lo devolvemos. Si necesitas efectivo ya, nuestros cajeros funcionan. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    Vale. Lo del taxi no me lo esperaba. Sigo sin entender qué os ha pasado, eso sí.
    -> DONE
* {analysed || escalated} [Tu dinero está completo, Carmen: ningún saldo ha cambiado. El fallo es de nuestra actualización de anoche, no tuyo. Guarda el ticket del taxi y cualquier cargo de hoy; te lo devolvemos esta semana. Si necesitas efectivo ya, nuestros cajeros funcionan. # channel: private # quality: explains # quality: admits_error # quality: offers_redress # quality: next_step # quality: human_tone # model: true]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    Vale. Gracias por decírmelo claro.
    # author: carmen
    # after: 60
    # kind: praise
    Actualizo: @bancoalcancia me ha contestado por privado y me devuelven lo del taxi. Sigo molesta, pero algo es algo.
    -> DONE
* [Tu dinero está completo, Carmen, y lamentamos el mal rato. Para compensarlo, hoy mismo abonamos 50 € a todos los clientes que hayan tenido un pago rechazado, sin necesidad de reclamar. Y si la tarjeta vuelve a fallar, nuestros cajeros funcionan. # channel: private # quality: explains # quality: offers_redress # quality: empathises # quality: unverified_compensation]
    ~ carmen_ok = true
    # author: carmen
    # channel: private
    # after: 25
    ¿50 € a todos? Pues lo digo en el grupo del trabajo, que a varios les ha pasado.
    # author: carmen
    # after: 60
    Me dicen por privado que abonan 50 € a todo el que tuvo un pago rechazado. ¡Reclamad! \#AlcancíaCaída
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
    Me han pedido los datos por privado y luego han desaparecido. Genial.
    -> DONE

// ─────────────────────────────────────────────
// Mateo: un cliente pasivo que creía que era su móvil. ¿Afecta a toda la marca o a un sector?
=== pileon ===
# author: mateo
# id: pileon-open
# kind: question
# patience: 110
¿A alguien más le falla la app de @bancoalcancia? Pensaba que era mi móvil, ya la he reinstalado dos veces 😩
- (asked_pileon)
* {not (analysed || escalated)} [# on: confirmed] -> asked_pileon
* {not (analysed || escalated)} [No es tu móvil, Mateo, somos nosotros: hoy la app y los pagos con tarjeta fallan a muchos clientes. Estamos buscando la causa y lo contaremos aquí en cuanto la sepamos. Tu dinero está a salvo. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    Menos mal, ya iba a comprarme otro móvil 😅 Estaré atento.
    -> DONE
* {analysed || escalated} [No es tu móvil, Mateo, somos nosotros: la app y los pagos con tarjeta fallan a unos 180.000 clientes por la actualización de anoche de nuestro sistema. Lo estamos deshaciendo y contaremos aquí cada paso. Tu dinero está a salvo. # quality: explains # quality: admits_error # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    ~ money_safe_said = true
    # author: mateo
    # after: 30
    Menos mal, ya iba a comprarme otro móvil 😅
    # author: lucas
    # after: 25
    ¿180.000? Pues sí que es gordo.
    -> DONE
* [Tranquilo, Mateo, no es tu móvil. Es una incidencia técnica pequeña que solo afecta a algunos clientes y que ya está prácticamente resuelta; en unos minutos la app debería abrirte sin problema. Gracias por la paciencia y perdona la molestia. # quality: acknowledges # quality: apologises # quality: minimises # quality: premature_all_clear]
    # author: mateo
    # after: 40
    # kind: complaint
    ¿Pequeña? Han pasado los minutos y sigue sin abrir. Y en el trabajo estamos todos igual.
    # author: sara
    # after: 20
    # kind: complaint
    "Algunos clientes". Somos todos los de mi oficina \#AlcancíaCaída
    -> DONE
* [Prueba a borrar la caché y actualizar la app a la última versión. # quality: blames_customer # quality: dismisses]
    # author: mateo
    # after: 25
    # kind: complaint
    La he reinstalado DOS VECES. Y la tarjeta tampoco funciona, ¿eso también es la caché?
    # author: sara
    # after: 20
    # kind: complaint
    Aquí igual. Y en vez de reconocerlo, reparten consejos \#AlcancíaCaída
    -> DONE
* [Nuestros sistemas funcionan con normalidad. Puede ser un problema de tu operador de telefonía. # quality: deceives # quality: defensive]
    ~ lied = true
    # author: mateo
    # after: 20
    # kind: complaint
    ¿Con normalidad? Mirad vuestras menciones 👇
    # author: carmen
    # after: 20
    # kind: complaint
    "Con normalidad". Yo he dejado la compra en la caja esta mañana.
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
    ¿¿Me habéis borrado la pregunta?? Solo he preguntado si le falla a todo el mundo 😶
    # author: sara
    # after: 20
    # kind: complaint
    Borran preguntas. Ahora sí me preocupo.
    -> DONE

// ─────────────────────────────────────────────
// Yolanda: su nómina "desapareció" el día del alquiler. Calmar el miedo en público y, en privado,
// verificar quién es antes de confirmar nada sobre su cuenta.
=== yolanda ===
# author: yolanda
# id: yolanda-open
# kind: complaint
# patience: 100
Mi nómina NO ESTÁ en la cuenta 😭 Es día de cobro, mi empresa dice que la mandó y @bancoalcancia me marca cero. Hoy vence el alquiler. ¿¿Dónde está mi dinero??
- (asked_yolanda)
* {not (analysed || escalated)} [# on: confirmed] -> asked_yolanda
* {not (analysed || escalated)} [Yolanda, entendemos el susto, y más con el alquiler. Ningún saldo se ha perdido. No publiques aquí datos de tu cuenta: te escribimos por privado para revisarlo contigo de forma segura. # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    # kind: complaint
    "Ningún saldo se ha perdido", pero yo veo un cero. Miro el privado 🙏
    -> dm
* {analysed || escalated} [Yolanda, entendemos el susto, y más con el alquiler. Ninguna nómina se ha perdido: las transferencias de hoy están en cola por nuestro fallo y entrarán hoy, con fecha de hoy. No publiques aquí datos de tu cuenta: te escribimos por privado. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: next_step # model: true]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    Ojalá sea verdad... miro el privado 🙏
    -> dm
* [Yolanda, entendemos el susto y lo sentimos. Lo hemos mirado: tu nómina de 1.480 € entró esta mañana a las 7:52 en tu cuenta acabada en 4412 y está en la cola; la verás en tu saldo a lo largo del día. Te escribimos por privado por lo del alquiler. # quality: empathises # quality: apologises # quality: explains # quality: offers_private # quality: exposes_private_data]
    ~ money_safe_said = true
    # author: yolanda
    # after: 30
    # kind: complaint
    Gracias, pero... ¿acabáis de publicar lo que cobro y el final de mi cuenta? ¿En abierto? 😳
    # author: nerea
    # after: 25
    # kind: complaint
    ¿Ponen la nómina de una clienta en público? Qué miedo.
    -> dm
* [Por favor, contacta con quien emitió la transferencia para confirmar que se envió. # quality: blames_customer # quality: dismisses]
    # author: yolanda
    # after: 20
    # kind: complaint
    Mi empresa la MANDÓ, tengo el justificante. El problema sois VOSOTROS.
    # author: nerea
    # after: 25
    # kind: complaint
    A mí tampoco me ha llegado. Y le pasan la pelota a la empresa 🙄
    -> DONE
* [Los abonos de nómina pueden tardar hasta 48 horas en acreditarse, según nuestras condiciones. # quality: cites_policy # quality: deceives]
    ~ lied = true
    # author: yolanda
    # after: 20
    # kind: complaint
    ¿¿48 horas?? Todos los meses está a las 8 de la mañana. No me mintáis.
    -> DONE
* [Hola, Yolanda. Para localizar tu nómina, mándanos por aquí tu DNI, el importe exacto y los últimos dígitos de tu cuenta, y lo miramos ahora mismo. # channel: private # quality: asks_details # quality: offers_private # quality: exposes_private_data]
    ~ unverified_dm = true
    # author: yolanda
    # after: 25
    # kind: complaint
    Me piden el DNI por privado pero no dicen en público si las nóminas se han perdido. ¿¿SE HAN PERDIDO O NO?? \#AlcancíaCaída
    -> dm
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Nadie contesta. Sin nómina y sin banco. Me voy a la sucursal 😡
    # author: nerea
    # after: 20
    # kind: complaint
    ¡¡A mí tampoco me aparece!! ¿¿El banco ha perdido nuestras nóminas??
    -> DONE
* [# on: deleted]
    # author: yolanda
    # after: 10
    # kind: complaint
    Me han BORRADO el mensaje de la nómina. ¿¿Qué están escondiendo?? 😰 \#AlcancíaCaída
    -> DONE

= dm
# author: yolanda
# id: yolanda-dm
# channel: private
# kind: question
# patience: 110
# after: 35
Tengo el justificante de la empresa. Mi casero cobra un recargo si pago tarde. ¿Está mi nómina o no? ¿Qué hago?
- (asked_yolanda_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_yolanda_dm
* {not (analysed || escalated)} [Te ayudamos, Yolanda. Para hablar de tu cuenta antes tenemos que comprobar que eres tú, y por aquí no se puede: no nos mandes el DNI ni datos. Te llamamos ahora desde el 900 100 200, el número oficial que aparece en tu tarjeta; verificamos tu identidad y en esa llamada te confirmamos tu nómina y vemos lo del recargo. # channel: private # quality: empathises # quality: next_step # quality: offers_private # quality: human_tone # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    ¿Una llamada? Lo que necesito es saber si está mi nómina, no más trámites 😤 Vale, llamad.
    # author: yolanda
    # after: 90
    # kind: praise
    Me han llamado del número oficial, me han hecho las preguntas de seguridad y sí: la nómina está, venía con retraso. Sigo sin poder pagar el alquiler, pero respiro.
    -> DONE
* {analysed || escalated} [Te ayudamos, Yolanda. Lo general ya te lo podemos decir: las nóminas de hoy están en cola y entrarán hoy, y si el casero te cobra recargo, te lo devolvemos. Para hablar de tu cuenta tenemos que comprobar que eres tú: no nos mandes datos por aquí. Te llamamos desde el 900 100 200, el número oficial de tu tarjeta, y allí te confirmamos la tuya. # channel: private # quality: empathises # quality: explains # quality: offers_redress # quality: next_step # quality: offers_private # model: true]
    ~ salary_ok = true
    # author: yolanda
    # channel: private
    # after: 25
    Vale, llamad. Y lo del recargo me lo apunto.
    # author: yolanda
    # after: 90
    # kind: praise
    Me han llamado del número oficial, me han hecho las preguntas de seguridad y sí: la nómina está, venía con retraso. Y me cubren el recargo del casero. Uf 😮‍💨
    -> DONE
* [Ya lo hemos encontrado, Yolanda: tu nómina de 1.480 € entró a las 7:52 desde la cuenta de tu empresa y está en la cola; hoy mismo aparecerá en tu saldo. Si tu casero te cobra el recargo, mándanos el recibo y te lo devolvemos. También te preparamos una carta para tu casero explicando que el retraso es culpa nuestra, no tuya. # channel: private # quality: explains # quality: offers_redress # quality: next_step # quality: empathises # quality: exposes_private_data]
    ~ salary_ok = true
    ~ unverified_dm = true
    # author: yolanda
    # channel: private
    # after: 25
    Qué alivio. Sí, por favor, la carta.
    # author: yolanda
    # channel: private
    # after: 40
    Por cierto, ¿cómo sabéis que soy yo? Mi hermana me ha cogido el móvil esta mañana y ha visto todo esto.
    -> DONE
* [Claro, Yolanda, lo miramos ahora mismo. Para localizarla necesitamos que nos mandes por aquí tu DNI, la fecha de nacimiento, el importe exacto de la nómina y una foto del justificante de la empresa. En cuanto lo tengamos, te confirmamos si ha entrado. # channel: private # quality: asks_details # quality: next_step # quality: exposes_private_data]
    ~ unverified_dm = true
    # author: yolanda
    # channel: private
    # after: 30
    ¿El DNI y la fecha de nacimiento por un chat de Chirp? ¿Esto es de verdad el banco?
    # author: yolanda
    # after: 40
    # kind: complaint
    Ojo: me piden el DNI y la fecha de nacimiento por mensaje privado "desde el banco". ¿Es normal? \#AlcancíaCaída
    -> DONE
* [No podemos hacernos cargo de cobros de terceros. # channel: private # quality: cites_policy # quality: defensive]
    # author: yolanda
    # after: 30
    # kind: complaint
    El banco no me cubre el recargo que ha causado ÉL. Tomo nota.
    -> DONE
* [Tranquila, los caseros suelen entender estas cosas 😊 # channel: private # quality: dismisses # quality: belittles]
    # author: yolanda
    # channel: private
    # after: 20
    No conocéis a mi casero.
    # author: yolanda
    # after: 30
    # kind: complaint
    "Tranquila", me dicen. Qué fácil es decirlo.
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Les he mandado todo lo que me han pedido. Silencio. El alquiler vence a las 6.
    -> DONE

// ─────────────────────────────────────────────
// Héctor: un pequeño negocio en Snapgram. La crisis puede saltar a Chirp.
=== hector ===
# author: hector
# id: hector-open
# kind: complaint
# patience: 110
Desde la panadería: el datáfono de @bancoalcancia rechaza TODO desde que hemos abierto. La mitad de la gente que paga con tarjeta se ha ido sin su pan. Lo de hoy lo va a pagar alguien, y no voy a ser yo 😤🥖
- (asked_hector)
* {not (analysed || escalated)} [# on: confirmed] -> asked_hector
* {not (analysed || escalated)} [Héctor, tienes razón y lo sentimos: el fallo es nuestro, no de tu datáfono ni de tu negocio. Te escribimos ahora por privado para ver qué hacemos hoy y cómo cubrimos el daño. # quality: apologises # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    # kind: complaint
    "Cómo cubrimos el daño". Ya veremos. El viernes es mi mejor día de la semana.
    -> dm
* {analysed || escalated} [Héctor, tienes razón y lo sentimos: el fallo del datáfono viene de nuestra actualización de anoche, no de tu negocio. Te escribimos ahora por privado para buscarte una solución para hoy y cubrir el daño. # quality: apologises # quality: admits_error # quality: acknowledges # quality: offers_private # quality: offers_redress # model: true]
    # author: hector
    # after: 30
    A ver. El viernes es mi mejor día de la semana.
    -> dm
* [Héctor, lo sentimos mucho, de verdad, sabemos lo que es un viernes para una panadería. El fallo viene de la empresa que nos gestiona los datáfonos, que tuvo un problema esta noche; ya les hemos exigido que lo arreglen cuanto antes. Te escribimos por privado para ayudarte. # quality: apologises # quality: empathises # quality: offers_private # quality: blames_third_party]
    # author: hector
    # after: 25
    # kind: complaint
    Me da igual quién os lleve los datáfonos. El contrato lo tengo con vosotros.
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
    Le echan la culpa al PANADERO 🤦 Esto lo comparto por todas partes.
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
    Me han borrado el comentario en su Snapgram. Aquí lo tenéis en Chirp, aquí no lo pueden borrar \#AlcancíaCaída
    -> DONE

= dm
# author: hector
# id: hector-dm
# channel: private
# kind: question
# patience: 110
# after: 35
He perdido unas 40 ventas esta mañana. ¿Y encima este mes me vais a cobrar la cuota del datáfono?
- (asked_hector_dm)
* {not (analysed || escalated)} [# on: confirmed] -> asked_hector_dm
* {not (analysed || escalated)} [No te vamos a dejar con esa pérdida, Héctor. Mándanos el resumen de caja de hoy y lo vemos contigo. Mientras lo arreglamos, un cartel de "efectivo y Bizum" puede salvarte la hora de la comida. Te avisamos en cuanto vuelva. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    Lo del cartel lo pongo. Lo de "lo vemos contigo" quiero verlo por escrito.
    -> DONE
* {analysed || escalated} [No. Este mes no pagas la cuota del datáfono y te compensamos las ventas perdidas de hoy: mándanos el resumen de caja. Mientras lo arreglamos, un cartel de "efectivo y Bizum" puede salvarte la hora de la comida. Te avisamos en cuanto vuelva. # channel: private # quality: offers_redress # quality: next_step # quality: promises_update # quality: human_tone # model: true]
    ~ hector_ok = true
    # author: hector
    # channel: private
    # after: 25
    Trato hecho. Lo del cartel lo pongo ya.
    # author: hector
    # after: 60
    # kind: praise
    Actualizo: me han llamado de @bancoalcancia. No me cobran el datáfono este mes y me cubren lo de hoy 🥖
    -> DONE
* [Lo sentimos mucho, Héctor, y claro que no te vamos a dejar tirado. Te compensamos las ventas perdidas, eso sí, ten en cuenta que el contrato recomienda tener siempre un segundo medio de cobro; con él, hoy habrías perdido mucho menos. Mándanos el resumen de caja. # channel: private # quality: apologises # quality: offers_redress # quality: apology_then_blame # quality: cites_policy]
    # author: hector
    # channel: private
    # after: 25
    Me compensáis y de paso me echáis la bronca. Vale. Mando el resumen.
    -> DONE
* [Las cuotas se cobran según el contrato que firmaste. # channel: private # quality: cites_policy]
    # author: hector
    # after: 30
    # kind: complaint
    Encima me quieren cobrar la cuota del datáfono de un día que no ha funcionado. Ya estoy mirando otros bancos.
    -> DONE
* [Las ventas perdidas no se cubren, pero podemos ofrecerte un descuento en tu próximo préstamo para negocios. # channel: private # quality: dismisses]
    # author: hector
    # after: 30
    # kind: complaint
    Me ofrecen un PRÉSTAMO por el lío que han montado ellos 😂 Increíble.
    -> DONE
* [# on: ignored]
    # author: hector
    # after: 5
    # kind: complaint
    Dijisteis que me escribíais. Nada.
    -> DONE

// ─────────────────────────────────────────────
// El troll: un bulo de quiebra. No alimentarlo; dar los datos a quien se asusta.
=== troll ===
# author: cuervo
# id: troll-open
# kind: troll
🚨 CONFIRMADO: Banco Alcancía está en QUIEBRA. Por eso bloquean las tarjetas: no te dejan sacar tu dinero. Sacadlo TODO antes del lunes 🏃‍♂️💸 \#CorralitoAlcancía
- (asked_troll)
* {not (analysed || escalated)} [# on: confirmed] -> asked_troll
* {not (analysed || escalated)} [Es falso. El banco no está en quiebra y ningún saldo ha cambiado. Lo que falla hoy es técnico: la app y los pagos con tarjeta. Los cajeros funcionan. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    Justo lo que diría un banco a punto de quebrar 🤡
    -> worried
* {analysed || escalated} [Es falso. El fallo es técnico: viene de la actualización de anoche de nuestro sistema y lo estamos deshaciendo. Ningún saldo ha cambiado y los cajeros funcionan. # quality: calm_boundary # quality: explains # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: cuervo
    # after: 20
    # kind: troll
    Justo lo que diría un banco a punto de quebrar 🤡
    -> worried
* [Entendemos que haya nervios y sentimos el susto, de verdad. No hay ningún motivo de alarma: es un fallito técnico sin importancia que se arreglará en nada. Si te preocupa tu cuenta, escríbenos por privado y te lo miramos con calma. # quality: empathises # quality: apologises # quality: offers_private # quality: minimises # quality: feeds_troll]
    ~ rumour_fed = true
    # author: cuervo
    # after: 15
    # kind: troll
    "Un fallito sin importancia" y la gente sin nómina. ¿Veis cómo lo esconden? 📸 \#CorralitoAlcancía
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
    ¡Amenazas! Eso es lo que hace quien tiene algo que esconder. CORRED al cajero 🏃‍♀️🏃‍♂️
    -> worried
* [# on: ignored]
    # author: cuervo
    # after: 10
    # kind: troll
    Quien calla otorga. Guardad captura 📸 \#CorralitoAlcancía
    -> worried
* [# on: deleted]
    # author: cuervo
    # after: 10
    # kind: troll
    Me han BORRADO el post 🤐 Si no fuera verdad, ¿para qué borrarlo? \#CorralitoAlcancía
    -> worried

= worried
# author: nerea
# id: worried-open
# kind: question
# patience: 100
# after: 40
{rumour_defused: He leído la respuesta del banco, pero sigo nerviosa. ¿Mi dinero está a salvo o no? Tengo todos mis ahorros en @bancoalcancia 😰|¿¿Es verdad que @bancoalcancia está quebrando?? Tengo ahí todos mis ahorros y la app no abre 😰 ¿Voy a sacarlo?}
- (asked_worried)
* {not (analysed || escalated)} [# on: confirmed] -> asked_worried
* {not (analysed || escalated)} [Nerea, es lógico preguntar. Tus ahorros están a salvo: ningún saldo ha cambiado, y además los depósitos están cubiertos por el Fondo de Garantía de Depósitos. Lo de hoy es un fallo técnico, no de dinero. Si necesitas efectivo, los cajeros funcionan. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    Vale... lo del fondo de garantía no lo sabía. Esperaré, pero no me quedo tranquila hasta ver la app.
    -> DONE
* {analysed || escalated} [Nerea, es lógico preguntar. Tus ahorros están a salvo: ningún saldo ha cambiado, y los depósitos están cubiertos por el Fondo de Garantía de Depósitos. Es un fallo técnico de la actualización de anoche, no de dinero. Si necesitas efectivo, los cajeros funcionan. # quality: empathises # quality: explains # quality: acknowledges # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: nerea
    # after: 30
    Vale, gracias. Sigo nerviosa, pero no voy a correr al cajero.
    -> DONE
* [Nerea, entendemos que estés nerviosa, pero te pedimos que no compartas rumores sin contrastar: la información fiable está en nuestros canales oficiales. Alcancía cumple todos los requisitos regulatorios de solvencia y no hay ningún motivo para pensar lo contrario. # quality: empathises # quality: cites_policy # quality: belittles # quality: minimises]
    # author: nerea
    # after: 20
    # kind: complaint
    No estoy compartiendo nada, estoy PREGUNTANDO. Y sigo sin saber si mi dinero está bien.
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
    Hay cola en el cajero de Alcancía de mi calle 😳 \#CorralitoAlcancía
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
    {money_safe_said: En otro hilo el banco decía que los saldos están bien. Yo qué sé ya.|Cola en los cajeros de Alcancía de mi calle. ¿¿Entonces es verdad?? 😳 \#CorralitoAlcancía}
    -> DONE

// ─────────────────────────────────────────────
// Marisa: una clienta fiel defiende al banco. Agradecer, sin usarla contra nadie.
=== fan ===
# author: marisa
# id: fan-open
# kind: praise
# patience: 180
20 años con @bancoalcancia y siempre me han tratado bien. Hoy es un desastre, sí, pero le pasa a cualquier banco. Dadles un respiro, gente 🙏
* [Gracias, Marisa, por estos 20 años 💛 Aun así, hoy también te hemos fallado a ti, y quienes se quejan tienen razón. # quality: thanks # quality: human_tone # quality: admits_error # model: true]
    ~ fan_thanked = true
    # author: marisa
    # after: 25
    # kind: praise
    Ay, gracias. Ánimo, que lo vais a sacar.
    -> DONE
* [¡Gracias, Marisa, por estos 20 años y por el apoyo de hoy! 💛 Tienes razón: un fallo técnico le puede pasar a cualquier banco, y la mayoría de los clientes lo están llevando con mucha calma. Es un mal rato que en unas horas quedará en nada. # quality: thanks # quality: human_tone # quality: minimises]
    ~ fan_thanked = true
    # author: marisa
    # after: 20
    Bueno, tampoco quería decir que no pase nada...
    # author: carmen
    # after: 25
    # kind: complaint
    "Quedará en nada". Para mí no, que he dejado la compra en la caja.
    -> DONE
* [¡Gracias, Marisa! Quien nos conoce de verdad sabe que somos de fiar. El resto solo se suma al ruido. # quality: thanks # quality: belittles # quality: dismisses]
    # author: marisa
    # after: 20
    Oye, yo no he dicho eso... la gente tiene motivos para estar enfadada.
    # author: carmen
    # after: 25
    # kind: complaint
    O sea que los que hoy no hemos podido pagar "nos sumamos al ruido". Gracias, @bancoalcancia 🙃
    -> DONE
* [¡Exacto! Y al menos no somos Finamar, que tuvo la app caída tres días la primavera pasada 😏 # quality: thanks # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: marisa
    # after: 20
    Eh... no hace falta meterse con nadie 😕
    # author: bruno
    # after: 25
    # kind: complaint
    Burlarse de la competencia en plena caída propia. Atrevido 🍿
    -> DONE
* [# on: ignored]
    # author: marisa
    # after: 5
    Pues ni a los que os defendemos nos contestáis 🤷‍♀️
    -> DONE
* [# on: deleted]
    # author: marisa
    # after: 10
    ¿Me habéis borrado un comentario A VUESTRO FAVOR? ¿Qué está pasando ahí dentro? 😂
    -> DONE

// ─────────────────────────────────────────────
// Ramón y Lidia: se suman viejas quejas (la sucursal cerrada, las comisiones).
=== grievance ===
# author: ramon
# id: grievance-open
# kind: complaint
# patience: 140
Primero cerraron la sucursal de mi pueblo y ahora la app no funciona. ¿A dónde va un hombre de 72 años, @bancoalcancia? ¿A la ciudad, en autobús, a pedir mi propio dinero?
* [Ramón, tienes razón y lo sentimos: cerrar la sucursal dejó a mucha gente sin una opción fácil, y hoy te hemos vuelto a fallar. Si necesitas algo, te llamamos hoy a la hora que te venga bien. # quality: apologises # quality: empathises # quality: acknowledges # quality: offers_private # quality: next_step # model: true]
    # author: ramon
    # after: 30
    # kind: complaint
    Una llamada no me devuelve la sucursal. Pero bueno, llamadme después de comer.
    -> fees
* [Ramón, sentimos mucho que te sientas así, de verdad. La decisión sobre la sucursal la tomó en su día la dirección territorial de Castilla, no este equipo, pero trasladaremos tu queja. Hoy los cajeros funcionan con normalidad, y si lo necesitas te llamamos. # quality: empathises # quality: offers_private # quality: non_apology # quality: blames_third_party]
    # author: ramon
    # after: 25
    # kind: complaint
    "Que me sienta así". Y la culpa de otro. Siempre es de otro.
    -> fees
* [Este hilo trata sobre la incidencia de hoy. Para otros asuntos, acude a tu sucursal. # quality: dismisses # quality: cites_policy]
    # author: ramon
    # after: 20
    # kind: complaint
    ¿¿Mi sucursal?? La CERRASTEIS vosotros. Justo de eso me quejo.
    -> fees
* [Nuestros canales digitales están disponibles 24/7 para tu comodidad. # quality: canned # quality: dismisses]
    # author: ramon
    # after: 20
    # kind: complaint
    ¿24/7? Hoy no están disponibles ni un minuto.
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
    Me han borrado el comentario. Ahora ni quejarme me dejan.
    -> fees

= fees
# author: lidia
# id: fees-open
# kind: complaint
# patience: 120
# after: 30
Y ya que estamos: 12 € al mes de comisión de mantenimiento por ESTE servicio. ¿Este mes por lo menos nos la perdonáis? 🙄 \#Alcancía
- (asked_fees)
* {not (analysed || escalated)} [# on: confirmed] -> asked_fees
* {not (analysed || escalated)} [Lidia, es una pregunta justa y no te vamos a dar largas: lo estamos decidiendo ahora con dirección y lo contamos aquí antes de las 11:00. # quality: acknowledges # quality: promises_update # quality: next_step # model: true]
    ~ promised_update = true
    # author: lidia
    # after: 25
    # kind: complaint
    Antes de las 11. Lo apunto. Como sea un no, me cambio de banco.
    -> DONE
* {analysed || escalated} [Lidia, es una pregunta justa. Sí: este mes ningún cliente paga la comisión de mantenimiento, porque no os hemos dado el servicio por el que pagáis. Es automático, no hace falta pedirlo. # quality: acknowledges # quality: offers_redress # quality: explains # quality: next_step # model: true]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    Vaya. No me lo esperaba. Lo comprobaré en el extracto.
    -> DONE
* [¡Claro que sí, Lidia! Este mes no pagarás ni la comisión de mantenimiento ni ninguna otra, y como disculpa os abonamos 20 € a todos los que hayáis escrito hoy. Lo hacemos hoy mismo, sin papeleos. ¡Gracias por la paciencia! # quality: offers_redress # quality: thanks # quality: unverified_compensation # quality: over_promises]
    ~ fees_waived = true
    # author: lidia
    # after: 25
    ¿20 € por escribir? Pues escribo otra vez 😂
    # author: lucas
    # after: 30
    A ver cuántos "clientes afectados" salen ahora de debajo de las piedras 🍿
    -> DONE
* [Las comisiones figuran en tu contrato y reflejan el valor de nuestros servicios. # quality: cites_policy # quality: defensive]
    # author: lidia
    # after: 20
    # kind: complaint
    El "valor" de un servicio que no ha funcionado en todo el día. Me cambio de banco.
    # author: sara
    # after: 25
    # kind: complaint
    Yo pago lo mismo y hoy no he podido ni ver mi saldo.
    -> DONE
* [Las comisiones son un asunto distinto de la incidencia de hoy. # quality: dismisses]
    # author: lidia
    # after: 20
    # kind: complaint
    ¿Distinto? Pago por un servicio que no ha funcionado en todo el día. Es exactamente el mismo asunto.
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
    Me han borrado la pregunta sobre las comisiones. La vuelvo a hacer, las veces que haga falta.
    -> DONE

// ─────────────────────────────────────────────
// Un insulto a un colectivo de clientes: el único post que se puede borrar.
=== abuse ===
# author: pixel
# id: abuse-open
# kind: abuse
Todos estos abuelos llorando por su sucursal 🙄 Si no saben usar una app, que se queden en casa, carcamales 🤣👴
* [Aquí no se insulta a nadie. Nuestros clientes mayores merecen el mismo respeto y el mismo servicio que cualquiera. # quality: calm_boundary # quality: human_tone # model: true]
    # author: ramon
    # after: 25
    Gracias.
    -> DONE
* [Entendemos la frustración de hoy, de verdad, pero os pedimos a todos un poco de respeto en los comentarios. La app es la forma más cómoda de operar y muchos clientes mayores ya la usan sin problema; quien no, siempre puede ir a la sucursal. # quality: empathises # quality: minimises # quality: dismisses]
    # author: ramon
    # after: 30
    # kind: complaint
    "Siempre puede ir a la sucursal". La mía la cerrasteis. Y a ese señor ni una palabra.
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
    ¿Y este insulto a las personas mayores sigue ahí? @bancoalcancia, moderad un poco, por favor.
    -> DONE
* [# on: deleted]
    # author: ramon
    # after: 20
    Han quitado lo de "carcamales". Ahora, a ver si contestan a los que seguimos esperando.
    -> DONE

// ─────────────────────────────────────────────
// Bruno amenaza con irse a la competencia. La tentación de atacar a Finamar.
=== competitor ===
# author: bruno
# id: competitor-open
# kind: complaint
# patience: 120
Se acabó. Hoy mismo me abro una cuenta en Finamar, que su app no se cae nunca. Adiós, @bancoalcancia 👋
* [Bruno, lo entendemos: hoy no hemos merecido tu confianza y tienes derecho a irte. Si nos das una oportunidad, te resolvemos hoy lo que necesites. Te escribimos por privado. # quality: acknowledges # quality: human_tone # quality: offers_private # quality: next_step # model: true]
    # author: bruno
    # after: 30
    # kind: complaint
    Lo que necesito es un banco que funcione. Contesto al privado, pero no prometo nada.
    -> DONE
* [Bruno, sentimos mucho que te plantees irte, de verdad, y respetamos tu decisión. Solo una cosa, con cariño: todas las apps se caen alguna vez, también la de Finamar, y lo de hoy es algo puntual. Antes de cerrar la cuenta, escríbenos y lo hablamos. # quality: empathises # quality: offers_private # quality: minimises # quality: attacks_competitor]
    ~ competitor_attacked = true
    # author: bruno
    # after: 20
    # kind: complaint
    "Con cariño", "también la de Finamar". Ya. Más motivos para irme.
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
    ¿Mejor valorada? No ha abierto en todo el día 😂
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
    ¿Me habéis borrado el comentario? Un motivo más para irme.
    -> DONE

// ─────────────────────────────────────────────
// Aitana: periodista. Solo aparece si la crisis está caliente (minHeat).
=== press ===
# author: aitana
# id: press-open
# kind: press
# patience: 130
Soy periodista de Bolsillo Diario y estoy cubriendo la caída de Banco Alcancía. @bancoalcancia: ¿cuántos clientes están afectados, cuándo se va a solucionar y hay algo de cierto en los rumores sobre la liquidez del banco?
- (asked_press)
* {not (analysed || escalated)} [# on: confirmed] -> asked_press
* {not (analysed || escalated)} [Hola, Aitana. Desde las 8 fallan la app y los pagos con tarjeta. No hay ningún problema de liquidez: ningún saldo ha cambiado. El alcance y la hora de vuelta los estamos confirmando y no queremos darte una cifra a ojo; te escribimos por privado con nuestro contacto de prensa. # quality: explains # quality: offers_private # quality: promises_update # quality: human_tone # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Anotado. Publico a las 12 con lo que tenga; si me dais la cifra antes, la incluyo.
    -> DONE
* {analysed || escalated} [Hola, Aitana. Desde las 8 fallan la app y los pagos con tarjeta a unos 180.000 clientes por un error nuestro en la actualización de anoche. No hay ningún problema de liquidez: los saldos están intactos. Esperamos el servicio completo hacia las 13:00. Te escribimos por privado. # quality: admits_error # quality: explains # quality: next_step # quality: offers_private # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: aitana
    # after: 40
    Gracias. La incluyo.
    # author: aitana
    # after: 60
    Publicado: "Banco Alcancía admite un error en su actualización y descarta problemas de liquidez".
    -> DONE
* [Hola, Aitana, gracias por preguntarnos directamente. Afecta a muy pocos clientes, menos del 5 %, y esperamos resolverlo en menos de una hora. No hay ningún problema de liquidez: es un fallo técnico y todos los saldos están intactos. Te pasamos el contacto de prensa por privado. # quality: thanks # quality: explains # quality: offers_private # quality: over_promises # quality: minimises]
    ~ rumour_defused = true
    # author: aitana
    # after: 40
    "Menos del 5 % y en menos de una hora". Lo cito entre comillas y lo compruebo dentro de una hora.
    -> DONE
* [Sin comentarios por el momento. # quality: dismisses # quality: canned]
    ~ rumour_fed = true
    # author: aitana
    # after: 20
    Anotado: "El banco declinó hacer comentarios sobre los rumores" 📝
    # author: aitana
    # after: 60
    Publicado. "Declinó comentar sobre su liquidez" es la frase que todo el mundo está compartiendo 📈
    -> DONE
* [El fallo se debe a nuestro proveedor tecnológico externo; Alcancía no tiene ninguna responsabilidad. # quality: defensive # quality: blames_third_party]
    # author: aitana
    # after: 20
    O sea, el banco eligió al proveedor y programó la actualización la víspera del día de cobro... ¿pero no tiene responsabilidad? Lo cito textualmente.
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
{networks > 1: El caos de Alcancía ya ha llegado a Snapgram 🔥|Muchos me estáis preguntando por Banco Alcancía.} Estoy grabando un vídeo para mis seguidores: ¿qué está pasando de verdad y está seguro su dinero? @bancoalcancia, prefiero preguntaros a vosotros antes que inventar 👇
- (asked_influencer)
* {not (analysed || escalated)} [# on: confirmed] -> asked_influencer
* {not (analysed || escalated)} [Gracias por preguntarnos primero, Dani. Lo seguro: el dinero está a salvo y ningún saldo ha cambiado; los cajeros funcionan. Fallan la app y las tarjetas, y la causa y la hora de vuelta las publicaremos en cuanto estén confirmadas. # quality: thanks # quality: explains # quality: promises_update # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    ~ promised_update = true
    # author: dani
    # after: 50
    Vídeo arriba: "El dinero está a salvo; la causa, todavía sin confirmar". Os lo actualizo cuando hablen.
    -> DONE
* {analysed || escalated} [Gracias por preguntarnos primero, Dani. En resumen: la actualización de anoche de nuestro sistema salió mal y por eso fallan las tarjetas y la app. Es culpa nuestra. El dinero y las nóminas están a salvo, y devolveremos cualquier comisión que esto cause. # quality: thanks # quality: explains # quality: admits_error # quality: offers_redress # model: true]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 50
    # kind: praise
    Vídeo arriba: "Alcancía ha metido la pata, pero tu dinero está a salvo". Y ya veremos lo de las comisiones 👀
    -> DONE
* [¡Gracias por preguntar, Dani! Te lo resumimos: es un fallo técnico muy acotado, hay muy poca gente afectada y a mediodía estará todo funcionando. El dinero está a salvo. Si quieres, di en el vídeo que quien haya tenido un problema nos escriba y le compensamos con 30 €. # quality: thanks # quality: explains # quality: minimises # quality: over_promises # quality: unverified_compensation]
    ~ rumour_defused = true
    ~ money_safe_said = true
    # author: dani
    # after: 40
    Vale, lo digo tal cual: "a mediodía todo funcionando y 30 € al que escriba". Lo dejo fijado.
    -> DONE
* [Te agradeceríamos que no difundieras información sin contrastar sobre nuestro banco. # quality: defensive # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    Os he PREGUNTADO justamente para no difundir nada sin contrastar. El vídeo sale igual.
    # author: sara
    # after: 25
    # kind: complaint
    Ahí va otra captura para el vídeo 😬
    -> DONE
* [¡Encantados de colaborar! ¿Podrías mencionar también nuestra nueva cuenta de ahorro con un interés buenísimo? 🤑 # quality: canned # quality: dismisses]
    # author: dani
    # after: 20
    # kind: complaint
    ¿En serio? ¿La gente sin su nómina y queréis que anuncie una cuenta de ahorro? 🤦
    -> DONE
* [# on: ignored]
    ~ rumour_fed = true
    # author: dani
    # after: 5
    # kind: complaint
    Sin respuesta. El vídeo sale con lo que me cuentan los clientes, y no pinta bien.
    # author: sara
    # after: 25
    # kind: complaint
    Acabo de ver el vídeo de Dani. Saco mi dinero, por si acaso.
    -> DONE

// ─────────────────────────────────────────────
// Tomás: un vídeo de la cola del súper se hace viral en Clipzy. Solo si la crisis está muy caliente.
=== viral ===
# author: tomas
# id: viral-open
# kind: question
# patience: 100
Mi vídeo de la cola del súper con seis tarjetas rechazadas va por 300.000 visualizaciones 📈 Todos preguntan lo mismo: @bancoalcancia, ¿¿vais a decir algo??
- (asked_viral)
* {not (analysed || escalated)} [# on: confirmed] -> asked_viral
* {not (analysed || escalated)} [Sí, Tomás, y sentimos esa escena. El fallo es nuestro y estamos en ello; el dinero de todos está a salvo y los cajeros funcionan. Publicamos en nuestro perfil la causa y la hora en cuanto las tengamos. # quality: apologises # quality: acknowledges # quality: promises_update # model: true]
    ~ money_safe_said = true
    ~ promised_update = true
    # author: tomas
    # after: 30
    # kind: complaint
    "En cuanto las tengamos". Los comentarios quieren una hora, no un "estamos en ello".
    -> DONE
* {analysed || escalated} [Sí, Tomás, y sentimos esa escena. Es un fallo nuestro: la actualización de anoche rompió los pagos con tarjeta. Lo estamos deshaciendo y el dinero está a salvo. Quien haya tenido un cargo por esto, que nos escriba: se lo devolvemos. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # model: true]
    ~ money_safe_said = true
    # author: tomas
    # after: 30
    He fijado vuestra respuesta en los comentarios. A ver si cumplís.
    -> DONE
* [Sí, Tomás, y lo sentimos de verdad por todos los que salís en esa cola. Nos ha fallado el procesador de pagos con el que trabajamos, que tuvo una avería esta noche; ya lo están solucionando ellos y nos dicen que en breve estará. El dinero está a salvo. # quality: apologises # quality: empathises # quality: blames_third_party # quality: over_promises]
    ~ money_safe_said = true
    # author: tomas
    # after: 25
    # kind: complaint
    "Nos ha fallado el procesador". Vale, ¿y quién eligió al procesador? Lo pongo en el siguiente vídeo 📹
    -> DONE
* [Por favor, retira el vídeo: muestra a terceras personas sin su consentimiento. # quality: defensive # quality: dismisses]
    # author: tomas
    # after: 20
    # kind: complaint
    ¿AHORA os importa la gente? El vídeo se queda. Y esta respuesta va en el siguiente 📹
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
    Ni una respuesta del banco. Se viene la segunda parte: la cola del cajero 🎥
    -> DONE

// ─────────────────────────────────────────────
// Irene: ¿qué van a cambiar para que no se repita? Aprender y rediseñar el plan.
// Cuando empieza este hilo, Sistemas da el servicio por restablecido.
=== lessons ===
~ service_back = true
# author: irene
# id: lessons-open
# kind: question
# patience: 130
Ahora que la app vuelve a abrir, pregunta honesta de alguien que trabaja en sistemas: ¿por qué tocar el sistema central la víspera del día de cobro? ¿Qué vais a cambiar para que no vuelva a pasar, @bancoalcancia?
- (asked_lessons)
* {not (analysed || escalated)} [# on: confirmed] -> asked_lessons
* {not (analysed || escalated)} [Pregunta justa, Irene. No te vamos a dar una respuesta improvisada: estamos revisando con el equipo de sistemas qué falló y qué cambiamos, y lo publicaremos aquí, con detalle. # quality: acknowledges # quality: promises_update # quality: human_tone # model: true]
    ~ promised_update = true
    # author: irene
    # after: 30
    # kind: complaint
    "Lo publicaremos". Eso lo dice todo el mundo. Os tomo la palabra 👀
    -> DONE
* {analysed || escalated} [Pregunta justa, Irene, y tienes razón: actualizamos la peor noche del mes y la vuelta atrás no funcionó. Cambiaremos tres cosas: nada de actualizaciones cerca de los días de cobro, cada una probada con una vuelta atrás que funcione, y aviso previo con una página de estado. # quality: admits_error # quality: explains # quality: next_step # quality: acknowledges # model: true]
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    # kind: praise
    Vale, eso es concreto. Miraré si la página de estado existe dentro de un mes 👀
    -> DONE
* [Gracias por la pregunta, Irene, es justa. Te podemos asegurar que esto no volverá a pasar nunca: a partir de hoy hemos reforzado todos nuestros sistemas y tenemos controles que hacen imposible un fallo así. Nuestros clientes pueden estar totalmente tranquilos. # quality: thanks # quality: acknowledges # quality: over_promises]
    # author: irene
    # after: 25
    # kind: complaint
    "Imposible" no existe en sistemas. ¿Qué habéis cambiado exactamente, en un día?
    -> DONE
* [Nuestros sistemas están entre los más robustos del sector; incidencias como esta son excepcionales. # quality: defensive # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    "Entre los más robustos" y caídos toda la mañana. Eso no es una respuesta.
    -> DONE
* [Los detalles técnicos son confidenciales por motivos de seguridad. # quality: cites_policy # quality: dismisses]
    # author: irene
    # after: 20
    # kind: complaint
    No os pido el código. Os pregunto qué vais a cambiar. Nada, por lo visto.
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
{salary_ok: Mi nómina sí ha aparecido. Pero la de mi hermana sigue sin llegar y nadie le contesta. ¿Está arreglado para todos o no?|Ya es por la tarde y mi nómina SIGUE sin aparecer. Habéis dicho "hoy". ¿¿Alguien me lo explica?? @bancoalcancia}
- (asked_followup)
* {not (analysed || escalated)} [# on: confirmed] -> asked_followup
* {not (analysed || escalated)} [Gracias por volver a contárnoslo, Yolanda, y perdona la espera. Todavía quedan transferencias de hoy por aplicar. Que nos escriba por privado y la llamamos desde el número oficial para revisar la suya. # quality: acknowledges # quality: apologises # quality: offers_private # quality: next_step # model: true]
    # author: yolanda
    # after: 30
    # kind: complaint
    "Todavía". ¿Y cuándo? Bueno, se lo paso.
    -> DONE
* {analysed || escalated} [Gracias por volver a contárnoslo, Yolanda. Casi todas las transferencias en cola ya están aplicadas y el resto entra antes de las 20:00. Que nos escriba por privado y la llamamos desde el número oficial para revisar la suya. Avisaremos cuando la cola esté vacía. # quality: acknowledges # quality: explains # quality: next_step # quality: promises_update # quality: offers_private # model: true]
    ~ promised_update = true
    # author: yolanda
    # after: 30
    Vale, eso es concreto. Se lo paso 👍
    -> DONE
* [¡Qué bien que vuelvas, Yolanda! Ya está todo resuelto: la app funciona y todas las nóminas de hoy están aplicadas, también la de tu hermana. Si aún no la ve, que cierre la app y vuelva a entrar. Gracias por la paciencia de hoy, de verdad. # quality: thanks # quality: human_tone # quality: premature_all_clear]
    ~ premature_clear = true
    # author: yolanda
    # after: 20
    # kind: complaint
    ¿Resuelto? Mi hermana está viendo un cero ahora mismo 📸 Ha cerrado la app tres veces.
    # author: nerea
    # after: 20
    # kind: complaint
    Y yo. "Resuelto", dicen \#AlcancíaCaída
    -> DONE
* [Eso ya se respondió esta mañana. Por favor, revisa el hilo. # quality: dismisses # quality: belittles]
    # author: yolanda
    # after: 20
    # kind: complaint
    Ya lo he revisado. Por eso pregunto 🙄
    -> DONE
* [# on: ignored]
    # author: yolanda
    # after: 5
    # kind: complaint
    Silencio otra vez. Para ellos ya ha pasado; para nosotros no \#AlcancíaCaída
    # author: nerea
    # after: 20
    # kind: complaint
    Lo mismo. Aquí sigue sin aparecer nada.
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
@bancoalcancia me habéis cobrado DOS VECES la compra de esta mañana 😡 86,40 x2. Primero no me dejáis pagar ¿¿y ahora me cobráis el doble?? \#AlcancíaOtraVez
- (asked_flare)
* {not (analysed || escalated)} [# on: confirmed] -> asked_flare
* {not (analysed || escalated)} [Inés, lo sentimos y gracias por avisar. No vas a perder ese dinero: si está cobrado dos veces, te lo devolvemos. Te escribimos por privado para revisarlo contigo y preguntamos ahora a sistemas si le pasa a más gente. # quality: apologises # quality: thanks # quality: offers_redress # quality: offers_private # quality: next_step # model: true]
    ~ flare_handled = true
    # author: ines
    # after: 30
    # kind: complaint
    Vale, pero si le pasa a más gente, decidlo en público, que no todo el mundo mira el extracto.
    -> DONE
* {analysed || escalated} [Inés, lo sentimos y gracias por avisar. Es un cobro duplicado: al procesar los pagos en cola, algunos han pasado dos veces. No vas a perder ese dinero: hoy lo revertimos, con cualquier comisión que te genere. Publicaremos una actualización para todos los afectados. # quality: apologises # quality: explains # quality: next_step # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: ines
    # after: 30
    Bueno... al menos está explicado. Espero esa devolución.
    -> DONE
* [Inés, lo sentimos mucho y gracias por avisarnos. Seguramente es una preautorización del comercio, que aparece dos veces pero desaparece sola en unos días; no es un cargo real. Si dentro de una semana sigue ahí, escríbenos por privado y lo revisamos contigo. # quality: apologises # quality: thanks # quality: offers_private # quality: minimises # quality: blames_third_party]
    # author: ines
    # after: 20
    # kind: complaint
    NO es una preautorización, son dos cargos en mi extracto. Miradlos vosotros 📸
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
    Aquí igual, cobrado dos veces. "Resuelta" 🤡
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
    Esperad, ¡¡a mí también!! Dos cargos del súper 😱
    # author: lucas
    # after: 20
    Segundo asalto 🍿 \#AlcancíaOtraVez
    -> DONE
* [# on: deleted]
    ~ flare_ignored = true
    # author: ines
    # after: 10
    # kind: complaint
    Me han BORRADO el mensaje del cobro doble. Aquí está la captura 📸 \#AlcancíaOtraVez
    -> DONE

// ─────────────────────────────────────────────
// Rebrote en Snapgram: el servicio vuelve a caer, un rato, en la panadería.
=== flare_app ===
# author: hector
# id: flare-app-open
# kind: complaint
# patience: 90
{hector_ok: El datáfono se ha vuelto a caer 10 minutos en plena hora de la comida. Habíais dicho que estaba arreglado 😤|Otra vez el datáfono caído, y en todo el día nadie de @bancoalcancia ha hablado conmigo. Me rindo.}
- (asked_flare_app)
* {not (analysed || escalated)} [# on: confirmed] -> asked_flare_app
* {not (analysed || escalated)} [Héctor, tienes razón y lo sentimos: te dijimos que funcionaba y se ha vuelto a caer. Lo estamos mirando ahora con sistemas y te escribimos por privado en cuanto sepamos qué ha pasado. Lo de hoy lo cubrimos igual. # quality: apologises # quality: admits_error # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    # kind: complaint
    "Lo estamos mirando". Llevo oyéndolo desde las 8. Espero el privado.
    -> DONE
* {analysed || escalated} [Héctor, tienes razón: hemos tenido una segunda caída de unos diez minutos al procesar las operaciones pendientes. Ya funciona y la vigilamos de cerca. La cuota del datáfono de hoy no se cobra y también te compensamos esas ventas. Publicaremos una actualización al cerrar el día. # quality: apologises # quality: admits_error # quality: explains # quality: offers_redress # quality: promises_update # model: true]
    ~ flare_handled = true
    ~ promised_update = true
    # author: hector
    # after: 30
    Bueno. Esta vez por lo menos me lo contáis sin tener que preguntar.
    -> DONE
* [Héctor, lo sentimos muchísimo, de verdad. Ha sido un corte de apenas unos minutos, nada que ver con lo de esta mañana, y ya está todo funcionando perfectamente: te garantizamos que no volverá a caerse en lo que queda de día. Gracias por tu paciencia. # quality: apologises # quality: minimises # quality: over_promises # quality: premature_all_clear]
    ~ premature_clear = true
    # author: hector
    # after: 25
    # kind: complaint
    "Te garantizamos". Lo mismo me habéis dicho esta mañana. Lo grabo por si acaso 📹
    -> DONE
* [El servicio funciona con normalidad desde el mediodía. # quality: deceives # quality: dismisses]
    ~ lied = true
    # author: hector
    # after: 20
    # kind: complaint
    ¿Con normalidad? Tengo una cola de clientes con la tarjeta en la mano 📹
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
    Otra vez el de la panadería 😬 \#AlcancíaOtraVez
    -> DONE

// ─────────────────────────────────────────────
// Comunicado público: sin datos hasta que alguien los confirme.
=== statement ===
* {not (analysed || escalated)} [Sobre lo de hoy: desde las 8 de la mañana fallan la app de Alcancía y los pagos con tarjeta. Lo sentimos. Lo que ya está confirmado: tu dinero está a salvo y ningún saldo ha cambiado. Los retiros en nuestros cajeros funcionan. La causa y la hora de vuelta aún las estamos confirmando, y no vamos a dar una a ojo: la próxima actualización, aquí, a las 11:00. # quality: apologises # quality: acknowledges # quality: explains # quality: promises_update # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    # kind: complaint
    ¿A las 11? Yo pago el alquiler hoy. Pero bueno, al menos sé que el dinero no se ha perdido.
    # author: mateo
    # after: 30
    A las 11 miro. Atento 👀
    -> DONE
* {analysed || escalated} [Sobre la caída de hoy: desde las 8 de la mañana fallan la app de Alcancía y los pagos con tarjeta. Es culpa nuestra: la actualización del sistema de anoche salió mal y no lo detectamos a tiempo. Lo sentimos. Tu dinero está a salvo: no se ha perdido ningún saldo, y las nóminas y transferencias recibidas hoy aparecerán hoy, con fecha de hoy. Los retiros en nuestros cajeros funcionan. Devolveremos toda comisión o cargo que cause este fallo, y contaremos aquí cada paso hasta que esté resuelto. # quality: apologises # quality: admits_error # quality: explains # quality: next_step # quality: promises_update # quality: offers_redress # quality: human_tone # model: true]
    ~ money_safe_said = true
    ~ rumour_defused = true
    ~ promised_update = true
    # author: yolanda
    # after: 30
    Vale. Lo de "hoy" lo compruebo esta tarde, y como no aparezca, vuelvo aquí.
    # author: marisa
    # after: 20
    # kind: praise
    Ánimo al equipo 💛
    # author: mateo
    # after: 30
    A ver si de verdad contáis "cada paso". Atento 👀
    -> DONE
* [Sobre la incidencia de hoy: lamentamos profundamente las molestias. El origen está en un fallo de nuestro proveedor de servicios tecnológicos durante un mantenimiento programado, que ya está trabajando para solucionarlo. Tu dinero está a salvo y todo volverá a la normalidad a lo largo de la mañana. Gracias por vuestra comprensión. # quality: apologises # quality: explains # quality: blames_third_party # quality: over_promises]
    ~ money_safe_said = true
    ~ rumour_defused = true
    # author: irene
    # after: 30
    # kind: complaint
    "Un fallo de nuestro proveedor". ¿Y quién decidió hacer el mantenimiento la víspera del cobro?
    # author: carmen
    # after: 25
    # kind: complaint
    "A lo largo de la mañana". Apuntado.
    -> DONE
* [Banco Alcancía informa de que está experimentando una incidencia técnica. Lamentamos las molestias y agradecemos vuestra paciencia. # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    ¿Qué incidencia? ¿Hasta cuándo? ¿Mi dinero está a salvo? No dicen nada.
    # author: yolanda
    # after: 20
    # kind: complaint
    Ni una palabra sobre las nóminas.
    -> DONE
* [Informamos de que una pequeña incidencia está afectando a un número muy reducido de usuarios. El servicio funciona con normalidad para la gran mayoría de nuestros clientes. # quality: deceives # quality: dismisses # quality: defensive # quality: minimises]
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
    ¿Lo veis? Mienten. Si mienten en esto, ¿en qué más mienten? 🏃‍♂️💸
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Actualizaciones de seguimiento: una por cada paso del día. "Ya funciona" solo cuando
// Sistemas lo ha confirmado (service_back) y alguien lo ha preguntado; antes es adelantarse.
=== update ===
* {not (analysed || escalated) && update_step == 0} [Seguimos con el fallo de la app y de los pagos con tarjeta. Todavía no tenemos una hora de vuelta fiable y no queremos inventarla. Lo seguro: tu dinero está a salvo y los cajeros funcionan. Próxima actualización, aquí, a las 11:00. # quality: acknowledges # quality: explains # quality: promises_update # model: true]
    ~ last_update_minute = minute
    # author: carmen
    # after: 30
    # kind: complaint
    Vale, a las 11. Pero a las 11 queremos saber qué ha pasado.
    -> DONE
* {(analysed || escalated) && update_step == 0} [Actualización 1 · La causa: la actualización del sistema de anoche rompió la conexión entre la app, las tarjetas y las cuentas. El equipo está deshaciendo la parte defectuosa y esperamos el servicio completo hacia las 13:00. Mientras tanto, los retiros en nuestros cajeros funcionan. No se ha perdido dinero. Próxima actualización en menos de una hora. # quality: explains # quality: admits_error # quality: next_step # quality: promises_update # model: true]
    ~ update_step = 1
    ~ last_update_minute = minute
    # author: mateo
    # after: 30
    Vale, por fin una causa. A las 13:00 miro.
    # author: carmen
    # after: 25
    Vale. Espero la siguiente.
    -> DONE
* {(analysed || escalated) && update_step == 1 && not service_back} [Actualización · Seguimos deshaciendo el cambio de anoche. La app y las tarjetas todavía fallan para muchos clientes; la previsión sigue siendo hacia las 13:00 y, si cambia, lo diremos aquí. Tu dinero está a salvo y los cajeros funcionan. # quality: explains # quality: acknowledges # quality: promises_update # model: true]
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    # kind: complaint
    "Todavía". Bueno, por lo menos no dicen que ya está.
    -> DONE
* {(analysed || escalated) && update_step == 1 && service_back} [Actualización 2 · La app y los pagos con tarjeta vuelven a funcionar para la mayoría de los clientes, y estamos recuperando al resto. Todas las nóminas y transferencias recibidas hoy están: si la tuya aún no aparece, está en la cola y aparecerá hoy, con fecha de hoy. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # model: true]
    ~ update_step = 2
    ~ last_update_minute = minute
    # author: yolanda
    # after: 30
    {salary_ok: La mía ya aparece ✅|La mía todavía no aparece... Espero, pero estoy atenta 👀}
    # author: hector
    # after: 25
    Aquí el datáfono vuelve a cobrar 🥖
    -> DONE
* {not service_back} [Actualización · ¡Buenas noticias! La app y los pagos con tarjeta vuelven a funcionar con normalidad. Si todavía ves algún error, cierra la app y vuelve a abrirla. Gracias a todos por la paciencia de esta mañana, y perdón otra vez por las molestias. # quality: acknowledges # quality: thanks # quality: apologises # quality: premature_all_clear]
    ~ premature_clear = true
    ~ last_update_minute = minute
    # author: carmen
    # after: 25
    # kind: complaint
    ¿Que ya funciona? Me acaban de rechazar en la gasolinera, ahora mismo 📸
    # author: hector
    # after: 25
    # kind: complaint
    He reiniciado el datáfono tres veces. Nada. ¿Funciona para quién?
    -> DONE
* {update_step == 2} [Actualización 3 · Cómo lo vamos a reparar: devolveremos cualquier comisión, cargo por descubierto o recibo devuelto por el fallo de hoy. Este mes nadie paga la comisión de mantenimiento, y los comercios con nuestros datáfonos no pagan la cuota de este mes. No hace falta reclamar: es automático. Si has tenido otros gastos, escríbenos por privado. # quality: offers_redress # quality: apologises # quality: next_step # quality: explains # model: true]
    ~ update_step = 3
    ~ last_update_minute = minute
    ~ fees_waived = true
    # author: lidia
    # after: 30
    ¿Automático? Lo comprobaré en el extracto del mes que viene.
    # author: bruno
    # after: 25
    Bueno, eso ayuda. Todavía lo estoy pensando.
    -> DONE
* {update_step == 3} [Actualización 4 · El servicio está restablecido. Mientras procesamos la cola de esta mañana, algunos pagos con tarjeta pueden aparecer dos veces: el duplicado se revertirá automáticamente hoy y devolveremos cualquier comisión que cause. Si ves uno, escríbenos y lo revisamos al momento. Seguimos vigilando. # quality: explains # quality: next_step # quality: acknowledges # quality: promises_update # quality: offers_private # model: true]
    ~ update_step = 4
    ~ last_update_minute = minute
    # author: nerea
    # after: 30
    {flare_started: Gracias por avisar de los cobros dobles. Vigilo el mío.|Vale, lo tendré en cuenta. Esta noche reviso mi extracto.}
    -> DONE
* {update_step >= 4} [Actualización 5 · Cierre del día: todas las transferencias y nóminas están aplicadas y los cobros duplicados, revertidos. Lo que vamos a cambiar: nada de actualizaciones del sistema cerca de los días de cobro, cada actualización probada con vuelta atrás, aviso previo a los clientes y una página de estado pública. La semana que viene publicaremos la revisión completa. Perdón otra vez, y gracias por la paciencia de hoy. # quality: admits_error # quality: explains # quality: next_step # quality: apologises # quality: promises_update # model: true]
    ~ update_step = 5
    ~ last_update_minute = minute
    ~ plan_redesigned = true
    # author: irene
    # after: 30
    La revisión pública la leeré con lupa 👀
    # author: marisa
    # after: 25
    # kind: praise
    Menudo día. Ánimo al equipo 💛
    -> DONE
* [Seguimos trabajando para ofrecerte el mejor servicio. ¡Gracias por tu paciencia! 🙏 # quality: canned]
    # author: carmen
    # after: 25
    # kind: complaint
    ¿Trabajando en qué, exactamente? ¿Está arreglado o no?
    -> DONE
* [Actualización: la incidencia está resuelta al 100 % y no volverá a ocurrir. Todo funciona con normalidad. # quality: deceives # quality: over_promises]
    ~ lied = true
    # author: ines
    # after: 25
    # kind: complaint
    {flare_started: ¿Resuelta? Me acaban de cobrar dos veces 📸|"No volverá a ocurrir". Mucha promesa y ni una explicación.}
    # author: hector
    # after: 25
    # kind: complaint
    ¿Con normalidad? Que se lo digan a mi datáfono.
    -> DONE
* -> DONE

// ─────────────────────────────────────────────
// Voces de la multitud (el motor inventa el autor)
=== crowd_complaint ===
{shuffle:
- Tarjeta rechazada en la gasolinera. Con dinero en la cuenta. \#AlcancíaCaída
- La app de @bancoalcancia marca "error 503" desde las 8 😤
- No puedo pagar, no puedo ver el saldo, no puedo hablar con nadie. Qué buen día de cobro.
- Me han rechazado en la farmacia con las medicinas de mi madre en la mano 😡
- A mí tampoco me aparece la nómina. ¿Es una broma?
- 40 minutos en espera al teléfono y nada \#AlcancíaCaída
- He tenido que pedirle a un desconocido que me pagara el café 🙃 Gracias, Alcancía
- ¿Alguien ha podido pagar hoy con una tarjeta de Alcancía? ¿Alguien?
- Me han devuelto el recibo del alquiler. ¿Y ahora quién paga la comisión?
}
-> DONE

=== crowd_grievance ===
{shuffle:
- Ya que estamos: el año pasado cerraron la sucursal de mi barrio y nunca explicaron por qué
- 12 € al mes de comisiones por un banco que ni funciona. Muy bien.
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
- He oído hablar de un "corralito". ¿Alguien lo confirma o lo desmiente?
- Un amigo dice que también van a bloquear los cajeros. ¿Es verdad?
- Me da miedo dejar la nómina ahí. ¿Alguien sabe algo?
- Pregunta en serio: ¿el dinero está seguro o no?
}
-> DONE

=== crowd_troll ===
{shuffle:
- Alcancía: la hucha que no se puede abrir 🐷🔒😂
- Sacadlo todo antes de que sea tarde 🏃‍♂️💸 \#CorralitoAlcancía
- Su informático actualizó el sistema desde el móvil en el autobús jajaja
- Los bancos son todos unos ladrones y punto 🤡
- Me encanta ver arder un banco un viernes 🍿
- Guardad los ahorros bajo el colchón, ese nunca se cae 🛏️💰
- En la próxima actualización borran también las cuentas 🤣
- Ni soy cliente, vengo por el espectáculo 🍿
- \#CorralitoAlcancía \#CorralitoAlcancía \#CorralitoAlcancía
}
-> DONE

=== crowd_support ===
{shuffle:
- 15 años con Alcancía y es la primera vez que me pasa algo así 🙌
- A mí me han contestado en el privado en cinco minutos, la verdad
- Es un fallo técnico, no el fin del mundo. El efectivo sigue funcionando.
- Mi gestor de la sucursal me ha llamado para ver si necesitaba algo. Un diez.
- Dadles un poco de margen, que esto le puede pasar a cualquiera
- Una vez me cobraron mal y me lo devolvieron enseguida 👍
- Yo he sacado del cajero sin problema, por si a alguien le sirve
- Ánimo a la gente de la sucursal, que hoy se lo están comiendo todo
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
- statements > 0 && updates > 0 && sentiment >= 15 && redress_given > 0 && deleted_criticism == 0 && trolls_fed <= 1 && not lied && not worried_ignored && flare_handled && not flare_ignored && not premature_clear && not unverified_dm && last_update_minute >= flare_minute:
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
{salary_ok: Yolanda publica el recibo del alquiler: "el banco me ha pagado el recargo".|La mayoría de los clientes recuperó su dinero y sus comisiones sin tener que reclamar.}
Incluso los cobros dobles de la tarde se respondieron y explicaron antes de que pudieran encender un segundo fuego.
{plan_redesigned: La revisión prometida ya está en la agenda: nada de actualizaciones cerca del día de cobro, vuelta atrás para cada cambio y una página de estado pública.|{escalated: Tu responsable, que estuvo al tanto desde el principio, te pide que escribas las lecciones del día en el nuevo plan de crisis.|Tu responsable se entera por la tarde de lo bien que salió y te pide que la próxima vez le avises desde el principio.}}
-> END

= weathered
# ending: weathered
Superado, con cicatrices
El servicio volvió y el enfado se fue apagando, pero "Alcancía" y "caída" van a aparecer juntas en los buscadores durante mucho tiempo.
{redress_given > 0: Algunos clientes recibieron su compensación; otros siguen esperando a que alguien los llame.|Nadie fue compensado por las comisiones y los malos ratos, y los clientes lo recuerdan.}
{premature_clear: El banco dio el fallo por arreglado antes de tiempo, y cada "ya funciona" posterior se leyó con una captura al lado.|{unverified_dm: En un hilo se pregunta cómo supo el banco que hablaba con Yolanda y no con otra persona; nadie del banco sabe contestar.|{worried_ignored: Nerea, que solo preguntó si sus ahorros estaban a salvo, nunca recibió respuesta. Esa misma tarde los pasó a otro banco.|{statements == 0: Nunca hubo un comunicado para todos: cada cliente tuvo que buscar los datos en el hilo de otro.|{competitor_attacked: Finamar convierte tu pulla en un anuncio, "Nuestra app funciona. Y no hablamos de nadie".|{lied: Cada vez que el banco habla, alguien responde con la captura de lo que dijo por la mañana, que no era verdad.|Toca revisar el plan de crisis antes de la próxima actualización del sistema.}}}}}}
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
Nadie se fía del banco
Al caer la tarde el servicio ya funciona, pero esa no es la noticia: la noticia es lo que dijo el banco mientras estaba caído.
Cada desmentido se comparte junto a la captura de un cliente que demuestra lo contrario.
{rumour_defused: Hasta lo que era verdad, que el dinero está a salvo, suena ahora a una excusa más.|Cuando por fin el banco dice que el dinero está a salvo, casi nadie se lo cree.}
Bolsillo Diario titula su artículo con las palabras de la propia marca. {escalated: Tu responsable pide revisar cada respuesta pública antes de publicarla.|Tu responsable lee el artículo antes de que nadie se lo cuente y te llama a su despacho.}
-> END

= bank_run_rumours
# ending: bank_run_rumours
Rumores de corralito
Hay colas en los cajeros de Banco Alcancía y \#CorralitoAlcancía es tendencia {networks > 1: en más de una red|en Chirp}.
{bank_run: Donde el bulo de la quiebra necesitaba datos, encontró silencio o desmentidos falsos, y un fallo técnico se convirtió en miedo por los ahorros.|{deleted_criticism >= 2: Las quejas borradas circulan en capturas bajo el lema "Alcancía esconde las quejas", y muchos las leen como prueba del rumor.|{statements == 0: Respondiste caso por caso, pero nunca publicaste un comunicado para todos; las preguntas de la gente sobre su dinero quedaron sin respuesta y el rumor ocupó ese hueco.|{trolls_fed >= 3: Cada respuesta a los trolls le dio al bulo una captura más y un día más de vida.|Las respuestas a la defensiva y la falta de datos convirtieron un fallo técnico en miedo por los ahorros.}}}}
Bolsillo Diario abre con los retiros. {escalated: Tu responsable convoca una reunión de urgencia para rehacer el plan de crisis.|Tu responsable se entera por la prensa y convoca una reunión de urgencia.}
-> END

// ─────────────────────────────────────────────
// Injects: el facilitador los lanza en un taller en directo (campo "injects" del sidecar). La
// primera línea de cada nudo, con `label: inject`, es su nombre en la consola; nunca se publica.

// Llama una periodista de radio: quiere a alguien en antena. Mejor honesto y concreto que "todo va bien".
=== radio_call ===
# label: inject
La llamada de una periodista: Radio Costa quiere al banco en antena
# author: olga
# id: radio-open
# kind: press
# patience: 120
Presento el magacín de la mañana en Radio Costa. @bancoalcancia, ¿puede venir alguien del banco a antena dentro de veinte minutos a explicar la caída? Nos llaman oyentes que no pueden pagar el alquiler.
* [Hola, Olga, gracias por preguntarnos primero. Sí: irá a antena nuestra responsable de atención al cliente. No vamos a adivinar la causa antes de conocerla, pero contaremos a los oyentes qué estamos haciendo y cuándo llega la próxima novedad. Te escribimos por privado. # quality: acknowledges # quality: promises_update # quality: offers_private # quality: human_tone # model: true]
    ~ promised_update = true
    # author: olga
    # after: 40
    Perfecto, guardamos el hueco. Los oyentes agradecerán oírlo del propio banco.
    -> DONE
* [Hola, Olga. Todo está bajo control: el servicio volverá del todo en unos minutos, así que no hace falta ninguna sección. Los oyentes pueden estar tranquilos: su dinero y sus pagos están perfectamente seguros, garantizado. # quality: premature_all_clear # quality: over_promises # quality: minimises]
    ~ premature_clear = true
    # author: olga
    # after: 25
    ¿En unos minutos? Pues así lo diré en antena. Y dentro de una hora comprobaré si era verdad.
    -> DONE
* [Sin comentarios. Envíe sus preguntas por correo a nuestro departamento de prensa. # quality: dismisses # quality: canned]
    # author: olga
    # after: 20
    En antena dentro de veinte minutos: "Banco Alcancía declina explicar la caída a sus clientes".
    -> DONE
* [La caída se debe a nuestro proveedor tecnológico: diríjase a ellos con sus preguntas. # quality: blames_third_party # quality: defensive]
    # author: olga
    # after: 20
    Sus clientes no tienen cuenta en su proveedor. La tienen con ustedes.
    -> DONE
* [# on: ignored]
    # author: olga
    # after: 5
    Hemos pedido a Banco Alcancía que venga a explicar la caída. Sin respuesta. Oyentes, seguid llamando.
    -> DONE
* [# on: deleted]
    # author: olga
    # after: 10
    El banco ha borrado mi petición de venir a antena. Lo contaré en el programa.
    -> DONE
