# Textes que voit l’enfant. Des mots simples qu’un enfant de dix ans comprend.
# Brouillon de traduction (français), en attente de relecture par une personne de langue maternelle française.

page-title = Bridgeline – parler à quelqu’un
# Utilisé à la place de page-title quand la ligne d’écoute active le titre d’onglet neutre,
# pour que quelqu’un qui regarde les onglets du navigateur ne voie pas une ligne d’écoute.
page-title-neutral = Notes
page-loading = Chargement…
page-needs-javascript = Cette page a besoin de JavaScript pour fonctionner. Si tu es en danger maintenant, appelle le 112.

quick-exit-button = Sortie rapide
    .title = Quitter cette page tout de suite (touche Échap)

language-switcher-label = Langue

intro-heading = Parle à quelqu’un qui t’écoute
intro-body = Tu peux nous écrire dans ta langue. Tu n’as pas besoin de nous dire ton nom. Ce que tu écris reste entre toi et la personne qui t’aide.
intro-quick-exit-hint = Si quelqu’un arrive, appuie sur Échap ou sur « Sortie rapide ». La page se ferme tout de suite.
intro-start-button = Commencer à discuter

# Questions facultatives avant la discussion. On peut sauter chacune d’elles.
intake-heading = Avant de commencer
intake-body = Ces questions nous aident à trouver la bonne personne pour toi. Tu peux les sauter.
intake-skip-button = Passer et commencer à discuter
intake-continue-button = Commencer à discuter
intake-topic-question = De quoi veux-tu parler ? Tu peux choisir plusieurs réponses.
intake-age-question = Quel âge as-tu ?
intake-languages-question = Est-ce que tu sais lire d’autres langues aussi ?
intake-country-question = Dans quel pays es-tu en ce moment ?
intake-country-none = Je ne veux pas le dire

topic-family = Famille
topic-friends = Amis
topic-bullying = Harcèlement
topic-violence = Quelqu’un me fait du mal
topic-feelings = Sentiments et soucis
topic-body = Corps et santé
topic-school = École ou travail
topic-love = Amour et sexualité
topic-online = Quelque chose sur Internet
topic-migration = Papiers, asile, arriver dans un nouveau pays
topic-missing = Quelqu’un a disparu, ou j’ai fugué
topic-other = Autre chose

age-under-10 = Moins de 10 ans
age-10-12 = 10 à 12 ans
age-13-15 = 13 à 15 ans
age-16-17 = 16 ou 17 ans
age-18-plus = 18 ans ou plus

danger-heading = En danger maintenant ?
danger-body = Appelle le 112. C’est gratuit, et les secours peuvent t’aider tout de suite.
danger-call-button = Appeler le 112

queue-heading = En attente d’une personne pour t’aider
queue-position-announcement = { $position ->
    [1] Tu es en tête de la file.
   *[other] Ta place dans la file : { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Temps d’attente : environ { $minutes } minute
   *[other] Temps d’attente : environ { $minutes } minutes
}
queue-estimate-soon = Temps d’attente : moins d’une minute
queue-estimate-unknown = On ne sait pas encore combien de temps ça va prendre.
queue-waiting-body = Attends ici, s’il te plaît. Tu peux déjà écrire de quoi tu veux parler.

# Affiché tout de suite quand personne qui parle la langue de l’enfant ne travaille en ce moment.
no-counsellor-heading = En ce moment, il n’y a personne ici qui parle ta langue.
no-counsellor-next = Quelqu’un sera de nouveau là : { $time }.
no-counsellor-stay = Tu peux rester dans la file. On te répond dès que quelqu’un arrive.
no-counsellor-other-languages = Des personnes qui parlent ces langues sont là maintenant :
no-counsellor-switch-button = Discuter en { $language }
no-counsellor-phone = Tu peux aussi appeler gratuitement la ligne d’écoute pour les enfants :

chat-counsellor-label = La personne qui t’aide
chat-you-label = Toi
chat-message-input-label = Ton message
chat-message-input-placeholder = Écris ici…
chat-send-button = Envoyer
chat-end-button = Terminer la discussion
chat-earlier-button = Voir les messages précédents
chat-status-sending = Envoi en cours…
chat-status-delivered = Reçu
chat-status-read = Lu
chat-counsellor-typing = { $name } est en train d’écrire…

notice-counsellor-joined = { $name } est là pour parler avec toi.
notice-ended-by-child = Tu as terminé la discussion.
notice-ended-by-counsellor = La personne qui t’aidait a terminé la discussion.
notice-left-queue = Tu n’étais plus là depuis un moment, alors tu as quitté la file. Tu peux commencer une nouvelle discussion.
notice-language-changed = Maintenant, tu attends une personne qui parle { $language }.
notice-counsellor-left = La personne qui t’aidait a dû partir. Tu es de nouveau dans la file, et tu passes avant les nouvelles conversations.
notice-transferred = La personne qui t’aide va confier ta discussion à quelqu’un d’autre qui peut t’aider. Cette personne pourra lire ce que tu as écrit. Reste ici, s’il te plaît.

# Une carte que la personne qui aide envoie : un service que l’enfant peut appeler ou aller voir.
referral-heading = Un endroit qui peut t’aider
referral-call = Appeler le { $phone }
referral-website = Ouvrir leur site Internet
referral-always-open = Ouvert jour et nuit
referral-hours = Ouvert : { $hours }

ended-heading = La discussion est terminée
ended-body = Merci de nous avoir écrit. Tu peux revenir quand tu veux.
ended-new-chat-button = Commencer une nouvelle discussion

rating-question = Est-ce que cette discussion t’a été utile ?
rating-helped = Oui
rating-somewhat = Un peu
rating-not-helped = Non
rating-thanks = Merci de nous l’avoir dit.

connection-reconnecting = Connexion perdue. On réessaie…
connection-elsewhere = Cette discussion est maintenant ouverte dans une autre fenêtre ou un autre onglet.

error-too-long = Ton message est trop long. Raccourcis-le, s’il te plaît.
error-unknown-language = On ne peut pas encore discuter dans cette langue. Choisis-en une autre, s’il te plaît.
error-generic = Quelque chose ne s’est pas bien passé. Réessaie, s’il te plaît.

## Hostile input

error-control-character = Ton message contient un caractère caché qui ne peut pas être envoyé. Efface-le et réessaie, s’il te plaît.
## Paused (blocked) page
paused-heading = La discussion est en pause pour le moment
paused-body = Tu pourras nous écrire de nouveau : { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = La sortie rapide ferme cette page, mais l’historique de ton navigateur peut encore montrer que tu es venu ici. Pour ne laisser aucune trace, ouvre cette page dans une fenêtre de navigation privée.
