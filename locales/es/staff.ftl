# Textos de la consola de orientación.
# Borrador de traducción (español), pendiente de revisión por una persona nativa. Trato de «usted».

staff-page-title = Bridgeline – orientación
staff-login-heading = Iniciar sesión
staff-login-username = Nombre de usuario
staff-login-password = Contraseña
staff-login-button = Iniciar sesión
staff-login-failed = Nombre de usuario o contraseña incorrectos.
staff-logout-button = Cerrar sesión

staff-status-label = Estado
staff-status-available = Disponible
staff-status-busy = Ocupado/a
staff-status-away = Ausente

staff-offers-heading = Niños y niñas que esperan su respuesta
staff-offer-summary = Idioma: { $language } · en espera desde hace { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
staff-offer-accept = Aceptar
staff-offer-decline = Rechazar
staff-no-offers = Ahora mismo no hay ningún niño ni niña esperando su respuesta.

staff-chats-heading = Sus chats
staff-no-chats = No hay chats abiertos.
staff-chat-language = Idioma: { $language }
staff-chat-child-label = Niño/a
staff-chat-you-label = Usted
staff-chat-ended = Este chat ha finalizado.
staff-chat-close = Cerrar
staff-connection-lost = Se ha perdido la conexión. Reconectando…

# Avisos del sistema tal como los lee la persona orientadora.
staff-notice-counsellor-joined = { $name } se ha unido al chat.
staff-notice-ended-by-child = El niño o la niña ha finalizado el chat.
staff-notice-ended-by-counsellor = Usted ha finalizado el chat.
staff-notice-left-queue = El niño o la niña estuvo sin conexión demasiado tiempo y ha salido de la cola.
staff-notice-language-changed = El niño o la niña ha pasado a la cola de { $language }.
staff-page-loading = Cargando…
staff-message-input-label = Su mensaje
staff-send-button = Enviar
staff-end-button = Finalizar chat
staff-chat-child-typing = El niño o la niña está escribiendo…
staff-chat-status-read = Leído
staff-notice-counsellor-left = Usted estuvo sin conexión demasiado tiempo; el niño o la niña ha vuelto a la cola.

# La tarjeta de solicitud: lo que el niño o la niña indicó antes del chat.
staff-offer-topics = Temas: { $topics }
staff-offer-age = Edad: { $age }
staff-offer-country = País: { $country }
staff-offer-sound = Sonido para nuevas solicitudes
staff-shortcuts-help = Alt+1…9: ir a un chat · Alt+↑/↓: chat anterior o siguiente · Alt+A: aceptar la primera solicitud
staff-topic-family = familia
staff-topic-friends = amistades
staff-topic-bullying = acoso
staff-topic-violence = violencia
staff-topic-feelings = emociones, salud mental
staff-topic-body = cuerpo y salud
staff-topic-school = estudios o trabajo
staff-topic-love = amor y sexualidad
staff-topic-online = internet
staff-topic-migration = migración, asilo
staff-topic-missing = desaparición, fuga
staff-topic-other = otro
staff-age-under-10 = menos de 10 años
staff-age-10-12 = 10–12 años
staff-age-13-15 = 13–15 años
staff-age-16-17 = 16–17 años
staff-age-18-plus = 18 años o más
