## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Mais três perguntas, se quiseres
survey-note = Podes saltá-las. Ninguém vai saber quais respostas são tuas.
survey-listened = Sentiste que te ouviram?
survey-next-steps = Sabes o que podes fazer a seguir?
survey-come-back = Voltarias a falar connosco?
survey-yes = Sim
survey-not-sure = Não sei
survey-no = Não
survey-send = Enviar as respostas
survey-skip = Saltar
survey-thanks = Obrigado pelas tuas respostas.
