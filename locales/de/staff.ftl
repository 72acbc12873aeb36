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
staff-chat-earlier = Frühere Nachrichten zeigen
staff-chat-log-label = Nachrichten
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
staff-presence-child-connected = Das Kind ist verbunden.
staff-presence-child-connection_lost = Die Verbindung des Kindes ist abgebrochen. Sein Platz bleibt einige Minuten erhalten: Es kann zurückkommen.
staff-presence-child-left = Das Kind hat die Chatseite verlassen (Schnellausstieg oder Seite geschlossen). Kommt es bald zurück, sehen Sie es hier.
staff-chat-status-read = Gelesen
staff-line-canned = Textbaustein
staff-line-referral = Vermittlung gesendet
staff-notice-counsellor-left = Sie waren zu lange nicht verbunden; das Kind ist wieder in der Warteschlange.

# Die Anfragekarte: was das Kind vor dem Chat angegeben hat.
staff-offer-topics = Themen: { $topics }
staff-offer-age = Alter: { $age }
staff-offer-country = Land: { $country }
staff-offer-sound = Ton bei neuen Anfragen
staff-alert-sound = Ton bei neuen Alarmen
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
staff-notice-transferred = Der Chat wurde an eine andere Beratungsperson übergeben.
staff-role-counsellor = Beratung
staff-role-coordinator = Koordination
staff-role-admin = Administration

# Risikostufe eines Gesprächs.
staff-risk-label = Risiko
staff-risk-none = keins
staff-risk-low = gering
staff-risk-medium = mittel
staff-risk-high = hoch
staff-risk-imminent = akute Gefahr
staff-risk-imminent-confirm = Akute Gefahr: Die gesamte diensthabende Koordination wird jetzt alarmiert.
staff-risk-confirm = Koordination alarmieren
staff-risk-cancel = Abbrechen

# Alarme für die Koordination.
staff-alerts-heading = Alarme bei akuter Gefahr
staff-alert-summary = { $counsellor } · Sprache: { $language } · seit { $time }
staff-alert-acknowledge = Ich übernehme
staff-alert-acknowledged = { $name } übernimmt

# Interne Notizen.
staff-notes-heading = Interne Notizen
staff-notes-private = Nur das Team sieht diese Notizen, niemals das Kind.
staff-note-input-label = Neue Notiz
staff-note-add = Notiz hinzufügen
staff-note-transfer = Übergabenotiz von { $name }
staff-no-notes = Noch keine Notizen.

# Übergabe.
staff-transfer-heading = Übergabe
staff-transfer-to-counsellor = An eine Beratungsperson (Benutzername)
staff-transfer-to-language = In die Warteschlange einer anderen Sprache
staff-transfer-to-coordinator = An die Koordination
staff-transfer-note-label = Notiz für die übernehmende Person
staff-transfer-button = Übergeben
staff-transfer-done = Der Chat wurde übergeben.

# Textbausteine.
staff-canned-heading = Textbausteine
staff-canned-search = Textbausteine durchsuchen
staff-canned-send = Senden
staff-canned-missing = Noch nicht in der Sprache des Kindes
staff-canned-purpose-greeting = Begrüßung
staff-canned-purpose-safety = Sicherheitsabfrage
staff-canned-purpose-waiting = Warten
staff-canned-purpose-referral = Weitervermittlung
staff-canned-purpose-closing = Abschluss
staff-canned-coverage-heading = Fehlende Textbausteine je Sprache
staff-canned-coverage-complete = vollständig

# Verzeichnis der Hilfsangebote.
staff-directory-heading = An ein Hilfsangebot vermitteln
staff-directory-country = Land
staff-directory-topic = Thema
staff-directory-language = Sprache
staff-directory-open-now = Jetzt erreichbar
staff-directory-any = alle
staff-directory-search = Suchen
staff-directory-empty = Kein passendes Angebot.
staff-directory-eu-wide = EU-weit
staff-directory-always-open = 24/7
staff-referral-reason = Anlass
staff-referral-child-agreed = Das Kind ist einverstanden
staff-referral-send = An das Kind senden

# Nachbereitung am Ende eines Chats.
staff-wrapup-heading = Nachbereitung
staff-wrapup-categories = Kategorien
staff-wrapup-outcome = Ergebnis
staff-wrapup-cross-border = Der Fall ist grenzüberschreitend
staff-wrapup-save = Nachbereitung speichern
staff-wrapup-saved = Nachbereitung gespeichert.
staff-wrapup-required = Schließen Sie die Nachbereitung Ihrer beendeten Chats ab, um neue Anfragen zu erhalten.
staff-wrapup-pick-one = Wählen Sie mindestens eine Kategorie.
staff-outcome-supported = Unterstützt
staff-outcome-referred = Weitervermittelt
staff-outcome-emergency = Notdienste eingeschaltet
staff-outcome-child_left = Das Kind hat den Chat verlassen
staff-outcome-non_counselling = Kein Beratungskontakt

# Fehler, die der Server melden kann, wie die Beraterin oder der Berater sie liest.
staff-error-generic = Das hat nicht funktioniert: { $detail }
staff-error-target_unavailable = Diese Person oder Warteschlange kann den Chat gerade nicht übernehmen.
staff-error-not_translated = Dieser Textbaustein liegt noch nicht in der Sprache des Kindes vor.
staff-error-offer_gone = Eine andere Beratungsperson hat das Kind übernommen, oder die Anfrage ist nicht mehr aktiv.
staff-error-child_left = Das Kind ist gegangen, bevor Sie angenommen haben: Es wartet nicht mehr.

# Frühere Gespräche.
staff-history-heading = Ihre bisherigen Chats
staff-history-open = Öffnen
staff-history-empty = Keine früheren Chats.
staff-history-audited = Das Öffnen eines Verlaufs wird im Audit-Protokoll festgehalten.

# Kategorien der Nachbereitung (Taxonomie von Child Helpline International).
staff-taxonomy-other = nicht näher bestimmt / Sonstiges
staff-taxonomy-missing = Vermisste Kinder
staff-taxonomy-missing-abduction-parental = Kindesentziehung durch einen Elternteil
staff-taxonomy-missing-abduction-criminal = Entführung durch Dritte
staff-taxonomy-missing-lost = Verirrt oder Verbleib unbekannt
staff-taxonomy-missing-runaway = Weglaufen
staff-taxonomy-missing-missing-in-migration = Vermisst im Migrationskontext
staff-taxonomy-violence = Gewalt
staff-taxonomy-violence-bullying = Mobbing
staff-taxonomy-violence-cyberbullying = Cybermobbing
staff-taxonomy-violence-forced-marriage = Kinderheirat, Frühverheiratung oder Zwangsheirat
staff-taxonomy-violence-child-labour = Kinderarbeit
staff-taxonomy-violence-fgm = Weibliche Genitalverstümmelung
staff-taxonomy-violence-neglect = Vernachlässigung
staff-taxonomy-violence-online-sexual-abuse = Sexueller Missbrauch und sexuelle Ausbeutung im Internet
staff-taxonomy-violence-harmful-practices = Andere schädliche traditionelle Praktiken
staff-taxonomy-violence-physical = Körperliche Gewalt
staff-taxonomy-violence-emotional = Psychische oder emotionale Gewalt
staff-taxonomy-violence-sexual = Sexualisierte Gewalt
staff-taxonomy-mental-health = Psychische Gesundheit
staff-taxonomy-mental-health-substance-use = Suchtverhalten und Substanzkonsum
staff-taxonomy-mental-health-behaviour = Verhaltensauffälligkeiten
staff-taxonomy-mental-health-concerns-about-self = Sorgen um sich selbst
staff-taxonomy-mental-health-anger = Wut
staff-taxonomy-mental-health-fear-anxiety = Furcht und Angst
staff-taxonomy-mental-health-mood = Stimmung
staff-taxonomy-mental-health-neurodevelopmental = Neuronale Entwicklungsstörungen
staff-taxonomy-mental-health-eating = Essverhalten
staff-taxonomy-mental-health-self-harm = Selbstverletzung
staff-taxonomy-mental-health-suicidal = Suizidgedanken und Suizidversuche
staff-taxonomy-mental-health-traumatic-distress = Traumatische Belastung
staff-taxonomy-physical-health = Körperliche Gesundheit
staff-taxonomy-physical-health-general-medical = Allgemeinmedizinisches
staff-taxonomy-physical-health-nutrition = Ernährung
staff-taxonomy-physical-health-pregnancy = Schwangerschaft
staff-taxonomy-physical-health-sexual-reproductive = Sexuelle und reproduktive Gesundheit
staff-taxonomy-physical-health-hiv-aids = HIV/Aids
staff-taxonomy-services = Zugang zu Leistungen
staff-taxonomy-services-education = Bildung
staff-taxonomy-services-essential-needs = Grundbedürfnisse
staff-taxonomy-services-healthcare = Gesundheitsversorgung
staff-taxonomy-services-legal = Rechtliches
staff-taxonomy-services-mental-health = Psychosoziale Versorgung
staff-taxonomy-services-sexual-health = Sexuelle Gesundheit
staff-taxonomy-services-socio-economic = Sozioökonomisches
staff-taxonomy-discrimination = Diskriminierung und Ausgrenzung
staff-taxonomy-discrimination-ethnicity-nationality = Ethnische Herkunft oder Staatsangehörigkeit
staff-taxonomy-discrimination-financial = Finanzielle Situation
staff-taxonomy-discrimination-gender = Geschlecht
staff-taxonomy-discrimination-gender-identity-orientation = Geschlechtsidentität oder sexuelle Orientierung
staff-taxonomy-discrimination-health-disability = Gesundheit oder Behinderung
staff-taxonomy-discrimination-beliefs = Religion oder Weltanschauung
staff-taxonomy-family = Familienbeziehungen
staff-taxonomy-peers = Beziehungen zu Gleichaltrigen
staff-taxonomy-education-occupation = Schule, Ausbildung und Beruf
staff-taxonomy-sexuality = Sexualität
staff-taxonomy-migration = Migration
staff-taxonomy-migration-asylum = Asylverfahren
staff-taxonomy-migration-unaccompanied = Unbegleitetes oder von der Familie getrenntes Kind
staff-taxonomy-migration-guardianship = Vormundschaft
staff-taxonomy-migration-reception = Aufnahmebedingungen
staff-taxonomy-migration-family-reunification = Familienzusammenführung
staff-taxonomy-migration-age-assessment = Altersfeststellung
staff-taxonomy-non-counselling = Kontakte ohne Beratung
staff-taxonomy-non-counselling-about-helpline = Frage zum Beratungsangebot
staff-taxonomy-non-counselling-parent-carer = Frage eines Elternteils oder einer Betreuungsperson
staff-taxonomy-non-counselling-complaint = Beschwerde
staff-taxonomy-non-counselling-thank-you = Dank
staff-taxonomy-non-counselling-prank-silent = Scherz- oder Schweigekontakt

# Ansichten der Koordination und Administration.
staff-views-label = Ansichten
staff-view-board = Live-Übersicht
staff-view-chats = Ihre Chats
staff-view-reports = Verlauf
staff-view-admin = Konten und Einstellungen
staff-chat-passed-to-you = Ein Chat wurde an Sie übergeben: Öffnen Sie „Ihre Chats“.
staff-request-failed = Der Server hat nicht geantwortet. Versuchen Sie es erneut.

# Die Live-Übersicht.
staff-board-alerts-heading = Jetzt handeln
staff-board-alert-label = Alarm:
staff-board-alert-uncovered = { $waiting ->
    [one] Ein Kind wartet auf { $language } und niemand im Dienst spricht die Sprache.
   *[other] { $waiting } Kinder warten auf { $language } und niemand im Dienst spricht die Sprache.
}
staff-board-alert-long-wait = Ein Kind wartet seit { $minutes } Min. auf { $language }.
staff-board-alert-long-wait-seconds = Ein Kind wartet seit { $seconds } s auf { $language }.
staff-board-alert-left-messages = { $waiting ->
    [one] Eine hinterlassene Nachricht auf { $language } wartet seit { $hours } Std. auf Antwort.
   *[other] { $waiting } hinterlassene Nachrichten auf { $language } warten auf Antwort, die älteste seit { $hours } Std.
}
staff-board-heading = Sprachen jetzt
staff-board-caption = Live aktualisiert. Servicelevel: Anteil der Kinder, die innerhalb von { $seconds } s angenommen wurden.
staff-board-empty = Noch nichts anzuzeigen: Kein Kind wartet, niemand aus der Beratung ist angemeldet, und heute gab es keine Kontakte.
staff-board-language = Sprache
staff-board-waiting = Wartend
staff-board-longest-wait = Längste Wartezeit jetzt (min:s)
staff-board-average-wait = Mittlere Wartezeit, letzte Stunde (min:s)
staff-board-counsellors = Beratung
staff-board-chats = Laufende Chats
staff-board-last-hour = Letzte Stunde
staff-board-today = Heute
staff-board-answered = Angenommen
staff-board-abandoned = Abgebrochen
staff-board-service-level = Servicelevel
staff-board-chats-heading = Laufende Chats
staff-board-no-chats = Gerade läuft kein Chat.
staff-board-chat-summary = { $language } · { $counsellor } · Kind da seit { $time }
staff-board-staff-heading = Angemeldetes Team
staff-board-staff-name = Name
staff-board-staff-role = Rolle
staff-board-staff-load = Chats / höchstens gleichzeitig
staff-board-staff-languages = Sprachen

# Einen Chat beobachten und neu zuweisen.
staff-observe-button = Beobachten
staff-observe-heading = Beobachtung: { $language }
staff-observe-heading-held = Beobachtung: { $language } · mit { $counsellor }
staff-observe-read-only = Nur lesen: Sie können in diesem Chat nicht schreiben. Die Beratungsperson sieht, dass Sie mitlesen, das Kind nicht. Die Beobachtung wird im Audit-Protokoll festgehalten.
staff-observe-stop = Beobachtung beenden
staff-reassign-heading = Neu zuweisen
staff-reassign-username = Beratungsperson (Benutzername)
staff-reassign-note = Notiz für die übernehmende Person
staff-reassign-note-required = Schreiben Sie eine Notiz für die übernehmende Person.
staff-reassign-button = Neu zuweisen
staff-reassign-done = Der Chat wurde neu zugewiesen.
staff-chat-counsellor-label = Beratung
staff-chat-observed-by = { $name } liest in diesem Chat mit (nur lesend).
staff-chat-reassigned-away = Die Koordination hat diesen Chat an eine Kollegin oder einen Kollegen übergeben.

# Auswertungen.
staff-report-heading = Verlauf
staff-report-from = Von
staff-report-to = Bis
staff-report-by = Je
staff-report-by-day = Tag
staff-report-by-week = Woche
staff-report-group = Gruppiert nach
staff-report-group-language = Sprache
staff-report-group-category = Kategorie
staff-report-show = Anzeigen
staff-report-caption-day = Kontakte je Tag, { $from } bis { $to }
staff-report-caption-week = Kontakte je Woche (Wochen beginnen am Montag), { $from } bis { $to }
staff-report-day = Tag
staff-report-week = Woche ab
staff-report-contacts = Kontakte
staff-report-wait-p50 = Median der Wartezeit
staff-report-wait-p90 = Wartezeit, 90. Perzentil
staff-report-chat-length = Mittlere Chatdauer
staff-report-referrals = Vermittlungen
staff-report-durations = Wartezeiten und Chatdauern in Minuten:Sekunden; „–“, wo es nichts zu messen gibt.
staff-report-no-category = Ohne Nachbereitung
staff-report-empty = Keine Kontakte in diesem Zeitraum.
staff-report-chart-alt = Balkendiagramm der angenommenen und abgebrochenen Kontakte von { $from } bis { $to }; die Tabelle oben enthält dieselben Zahlen.
staff-report-download = CSV herunterladen

# Konten und Einstellungen (Administration).
staff-accounts-heading = Konten des Teams
staff-account-new-heading = Neues Konto
staff-account-username = Benutzername
staff-account-username-hint = 1 bis 64 Zeichen: a–z, 0–9, „.“, „_“, „-“. Er kann später nicht geändert werden.
staff-account-display-name = Angezeigter Name
staff-account-role = Rolle
staff-account-languages = Sprachen
staff-account-max-chats = Chats gleichzeitig (1–20)
staff-account-max-chats-value = Chats gleichzeitig: { $count }
staff-account-password = Passwort
staff-account-password-hint = Mindestens 10 Zeichen.
staff-account-create = Konto anlegen
staff-account-created = Konto angelegt.
staff-account-edit = Ändern
staff-account-save = Änderungen speichern
staff-account-saved = Konto geändert; die Änderung gilt sofort.
staff-account-disable = Konto sperren
staff-account-enable = Konto entsperren
staff-account-disabled = Konto gesperrt.
staff-account-enabled = Konto entsperrt.
staff-account-is-disabled = gesperrt
staff-account-reset-password = Passwort zurücksetzen
staff-account-new-password = Neues Passwort
staff-account-set-password = Neues Passwort festlegen
staff-account-password-reset = Passwort geändert; alle Sitzungen dieses Kontos wurden beendet.
staff-settings-heading = Einstellungen
staff-settings-target = Ziel-Annahmezeit (Sekunden)
staff-settings-target-hint = Kinder, die innerhalb dieser Zeit angenommen werden, zählen zum Servicelevel. 5 bis 3600.
staff-settings-long-wait = Alarm bei langer Wartezeit nach (Sekunden)
staff-settings-long-wait-hint = Die Übersicht löst einen Alarm aus, wenn ein Kind länger wartet. 30 bis 86400.
staff-settings-retention = Verläufe aufbewahren (Tage)
staff-settings-retention-hint = Danach werden Verläufe, Notizen und Anlässe beendeter Chats gelöscht; die Zahlen bleiben für Auswertungen. 1 bis 3650.
staff-settings-save = Einstellungen speichern
staff-settings-saved = Einstellungen gespeichert.

## Sign-in security
staff-login-too-many = Zu viele Versuche. Versuchen Sie es um { $time } erneut.
staff-login-expired = Diese Anmeldung hat zu lange gedauert. Geben Sie Ihr Passwort erneut ein.
staff-second-factor-heading = Anmeldung in zwei Schritten
staff-second-factor-code = Code
staff-second-factor-code-hint = Der 6-stellige Code, den Ihre Authenticator-App gerade anzeigt, oder einer Ihrer Wiederherstellungscodes.
staff-second-factor-wrong = Dieser Code ist falsch oder wurde schon verwendet.
staff-enrol-heading = Anmeldung in zwei Schritten einrichten
staff-enrol-intro = Ihre Rolle meldet sich mit einem zweiten Schritt an: einem Code aus einer Authenticator-App auf Ihrem Telefon.
staff-enrol-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App, oder geben Sie dort den Schlüssel unten ein.
staff-enrol-qr-alt = QR-Code mit dem Schlüssel für Ihre Authenticator-App
staff-enrol-key = Schlüssel:
staff-enrol-confirm = Geben Sie dann den 6-stelligen Code ein, den die App anzeigt
staff-enrol-button = Bestätigen und anmelden
staff-recovery-heading = Ihre Wiederherstellungscodes
staff-recovery-intro = Jeder dieser Codes meldet Sie einmal an, falls Sie Ihr Telefon verlieren. Bewahren Sie sie jetzt sicher auf: Sie werden nicht noch einmal angezeigt.
staff-recovery-done = Ich habe sie gespeichert
staff-recovery-code-used = Sie haben sich mit einem Wiederherstellungscode angemeldet. Wenn Sie Ihr Telefon verloren haben, bitten Sie eine Administratorin oder einen Administrator, Ihre Anmeldung in zwei Schritten zurückzusetzen.
staff-account-second-factor-on = Anmeldung in zwei Schritten aktiv
staff-account-second-factor-off = keine Anmeldung in zwei Schritten
staff-account-locked = Anmeldung gesperrt bis { $time }
staff-account-unlock = Anmeldung entsperren
staff-account-unlocked = Anmeldung entsperrt.
staff-account-reset-second-factor = Anmeldung in zwei Schritten zurücksetzen
staff-account-reset-second-factor-hint = Bei verlorenem Telefon: Die Sitzungen des Kontos enden, und bei der nächsten Anmeldung werden eine neue Authenticator-App und neue Wiederherstellungscodes eingerichtet.
staff-account-reset-second-factor-button = Jetzt zurücksetzen
staff-account-second-factor-reset = Anmeldung in zwei Schritten zurückgesetzt; alle Sitzungen dieses Kontos wurden beendet.
staff-settings-second-factor = Auch Beraterinnen und Berater melden sich in zwei Schritten an
staff-settings-second-factor-hint = Koordination und Administration tun das immer. Wer es noch nicht hat, richtet es bei der nächsten Anmeldung ein.

## Hostile input

staff-error-control_character = Dieser Text enthält ein unsichtbares Steuerzeichen; entfernen Sie es und senden Sie erneut.
staff-bidi-control = Verborgenes Schreibrichtungszeichen { $name } ({ $code }): hier angezeigt, nicht angewendet.
## Abusive contacts
staff-abuse-heading = Als missbräuchlich beenden
staff-abuse-hint = Nur bei Scherzanrufen und Beleidigungen. Das Kind liest nur, dass der Chat beendet ist; eine Koordinatorin oder ein Koordinator entscheidet, ob neue Chats aus diesem Browser pausiert werden.
staff-abuse-reason-label = Grund (nur für Koordination sichtbar)
staff-abuse-button = Chat als missbräuchlich beenden
staff-abuse-reported = Chat beendet. Die Koordination entscheidet über die Meldung.
staff-blocks-heading = Missbräuchliche Kontakte
staff-blocks-today = Heute als missbräuchlich beendete Chats: { $count }
staff-blocks-pending-heading = Meldungen, die auf eine Entscheidung warten
staff-blocks-active-heading = Jetzt pausierte Browser
staff-blocks-none = Keine.
staff-blocks-reported = { $language }, gemeldet von { $name }, { $time }
staff-blocks-decide-by = Verfällt, wenn bis { $time } niemand entscheidet.
staff-blocks-until = Pausiert bis { $time } (bestätigt von { $name })
staff-blocks-match-both = Erkannt an seinem Browser-Token und seiner Netzwerkadresse.
staff-blocks-match-token = Nur an seinem Browser-Token erkannt.
staff-blocks-match-address = Nur an seiner Netzwerkadresse erkannt.
staff-blocks-match-none = Nichts erkennt diesen Browser wieder (das Kind war schon weg).
staff-blocks-duration = Neue Chats pausieren für
staff-blocks-duration-hour = 1 Stunde
staff-blocks-duration-day = 1 Tag
staff-blocks-duration-3-days = 3 Tage
staff-blocks-duration-week = 7 Tage
staff-blocks-confirm = Bestätigen und pausieren
staff-blocks-reject = Ablehnen
staff-blocks-lift = Jetzt aufheben
staff-blocks-confirmed = Bestätigt: Neue Chats aus diesem Browser sind pausiert.
staff-blocks-rejected = Abgelehnt: Nichts ist pausiert.
staff-blocks-lifted = Aufgehoben: Dieser Browser kann wieder Chats beginnen.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = Neue Nachrichten ↓
staff-trends-heading = Die letzten vier Stunden
staff-trends-since = Bekannt seit { $time }: Der Server hat keine Zahlen von vor seinem Start.
staff-trends-waiting = Wartende Kinder
staff-trends-longest = Längste Wartezeit
staff-trends-summary-waiting = { $language }, wartende Kinder von { $from } bis { $to }: höchstens { $most }, jetzt { $now }.
staff-trends-summary-longest = { $language }, längste Wartezeit von { $from } bis { $to }: höchstens { $most }, jetzt { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = Frühere Kontakte
staff-case-hint = Dieses Kind ist mit seinem Rückkehrcode zurückgekommen: Das sind seine früheren Chats. Lass das Kind führen; frag, bevor du sie ansprichst.
staff-case-unanswered = Niemand hat geantwortet
staff-case-referred = Weitervermittelt an: { $services }
staff-case-transcript-kept = Verlauf gespeichert
staff-case-transcript-purged = Verlauf gelöscht (Aufbewahrungsfrist)
staff-case-read-transcript = Verlauf lesen
staff-case-hide-transcript = Verlauf ausblenden

## Messages children left while nobody was there
staff-view-left-messages = Hinterlassene Nachrichten
staff-left-messages-heading = Nachrichten, hinterlassen, als niemand da war
staff-left-messages-hint = Kinder haben diese Nachrichten geschrieben, als niemand im Dienst war, der ihre Sprache spricht. Übernehmen Sie eine, um sie zu beantworten: Das Kind liest Ihre Antwort sofort, wenn es noch da ist, oder später mit seinem Rückkehrcode.
staff-left-messages-none = Keine Nachricht wartet auf Antwort.
staff-left-message-when = Vor { $waited } hinterlassen · { $moment }
staff-left-waited-under-a-minute = weniger als einer Minute
staff-left-waited-minutes = { $minutes } Min.
staff-left-waited-hours = { $hours } Std. { $minutes } Min.
staff-left-waited-days = { $days } T. { $hours } Std.
staff-left-message-also-reads = Liest auch: { $languages }
staff-left-message-returning = Wiederkehrendes Kind: Es hat schon mit uns gesprochen.
staff-left-message-take = Übernehmen und antworten
staff-left-message-taken-elsewhere = Jemand anderes hat diese Nachricht zuerst übernommen.
staff-left-message-gone = Diese Nachricht wartet nicht mehr: Jemand hat sie beantwortet, oder das Kind hat sie gelöscht.
staff-board-left-messages = Hinterlassene Nachrichten
staff-board-left-messages-cell = { $count }, älteste seit { $oldest }

## Übergaben an Partner-Beratungsstellen in anderen Ländern
staff-error-unknown_partner = Diese Partner-Beratungsstelle ist hier nicht mehr eingerichtet.
staff-error-no_consent = Das Kind hat dieser Übergabe nicht zugestimmt (oder weniger zugestimmt, als sie senden würde).
staff-error-handover_gone = Jemand anderes hat diese Übergabe schon beantwortet.
staff-handover-heading = An eine Partner-Beratungsstelle übergeben
staff-handover-hint = Mit dem Einverständnis des Kindes seinen Fall an eine Beratungsstelle in einem anderen Land senden, damit es seine Geschichte nicht noch einmal erzählen muss.
staff-handover-partner = Partner-Beratungsstelle
staff-handover-partner-option = { $name } ({ $countries }; { $languages })
staff-handover-partners-speaking = Sprechen { $language }
staff-handover-partners-other = Weitere Partner
staff-handover-include-chat = Den Chat selbst mitsenden
staff-handover-ask = Das Kind fragen
staff-handover-ask-again = Das Kind noch einmal fragen
staff-handover-consent-asked = Gefragt um { $asked }: Die Antwort des Kindes steht noch aus.
staff-handover-consent-yes = Das Kind hat um { $answered } Ja gesagt (gefragt um { $asked }).
staff-handover-consent-yes-chat = Das Kind hat um { $answered } Ja gesagt, auch zum Chat (gefragt um { $asked }).
staff-handover-consent-summary-only = Das Kind hat um { $answered } Ja zur Zusammenfassung gesagt, aber nicht zum Chat (gefragt um { $asked }).
staff-handover-consent-no = Das Kind hat um { $answered } Nein gesagt (gefragt um { $asked }).
staff-handover-summary-heading = Zusammenfassung für den Partner
staff-handover-write-plainly = Schreiben Sie einfach, in kurzen Sätzen, ohne Abkürzungen oder Umgangssprache: Wer es liest, kennt Ihre Sprache vielleicht nicht gut und übersetzt sie womöglich.
staff-handover-categories = Kategorien
staff-handover-risk = Risiko
staff-handover-languages = Die Sprachen des Kindes
staff-handover-add-language = Sprache hinzufügen
staff-handover-add-language-none = Auswählen…
staff-handover-remove-language = { $language } entfernen
staff-handover-country = Land, in dem das Kind ist
staff-handover-country-unknown = Unbekannt
staff-handover-what-happened = Was passiert ist
staff-handover-child-wants = Was das Kind möchte
staff-handover-done-so-far = Was wir schon getan haben
staff-handover-referrals = Stellen, an die das Kind verwiesen wurde
staff-handover-add-referral = Eine weitere Stelle, mit Namen
staff-handover-add = Hinzufügen
staff-handover-problem-what-happened = Schreiben Sie, was passiert ist.
staff-handover-problem-child-wants = Schreiben Sie, was das Kind möchte.
staff-handover-problem-too-long = Ein Text ist zu lang: Jeder darf etwa 4.000 Zeichen enthalten.
staff-handover-problem-language = Geben Sie mindestens eine Sprache an.
staff-handover-problem-reason = Schreiben Sie, warum das nicht auf das Einverständnis des Kindes warten kann.
staff-handover-problem-invalid = Etwas in der Zusammenfassung kann so nicht gesendet werden: Prüfen Sie Kategorien, Sprachen und Stellen.
staff-handover-ask-first = Fragen Sie zuerst das Kind: Der Fall geht nur, wenn es Ja sagt.
staff-handover-waiting-answer = Senden Sie, sobald das Kind Ja gesagt hat.
staff-handover-refused = Das Kind hat Nein gesagt: Nichts geht an diesen Partner.
staff-handover-goes-with-chat = Die Zusammenfassung und der Chat gehen mit.
staff-handover-goes-summary-only = Nur die Zusammenfassung geht, nicht der Chat.
staff-handover-on-its-way = Gesendet: Der Stand steht unten.
staff-handover-answer-used = Diese Antwort wurde schon für eine Übergabe verwendet: Fragen Sie das Kind noch einmal, um erneut zu senden.
staff-handover-send = An { $partner } senden
staff-handover-without-consent-heading = Ohne Einverständnis senden (akute Gefahr)
staff-handover-without-consent-hint = Nur wenn das Kind in akuter Gefahr ist und der Fall nicht auf sein Einverständnis warten kann. Das Kind erfährt, dass er gesendet wurde, der Chat selbst geht nicht mit, und das Audit-Protokoll bewahrt Ihre Begründung.
staff-handover-without-consent-reason = Warum das nicht warten kann
staff-handover-without-consent-send = Ohne Einverständnis senden
staff-handover-without-consent-confirm = Den Fall dieses Kindes ohne sein Einverständnis an { $partner } senden?
staff-handover-confirm = Ja, senden
staff-handover-cancel = Abbrechen
staff-handover-sent-heading = Gesendete Übergaben
staff-handover-status-sending = Wird an { $partner } gesendet…
staff-handover-status-delivered = { $partner } hat sie erhalten und wird antworten.
staff-handover-status-failed = Nicht an { $partner } zugestellt: { $reason }
staff-handover-status-accepted = Angenommen von { $partner }.
staff-handover-status-accepted-by = Angenommen von { $name } bei { $partner }.
staff-handover-status-declined = Abgelehnt von { $partner }: { $reason }
staff-handover-status-declined-by = Abgelehnt von { $name } bei { $partner }: { $reason }
staff-handover-status-transferred = Das Kind ist bei { $partner } weitergegangen.
staff-handover-sent-at = Gesendet um { $time } · { $what }
staff-handover-sent-with-chat = Zusammenfassung und Chat
staff-handover-sent-summary-only = nur Zusammenfassung
staff-handover-sent-without-consent = ohne Einverständnis des Kindes
staff-handover-send-again = Erneut senden
staff-view-handovers = Eingehende Übergaben
staff-handovers-in-heading = Übergaben von Partner-Beratungsstellen
staff-handovers-in-hint = Partner-Beratungsstellen in anderen Ländern senden diese Fälle mit dem Einverständnis des Kindes (oder, bei akuter Gefahr, ohne es). Nehmen Sie einen an, um den Fall zu übernehmen; lehnen Sie mit einer Begründung ab, die der Partner liest.
staff-handovers-in-none = Keine Übergabe wartet auf Antwort.
staff-handover-in-from = Von { $partner } · { $language } · vor { $waited } · { $moment }
staff-handover-in-child-in-chat = Das Kind ist noch im Chat: Nehmen Sie jetzt an, dann kommt es direkt zu Ihnen.
staff-handover-in-consent-child = Das Kind hat auf seiner Seite zugestimmt, gefragt auf { $language }, um { $time }.
staff-handover-in-consent-imminent = Ohne Einverständnis des Kindes gesendet, wegen akuter Gefahr:
staff-handover-in-risk = Risiko: { $risk }
staff-handover-in-categories = Kategorien: { $categories }
staff-handover-in-languages = Sprachen: { $languages }
staff-handover-in-country = Land: { $country }
staff-handover-in-referrals = Verwiesen an: { $services }
staff-handover-in-transcript = Der Chat, wie das Kind ihn teilen wollte (Nachrichten: { $count })
staff-handover-in-author-child = Kind
staff-handover-in-author-counsellor = Beratung
staff-handover-in-author-system = Bridgeline
staff-handover-accept = Annehmen
staff-handover-decline = Ablehnen
staff-handover-decline-reason = Warum Sie ablehnen (der Partner liest das)
staff-handover-decline-reason-needed = Schreiben Sie, warum Sie ablehnen: Der Partner braucht es, um dem Kind anders zu helfen.
staff-handover-decline-send = Mit dieser Begründung ablehnen
staff-handover-accepted = Angenommen: Der Fall gehört Ihnen, und das Kind kommt zu Ihnen, wenn es noch im Chat ist.
staff-handover-declined = Abgelehnt: Der Partner erfährt die Begründung.
staff-handover-answered-elsewhere = Jemand anderes hat diese Übergabe schon beantwortet.
staff-handover-context-heading = Übergeben von { $partner }
staff-handover-context-hint = Die Geschichte des Kindes, wie der Partner sie gesendet hat: Sie müssen es nicht bitten, sie noch einmal zu erzählen.
staff-handover-context-received = Erhalten um { $time }
