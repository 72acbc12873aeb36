# Textos que ve el niño o la niña. Palabras sencillas que entiende alguien de diez años.
# Borrador de traducción (español), pendiente de revisión por una persona nativa.

page-title = Bridgeline – habla con alguien
# Se usa en lugar de page-title cuando la línea de ayuda activa el título neutro de pestaña,
# para que quien mire las pestañas del navegador no vea una línea de ayuda.
page-title-neutral = Notas
page-loading = Cargando…
page-needs-javascript = Esta página necesita JavaScript para funcionar. Si estás en peligro ahora, llama al 112.

quick-exit-button = Salida rápida
    .title = Salir de esta página ahora (tecla Esc)

language-switcher-label = Idioma

intro-heading = Habla con alguien que te escucha
intro-body = Puedes escribirnos en tu idioma. No tienes que decirnos tu nombre. Lo que escribes queda entre tú y la persona que te ayuda.
intro-quick-exit-hint = Si viene alguien, pulsa Esc o «Salida rápida». La página se cierra enseguida.
intro-start-button = Empezar a chatear

# Preguntas opcionales antes del chat. Todas se pueden dejar sin responder.
intake-heading = Antes de empezar
intake-body = Estas preguntas nos ayudan a encontrar a la persona adecuada para ti. Puedes saltarlas.
intake-skip-button = Saltar y empezar a chatear
intake-continue-button = Empezar a chatear
intake-topic-question = ¿De qué se trata? Puedes elegir más de una cosa.
intake-age-question = ¿Cuántos años tienes?
intake-languages-question = ¿Puedes leer también otros idiomas?
intake-country-question = ¿En qué país estás ahora?
intake-country-none = Prefiero no decirlo

topic-family = Familia
topic-friends = Amistades
topic-bullying = Acoso o bullying
topic-violence = Alguien me hace daño
topic-feelings = Sentimientos y preocupaciones
topic-body = Cuerpo y salud
topic-school = Escuela o trabajo
topic-love = Amor y sexo
topic-online = Algo en internet
topic-migration = Papeles, asilo, llegar a un país nuevo
topic-missing = Alguien ha desaparecido, o me he escapado
topic-other = Otra cosa

age-under-10 = Menos de 10
age-10-12 = De 10 a 12
age-13-15 = De 13 a 15
age-16-17 = 16 o 17
age-18-plus = 18 o más

danger-heading = ¿Estás en peligro ahora mismo?
danger-body = Llama al 112. Es gratis, y te pueden ayudar enseguida.
danger-call-button = Llamar al 112

queue-heading = Esperando a una persona que te ayude
queue-position-announcement = { $position ->
    [1] Tu turno es el siguiente.
   *[other] Tu lugar en la fila: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Tiempo de espera: unos { $minutes } minuto
   *[other] Tiempo de espera: unos { $minutes } minutos
}
queue-estimate-soon = Tiempo de espera: menos de un minuto
queue-estimate-unknown = Todavía no sabemos cuánto tiempo va a tardar.
queue-waiting-body = Por favor, espera aquí. Ya puedes escribir de qué quieres hablar.

# Se muestra enseguida cuando ahora no trabaja nadie que hable el idioma del niño o la niña.
no-counsellor-heading = Ahora mismo no hay nadie aquí que hable tu idioma.
no-counsellor-next = Alguien volverá a estar aquí: { $time }.
no-counsellor-stay = Puedes quedarte en la fila. Te responderemos en cuanto llegue alguien.
no-counsellor-other-languages = Ahora hay personas que hablan estos idiomas:
no-counsellor-switch-button = Chatear en { $language }
no-counsellor-phone = También puedes llamar gratis a la línea de ayuda para niños y niñas:

chat-counsellor-label = Persona que te ayuda
chat-you-label = Tú
chat-message-input-label = Tu mensaje
chat-message-input-placeholder = Escribe aquí…
chat-send-button = Enviar
chat-end-button = Terminar el chat
chat-earlier-button = Ver mensajes anteriores
chat-status-sending = Enviando…
chat-status-delivered = Entregado
chat-status-read = Leído
chat-counsellor-typing = { $name } está escribiendo…

notice-counsellor-joined = { $name } está aquí para hablar contigo.
notice-ended-by-child = Has terminado el chat.
notice-ended-by-counsellor = La persona que te ayudaba ha terminado el chat.
notice-left-queue = Estuviste fuera un rato, así que saliste de la fila. Puedes empezar un chat nuevo.
notice-language-changed = Ahora estás esperando a una persona que hable { $language }.
notice-counsellor-left = La persona que te ayudaba tuvo que irse. Vuelves a estar en la fila y vas antes que los chats nuevos.
notice-transferred = La persona que te ayuda va a pasar tu chat a otra persona que también puede ayudarte. Esa persona puede leer lo que has escrito. Por favor, quédate aquí.

# Una tarjeta que envía la persona que ayuda: un servicio al que el niño o la niña puede llamar o ir.
referral-heading = Un lugar que te puede ayudar
referral-call = Llamar al { $phone }
referral-website = Abrir su página web
referral-always-open = Abierto día y noche
referral-hours = Abierto: { $hours }

ended-heading = El chat ha terminado
ended-body = Gracias por escribirnos. Puedes volver cuando quieras.
ended-new-chat-button = Empezar un chat nuevo

rating-question = ¿Te ha ayudado este chat?
rating-helped = Sí
rating-somewhat = Un poco
rating-not-helped = No
rating-thanks = Gracias por decírnoslo.

connection-reconnecting = Se ha perdido la conexión. Lo intentamos de nuevo…
connection-elsewhere = Este chat está abierto ahora en otra ventana o pestaña.

error-too-long = Tu mensaje es demasiado largo. Por favor, hazlo más corto.
error-unknown-language = Todavía no podemos chatear en este idioma. Por favor, elige otro.
error-generic = Algo ha salido mal. Por favor, inténtalo de nuevo.

## Hostile input

error-control-character = Tu mensaje tiene un carácter oculto que no se puede enviar. Por favor, bórralo e inténtalo de nuevo.
## Paused (blocked) page
paused-heading = El chat está en pausa por ahora
paused-body = Podrás volver a escribirnos: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = La salida rápida cierra esta página, pero el historial de tu navegador puede seguir mostrando que estuviste aquí. Para no dejar rastro, abre esta página en una ventana privada (de incógnito).
