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
staff-line-canned = Réponse prédéfinie
staff-line-referral = Orientation envoyée
staff-notice-counsellor-left = Vous avez été déconnecté trop longtemps ; l’enfant est retourné dans la file.
staff-offer-topics = Sujets : { $topics }
staff-offer-age = Âge : { $age }
staff-offer-country = Pays : { $country }
staff-offer-sound = Son pour les nouvelles propositions
staff-alert-sound = Son pour les nouvelles alertes
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
staff-notice-transferred = La discussion a été transférée à un·e autre conseiller·ère.
staff-role-counsellor = Conseiller·ère
staff-role-coordinator = Coordinateur·rice
staff-role-admin = Administrateur·rice

# Risk level of a conversation.
staff-risk-label = Risque
staff-risk-none = aucun
staff-risk-low = faible
staff-risk-medium = moyen
staff-risk-high = élevé
staff-risk-imminent = danger imminent
staff-risk-imminent-confirm = Danger imminent : toute l’équipe de coordination de permanence est alertée maintenant.
staff-risk-confirm = Alerter la coordination
staff-risk-cancel = Annuler

# Alerts for coordinators.
staff-alerts-heading = Alertes de danger imminent
staff-alert-summary = { $counsellor } · langue : { $language } · depuis { $time }
staff-alert-acknowledge = Je m’en occupe
staff-alert-acknowledged = { $name } s’en occupe

# Private notes.
staff-notes-heading = Notes privées
staff-notes-private = Seule l’équipe voit ces notes, jamais l’enfant.
staff-note-input-label = Nouvelle note
staff-note-add = Ajouter la note
staff-note-transfer = Note de transfert de { $name }
staff-no-notes = Aucune note pour l’instant.

# Transfer.
staff-transfer-heading = Transfert
staff-transfer-to-counsellor = À un·e conseiller·ère (nom d’utilisateur)
staff-transfer-to-language = Vers la file d’une autre langue
staff-transfer-to-coordinator = À un·e coordinateur·rice
staff-transfer-note-label = Note pour la personne qui prend le relais
staff-transfer-button = Transférer
staff-transfer-done = La discussion a été transférée.

# Canned responses.
staff-canned-heading = Réponses prédéfinies
staff-canned-search = Rechercher une réponse prédéfinie
staff-canned-send = Envoyer
staff-canned-missing = Pas encore disponible dans la langue de l’enfant
staff-canned-purpose-greeting = Accueil
staff-canned-purpose-safety = Vérification de la sécurité
staff-canned-purpose-waiting = Attente
staff-canned-purpose-referral = Orientation
staff-canned-purpose-closing = Clôture
staff-canned-coverage-heading = Réponses prédéfinies manquantes par langue
staff-canned-coverage-complete = complet

# Referral directory.
staff-directory-heading = Orienter vers un service
staff-directory-country = Pays
staff-directory-topic = Sujet
staff-directory-language = Langue
staff-directory-open-now = Ouvert maintenant
staff-directory-any = tous
staff-directory-search = Rechercher
staff-directory-empty = Aucun service ne correspond.
staff-directory-eu-wide = Toute l’UE
staff-directory-always-open = 24/7
staff-referral-reason = Motif
staff-referral-child-agreed = L’enfant est d’accord
staff-referral-send = Envoyer à l’enfant

# Wrap-up at the end of a chat.
staff-wrapup-heading = Synthèse
staff-wrapup-categories = Catégories
staff-wrapup-outcome = Issue
staff-wrapup-cross-border = Situation transfrontalière
staff-wrapup-save = Enregistrer la synthèse
staff-wrapup-saved = Synthèse enregistrée.
staff-wrapup-required = Complétez la synthèse de vos discussions terminées pour recevoir de nouvelles propositions.
staff-wrapup-pick-one = Choisissez au moins une catégorie.
staff-outcome-supported = Soutien apporté
staff-outcome-referred = Orientation vers un service
staff-outcome-emergency = Services d’urgence mobilisés
staff-outcome-child_left = L’enfant a quitté la discussion
staff-outcome-non_counselling = Pas un contact d’écoute

# Errors the server can return, as the counsellor reads them.
staff-error-generic = L’action a échoué : { $detail }
staff-error-target_unavailable = Cette personne ou cette file ne peut pas prendre la discussion pour le moment.
staff-error-not_translated = Cette réponse n’est pas encore disponible dans la langue de l’enfant.
staff-error-offer_gone = Un·e autre conseiller·ère a pris en charge cet enfant, ou la proposition a pris fin.

# Conversations handled earlier.
staff-history-heading = Discussions que vous avez menées
staff-history-open = Ouvrir
staff-history-empty = Aucune discussion antérieure.
staff-history-audited = L’ouverture d’une transcription est enregistrée dans le journal d’audit.

# Wrap-up categories (Child Helpline International's taxonomy).
staff-taxonomy-other = non précisé / autre
staff-taxonomy-missing = Enfants disparus
staff-taxonomy-missing-abduction-parental = Enlèvement parental
staff-taxonomy-missing-abduction-criminal = Enlèvement criminel
staff-taxonomy-missing-lost = Perdu ou sans nouvelles
staff-taxonomy-missing-runaway = Fugue
staff-taxonomy-missing-missing-in-migration = Disparition en contexte migratoire
staff-taxonomy-violence = Violence
staff-taxonomy-violence-bullying = Harcèlement
staff-taxonomy-violence-cyberbullying = Cyberharcèlement
staff-taxonomy-violence-forced-marriage = Mariage d’enfants, précoce ou forcé
staff-taxonomy-violence-child-labour = Travail des enfants
staff-taxonomy-violence-fgm = Mutilations génitales féminines
staff-taxonomy-violence-neglect = Négligence
staff-taxonomy-violence-online-sexual-abuse = Abus et exploitation sexuels en ligne
staff-taxonomy-violence-harmful-practices = Autres pratiques traditionnelles préjudiciables
staff-taxonomy-violence-physical = Violence physique
staff-taxonomy-violence-emotional = Violence psychologique ou émotionnelle
staff-taxonomy-violence-sexual = Violence sexuelle
staff-taxonomy-mental-health = Santé mentale
staff-taxonomy-mental-health-substance-use = Conduites addictives et consommation de substances
staff-taxonomy-mental-health-behaviour = Troubles du comportement
staff-taxonomy-mental-health-concerns-about-self = Préoccupations concernant soi-même
staff-taxonomy-mental-health-anger = Colère
staff-taxonomy-mental-health-fear-anxiety = Peur et anxiété
staff-taxonomy-mental-health-mood = Humeur
staff-taxonomy-mental-health-neurodevelopmental = Troubles du neurodéveloppement
staff-taxonomy-mental-health-eating = Comportement alimentaire
staff-taxonomy-mental-health-self-harm = Automutilation
staff-taxonomy-mental-health-suicidal = Idées suicidaires et tentatives de suicide
staff-taxonomy-mental-health-traumatic-distress = Détresse traumatique
staff-taxonomy-physical-health = Santé physique
staff-taxonomy-physical-health-general-medical = Questions médicales générales
staff-taxonomy-physical-health-nutrition = Nutrition
staff-taxonomy-physical-health-pregnancy = Grossesse
staff-taxonomy-physical-health-sexual-reproductive = Santé sexuelle et reproductive
staff-taxonomy-physical-health-hiv-aids = VIH/sida
staff-taxonomy-services = Accès aux services
staff-taxonomy-services-education = Éducation
staff-taxonomy-services-essential-needs = Besoins essentiels
staff-taxonomy-services-healthcare = Soins de santé
staff-taxonomy-services-legal = Juridique
staff-taxonomy-services-mental-health = Services de santé mentale
staff-taxonomy-services-sexual-health = Santé sexuelle
staff-taxonomy-services-socio-economic = Socio-économique
staff-taxonomy-discrimination = Discrimination et exclusion
staff-taxonomy-discrimination-ethnicity-nationality = Origine ethnique ou nationalité
staff-taxonomy-discrimination-financial = Situation financière
staff-taxonomy-discrimination-gender = Genre
staff-taxonomy-discrimination-gender-identity-orientation = Identité de genre ou orientation sexuelle
staff-taxonomy-discrimination-health-disability = Santé ou handicap
staff-taxonomy-discrimination-beliefs = Croyances
staff-taxonomy-family = Relations familiales
staff-taxonomy-peers = Relations avec les pairs
staff-taxonomy-education-occupation = Scolarité et emploi
staff-taxonomy-sexuality = Sexualité
staff-taxonomy-migration = Migration
staff-taxonomy-migration-asylum = Procédure d’asile
staff-taxonomy-migration-unaccompanied = Enfant non accompagné ou séparé
staff-taxonomy-migration-guardianship = Tutelle
staff-taxonomy-migration-reception = Conditions d’accueil
staff-taxonomy-migration-family-reunification = Réunification familiale
staff-taxonomy-migration-age-assessment = Évaluation de l’âge
staff-taxonomy-non-counselling = Contacts hors écoute
staff-taxonomy-non-counselling-about-helpline = Question sur la ligne d’écoute
staff-taxonomy-non-counselling-parent-carer = Question d’un parent ou d’une personne qui s’occupe de l’enfant
staff-taxonomy-non-counselling-complaint = Réclamation
staff-taxonomy-non-counselling-thank-you = Remerciements
staff-taxonomy-non-counselling-prank-silent = Canular ou contact silencieux
