## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Queres voltar mais tarde? Com um código de regresso podes ler esta conversa outra vez.
codes-take-button = Obter um código de regresso
codes-your-code = O teu código de regresso
codes-write-down = Escreve-o ou decora-o. Não o guardamos em lado nenhum e não te podemos mostrar outra vez.
codes-secret = Guarda-o em segredo: quem o tiver pode ler as tuas conversas.
codes-what-for = Com ele podes voltar: à mesma pessoa se estiver cá, para ler as tuas conversas outra vez, ou para apagar tudo.
codes-done-button = Já o tenho. Esconder o código

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Podes deixar uma mensagem
codes-leave-body = Escreve em baixo o que nos queres dizer e envia. Depois carrega em «Deixar a minha mensagem». Alguém te responde mais tarde.
codes-leave-button = Deixar a minha mensagem
codes-left-heading = A tua mensagem ficou deixada
codes-left-body = Alguém da nossa equipa vai lê-la e responder-te.
codes-left-come-back = Volta com o teu código de regresso para leres a resposta.
codes-left-add = Ainda podes acrescentar mais em baixo.

# Coming back with a code, on the first screen.
codes-have-code-button = Tenho um código de regresso
codes-back-heading = Que bom que voltaste
codes-back-body = Escreve o código de regresso que recebeste. Tem 12 algarismos.
codes-code-label = Código de regresso
codes-open-button = Abrir as minhas conversas
codes-back-button = Voltar
codes-case-heading = As tuas conversas anteriores
codes-case-body = Toca numa conversa para a leres outra vez.
codes-case-empty = Não há conversas para mostrar.
codes-chat-with = com { $name }
codes-chat-unanswered = ainda sem resposta
codes-chat-left-message = uma mensagem que deixaste
codes-chat-not-kept = já não está guardada
codes-chat-now-button = Conversar agora
codes-read-heading = Uma conversa anterior
codes-back-to-list-button = Voltar às minhas conversas
codes-erase-button = Apagar tudo
codes-erase-heading = Apagar tudo?
codes-erase-body = Todas as tuas conversas connosco serão apagadas e o teu código de regresso deixa de funcionar. Ninguém as pode recuperar.
codes-erase-yes-button = Sim, apagar tudo
codes-erase-no-button = Não, manter as minhas conversas
codes-erased-heading = Está tudo apagado
codes-erased-body = As tuas conversas foram apagadas e o teu código de regresso já não funciona.
codes-erased-button = Voltar ao início

codes-error-wrong = Este código não funciona. Confirma os algarismos e tenta outra vez.
codes-error-too-many = Demasiados códigos errados. Podes tentar outra vez: { $time }
codes-error-chat-live = Ainda há uma conversa a decorrer. Termina-a primeiro e depois podes apagar tudo.
