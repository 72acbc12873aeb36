# Respuestas preparadas que la persona que ayuda puede enviar. El niño o la niña recibe cada
# una en su propio idioma; la persona que ayuda la lee en el suyo. Ids: canned-<propósito>-<nombre>,
# donde el propósito es greeting, safety, waiting, referral o closing. { $name } es el nombre
# visible de la persona que ayuda.
# Borrador de traducción (español), pendiente de revisión por una persona nativa.
# Las frases evitan las formas masculinas o femeninas (de quien escribe y de quien ayuda).

canned-greeting-welcome = Hola, soy { $name }. Me alegra que nos escribas. ¿De qué te gustaría hablar?
canned-greeting-take-time = Tómate tu tiempo. Puedes escribir mucho o poco, como quieras.
canned-greeting-anonymous = No tienes que decirme tu nombre. Lo que escribes queda entre tú y yo, a no ser que estés en peligro.

canned-safety-safe-now = ¿Estás a salvo ahora mismo?
canned-safety-hurt = ¿Alguien te ha hecho daño, o tienes alguna herida?
canned-safety-where = ¿Estás en un sitio donde puedes escribir sin que nadie vea lo que escribes?
canned-safety-emergency = Si estás en peligro ahora mismo, llama al 112. Es gratis, y pueden enviar ayuda enseguida.
canned-safety-thoughts = A veces las personas se sienten tan mal que piensan en hacerse daño o en morir. ¿Tienes a veces pensamientos así?

canned-waiting-moment = Espera un momento, por favor. Sigo aquí.
canned-waiting-checking = Estoy mirando algo para ti. Vuelvo en unos minutos.
canned-waiting-still-there = ¿Sigues ahí? Tómate tu tiempo, te espero.

canned-referral-offer = Conozco un lugar que te puede ayudar con esto. ¿Te envío sus datos de contacto?
canned-referral-card = Te he enviado sus datos de contacto. Puedes llamarles o abrir su página web cuando quieras.
canned-referral-adult = ¿Hay alguna persona adulta de confianza que pueda ir contigo?

canned-closing-thanks = Gracias por contarnos esto y confiar en nosotros. Escribirnos ha sido muy valiente.
canned-closing-come-back = Puedes volver a escribirnos cuando quieras. Estamos aquí para ti.
canned-closing-goodbye = Ahora voy a terminar el chat. Cuídate mucho.
