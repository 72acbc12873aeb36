## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Tres preguntas más, si quieres
survey-note = Puedes saltarlas. Nadie sabrá qué respuestas son tuyas.
survey-listened = ¿Sentiste que te escuchaban?
survey-next-steps = ¿Sabes qué puedes hacer ahora?
survey-come-back = ¿Volverías a hablar con nosotros?
survey-yes = Sí
survey-not-sure = No sé
survey-no = No
survey-send = Enviar mis respuestas
survey-skip = Saltar
survey-thanks = Gracias por tus respuestas.
