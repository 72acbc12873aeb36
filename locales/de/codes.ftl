## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Möchtest du später wiederkommen? Mit einem Rückkehr-Code kannst du diesen Chat noch einmal lesen.
codes-take-button = Rückkehr-Code holen
codes-your-code = Dein Rückkehr-Code
codes-write-down = Schreib ihn auf oder merk ihn dir. Wir speichern ihn nirgends und können ihn dir nicht noch einmal zeigen.
codes-secret = Halte ihn geheim: Wer ihn hat, kann deine Chats lesen.
codes-what-for = Mit ihm kannst du wiederkommen: zur selben Beraterin oder zum selben Berater, wenn sie da sind, deine Chats noch einmal lesen oder alles löschen.
codes-done-button = Ich habe ihn. Code ausblenden

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Du kannst stattdessen eine Nachricht hinterlassen
codes-leave-body = Schreib unten, was du uns sagen möchtest, und schick es ab. Dann drück „Nachricht hinterlassen“. Jemand von uns antwortet dir später.
codes-leave-button = Nachricht hinterlassen
codes-left-heading = Deine Nachricht ist da
codes-left-body = Jemand von uns wird sie lesen und dir antworten.
codes-left-come-back = Komm mit deinem Rückkehr-Code wieder, um die Antwort zu lesen.
codes-left-add = Du kannst unten noch mehr dazuschreiben.

# Coming back with a code, on the first screen.
codes-have-code-button = Ich habe einen Rückkehr-Code
codes-back-heading = Schön, dass du wieder da bist
codes-back-body = Gib den Rückkehr-Code ein, den du bekommen hast. Er hat 12 Ziffern.
codes-code-label = Rückkehr-Code
codes-open-button = Meine Chats öffnen
codes-back-button = Zurück
codes-case-heading = Deine früheren Chats
codes-case-body = Tippe auf einen Chat, um ihn noch einmal zu lesen.
codes-case-empty = Es gibt keine Chats zum Zeigen.
codes-chat-with = mit { $name }
codes-chat-unanswered = noch nicht beantwortet
codes-chat-left-message = eine Nachricht von dir
codes-chat-not-kept = nicht mehr gespeichert
codes-chat-now-button = Jetzt chatten
codes-read-heading = Ein früherer Chat
codes-back-to-list-button = Zurück zu meinen Chats
codes-erase-button = Alles löschen
codes-erase-heading = Alles löschen?
codes-erase-body = Alle deine Chats mit uns werden gelöscht, und dein Rückkehr-Code funktioniert nicht mehr. Niemand kann sie zurückholen.
codes-erase-yes-button = Ja, alles löschen
codes-erase-no-button = Nein, Chats behalten
codes-erased-heading = Alles ist gelöscht
codes-erased-body = Deine Chats sind gelöscht, und dein Rückkehr-Code funktioniert nicht mehr.
codes-erased-button = Zurück zum Anfang

codes-error-wrong = Dieser Code funktioniert nicht. Prüf bitte die Ziffern und versuch es noch einmal.
codes-error-too-many = Zu viele falsche Codes. Du kannst es wieder versuchen: { $time }
codes-error-chat-live = Ein Chat läuft noch. Beende ihn zuerst, dann kannst du alles löschen.
