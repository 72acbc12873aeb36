## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Uma pergunta para ti
handover-ask-body = { $counsellor } gostaria de falar de ti à linha de apoio { $partner }. Essa linha ajuda crianças noutro país ({ $countries }).
handover-ask-summary = Receberiam um pequeno resumo do que nos contaste.
handover-ask-summary-chat = Receberiam um pequeno resumo do que nos contaste, e esta conversa.
handover-ask-no = Podes dizer que não. Se disseres que não, aqui nada muda: continuamos a conversar.
handover-yes-button = Sim
handover-summary-only-button = Sim, mas não a nossa conversa
handover-no-button = Não

# After the answer, until the case is sent.
handover-answered-yes = Disseste que sim.
handover-answered-summary-only = Disseste que sim, mas não à nossa conversa.
handover-answered-no = Disseste que não. Continuamos a conversar aqui.
handover-change-hint = Podes mudar a tua resposta até ser enviado.
handover-change-button = Mudar a minha resposta

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = O que nos contaste foi enviado para a linha de apoio { $partner } ({ $countries }).
handover-sent-worried = Enviámos sem te perguntar, porque estamos preocupados com a tua segurança.
handover-sent-summary = Receberam um pequeno resumo.
handover-sent-summary-chat = Receberam um pequeno resumo e esta conversa.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Estamos a ligar-te a { $partner }…
handover-connected = Agora estás a falar com { $partner }.
handover-failed-heading = Continua com { $partner }
handover-failed-body = Não conseguimos ligar-te. Abre a página deles com a ligação abaixo e escreve lá este código para continuar.
handover-failed-link = Abrir a página de { $partner }
