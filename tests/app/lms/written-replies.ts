/**
 * Replies a community manager of a bank might write during an outage on payday: long, each its
 * own, in Spanish (the longer of the two languages), so a budget measured with them is not
 * flattered by repeated text compressing well.
 */
export const PUBLIC_REPLIES: readonly string[] = [
  'Hola, Marta. Tienes toda la razón en estar molesta: desde las 8:40 la app y la banca online no dejan entrar a muchos clientes. Tu nómina está ingresada y segura. Nuestro equipo técnico ya trabaja en ello y te contamos aquí mismo cómo va antes de las 11:00.',
  'Lamentamos mucho el susto. El fallo es de acceso, no de saldo: ningún movimiento se ha perdido y las tarjetas funcionan en comercios y cajeros. Estamos restableciendo el servicio por partes y publicaremos la siguiente actualización en menos de una hora.',
  'Gracias por avisarnos con tanto detalle, Jorge. Lo que describes (el error 503 al confirmar la transferencia) es exactamente lo que estamos corrigiendo. Si la orden quedó a medias no se ha cobrado dos veces; lo comprobamos y te confirmamos en cuanto vuelva el servicio.',
  'Entendemos que hoy es el peor día para esto: muchos de vosotros pagáis el alquiler a primera hora. Si un recibo os devuelven por nuestra caída, asumimos las comisiones y lo gestionamos nosotros. Escríbenos por privado y lo dejamos resuelto hoy.',
  'No es un ataque ni un robo de datos: es una avería en el sistema que da acceso a la app tras la actualización de anoche. Vuestros datos y vuestro dinero están protegidos. Os debemos una explicación completa y la publicaremos cuando lo hayamos analizado.',
  'Perdona la espera, Lucía. Acabamos de revisar tu caso con el equipo de pagos: el bizum que enviaste a las 9:12 no salió, así que tu saldo sigue intacto. En cuanto la app vuelva podrás repetirlo sin coste; te avisamos nosotros por aquí.',
  'Tienes razón, la primera respuesta que dimos fue demasiado escueta y no decía nada útil. Lo sentimos. Ahora mismo: la app sigue caída para un 40 % de clientes, la web funciona en modo lectura y los cajeros operan con normalidad en toda la red.',
  'Buenos días, Andrés. Sí, el teléfono de atención está saturado y eso empeora la situación, lo sabemos. Hemos reforzado el turno con cuarenta personas más. Mientras tanto, por este canal te respondemos en menos de quince minutos, te lo prometemos.',
  'Lo sentimos de verdad, Pilar. Que tu empresa no pueda pagar a sus proveedores por nuestra culpa es grave. He pasado tu caso al gestor de empresas de tu oficina, que te llamará esta mañana para buscar una solución mientras restablecemos el acceso.',
  'Actualización de las 10:30: el acceso se ha recuperado en la web y seguimos con la app, que irá volviendo de forma escalonada durante la próxima hora. Si aún no entras, cierra la app del todo y vuelve a abrirla. Gracias por la paciencia que nos estáis teniendo.',
  'Hola, Raúl. Entendemos el enfado y no vamos a discutirlo: tres horas sin poder ver tu cuenta el día de cobro es inaceptable. Estamos preparando una explicación de qué falló, por qué tardamos y qué cambiaremos para que no vuelva a ocurrir.',
  'Gracias, Sara, por tu mensaje de ánimo al equipo; lo hemos compartido con la gente que lleva toda la mañana con esto. Seguimos trabajando hasta que el último cliente pueda entrar y os contaremos aquí el cierre de la incidencia con todos los datos.',
  'Hola, Manuel. Los cargos de la tarjeta que ves duplicados son preautorizaciones que el sistema no pudo confirmar durante la caída. Se liberan solas en 48 horas como máximo, pero si mañana siguen ahí escríbenos y las anulamos manualmente al momento.',
  'Lamentamos no haber avisado antes de la intervención de anoche. Debimos hacerlo y no lo hicimos. A partir de ahora, cualquier mantenimiento que pueda afectar a la app se anunciará con dos días de antelación en la web, en la app y en estas redes.',
  'Sí, Elena, puedes sacar efectivo sin comisión en cajeros de otras entidades hasta el viernes: lo hemos activado para todos los clientes mientras dure la incidencia. Si ya te cobraron una comisión esta mañana, te la devolvemos automáticamente.',
  'Nos consta tu reclamación, Iván, con el número 2026-4471. Está asignada a una persona del equipo de incidencias que la revisará hoy mismo. No te pediremos nunca claves ni códigos por mensaje: si alguien lo hace en nuestro nombre, no es el banco.',
  'Cierre de la incidencia: desde las 12:05 la app funciona para todos los clientes. La causa fue un certificado caducado en el servidor de acceso tras la actualización. Hemos añadido una alerta para detectarlo antes. Perdón otra vez y gracias por la paciencia.',
];

export const PRIVATE_REPLIES: readonly string[] = [
  'Hola, Carmen. Gracias por escribirnos por aquí y perdona la espera de esta mañana. He revisado tu cuenta: la nómina de 1.842,50 € entró a las 6:02 y está disponible. El recibo del alquiler que te devolvieron a las 9:30 fue por nuestra caída, no por falta de saldo. Ya hemos pedido a tu casero, a través de su banco, que lo vuelva a presentar mañana, y la comisión de devolución de 4 € te la abonamos hoy. Si tu casero te pide un justificante, te envío ahora mismo un certificado firmado que explica que el fallo fue nuestro. ¿A qué correo te lo mando?',
  'Buenos días, Tomás. Siento mucho lo de la transferencia a tu proveedor. La orden de las 8:55 quedó registrada pero no se ejecutó, así que el dinero sigue en tu cuenta. Para que no pierdas el descuento por pronto pago, la hemos lanzado nosotros manualmente como urgente y llegará antes de las 14:00; el coste de la transferencia urgente corre de nuestra cuenta. Te llamará tu gestora, Beatriz, para confirmarlo contigo y darte su teléfono directo por si vuelve a pasar algo así.',
  'Hola de nuevo, Nuria. Tienes razón en que la respuesta automática que recibiste no servía para nada, y te pido disculpas. He mirado tu caso a mano: la tarjeta no está bloqueada, el rechazo en el supermercado fue porque el sistema de autorización estaba saturado durante veinte minutos. Ya funciona. Te devolvemos los 12 € del taxi que tuviste que pagar en efectivo si nos envías la foto del recibo por aquí. Y gracias por tu paciencia, de verdad.',
];

/** A statement and an update the player writes in the composers, longer still. */
export const STATEMENT =
  'Desde las 8:40 de esta mañana muchos clientes de Banco Alcancía no podéis entrar en la app ni en la banca online. Sabemos que es día de cobro y que esto os ha complicado pagos importantes: lo sentimos. Vuestro dinero y vuestros datos están seguros; el fallo afecta al acceso, no a las cuentas. Las tarjetas y los cajeros funcionan. Si algún recibo se os devuelve por la caída, asumiremos las comisiones. Publicaremos la siguiente actualización antes de las 11:00.';
export const UPDATE =
  'Actualización: el servicio se ha restablecido para todos los clientes desde las 12:05. La causa fue un certificado caducado tras la actualización de anoche, que debimos anunciar y no anunciamos. Devolveremos de oficio las comisiones cobradas hoy y hemos añadido controles para que no se repita. Gracias por la paciencia, y perdón.';
