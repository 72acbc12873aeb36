## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Tu veux revenir plus tard ? Un code de retour te permet de relire cette discussion.
codes-take-button = Obtenir un code de retour
codes-your-code = Ton code de retour
codes-write-down = Écris-le ou retiens-le. Nous ne l’enregistrons nulle part et nous ne pourrons pas te le montrer à nouveau.
codes-secret = Garde-le secret : toute personne qui l’a peut lire tes discussions.
codes-what-for = Avec lui, tu peux revenir : vers la même personne si elle est là, pour relire tes discussions, ou pour tout effacer.
codes-done-button = Je l’ai. Cacher le code

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Tu peux laisser un message à la place
codes-leave-body = Écris ci-dessous ce que tu veux nous dire et envoie-le. Puis appuie sur « Laisser mon message ». Quelqu’un te répondra plus tard.
codes-leave-button = Laisser mon message
codes-left-heading = Ton message est laissé
codes-left-body = Quelqu’un de notre équipe va le lire et te répondre.
codes-left-come-back = Reviens avec ton code de retour pour lire la réponse.
codes-left-add = Tu peux encore ajouter quelque chose ci-dessous.

# Coming back with a code, on the first screen.
codes-have-code-button = J’ai un code de retour
codes-back-heading = Content de te revoir
codes-back-body = Tape le code de retour que tu as reçu. Il a 12 chiffres.
codes-code-label = Code de retour
codes-open-button = Ouvrir mes discussions
codes-back-button = Retour
codes-case-heading = Tes discussions d’avant
codes-case-body = Appuie sur une discussion pour la relire.
codes-case-empty = Il n’y a aucune discussion à afficher.
codes-chat-with = avec { $name }
codes-chat-unanswered = pas encore de réponse
codes-chat-left-message = un message que tu as laissé
codes-chat-not-kept = plus conservée
codes-chat-now-button = Discuter maintenant
codes-read-heading = Une discussion d’avant
codes-back-to-list-button = Retour à mes discussions
codes-erase-button = Tout effacer
codes-erase-heading = Tout effacer ?
codes-erase-body = Toutes tes discussions avec nous seront supprimées, et ton code de retour ne marchera plus. Personne ne pourra les récupérer.
codes-erase-yes-button = Oui, tout effacer
codes-erase-no-button = Non, garder mes discussions
codes-erased-heading = Tout est effacé
codes-erased-body = Tes discussions sont supprimées et ton code de retour ne marche plus.
codes-erased-button = Retour au début

codes-error-wrong = Ce code ne marche pas. Vérifie les chiffres et réessaie.
codes-error-too-many = Trop de codes faux. Tu pourras réessayer : { $time }
codes-error-chat-live = Une discussion est encore en cours. Termine-la d’abord, puis tu pourras tout effacer.
