## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Una pregunta para ti
handover-ask-body = { $counsellor } quiere hablarle de ti a la línea de ayuda { $partner }. Esa línea ayuda a niños y niñas en otro país ({ $countries }).
handover-ask-summary = Recibirían un breve resumen de lo que nos has contado.
handover-ask-summary-chat = Recibirían un breve resumen de lo que nos has contado, y este chat.
handover-ask-no = Puedes decir que no. Si dices que no, aquí no cambia nada: seguimos hablando.
handover-yes-button = Sí
handover-summary-only-button = Sí, pero no nuestro chat
handover-no-button = No

# After the answer, until the case is sent.
handover-answered-yes = Dijiste que sí.
handover-answered-summary-only = Dijiste que sí, pero no a nuestro chat.
handover-answered-no = Dijiste que no. Seguimos hablando aquí.
handover-change-hint = Puedes cambiar tu respuesta hasta que se envíe.
handover-change-button = Cambiar mi respuesta

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Lo que nos contaste se envió a la línea de ayuda { $partner } ({ $countries }).
handover-sent-worried = Lo enviamos sin preguntarte porque nos preocupa tu seguridad.
handover-sent-summary = Recibieron un breve resumen.
handover-sent-summary-chat = Recibieron un breve resumen y este chat.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Te estamos conectando con { $partner }…
handover-connected = Ahora hablas con { $partner }.
handover-failed-heading = Sigue con { $partner }
handover-failed-body = No pudimos conectarte. Abre su página con el enlace de abajo y escribe allí este código para seguir.
handover-failed-link = Abrir la página de { $partner }
