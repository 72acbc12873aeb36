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
staff-chat-earlier = Ver mensajes anteriores
staff-chat-log-label = Mensajes
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
staff-presence-child-connected = El niño o la niña está conectado.
staff-presence-child-connection_lost = Se perdió la conexión del niño o la niña. Su lugar se guarda unos minutos: puede volver.
staff-presence-child-left = El niño o la niña salió de la página del chat (salida rápida o página cerrada). Si vuelve pronto, lo verá aquí.
staff-chat-status-read = Leído
staff-line-canned = Respuesta predefinida
staff-line-referral = Derivación enviada
staff-notice-counsellor-left = Usted estuvo sin conexión demasiado tiempo; el niño o la niña ha vuelto a la cola.

# La tarjeta de solicitud: lo que el niño o la niña indicó antes del chat.
staff-offer-topics = Temas: { $topics }
staff-offer-age = Edad: { $age }
staff-offer-country = País: { $country }
staff-offer-sound = Sonido para nuevas solicitudes
staff-alert-sound = Sonido para nuevas alertas
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
staff-notice-transferred = El chat se ha transferido a otra persona orientadora.
staff-role-counsellor = Orientador/a
staff-role-coordinator = Coordinador/a
staff-role-admin = Administrador/a

# Nivel de riesgo de una conversación.
staff-risk-label = Riesgo
staff-risk-none = ninguno
staff-risk-low = bajo
staff-risk-medium = medio
staff-risk-high = alto
staff-risk-imminent = peligro inminente
staff-risk-imminent-confirm = Peligro inminente: se avisa ahora a todo el equipo de coordinación de guardia.
staff-risk-confirm = Alertar a la coordinación
staff-risk-cancel = Cancelar

# Alertas para la coordinación.
staff-alerts-heading = Alertas de peligro inminente
staff-alert-summary = { $counsellor } · idioma: { $language } · desde { $time }
staff-alert-acknowledge = Me encargo yo
staff-alert-acknowledged = { $name } se encarga

# Notas privadas.
staff-notes-heading = Notas privadas
staff-notes-private = Solo el equipo ve estas notas, nunca el niño o la niña.
staff-note-input-label = Nueva nota
staff-note-add = Añadir nota
staff-note-transfer = Nota de transferencia de { $name }
staff-no-notes = Todavía no hay notas.

# Transferencia.
staff-transfer-heading = Transferencia
staff-transfer-to-counsellor = A una persona orientadora (nombre de usuario)
staff-transfer-to-language = A la cola de otro idioma
staff-transfer-to-coordinator = A una persona coordinadora
staff-transfer-note-label = Nota para quien continúe
staff-transfer-button = Transferir
staff-transfer-done = El chat se ha transferido.

# Respuestas predefinidas.
staff-canned-heading = Respuestas predefinidas
staff-canned-search = Buscar respuestas predefinidas
staff-canned-send = Enviar
staff-canned-missing = Aún no disponible en el idioma del niño o la niña
staff-canned-purpose-greeting = Saludo
staff-canned-purpose-safety = Comprobación de seguridad
staff-canned-purpose-waiting = Espera
staff-canned-purpose-referral = Derivación
staff-canned-purpose-closing = Cierre
staff-canned-coverage-heading = Respuestas predefinidas que faltan por idioma
staff-canned-coverage-complete = completo

# Directorio de servicios para derivar.
staff-directory-heading = Derivar a un servicio
staff-directory-country = País
staff-directory-topic = Tema
staff-directory-language = Idioma
staff-directory-open-now = Abierto ahora
staff-directory-any = cualquiera
staff-directory-search = Buscar
staff-directory-empty = Ningún servicio coincide.
staff-directory-eu-wide = Toda la UE
staff-directory-always-open = 24/7
staff-referral-reason = Motivo
staff-referral-child-agreed = El niño o la niña está de acuerdo
staff-referral-send = Enviar al niño o la niña

# Resumen de cierre al final de un chat.
staff-wrapup-heading = Resumen de cierre
staff-wrapup-categories = Categorías
staff-wrapup-outcome = Resultado
staff-wrapup-cross-border = El caso es transfronterizo
staff-wrapup-save = Guardar resumen
staff-wrapup-saved = Resumen guardado.
staff-wrapup-required = Complete el resumen de sus chats finalizados para recibir nuevas solicitudes.
staff-wrapup-pick-one = Elija al menos una categoría.
staff-outcome-supported = Apoyo prestado
staff-outcome-referred = Derivación realizada
staff-outcome-emergency = Intervención de servicios de emergencia
staff-outcome-child_left = El niño o la niña abandonó el chat
staff-outcome-non_counselling = No es un contacto de orientación

# Errores que puede devolver el servidor, tal como los lee la persona orientadora.
staff-error-generic = No ha funcionado: { $detail }
staff-error-target_unavailable = Esa persona o cola no puede aceptar el chat ahora.
staff-error-not_translated = Esta respuesta aún no está disponible en el idioma del niño o la niña.
staff-error-offer_gone = Otra persona orientadora ha atendido a este niño o niña, o la solicitud ha finalizado.
staff-error-child_left = El niño o la niña se fue antes de que aceptara: ya no está esperando.

# Conversaciones atendidas anteriormente.
staff-history-heading = Chats que ha atendido
staff-history-open = Abrir
staff-history-empty = No hay chats anteriores.
staff-history-audited = La apertura de una transcripción queda anotada en el registro de auditoría.

# Categorías del resumen de cierre (taxonomía de Child Helpline International).
staff-taxonomy-other = no especificado / otro
staff-taxonomy-missing = Niños y niñas desaparecidos
staff-taxonomy-missing-abduction-parental = Sustracción parental
staff-taxonomy-missing-abduction-criminal = Secuestro
staff-taxonomy-missing-lost = Extravío o paradero desconocido
staff-taxonomy-missing-runaway = Fuga del hogar
staff-taxonomy-missing-missing-in-migration = Desaparición en contexto migratorio
staff-taxonomy-violence = Violencia
staff-taxonomy-violence-bullying = Acoso escolar
staff-taxonomy-violence-cyberbullying = Ciberacoso
staff-taxonomy-violence-forced-marriage = Matrimonio infantil, precoz o forzado
staff-taxonomy-violence-child-labour = Trabajo infantil
staff-taxonomy-violence-fgm = Mutilación genital femenina
staff-taxonomy-violence-neglect = Negligencia
staff-taxonomy-violence-online-sexual-abuse = Abuso y explotación sexual en línea
staff-taxonomy-violence-harmful-practices = Otras prácticas tradicionales nocivas
staff-taxonomy-violence-physical = Violencia física
staff-taxonomy-violence-emotional = Violencia psicológica o emocional
staff-taxonomy-violence-sexual = Violencia sexual
staff-taxonomy-mental-health = Salud mental
staff-taxonomy-mental-health-substance-use = Conductas adictivas y consumo de sustancias
staff-taxonomy-mental-health-behaviour = Problemas de conducta
staff-taxonomy-mental-health-concerns-about-self = Preocupaciones sobre sí mismo/a
staff-taxonomy-mental-health-anger = Ira
staff-taxonomy-mental-health-fear-anxiety = Miedo y ansiedad
staff-taxonomy-mental-health-mood = Estado de ánimo
staff-taxonomy-mental-health-neurodevelopmental = Trastornos del neurodesarrollo
staff-taxonomy-mental-health-eating = Conducta alimentaria
staff-taxonomy-mental-health-self-harm = Autolesiones
staff-taxonomy-mental-health-suicidal = Ideación suicida e intentos de suicidio
staff-taxonomy-mental-health-traumatic-distress = Estrés traumático
staff-taxonomy-physical-health = Salud física
staff-taxonomy-physical-health-general-medical = Cuestiones médicas generales
staff-taxonomy-physical-health-nutrition = Nutrición
staff-taxonomy-physical-health-pregnancy = Embarazo
staff-taxonomy-physical-health-sexual-reproductive = Salud sexual y reproductiva
staff-taxonomy-physical-health-hiv-aids = VIH/sida
staff-taxonomy-services = Acceso a servicios
staff-taxonomy-services-education = Educación
staff-taxonomy-services-essential-needs = Necesidades básicas
staff-taxonomy-services-healthcare = Atención sanitaria
staff-taxonomy-services-legal = Jurídico
staff-taxonomy-services-mental-health = Servicios de salud mental
staff-taxonomy-services-sexual-health = Salud sexual
staff-taxonomy-services-socio-economic = Socioeconómico
staff-taxonomy-discrimination = Discriminación y exclusión
staff-taxonomy-discrimination-ethnicity-nationality = Origen étnico o nacionalidad
staff-taxonomy-discrimination-financial = Situación económica
staff-taxonomy-discrimination-gender = Género
staff-taxonomy-discrimination-gender-identity-orientation = Identidad de género u orientación sexual
staff-taxonomy-discrimination-health-disability = Salud o discapacidad
staff-taxonomy-discrimination-beliefs = Creencias
staff-taxonomy-family = Relaciones familiares
staff-taxonomy-peers = Relaciones con iguales
staff-taxonomy-education-occupation = Estudios y trabajo
staff-taxonomy-sexuality = Sexualidad
staff-taxonomy-migration = Migración
staff-taxonomy-migration-asylum = Procedimiento de asilo
staff-taxonomy-migration-unaccompanied = Niño o niña no acompañado/a o separado/a
staff-taxonomy-migration-guardianship = Tutela
staff-taxonomy-migration-reception = Condiciones de acogida
staff-taxonomy-migration-family-reunification = Reagrupación familiar
staff-taxonomy-migration-age-assessment = Determinación de la edad
staff-taxonomy-non-counselling = Contactos sin orientación
staff-taxonomy-non-counselling-about-helpline = Consulta sobre la línea de ayuda
staff-taxonomy-non-counselling-parent-carer = Consulta de un padre, una madre o una persona cuidadora
staff-taxonomy-non-counselling-complaint = Queja
staff-taxonomy-non-counselling-thank-you = Agradecimiento
staff-taxonomy-non-counselling-prank-silent = Broma o contacto silencioso

# Vistas de coordinación y administración.
staff-views-label = Vistas
staff-view-board = Panel en directo
staff-view-chats = Sus chats
staff-view-reports = Historial
staff-view-admin = Cuentas y ajustes
staff-chat-passed-to-you = Se le ha transferido un chat: abra «Sus chats».
staff-request-failed = El servidor no ha respondido. Vuelva a intentarlo.

# El panel en directo.
staff-board-alerts-heading = Requiere actuar ahora
staff-board-alert-label = Alerta:
staff-board-alert-uncovered = { $waiting ->
    [one] Un niño o niña espera en { $language } y nadie de guardia habla ese idioma.
   *[other] { $waiting } niños y niñas esperan en { $language } y nadie de guardia habla ese idioma.
}
staff-board-alert-long-wait = Un niño o niña lleva { $minutes } min esperando en { $language }.
staff-board-alert-long-wait-seconds = Un niño o niña lleva { $seconds } s esperando en { $language }.
staff-board-alert-left-messages = { $waiting ->
    [one] Un mensaje dejado en { $language } lleva { $hours } h esperando respuesta.
   *[other] { $waiting } mensajes dejados en { $language } esperan respuesta; el más antiguo desde hace { $hours } h.
}
staff-board-heading = Idiomas ahora
staff-board-caption = Actualizado en directo. Nivel de servicio: proporción de niños y niñas atendidos en menos de { $seconds } s.
staff-board-empty = Todavía no hay nada que mostrar: nadie espera, ninguna persona orientadora ha iniciado sesión y hoy no ha habido contactos.
staff-board-language = Idioma
staff-board-waiting = En espera
staff-board-longest-wait = Espera más larga ahora (min:s)
staff-board-average-wait = Espera media, última hora (min:s)
staff-board-counsellors = Personas orientadoras
staff-board-chats = Chats en curso
staff-board-last-hour = Última hora
staff-board-today = Hoy
staff-board-answered = Atendidos
staff-board-abandoned = Abandonados
staff-board-service-level = Nivel de servicio
staff-board-chats-heading = Chats en curso
staff-board-no-chats = No hay ningún chat en curso.
staff-board-chat-summary = { $language } · { $counsellor } · niño/a aquí desde las { $time }
staff-board-staff-heading = Equipo conectado
staff-board-staff-name = Nombre
staff-board-staff-role = Función
staff-board-staff-load = Chats / máximo a la vez
staff-board-staff-languages = Idiomas

# Observar y reasignar un chat.
staff-observe-button = Observar
staff-observe-heading = Observando: { $language }
staff-observe-heading-held = Observando: { $language } · con { $counsellor }
staff-observe-read-only = Solo lectura: no puede escribir en este chat. La persona orientadora ve que usted lo sigue; el niño o la niña no. La observación queda anotada en el registro de auditoría.
staff-observe-stop = Dejar de observar
staff-reassign-heading = Reasignar
staff-reassign-username = Persona orientadora (nombre de usuario)
staff-reassign-note = Nota para quien continúe
staff-reassign-note-required = Escriba una nota para quien continúe.
staff-reassign-button = Reasignar
staff-reassign-done = El chat se ha reasignado.
staff-chat-counsellor-label = Orientador/a
staff-chat-observed-by = { $name } está siguiendo este chat (solo lectura).
staff-chat-reassigned-away = La coordinación ha pasado este chat a otra persona del equipo.

# Informes históricos.
staff-report-heading = Historial
staff-report-from = Desde
staff-report-to = Hasta
staff-report-by = Por
staff-report-by-day = día
staff-report-by-week = semana
staff-report-group = Agrupado por
staff-report-group-language = Idioma
staff-report-group-category = Categoría
staff-report-show = Mostrar
staff-report-caption-day = Contactos por día, del { $from } al { $to }
staff-report-caption-week = Contactos por semana (las semanas empiezan el lunes), del { $from } al { $to }
staff-report-day = Día
staff-report-week = Semana del
staff-report-contacts = Contactos
staff-report-wait-p50 = Espera mediana
staff-report-wait-p90 = Espera, percentil 90
staff-report-chat-length = Duración media del chat
staff-report-referrals = Derivaciones
staff-report-durations = Esperas y duraciones en minutos:segundos; «–» cuando no hay nada que medir.
staff-report-no-category = Sin resumen de cierre
staff-report-empty = No hay contactos en este periodo.
staff-report-chart-alt = Gráfico de barras de los contactos atendidos y abandonados del { $from } al { $to }; la tabla de arriba tiene las mismas cifras.
staff-report-download = Descargar CSV

# Cuentas y ajustes (administración).
staff-accounts-heading = Cuentas del equipo
staff-account-new-heading = Nueva cuenta
staff-account-username = Nombre de usuario
staff-account-username-hint = De 1 a 64 caracteres: a–z, 0–9, «.», «_», «-». No se puede cambiar después.
staff-account-display-name = Nombre visible
staff-account-role = Función
staff-account-languages = Idiomas
staff-account-max-chats = Chats a la vez (1–20)
staff-account-max-chats-value = chats a la vez: { $count }
staff-account-password = Contraseña
staff-account-password-hint = Al menos 10 caracteres.
staff-account-create = Crear cuenta
staff-account-created = Cuenta creada.
staff-account-edit = Modificar
staff-account-save = Guardar cambios
staff-account-saved = Cuenta modificada; el cambio se aplica de inmediato.
staff-account-disable = Desactivar cuenta
staff-account-enable = Activar cuenta
staff-account-disabled = Cuenta desactivada.
staff-account-enabled = Cuenta activada.
staff-account-is-disabled = desactivada
staff-account-reset-password = Restablecer contraseña
staff-account-new-password = Nueva contraseña
staff-account-set-password = Guardar la nueva contraseña
staff-account-password-reset = Contraseña cambiada; se han cerrado todas las sesiones de esa cuenta.
staff-settings-heading = Ajustes
staff-settings-target = Tiempo objetivo de atención (segundos)
staff-settings-target-hint = Los niños y niñas atendidos en este tiempo cuentan para el nivel de servicio. De 5 a 3600.
staff-settings-long-wait = Alerta de espera larga a partir de (segundos)
staff-settings-long-wait-hint = El panel lanza una alerta cuando alguien espera más. De 30 a 86400.
staff-settings-retention = Conservar las transcripciones (días)
staff-settings-retention-hint = Después se borran las transcripciones, notas y motivos de los chats finalizados; las cifras se conservan para los informes. De 1 a 3650.
staff-settings-save = Guardar ajustes
staff-settings-saved = Ajustes guardados.

## Sign-in security
staff-login-too-many = Demasiados intentos. Vuelva a intentarlo a las { $time }.
staff-login-expired = Este inicio de sesión tardó demasiado. Escriba de nuevo su contraseña.
staff-second-factor-heading = Inicio de sesión en dos pasos
staff-second-factor-code = Código
staff-second-factor-code-hint = El código de 6 dígitos que muestra ahora su aplicación de autenticación, o uno de sus códigos de recuperación.
staff-second-factor-wrong = Ese código es incorrecto o ya se usó.
staff-enrol-heading = Activar el inicio de sesión en dos pasos
staff-enrol-intro = Su rol inicia sesión con un segundo paso: un código de una aplicación de autenticación en su teléfono.
staff-enrol-scan = Escanee este código QR con su aplicación de autenticación, o escriba en ella la clave de abajo.
staff-enrol-qr-alt = Código QR con la clave para su aplicación de autenticación
staff-enrol-key = Clave:
staff-enrol-confirm = Después escriba el código de 6 dígitos que muestra la aplicación
staff-enrol-button = Confirmar e iniciar sesión
staff-recovery-heading = Sus códigos de recuperación
staff-recovery-intro = Cada uno de estos códigos le permite iniciar sesión una vez si pierde su teléfono. Guárdelos ahora en un lugar seguro: no se volverán a mostrar.
staff-recovery-done = Ya los he guardado
staff-recovery-code-used = Ha iniciado sesión con un código de recuperación. Si perdió su teléfono, pida a un administrador que restablezca su inicio de sesión en dos pasos.
staff-account-second-factor-on = inicio de sesión en dos pasos activo
staff-account-second-factor-off = sin inicio de sesión en dos pasos
staff-account-locked = inicio de sesión bloqueado hasta las { $time }
staff-account-unlock = Desbloquear el inicio de sesión
staff-account-unlocked = Inicio de sesión desbloqueado.
staff-account-reset-second-factor = Restablecer el inicio de sesión en dos pasos
staff-account-reset-second-factor-hint = Si se perdió el teléfono: las sesiones de la cuenta terminan, y en su próximo inicio de sesión se configuran una nueva aplicación de autenticación y nuevos códigos de recuperación.
staff-account-reset-second-factor-button = Restablecer ahora
staff-account-second-factor-reset = Inicio de sesión en dos pasos restablecido; se han cerrado todas las sesiones de esa cuenta.
staff-settings-second-factor = Los consejeros también inician sesión en dos pasos
staff-settings-second-factor-hint = Los coordinadores y administradores siempre lo hacen. Los consejeros que no lo tengan lo configuran en su próximo inicio de sesión.

## Hostile input

staff-error-control_character = Este texto contiene un carácter de control invisible; elimínelo y vuelva a enviar.
staff-bidi-control = Carácter oculto de dirección del texto { $name } ({ $code }): se muestra aquí, no se aplica.
## Abusive contacts
staff-abuse-heading = Finalizar por abuso
staff-abuse-hint = Solo para bromas y abusos. El niño o la niña solo lee que el chat terminó; un coordinador decide si se pausan los chats nuevos desde este navegador.
staff-abuse-reason-label = Motivo (solo lo leen los coordinadores)
staff-abuse-button = Finalizar el chat por abuso
staff-abuse-reported = Chat finalizado. Un coordinador decidirá sobre el aviso.
staff-blocks-heading = Contactos abusivos
staff-blocks-today = Chats finalizados por abuso hoy: { $count }
staff-blocks-pending-heading = Avisos pendientes de decisión
staff-blocks-active-heading = Navegadores en pausa ahora
staff-blocks-none = Ninguno.
staff-blocks-reported = { $language }, avisado por { $name }, { $time }
staff-blocks-decide-by = Caduca si nadie decide antes de { $time }.
staff-blocks-until = En pausa hasta { $time } (confirmado por { $name })
staff-blocks-match-both = Reconocido por su token de navegador y su dirección de red.
staff-blocks-match-token = Reconocido solo por su token de navegador.
staff-blocks-match-address = Reconocido solo por su dirección de red.
staff-blocks-match-none = Nada reconoce este navegador (el niño o la niña ya se había ido).
staff-blocks-duration = Pausar los chats nuevos durante
staff-blocks-duration-hour = 1 hora
staff-blocks-duration-day = 1 día
staff-blocks-duration-3-days = 3 días
staff-blocks-duration-week = 7 días
staff-blocks-confirm = Confirmar y pausar
staff-blocks-reject = Rechazar
staff-blocks-lift = Levantar ahora
staff-blocks-confirmed = Confirmado: los chats nuevos desde ese navegador están en pausa.
staff-blocks-rejected = Rechazado: no hay nada en pausa.
staff-blocks-lifted = Levantado: ese navegador puede volver a iniciar chats.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = Mensajes nuevos ↓
staff-trends-heading = Las últimas cuatro horas
staff-trends-since = Datos desde las { $time }: el servidor no guarda cifras de antes de arrancar.
staff-trends-waiting = Niños esperando
staff-trends-longest = Espera más larga
staff-trends-summary-waiting = { $language }, niños esperando de { $from } a { $to }: como máximo { $most }, ahora { $now }.
staff-trends-summary-longest = { $language }, espera más larga de { $from } a { $to }: como máximo { $most }, ahora { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = Contactos anteriores
staff-case-hint = Este niño o niña volvió con su código de regreso: estas son sus conversaciones anteriores. Deja que el niño guíe; pregunta antes de mencionarlas.
staff-case-unanswered = Nadie respondió
staff-case-referred = Derivado a: { $services }
staff-case-transcript-kept = Transcripción conservada
staff-case-transcript-purged = Transcripción eliminada (plazo de conservación)
staff-case-read-transcript = Leer la transcripción
staff-case-hide-transcript = Ocultar la transcripción

## Messages children left while nobody was there
staff-view-left-messages = Mensajes dejados
staff-left-messages-heading = Mensajes dejados cuando no había nadie
staff-left-messages-hint = Niños y niñas escribieron estos mensajes cuando no había de turno nadie que hablara su idioma. Tome uno para responderlo: el niño o la niña lee su respuesta enseguida si sigue ahí, o más tarde con su código de regreso.
staff-left-messages-none = Ningún mensaje espera respuesta.
staff-left-message-when = Dejado hace { $waited } · { $moment }
staff-left-waited-under-a-minute = menos de un minuto
staff-left-waited-minutes = { $minutes } min
staff-left-waited-hours = { $hours } h { $minutes } min
staff-left-waited-days = { $days } d { $hours } h
staff-left-message-also-reads = También lee: { $languages }
staff-left-message-returning = Vuelve a contactar: ya ha hablado con nosotros antes.
staff-left-message-take = Tomar y responder
staff-left-message-taken-elsewhere = Otra persona tomó ese mensaje antes.
staff-left-message-gone = Ese mensaje ya no espera: alguien lo respondió o el niño o la niña lo borró.
staff-board-left-messages = Mensajes dejados
staff-board-left-messages-cell = { $count }, el más antiguo: { $oldest }

## Derivaciones a líneas de ayuda asociadas de otros países
staff-error-unknown_partner = Esa línea asociada ya no está configurada aquí.
staff-error-no_consent = El niño o la niña no ha aceptado esta derivación (o aceptó menos de lo que enviaría).
staff-error-handover_gone = Otra persona ya respondió a esa derivación.
staff-handover-heading = Derivar a una línea asociada
staff-handover-hint = Con el acuerdo del niño o la niña, envía su caso a una línea de ayuda de otro país, para que no tenga que contar su historia otra vez.
staff-handover-partner = Línea asociada
staff-handover-partner-option = { $name } ({ $countries }; { $languages })
staff-handover-partners-speaking = Hablan { $language }
staff-handover-partners-other = Otras líneas asociadas
staff-handover-include-chat = Incluir el chat mismo
staff-handover-ask = Preguntar al niño o la niña
staff-handover-ask-again = Volver a preguntar
staff-handover-consent-asked = Preguntado a las { $asked }: esperando la respuesta.
staff-handover-consent-yes = Dijo que sí a las { $answered } (preguntado a las { $asked }).
staff-handover-consent-yes-chat = Dijo que sí, con el chat, a las { $answered } (preguntado a las { $asked }).
staff-handover-consent-summary-only = Dijo que sí al resumen pero no al chat, a las { $answered } (preguntado a las { $asked }).
staff-handover-consent-no = Dijo que no a las { $answered } (preguntado a las { $asked }).
staff-handover-summary-heading = Resumen para la línea asociada
staff-handover-write-plainly = Escribe con sencillez, en frases cortas, sin abreviaturas ni jerga: quien lo lea quizá no conozca bien tu idioma y tal vez lo traduzca.
staff-handover-categories = Categorías
staff-handover-risk = Riesgo
staff-handover-languages = Los idiomas del niño o la niña
staff-handover-add-language = Añadir un idioma
staff-handover-add-language-none = Elegir…
staff-handover-remove-language = Quitar { $language }
staff-handover-country = País en el que está
staff-handover-country-unknown = Desconocido
staff-handover-what-happened = Qué pasó
staff-handover-child-wants = Qué quiere el niño o la niña
staff-handover-done-so-far = Qué hemos hecho ya
staff-handover-referrals = Servicios a los que se le derivó
staff-handover-add-referral = Otro servicio, por su nombre
staff-handover-add = Añadir
staff-handover-problem-what-happened = Di qué pasó.
staff-handover-problem-child-wants = Di qué quiere el niño o la niña.
staff-handover-problem-too-long = Un texto es demasiado largo: cada uno admite unos 4000 caracteres.
staff-handover-problem-language = Indica al menos un idioma.
staff-handover-problem-reason = Di por qué esto no puede esperar su consentimiento.
staff-handover-problem-invalid = Algo del resumen no se puede enviar así: revisa las categorías, los idiomas y los servicios.
staff-handover-ask-first = Pregunta primero: el caso solo se envía si dice que sí.
staff-handover-waiting-answer = Envía cuando haya respondido que sí.
staff-handover-refused = Dijo que no: no se envía nada a esta línea asociada.
staff-handover-goes-with-chat = Se envían el resumen y el chat.
staff-handover-goes-summary-only = Solo se envía el resumen, no el chat.
staff-handover-on-its-way = Enviada: su estado está abajo.
staff-handover-answer-used = Esa respuesta ya se usó para una derivación: vuelve a preguntar para enviar otra vez.
staff-handover-send = Enviar a { $partner }
staff-handover-without-consent-heading = Enviar sin consentimiento (peligro inminente)
staff-handover-without-consent-hint = Solo cuando el niño o la niña está en peligro inminente y el caso no puede esperar su consentimiento. Se le informa del envío, el chat mismo no se envía y el registro de auditoría guarda tu motivo.
staff-handover-without-consent-reason = Por qué no puede esperar
staff-handover-without-consent-send = Enviar sin consentimiento
staff-handover-without-consent-confirm = ¿Enviar el caso de este niño o niña a { $partner } sin su consentimiento?
staff-handover-confirm = Sí, enviarlo
staff-handover-cancel = Cancelar
staff-handover-sent-heading = Derivaciones enviadas
staff-handover-status-sending = Enviando a { $partner }…
staff-handover-status-delivered = { $partner } la recibió y responderá.
staff-handover-status-failed = No entregada a { $partner }: { $reason }
staff-handover-status-accepted = Aceptada por { $partner }.
staff-handover-status-accepted-by = Aceptada por { $name } en { $partner }.
staff-handover-status-declined = Rechazada por { $partner }: { $reason }
staff-handover-status-declined-by = Rechazada por { $name } en { $partner }: { $reason }
staff-handover-status-transferred = El niño o la niña continuó con { $partner }.
staff-handover-sent-at = Enviada a las { $time } · { $what }
staff-handover-sent-with-chat = resumen y chat
staff-handover-sent-summary-only = solo el resumen
staff-handover-sent-without-consent = sin su consentimiento
staff-handover-send-again = Enviar de nuevo
staff-view-handovers = Derivaciones recibidas
staff-handovers-in-heading = Derivaciones de líneas asociadas
staff-handovers-in-hint = Líneas de ayuda asociadas de otros países envían estos casos con el consentimiento del niño o la niña (o, en peligro inminente, sin él). Acepta uno para hacerte cargo del caso; recházalo con un motivo que la línea asociada leerá.
staff-handovers-in-none = Ninguna derivación espera respuesta.
staff-handover-in-from = De { $partner } · { $language } · hace { $waited } · { $moment }
staff-handover-in-child-in-chat = El niño o la niña sigue en el chat: acepta ahora y llegará directamente a ti.
staff-handover-in-consent-child = Aceptó en su página, preguntado en { $language }, a las { $time }.
staff-handover-in-consent-imminent = Enviada sin su consentimiento, por peligro inminente:
staff-handover-in-risk = Riesgo: { $risk }
staff-handover-in-categories = Categorías: { $categories }
staff-handover-in-languages = Idiomas: { $languages }
staff-handover-in-country = País: { $country }
staff-handover-in-referrals = Derivado a: { $services }
staff-handover-in-transcript = El chat, tal como aceptó compartirlo (mensajes: { $count })
staff-handover-in-author-child = Niño o niña
staff-handover-in-author-counsellor = Orientador/a
staff-handover-in-author-system = Bridgeline
staff-handover-accept = Aceptar
staff-handover-decline = Rechazar
staff-handover-decline-reason = Por qué la rechazas (la línea asociada lo leerá)
staff-handover-decline-reason-needed = Di por qué la rechazas: la línea asociada lo necesita para ayudar de otra manera.
staff-handover-decline-send = Rechazar con este motivo
staff-handover-accepted = Aceptada: el caso es tuyo, y el niño o la niña llega a ti si sigue en el chat.
staff-handover-declined = Rechazada: la línea asociada recibe el motivo.
staff-handover-answered-elsewhere = Otra persona ya respondió a esa derivación.
staff-handover-context-heading = Derivado por { $partner }
staff-handover-context-hint = La historia tal como la envió la línea asociada: no hace falta pedirle que la cuente otra vez.
staff-handover-context-received = Recibida a las { $time }
