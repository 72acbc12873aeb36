# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (French), awaiting review by a native speaker.

page-title = Bridgeline – parler à quelqu’un
page-loading = Chargement…
page-needs-javascript = Cette page a besoin de JavaScript pour fonctionner. Si tu es en danger maintenant, appelle le 112.

quick-exit-button = Sortie rapide
    .title = Quitter cette page tout de suite (touche Échap)

language-switcher-label = Langue

intro-heading = Parle à quelqu’un qui t’écoute
intro-body = Tu peux nous écrire dans ta langue. Tu n’as pas besoin de nous dire ton nom. Ce que tu écris reste entre toi et la personne qui t’aide.
intro-start-button = Commencer à discuter

danger-heading = En danger maintenant ?
danger-body = Appelle le 112. C’est gratuit, et les secours peuvent t’aider tout de suite.

queue-heading = En attente d’une personne pour t’aider
queue-position-announcement = { $position ->
    [1] Tu es en tête de la file.
   *[other] Ta place dans la file : { $position }
}
queue-waiting-body = Attends ici, s’il te plaît. Tu peux déjà écrire de quoi tu veux parler.

chat-counsellor-label = Conseiller ou conseillère
chat-you-label = Toi
chat-message-input-label = Ton message
chat-message-input-placeholder = Écris ici…
chat-send-button = Envoyer
chat-end-button = Terminer la discussion
chat-status-sending = Envoi en cours…
chat-status-delivered = Reçu

notice-counsellor-joined = { $name } est là pour parler avec toi.
notice-ended-by-child = Tu as terminé la discussion.
notice-ended-by-counsellor = La personne qui t’aidait a terminé la discussion.
notice-left-queue = Tu es parti·e un moment, alors tu as quitté la file. Tu peux commencer une nouvelle discussion.

ended-heading = La discussion est terminée
ended-body = Merci de nous avoir écrit. Tu peux revenir quand tu veux.
ended-new-chat-button = Commencer une nouvelle discussion

connection-reconnecting = Connexion perdue. On réessaie…

error-too-long = Ton message est trop long. Raccourcis-le, s’il te plaît.
error-unknown-language = On ne peut pas encore discuter dans cette langue. Choisis-en une autre, s’il te plaît.
error-generic = Quelque chose ne s’est pas bien passé. Réessaie, s’il te plaît.
