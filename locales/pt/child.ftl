# Textos que a criança vê. Palavras simples que uma criança de dez anos entende.
# Rascunho de tradução (português), à espera de revisão por uma pessoa nativa.

page-title = Bridgeline – fala com alguém
# Usado em vez de page-title quando a linha de apoio liga o título neutro do separador,
# para que quem olhe para os separadores do navegador não veja uma linha de apoio.
page-title-neutral = Notas
page-loading = A carregar…
page-needs-javascript = Esta página precisa de JavaScript para funcionar. Se estás em perigo agora, liga para o 112.

quick-exit-button = Sair depressa
    .title = Sair desta página agora (tecla Esc)

language-switcher-label = Língua

intro-heading = Fala com alguém que te ouve
intro-body = Podes escrever-nos na tua língua. Não tens de nos dizer o teu nome. O que escreves fica só entre ti e a pessoa que te ajuda.
intro-quick-exit-hint = Se alguém chegar, carrega em Esc ou em «Sair depressa». A página fecha logo.
intro-start-button = Começar a conversa

# Perguntas opcionais antes da conversa. Qualquer uma pode ficar sem resposta.
intake-heading = Antes de começar
intake-body = Estas perguntas ajudam-nos a encontrar a pessoa certa para ti. Podes saltá-las.
intake-skip-button = Saltar e começar a conversa
intake-continue-button = Começar a conversa
intake-topic-question = Sobre o que é? Podes escolher mais do que uma coisa.
intake-age-question = Quantos anos tens?
intake-languages-question = Também consegues ler outras línguas?
intake-country-question = Em que país estás agora?
intake-country-none = Prefiro não dizer

topic-family = Família
topic-friends = Amizades
topic-bullying = Bullying
topic-violence = Alguém me magoa
topic-feelings = Sentimentos e preocupações
topic-body = Corpo e saúde
topic-school = Escola ou trabalho
topic-love = Amor e sexo
topic-online = Algo na internet
topic-migration = Documentos, asilo, chegar a um país novo
topic-missing = Alguém desapareceu, ou eu fugi
topic-other = Outra coisa

age-under-10 = Menos de 10
age-10-12 = Dos 10 aos 12
age-13-15 = Dos 13 aos 15
age-16-17 = 16 ou 17
age-18-plus = 18 ou mais

danger-heading = Estás em perigo agora?
danger-body = Liga para o 112. É grátis, e podem ajudar-te logo.
danger-call-button = Ligar para o 112

queue-heading = À espera de uma pessoa que te ajude
queue-position-announcement = { $position ->
    [1] A seguir é a tua vez.
   *[other] O teu lugar na fila: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Tempo de espera: cerca de { $minutes } minuto
   *[other] Tempo de espera: cerca de { $minutes } minutos
}
queue-estimate-soon = Tempo de espera: menos de um minuto
queue-estimate-unknown = Ainda não sabemos quanto tempo vai demorar.
queue-waiting-body = Espera aqui, por favor. Já podes escrever sobre o que queres falar.

# Aparece logo quando agora não está a trabalhar ninguém que fale a língua da criança.
no-counsellor-heading = Neste momento, não está aqui ninguém que fale a tua língua.
no-counsellor-next = Alguém volta a estar aqui: { $time }.
no-counsellor-stay = Podes ficar na fila. Respondemos assim que chegar alguém.
no-counsellor-other-languages = Agora estão cá pessoas que falam estas línguas:
no-counsellor-switch-button = Conversar em { $language }
no-counsellor-phone = Também podes ligar de graça para a linha de apoio às crianças:

chat-counsellor-label = Pessoa que te ajuda
chat-you-label = Tu
chat-message-input-label = A tua mensagem
chat-message-input-placeholder = Escreve aqui…
chat-send-button = Enviar
chat-end-button = Terminar a conversa
chat-earlier-button = Ver mensagens anteriores
chat-status-sending = A enviar…
chat-status-delivered = Entregue
chat-status-read = Lida
chat-counsellor-typing = { $name } está a escrever…

notice-counsellor-joined = { $name } está aqui para falar contigo.
notice-ended-by-child = Terminaste a conversa.
notice-ended-by-counsellor = A pessoa que te ajudava terminou a conversa.
notice-left-queue = Estiveste fora durante algum tempo, por isso saíste da fila. Podes começar uma nova conversa.
notice-language-changed = Agora estás à espera de uma pessoa que fale { $language }.
notice-counsellor-left = A pessoa que te ajudava teve de sair. Voltaste à fila e passas à frente das novas conversas.
notice-transferred = A pessoa que te ajuda vai passar a tua conversa a outra pessoa que também te pode ajudar. Essa pessoa pode ler o que escreveste. Fica aqui, por favor.

# Um cartão que a pessoa que ajuda envia: um serviço para onde a criança pode ligar ou ir.
referral-heading = Um lugar que te pode ajudar
referral-call = Ligar para o { $phone }
referral-website = Abrir o site deles
referral-always-open = Aberto dia e noite
referral-hours = Aberto: { $hours }

ended-heading = A conversa terminou
ended-body = Agradecemos que nos tenhas escrito. Podes voltar sempre que quiseres.
ended-new-chat-button = Começar uma nova conversa

rating-question = Esta conversa ajudou-te?
rating-helped = Sim
rating-somewhat = Um pouco
rating-not-helped = Não
rating-thanks = Agradecemos que nos tenhas dito.

connection-reconnecting = A ligação caiu. Estamos a tentar outra vez…
connection-elsewhere = Esta conversa está agora aberta noutra janela ou separador.

error-too-long = A tua mensagem é demasiado longa. Por favor, escreve uma mensagem mais curta.
error-unknown-language = Ainda não podemos conversar nesta língua. Por favor, escolhe outra.
error-generic = Alguma coisa correu mal. Por favor, tenta outra vez.

## Hostile input

error-control-character = A tua mensagem tem um carácter escondido que não pode ser enviado. Por favor, apaga-o e tenta outra vez.
## Paused (blocked) page
paused-heading = A conversa está em pausa por agora
paused-body = Podes voltar a escrever-nos: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = A saída rápida fecha esta página, mas o histórico do teu navegador ainda pode mostrar que estiveste aqui. Para não deixar rasto, abre esta página numa janela privada (anónima).
