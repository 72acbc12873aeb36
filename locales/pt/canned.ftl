# Respostas prontas que a pessoa que ajuda pode enviar. A criança recebe cada uma na sua
# própria língua; a pessoa que ajuda lê-a na sua. Ids: canned-<finalidade>-<nome>, em que a
# finalidade é greeting, safety, waiting, referral ou closing. { $name } é o nome visível
# da pessoa que ajuda.
# Rascunho de tradução (português), à espera de revisão por uma pessoa nativa.
# As frases evitam formas masculinas ou femininas (da criança e da pessoa que ajuda, p. ex. «obrigado/obrigada»).

canned-greeting-welcome = Olá, sou { $name }. Ainda bem que nos escreveste. Sobre o que gostavas de falar?
canned-greeting-take-time = Não tenhas pressa. Podes escrever muito ou pouco, como quiseres.
canned-greeting-anonymous = Não tens de me dizer o teu nome. O que escreves fica entre nós, a não ser que estejas em perigo.

canned-safety-safe-now = Estás em segurança agora?
canned-safety-hurt = Alguém te magoou, ou tens alguma ferida?
canned-safety-where = Estás num lugar onde podes escrever sem que ninguém veja o que escreves?
canned-safety-emergency = Se estás em perigo agora, liga para o 112. É grátis, e podem mandar ajuda depressa.
canned-safety-thoughts = Às vezes, as pessoas sentem-se tão mal que pensam em magoar-se ou em morrer. Também tens, às vezes, pensamentos assim?

canned-waiting-moment = Espera um momento, por favor. Continuo aqui.
canned-waiting-checking = Estou a ver uma coisa para ti. Volto daqui a uns minutos.
canned-waiting-still-there = Ainda estás aí? Não tenhas pressa, eu espero.

canned-referral-offer = Conheço um lugar que te pode ajudar com isto. Posso enviar-te os contactos deles?
canned-referral-card = Enviei-te os contactos deles. Podes ligar-lhes ou abrir o site deles quando quiseres.
canned-referral-adult = Há alguma pessoa adulta em quem confies e que possa ir lá contigo?

canned-closing-thanks = Agradecemos a tua confiança. Escrever-nos foi um ato de coragem.
canned-closing-come-back = Podes voltar a escrever-nos sempre que quiseres. Estamos aqui para ti.
canned-closing-goodbye = Agora vou terminar a conversa. Cuida bem de ti.
