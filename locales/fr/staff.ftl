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
staff-chat-earlier = Voir les messages précédents
staff-chat-log-label = Messages
staff-connection-lost = Connexion perdue. Reconnexion…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } a rejoint la discussion.
staff-notice-ended-by-child = L’enfant a terminé la discussion.
staff-notice-ended-by-counsellor = Vous avez terminé la discussion.
staff-notice-left-queue = L’enfant a été déconnecté trop longtemps et a quitté la file.
staff-notice-language-changed = L’enfant est passé dans une autre file, langue : { $language }.
staff-page-loading = Chargement…
staff-message-input-label = Votre message
staff-send-button = Envoyer
staff-end-button = Terminer la conversation
staff-chat-child-typing = L’enfant écrit…
staff-presence-child-connected = L’enfant est connecté.
staff-presence-child-connection_lost = La connexion de l’enfant a été perdue. Sa place est gardée quelques minutes : il ou elle peut revenir.
staff-presence-child-left = L’enfant a quitté la page du chat (sortie rapide ou page fermée). S’il ou elle revient bientôt, vous le verrez ici.
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
staff-error-child_left = L’enfant est parti avant que vous n’acceptiez : il ou elle n’attend plus.

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

# Vues de la coordination et de l’administration.
staff-views-label = Vues
staff-view-board = Tableau en direct
staff-view-chats = Vos discussions
staff-view-reports = Historique
staff-view-admin = Comptes et réglages
staff-chat-passed-to-you = Une discussion vous a été transférée : ouvrez « Vos discussions ».
staff-request-failed = Le serveur n’a pas répondu. Réessayez.

# Le tableau en direct.
staff-board-alerts-heading = À traiter maintenant
staff-board-alert-label = Alerte :
staff-board-alert-uncovered = { $waiting ->
    [one] Un enfant attend en { $language } et personne de permanence ne parle cette langue.
   *[other] { $waiting } enfants attendent en { $language } et personne de permanence ne parle cette langue.
}
staff-board-alert-long-wait = Un enfant attend depuis { $minutes } min en { $language }.
staff-board-alert-long-wait-seconds = Un enfant attend depuis { $seconds } s en { $language }.
staff-board-alert-left-messages = { $waiting ->
    [one] Un message laissé en { $language } attend une réponse depuis { $hours } h.
   *[other] { $waiting } messages laissés en { $language } attendent une réponse, le plus ancien depuis { $hours } h.
}
staff-board-heading = Langues en ce moment
staff-board-caption = Mis à jour en direct. Niveau de service : part des enfants pris en charge en moins de { $seconds } s.
staff-board-empty = Rien à afficher pour l’instant : aucun enfant n’attend, aucun·e conseiller·ère n’est connecté·e et il n’y a eu aucun contact aujourd’hui.
staff-board-language = Langue
staff-board-waiting = En attente
staff-board-longest-wait = Attente la plus longue (min:s)
staff-board-average-wait = Attente moyenne, dernière heure (min:s)
staff-board-counsellors = Conseiller·ères
staff-board-chats = Discussions en cours
staff-board-last-hour = Dernière heure
staff-board-today = Aujourd’hui
staff-board-answered = Pris en charge
staff-board-abandoned = Abandons
staff-board-service-level = Niveau de service
staff-board-chats-heading = Discussions en cours
staff-board-no-chats = Aucune discussion en cours.
staff-board-chat-summary = { $language } · { $counsellor } · enfant présent depuis { $time }
staff-board-staff-heading = Équipe connectée
staff-board-staff-name = Nom
staff-board-staff-role = Rôle
staff-board-staff-load = Discussions / maximum simultané
staff-board-staff-languages = Langues

# Observer et réattribuer une discussion.
staff-observe-button = Observer
staff-observe-heading = Observation : { $language }
staff-observe-heading-held = Observation : { $language } · avec { $counsellor }
staff-observe-read-only = Lecture seule : vous ne pouvez pas écrire dans cette discussion. La personne qui la mène voit que vous la suivez, l’enfant non. L’observation est enregistrée dans le journal d’audit.
staff-observe-stop = Arrêter l’observation
staff-reassign-heading = Réattribuer
staff-reassign-username = Conseiller·ère (nom d’utilisateur)
staff-reassign-note = Note pour la personne qui prend le relais
staff-reassign-note-required = Écrivez une note pour la personne qui prend le relais.
staff-reassign-button = Réattribuer
staff-reassign-done = La discussion a été réattribuée.
staff-chat-counsellor-label = Conseiller·ère
staff-chat-observed-by = { $name } suit cette discussion (lecture seule).
staff-chat-reassigned-away = La coordination a confié cette discussion à un·e collègue.

# Rapports historiques.
staff-report-heading = Historique
staff-report-from = Du
staff-report-to = Au
staff-report-by = Par
staff-report-by-day = jour
staff-report-by-week = semaine
staff-report-group = Regroupé par
staff-report-group-language = Langue
staff-report-group-category = Catégorie
staff-report-show = Afficher
staff-report-caption-day = Contacts par jour, du { $from } au { $to }
staff-report-caption-week = Contacts par semaine (les semaines commencent le lundi), du { $from } au { $to }
staff-report-day = Jour
staff-report-week = Semaine du
staff-report-contacts = Contacts
staff-report-wait-p50 = Attente médiane
staff-report-wait-p90 = Attente, 90e centile
staff-report-chat-length = Durée moyenne des discussions
staff-report-referrals = Orientations
staff-report-durations = Attentes et durées en minutes:secondes ; « – » quand il n’y a rien à mesurer.
staff-report-no-category = Sans synthèse
staff-report-empty = Aucun contact sur cette période.
staff-report-chart-alt = Diagramme en barres des contacts pris en charge et abandonnés du { $from } au { $to } ; le tableau ci-dessus donne les mêmes chiffres.
staff-report-download = Télécharger le CSV

# Comptes et réglages (administration).
staff-accounts-heading = Comptes de l’équipe
staff-account-new-heading = Nouveau compte
staff-account-username = Nom d’utilisateur
staff-account-username-hint = 1 à 64 caractères : a–z, 0–9, « . », « _ », « - ». Il ne pourra plus être modifié.
staff-account-display-name = Nom affiché
staff-account-role = Rôle
staff-account-languages = Langues
staff-account-max-chats = Discussions simultanées (1–20)
staff-account-max-chats-value = discussions simultanées : { $count }
staff-account-password = Mot de passe
staff-account-password-hint = Au moins 10 caractères.
staff-account-create = Créer le compte
staff-account-created = Compte créé.
staff-account-edit = Modifier
staff-account-save = Enregistrer les modifications
staff-account-saved = Compte modifié ; la modification s’applique immédiatement.
staff-account-disable = Désactiver le compte
staff-account-enable = Réactiver le compte
staff-account-disabled = Compte désactivé.
staff-account-enabled = Compte réactivé.
staff-account-is-disabled = désactivé
staff-account-reset-password = Réinitialiser le mot de passe
staff-account-new-password = Nouveau mot de passe
staff-account-set-password = Définir le nouveau mot de passe
staff-account-password-reset = Mot de passe modifié ; toutes les sessions de ce compte ont été fermées.
staff-settings-heading = Réglages
staff-settings-target = Délai de prise en charge visé (secondes)
staff-settings-target-hint = Les enfants pris en charge dans ce délai comptent pour le niveau de service. De 5 à 3600.
staff-settings-long-wait = Alerte d’attente longue après (secondes)
staff-settings-long-wait-hint = Le tableau lance une alerte quand un enfant attend plus longtemps. De 30 à 86400.
staff-settings-retention = Conserver les transcriptions pendant (jours)
staff-settings-retention-hint = Ensuite, les transcriptions, notes et motifs des discussions terminées sont supprimés ; les chiffres restent pour les rapports. De 1 à 3650.
staff-settings-save = Enregistrer les réglages
staff-settings-saved = Réglages enregistrés.

## Sign-in security
staff-login-too-many = Trop de tentatives. Réessayez à { $time }.
staff-login-expired = Cette connexion a pris trop de temps. Saisissez de nouveau votre mot de passe.
staff-second-factor-heading = Connexion en deux étapes
staff-second-factor-code = Code
staff-second-factor-code-hint = Le code à 6 chiffres que votre application d’authentification affiche maintenant, ou l’un de vos codes de secours.
staff-second-factor-wrong = Ce code est faux ou a déjà été utilisé.
staff-enrol-heading = Activer la connexion en deux étapes
staff-enrol-intro = Votre rôle se connecte avec une deuxième étape : un code d’une application d’authentification sur votre téléphone.
staff-enrol-scan = Scannez ce code QR avec votre application d’authentification, ou saisissez-y la clé ci-dessous.
staff-enrol-qr-alt = Code QR contenant la clé pour votre application d’authentification
staff-enrol-key = Clé :
staff-enrol-confirm = Puis saisissez le code à 6 chiffres affiché par l’application
staff-enrol-button = Confirmer et se connecter
staff-recovery-heading = Vos codes de secours
staff-recovery-intro = Chacun de ces codes vous connecte une fois si vous perdez votre téléphone. Rangez-les en lieu sûr maintenant : ils ne seront plus affichés.
staff-recovery-done = Je les ai enregistrés
staff-recovery-code-used = Vous vous êtes connecté avec un code de secours. Si vous avez perdu votre téléphone, demandez à un administrateur de réinitialiser votre connexion en deux étapes.
staff-account-second-factor-on = connexion en deux étapes activée
staff-account-second-factor-off = sans connexion en deux étapes
staff-account-locked = connexion bloquée jusqu’à { $time }
staff-account-unlock = Débloquer la connexion
staff-account-unlocked = Connexion débloquée.
staff-account-reset-second-factor = Réinitialiser la connexion en deux étapes
staff-account-reset-second-factor-hint = En cas de téléphone perdu : les sessions du compte sont fermées, et sa prochaine connexion configure une nouvelle application d’authentification et de nouveaux codes de secours.
staff-account-reset-second-factor-button = Réinitialiser maintenant
staff-account-second-factor-reset = Connexion en deux étapes réinitialisée ; toutes les sessions de ce compte ont été fermées.
staff-settings-second-factor = Les conseillers se connectent aussi en deux étapes
staff-settings-second-factor-hint = Les coordinateurs et les administrateurs le font toujours. Les conseillers qui ne l’ont pas l’activent à leur prochaine connexion.

## Hostile input

staff-error-control_character = Ce texte contient un caractère de contrôle invisible ; supprimez-le et renvoyez.
staff-bidi-control = Caractère invisible de sens d’écriture { $name } ({ $code }) : affiché ici, non appliqué.
## Abusive contacts
staff-abuse-heading = Terminer pour abus
staff-abuse-hint = Seulement pour les canulars et les abus. L’enfant lit seulement que la discussion est terminée ; un·e coordinateur·rice décide de suspendre ou non les nouvelles discussions depuis ce navigateur.
staff-abuse-reason-label = Motif (lu seulement par les coordinateurs)
staff-abuse-button = Terminer la discussion pour abus
staff-abuse-reported = Discussion terminée. Un·e coordinateur·rice va décider du signalement.
staff-blocks-heading = Contacts abusifs
staff-blocks-today = Discussions terminées pour abus aujourd’hui : { $count }
staff-blocks-pending-heading = Signalements en attente de décision
staff-blocks-active-heading = Navigateurs suspendus en ce moment
staff-blocks-none = Aucun.
staff-blocks-reported = { $language }, signalé par { $name }, { $time }
staff-blocks-decide-by = Expire si personne ne décide avant { $time }.
staff-blocks-until = Suspendu jusqu’à { $time } (confirmé par { $name })
staff-blocks-match-both = Reconnu par son jeton de navigateur et son adresse réseau.
staff-blocks-match-token = Reconnu seulement par son jeton de navigateur.
staff-blocks-match-address = Reconnu seulement par son adresse réseau.
staff-blocks-match-none = Rien ne reconnaît ce navigateur (l’enfant était parti).
staff-blocks-duration = Suspendre les nouvelles discussions pendant
staff-blocks-duration-hour = 1 heure
staff-blocks-duration-day = 1 jour
staff-blocks-duration-3-days = 3 jours
staff-blocks-duration-week = 7 jours
staff-blocks-confirm = Confirmer et suspendre
staff-blocks-reject = Rejeter
staff-blocks-lift = Lever maintenant
staff-blocks-confirmed = Confirmé : les nouvelles discussions depuis ce navigateur sont suspendues.
staff-blocks-rejected = Rejeté : rien n’est suspendu.
staff-blocks-lifted = Levé : ce navigateur peut de nouveau ouvrir des discussions.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = Nouveaux messages ↓
staff-trends-heading = Les quatre dernières heures
staff-trends-since = Connu depuis { $time } : le serveur ne garde aucun chiffre d’avant son démarrage.
staff-trends-waiting = Enfants en attente
staff-trends-longest = Attente la plus longue
staff-trends-summary-waiting = { $language }, enfants en attente de { $from } à { $to } : au plus { $most }, maintenant { $now }.
staff-trends-summary-longest = { $language }, attente la plus longue de { $from } à { $to } : au plus { $most }, maintenant { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = Contacts précédents
staff-case-hint = Cet enfant est revenu avec son code de retour : voici ses conversations précédentes. Laissez l'enfant guider ; demandez avant d'en parler.
staff-case-unanswered = Personne n'a répondu
staff-case-referred = Orienté vers : { $services }
staff-case-transcript-kept = Transcription conservée
staff-case-transcript-purged = Transcription supprimée (durée de conservation)
staff-case-read-transcript = Lire la transcription
staff-case-hide-transcript = Masquer la transcription

## Messages children left while nobody was there
staff-view-left-messages = Messages laissés
staff-left-messages-heading = Messages laissés quand personne n’était là
staff-left-messages-hint = Des enfants ont écrit ces messages quand personne ne parlant leur langue n’était de service. Prenez-en un pour y répondre : l’enfant lit votre réponse tout de suite s’il est encore là, ou plus tard avec son code de retour.
staff-left-messages-none = Aucun message n’attend de réponse.
staff-left-message-when = Laissé il y a { $waited } · { $moment }
staff-left-waited-under-a-minute = moins d’une minute
staff-left-waited-minutes = { $minutes } min
staff-left-waited-hours = { $hours } h { $minutes } min
staff-left-waited-days = { $days } j { $hours } h
staff-left-message-also-reads = Lit aussi : { $languages }
staff-left-message-returning = Enfant qui revient : il ou elle nous a déjà parlé.
staff-left-message-take = Prendre et répondre
staff-left-message-taken-elsewhere = Quelqu’un d’autre a pris ce message avant vous.
staff-left-message-gone = Ce message n’attend plus : quelqu’un y a répondu, ou l’enfant l’a effacé.
staff-board-left-messages = Messages laissés
staff-board-left-messages-cell = { $count }, le plus ancien : { $oldest }

## Passer un cas à une ligne d’écoute partenaire dans un autre pays
staff-error-unknown_partner = Cette ligne partenaire n’est plus configurée ici.
staff-error-no_consent = L’enfant n’a pas accepté ce passage de relais (ou a accepté moins que ce qu’il enverrait).
staff-error-handover_gone = Quelqu’un d’autre a déjà répondu à ce passage de relais.
staff-handover-heading = Passer le relais à une ligne partenaire
staff-handover-hint = Avec l’accord de l’enfant, envoyez son cas à une ligne d’écoute d’un autre pays, pour qu’il ou elle n’ait pas à tout raconter de nouveau.
staff-handover-partner = Ligne partenaire
staff-handover-partner-option = { $name } ({ $countries } ; { $languages })
staff-handover-partners-speaking = Parlent { $language }
staff-handover-partners-other = Autres partenaires
staff-handover-include-chat = Inclure la conversation elle-même
staff-handover-ask = Demander à l’enfant
staff-handover-ask-again = Redemander à l’enfant
staff-handover-consent-asked = Demandé à { $asked } : en attente de la réponse de l’enfant.
staff-handover-consent-yes = L’enfant a dit oui à { $answered } (demandé à { $asked }).
staff-handover-consent-yes-chat = L’enfant a dit oui, conversation comprise, à { $answered } (demandé à { $asked }).
staff-handover-consent-summary-only = L’enfant a dit oui au résumé mais pas à la conversation, à { $answered } (demandé à { $asked }).
staff-handover-consent-no = L’enfant a dit non à { $answered } (demandé à { $asked }).
staff-handover-summary-heading = Résumé pour le partenaire
staff-handover-write-plainly = Écrivez simplement, en phrases courtes, sans abréviations ni argot : la personne qui lit ne connaît peut-être pas bien votre langue et peut la traduire.
staff-handover-categories = Catégories
staff-handover-risk = Risque
staff-handover-languages = Les langues de l’enfant
staff-handover-add-language = Ajouter une langue
staff-handover-add-language-none = Choisir…
staff-handover-remove-language = Retirer { $language }
staff-handover-country = Pays où se trouve l’enfant
staff-handover-country-unknown = Inconnu
staff-handover-what-happened = Ce qui s’est passé
staff-handover-child-wants = Ce que l’enfant souhaite
staff-handover-done-so-far = Ce que nous avons déjà fait
staff-handover-referrals = Services vers lesquels l’enfant a été orienté
staff-handover-add-referral = Un autre service, par son nom
staff-handover-add = Ajouter
staff-handover-problem-what-happened = Dites ce qui s’est passé.
staff-handover-problem-child-wants = Dites ce que l’enfant souhaite.
staff-handover-problem-too-long = Un texte est trop long : chacun peut contenir environ 4 000 caractères.
staff-handover-problem-language = Indiquez au moins une langue.
staff-handover-problem-reason = Dites pourquoi cela ne peut pas attendre le consentement de l’enfant.
staff-handover-problem-invalid = Quelque chose dans le résumé ne peut pas être envoyé tel quel : vérifiez les catégories, les langues et les services.
staff-handover-ask-first = Demandez d’abord à l’enfant : le cas ne part que s’il ou elle dit oui.
staff-handover-waiting-answer = Envoyez une fois que l’enfant a répondu oui.
staff-handover-refused = L’enfant a dit non : rien ne part vers ce partenaire.
staff-handover-goes-with-chat = Le résumé et la conversation partent.
staff-handover-goes-summary-only = Seul le résumé part, pas la conversation.
staff-handover-on-its-way = Envoyé : son statut est ci-dessous.
staff-handover-answer-used = Cette réponse a déjà servi pour un relais : redemandez à l’enfant pour envoyer de nouveau.
staff-handover-send = Envoyer à { $partner }
staff-handover-without-consent-heading = Envoyer sans consentement (danger imminent)
staff-handover-without-consent-hint = Seulement quand l’enfant est en danger imminent et que le cas ne peut pas attendre son consentement. L’enfant est informé de l’envoi, la conversation elle-même ne part pas, et le journal d’audit garde votre raison.
staff-handover-without-consent-reason = Pourquoi cela ne peut pas attendre
staff-handover-without-consent-send = Envoyer sans consentement
staff-handover-without-consent-confirm = Envoyer le cas de cet enfant à { $partner } sans son consentement ?
staff-handover-confirm = Oui, l’envoyer
staff-handover-cancel = Annuler
staff-handover-sent-heading = Relais envoyés
staff-handover-status-sending = Envoi à { $partner }…
staff-handover-status-delivered = { $partner } l’a reçu et répondra.
staff-handover-status-failed = Non remis à { $partner } : { $reason }
staff-handover-status-accepted = Accepté par { $partner }.
staff-handover-status-accepted-by = Accepté par { $name } chez { $partner }.
staff-handover-status-declined = Refusé par { $partner } : { $reason }
staff-handover-status-declined-by = Refusé par { $name } chez { $partner } : { $reason }
staff-handover-status-transferred = L’enfant a continué avec { $partner }.
staff-handover-sent-at = Envoyé à { $time } · { $what }
staff-handover-sent-with-chat = résumé et conversation
staff-handover-sent-summary-only = résumé seul
staff-handover-sent-without-consent = sans le consentement de l’enfant
staff-handover-send-again = Envoyer de nouveau
staff-view-handovers = Relais reçus
staff-handovers-in-heading = Relais des lignes partenaires
staff-handovers-in-hint = Des lignes d’écoute partenaires d’autres pays envoient ces cas avec le consentement de l’enfant (ou, en cas de danger imminent, sans lui). Acceptez-en un pour prendre le cas en charge ; refusez avec une raison que le partenaire lira.
staff-handovers-in-none = Aucun relais n’attend de réponse.
staff-handover-in-from = De { $partner } · { $language } · il y a { $waited } · { $moment }
staff-handover-in-child-in-chat = L’enfant est encore dans la conversation : acceptez maintenant et il ou elle vient directement vers vous.
staff-handover-in-consent-child = L’enfant a accepté sur sa page, interrogé en { $language }, à { $time }.
staff-handover-in-consent-imminent = Envoyé sans le consentement de l’enfant, en raison d’un danger imminent :
staff-handover-in-risk = Risque : { $risk }
staff-handover-in-categories = Catégories : { $categories }
staff-handover-in-languages = Langues : { $languages }
staff-handover-in-country = Pays : { $country }
staff-handover-in-referrals = Orienté vers : { $services }
staff-handover-in-transcript = La conversation, telle que l’enfant a accepté de la partager (messages : { $count })
staff-handover-in-author-child = Enfant
staff-handover-in-author-counsellor = Écoutant·e
staff-handover-in-author-system = Bridgeline
staff-handover-accept = Accepter
staff-handover-decline = Refuser
staff-handover-decline-reason = Pourquoi vous refusez (le partenaire le lira)
staff-handover-decline-reason-needed = Dites pourquoi vous refusez : le partenaire en a besoin pour aider l’enfant autrement.
staff-handover-decline-send = Refuser avec cette raison
staff-handover-accepted = Accepté : le cas est à vous, et l’enfant vient vers vous s’il ou elle est encore dans la conversation.
staff-handover-declined = Refusé : le partenaire est informé de la raison.
staff-handover-answered-elsewhere = Quelqu’un d’autre a déjà répondu à ce relais.
staff-handover-context-heading = Relais de { $partner }
staff-handover-context-hint = L’histoire de l’enfant telle que le partenaire l’a envoyée : inutile de lui demander de la raconter de nouveau.
staff-handover-context-received = Reçu à { $time }
