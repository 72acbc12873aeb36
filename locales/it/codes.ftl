## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Vuoi tornare più tardi? Con un codice di ritorno puoi rileggere questa chat.
codes-take-button = Ottieni un codice di ritorno
codes-your-code = Il tuo codice di ritorno
codes-write-down = Scrivilo o ricordalo. Non lo salviamo da nessuna parte e non possiamo mostrartelo di nuovo.
codes-secret = Tienilo segreto: chi lo ha può leggere le tue chat.
codes-what-for = Con questo codice puoi tornare: dalla stessa persona se c’è, per rileggere le tue chat, o per cancellare tutto.
codes-done-button = Ce l’ho. Nascondi il codice

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Puoi lasciare un messaggio
codes-leave-body = Scrivi qui sotto quello che vuoi dirci e invialo. Poi premi «Lascia il mio messaggio». Qualcuno ti risponderà più tardi.
codes-leave-button = Lascia il mio messaggio
codes-left-heading = Il tuo messaggio è stato lasciato
codes-left-body = Qualcuno del nostro gruppo lo leggerà e ti risponderà.
codes-left-come-back = Torna con il tuo codice di ritorno per leggere la risposta.
codes-left-add = Puoi ancora aggiungere altro qui sotto.

# Coming back with a code, on the first screen.
codes-have-code-button = Ho un codice di ritorno
codes-back-heading = Bentornato
codes-back-body = Scrivi il codice di ritorno che hai ricevuto. Ha 12 cifre.
codes-code-label = Codice di ritorno
codes-open-button = Apri le mie chat
codes-back-button = Indietro
codes-case-heading = Le tue chat di prima
codes-case-body = Tocca una chat per rileggerla.
codes-case-empty = Non ci sono chat da mostrare.
codes-chat-with = con { $name }
codes-chat-unanswered = ancora senza risposta
codes-chat-left-message = un messaggio che hai lasciato
codes-chat-not-kept = non più conservata
codes-chat-now-button = Chatta ora
codes-read-heading = Una chat di prima
codes-back-to-list-button = Torna alle mie chat
codes-erase-button = Cancella tutto
codes-erase-heading = Cancellare tutto?
codes-erase-body = Tutte le tue chat con noi saranno cancellate e il tuo codice di ritorno non funzionerà più. Nessuno potrà recuperarle.
codes-erase-yes-button = Sì, cancella tutto
codes-erase-no-button = No, tieni le mie chat
codes-erased-heading = È tutto cancellato
codes-erased-body = Le tue chat sono cancellate e il tuo codice di ritorno non funziona più.
codes-erased-button = Torna all’inizio

codes-error-wrong = Questo codice non funziona. Controlla le cifre e riprova.
codes-error-too-many = Troppi codici sbagliati. Puoi riprovare: { $time }
codes-error-chat-live = C’è ancora una chat in corso. Chiudila prima, poi potrai cancellare tutto.
