# Texte der Beratungskonsole.
# Entwurf (Deutsch), wartet auf Prüfung durch eine Person mit Deutsch als Muttersprache.

staff-page-title = Bridgeline – Beratung
staff-login-heading = Anmelden
staff-login-username = Benutzername
staff-login-password = Passwort
staff-login-button = Anmelden
staff-login-failed = Benutzername oder Passwort ist falsch.
staff-logout-button = Abmelden

staff-status-label = Status
staff-status-available = Verfügbar
staff-status-busy = Beschäftigt
staff-status-away = Abwesend

staff-offers-heading = Kinder, die auf Sie warten
staff-offer-summary = Sprache: { $language } · wartet seit { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}
staff-offer-accept = Annehmen
staff-offer-decline = Ablehnen
staff-no-offers = Derzeit wartet kein Kind auf Sie.

staff-chats-heading = Ihre Chats
staff-no-chats = Keine offenen Chats.
staff-chat-language = Sprache: { $language }
staff-chat-child-label = Kind
staff-chat-you-label = Sie
staff-chat-ended = Dieser Chat ist beendet.
staff-chat-close = Schließen
staff-connection-lost = Verbindung unterbrochen. Neue Verbindung wird aufgebaut…

# Systemhinweise, wie die Beraterin oder der Berater sie liest.
staff-notice-counsellor-joined = { $name } ist dem Chat beigetreten.
staff-notice-ended-by-child = Das Kind hat den Chat beendet.
staff-notice-ended-by-counsellor = Sie haben den Chat beendet.
staff-notice-left-queue = Das Kind war zu lange nicht verbunden und hat die Warteschlange verlassen.
staff-notice-language-changed = Das Kind ist in die Warteschlange für { $language } gewechselt.
staff-page-loading = Wird geladen…
staff-message-input-label = Ihre Nachricht
staff-send-button = Senden
staff-end-button = Chat beenden
staff-chat-child-typing = Das Kind schreibt…
staff-chat-status-read = Gelesen
staff-notice-counsellor-left = Sie waren zu lange nicht verbunden; das Kind ist wieder in der Warteschlange.

# Die Anfragekarte: was das Kind vor dem Chat angegeben hat.
staff-offer-topics = Themen: { $topics }
staff-offer-age = Alter: { $age }
staff-offer-country = Land: { $country }
staff-offer-sound = Ton bei neuen Anfragen
staff-shortcuts-help = Alt+1…9: zu einem Chat wechseln · Alt+↑/↓: vorheriger oder nächster Chat · Alt+A: erste Anfrage annehmen
staff-topic-family = Familie
staff-topic-friends = Freundschaft
staff-topic-bullying = Mobbing
staff-topic-violence = Gewalt
staff-topic-feelings = Gefühle, psychische Gesundheit
staff-topic-body = Körper und Gesundheit
staff-topic-school = Schule oder Arbeit
staff-topic-love = Liebe und Sexualität
staff-topic-online = Internet
staff-topic-migration = Migration, Asyl
staff-topic-missing = Verschwinden, Weglaufen
staff-topic-other = Sonstiges
staff-age-under-10 = unter 10 Jahren
staff-age-10-12 = 10–12 Jahre
staff-age-13-15 = 13–15 Jahre
staff-age-16-17 = 16–17 Jahre
staff-age-18-plus = 18 Jahre oder älter
