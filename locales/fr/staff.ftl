# Strings of the counsellor console.
# Machine draft (French), awaiting review by a native speaker.

staff-page-title = Bridgeline – conseiller·ère
staff-login-heading = Connexion
staff-login-username = Nom d’utilisateur
staff-login-password = Mot de passe
staff-login-button = Se connecter
staff-login-failed = Nom d’utilisateur ou mot de passe incorrect.
staff-logout-button = Se déconnecter

staff-status-label = Statut
staff-status-available = Disponible
staff-status-busy = Occupé·e
staff-status-away = Absent·e

staff-offers-heading = Enfants qui vous attendent
staff-offer-summary = Langue : { $language } · attend depuis { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
staff-offer-accept = Accepter
staff-offer-decline = Refuser
staff-no-offers = Aucun enfant ne vous attend pour le moment.

staff-chats-heading = Vos discussions
staff-no-chats = Aucune discussion ouverte.
staff-chat-language = Langue : { $language }
staff-chat-child-label = Enfant
staff-chat-you-label = Vous
staff-chat-ended = Cette discussion est terminée.
staff-chat-close = Fermer
staff-connection-lost = Connexion perdue. Reconnexion…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } a rejoint la discussion.
staff-notice-ended-by-child = L’enfant a terminé la discussion.
staff-notice-ended-by-counsellor = Vous avez terminé la discussion.
staff-notice-left-queue = L’enfant a été déconnecté trop longtemps et a quitté la file.
staff-notice-language-changed = L’enfant est passé dans la file { $language }.
staff-page-loading = Chargement…
staff-message-input-label = Votre message
staff-send-button = Envoyer
staff-end-button = Terminer la conversation
staff-chat-child-typing = L’enfant écrit…
staff-chat-status-read = Lu
staff-notice-counsellor-left = Vous avez été déconnecté trop longtemps ; l’enfant est retourné dans la file.
staff-offer-topics = Sujets : { $topics }
staff-offer-age = Âge : { $age }
staff-offer-country = Pays : { $country }
staff-offer-sound = Son pour les nouvelles propositions
staff-shortcuts-help = Alt+1…9 : aller à une conversation · Alt+↑/↓ : conversation précédente ou suivante · Alt+A : accepter la première proposition
staff-topic-family = famille
staff-topic-friends = amis
staff-topic-bullying = harcèlement
staff-topic-violence = violence
staff-topic-feelings = émotions, santé mentale
staff-topic-body = corps et santé
staff-topic-school = école ou travail
staff-topic-love = amour et sexualité
staff-topic-online = en ligne
staff-topic-migration = migration, asile
staff-topic-missing = disparition, fugue
staff-topic-other = autre
staff-age-under-10 = moins de 10 ans
staff-age-10-12 = 10–12 ans
staff-age-13-15 = 13–15 ans
staff-age-16-17 = 16–17 ans
staff-age-18-plus = 18 ans ou plus
