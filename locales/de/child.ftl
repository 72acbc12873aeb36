# Texte, die ein Kind sieht. Einfache Wörter, die ein zehnjähriges Kind versteht.
# Entwurf (Deutsch), wartet auf Prüfung durch eine Person mit Deutsch als Muttersprache.

page-title = Bridgeline – mit jemandem reden
# Wird statt page-title benutzt, wenn die Beratungsstelle den neutralen Tab-Titel einschaltet,
# damit jemand, der auf die Tabs im Browser schaut, kein Sorgentelefon sieht.
page-title-neutral = Notizen
page-loading = Wird geladen…
page-needs-javascript = Diese Seite braucht JavaScript, damit sie funktioniert. Wenn du gerade in Gefahr bist, ruf die 112 an.

quick-exit-button = Schnell weg
    .title = Diese Seite sofort verlassen (Esc-Taste)

language-switcher-label = Sprache

intro-heading = Rede mit jemandem, der dir zuhört
intro-body = Du kannst uns in deiner Sprache schreiben. Du musst uns deinen Namen nicht sagen. Was du schreibst, bleibt zwischen dir und der Person vom Beratungsteam.
intro-quick-exit-hint = Wenn jemand kommt, drück Esc oder „Schnell weg“. Dann geht die Seite sofort zu.
intro-start-button = Chat starten

# Freiwillige Fragen vor dem Chat. Jede kann man weglassen.
intake-heading = Bevor es losgeht
intake-body = Diese Fragen helfen uns, die richtige Person für dich zu finden. Du kannst sie überspringen.
intake-skip-button = Überspringen und Chat starten
intake-continue-button = Chat starten
intake-topic-question = Worum geht es? Du kannst mehr als eins auswählen.
intake-age-question = Wie alt bist du?
intake-languages-question = Kannst du auch andere Sprachen lesen?
intake-country-question = In welchem Land bist du gerade?
intake-country-none = Das möchte ich nicht sagen

topic-family = Familie
topic-friends = Freundschaft
topic-bullying = Mobbing
topic-violence = Jemand tut mir weh
topic-feelings = Gefühle und Sorgen
topic-body = Körper und Gesundheit
topic-school = Schule oder Arbeit
topic-love = Liebe und Sex
topic-online = Etwas im Internet
topic-migration = Papiere, Asyl, neu hier sein
topic-missing = Jemand ist verschwunden, oder ich bin weggelaufen
topic-other = Etwas anderes

age-under-10 = Unter 10
age-10-12 = 10 bis 12
age-13-15 = 13 bis 15
age-16-17 = 16 oder 17
age-18-plus = 18 oder älter

danger-heading = Bist du gerade in Gefahr?
danger-body = Ruf die 112 an. Das kostet nichts, und sie können dir sofort helfen.
danger-call-button = 112 anrufen

queue-heading = Warten auf jemanden vom Beratungsteam
queue-position-announcement = { $position ->
    [1] Du bist als Nächstes dran.
   *[other] Dein Platz in der Warteschlange: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Wartezeit: etwa { $minutes } Minute
   *[other] Wartezeit: etwa { $minutes } Minuten
}
queue-estimate-soon = Wartezeit: weniger als eine Minute
queue-estimate-unknown = Wir wissen noch nicht, wie lange es dauert.
queue-waiting-body = Bitte warte hier. Du kannst schon schreiben, worüber du reden möchtest.

# Wird sofort gezeigt, wenn gerade niemand arbeitet, der die Sprache des Kindes spricht.
no-counsellor-heading = Gerade ist niemand vom Beratungsteam da, der deine Sprache spricht.
no-counsellor-next = Ab { $time } ist wieder jemand da.
no-counsellor-stay = Du kannst in der Warteschlange bleiben. Wir antworten, sobald jemand da ist.
no-counsellor-other-languages = Für diese Sprachen ist jetzt jemand da:
no-counsellor-switch-button = Auf { $language } chatten
no-counsellor-phone = Du kannst auch kostenlos beim Sorgentelefon für Kinder anrufen:

chat-counsellor-label = Beratungsteam
chat-you-label = Du
chat-message-input-label = Deine Nachricht
chat-message-input-placeholder = Schreib hier…
chat-send-button = Senden
chat-end-button = Chat beenden
chat-earlier-button = Frühere Nachrichten zeigen
chat-status-sending = Wird gesendet…
chat-status-delivered = Angekommen
chat-status-read = Gelesen
chat-counsellor-typing = { $name } schreibt…

notice-counsellor-joined = { $name } ist jetzt da und redet mit dir.
notice-ended-by-child = Du hast den Chat beendet.
notice-ended-by-counsellor = Die Person vom Beratungsteam hat den Chat beendet.
notice-left-queue = Du warst eine Weile weg, deshalb bist du nicht mehr in der Warteschlange. Du kannst einen neuen Chat starten.
notice-language-changed = Du wartest jetzt auf jemanden, der { $language } spricht.
notice-counsellor-left = Die Person, die dir geholfen hat, musste gehen. Du bist wieder in der Warteschlange und kommst vor neuen Chats dran.
notice-transferred = Die Person, die dir hilft, gibt deinen Chat an eine andere Person weiter, die dir helfen kann. Diese Person kann lesen, was du geschrieben hast. Bitte bleib hier.

# Eine Karte, die das Beratungsteam schickt: eine Stelle, die das Kind anrufen oder besuchen kann.
referral-heading = Eine Stelle, die dir helfen kann
referral-call = { $phone } anrufen
referral-website = Website öffnen
referral-always-open = Tag und Nacht offen
referral-hours = Geöffnet: { $hours }

ended-heading = Der Chat ist zu Ende
ended-body = Danke, dass du uns geschrieben hast. Du kannst jederzeit wiederkommen.
ended-new-chat-button = Neuen Chat starten

rating-question = Hat dir dieser Chat geholfen?
rating-helped = Ja
rating-somewhat = Ein bisschen
rating-not-helped = Nein
rating-thanks = Danke, dass du es uns gesagt hast.

connection-reconnecting = Verbindung unterbrochen. Wir versuchen es noch mal…
connection-elsewhere = Dieser Chat ist jetzt in einem anderen Fenster oder Tab offen.

error-too-long = Deine Nachricht ist zu lang. Bitte mach sie kürzer.
error-unknown-language = In dieser Sprache können wir noch nicht chatten. Bitte wähl eine andere.
error-generic = Etwas ist schiefgegangen. Bitte versuch es noch mal.

## Hostile input

error-control-character = Deine Nachricht enthält ein unsichtbares Zeichen, das nicht gesendet werden kann. Bitte lösche es und versuche es noch einmal.
## Paused (blocked) page
paused-heading = Der Chat ist gerade pausiert
paused-body = Ab { $time } kannst du uns wieder schreiben.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = „Schnell weg“ schließt diese Seite, aber der Verlauf deines Browsers kann trotzdem zeigen, dass du hier warst. Damit keine Spuren bleiben, öffne diese Seite in einem privaten Fenster.
