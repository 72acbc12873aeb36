# Testi che vede il bambino o la bambina. Parole semplici che capisce chi ha dieci anni.
# Bozza di traduzione (italiano), in attesa di revisione da parte di una persona madrelingua.

page-title = Bridgeline – parla con qualcuno
# Usato al posto di page-title quando la linea d’ascolto attiva il titolo neutro della scheda,
# così chi guarda le schede del browser non vede una linea d’ascolto.
page-title-neutral = Note
page-loading = Caricamento…
page-needs-javascript = Questa pagina ha bisogno di JavaScript per funzionare. Se sei in pericolo adesso, chiama il 112.

quick-exit-button = Esci subito
    .title = Lascia questa pagina adesso (tasto Esc)

language-switcher-label = Lingua

intro-heading = Parla con qualcuno che ti ascolta
intro-body = Puoi scriverci nella tua lingua. Non devi dirci come ti chiami. Quello che scrivi resta tra te e la persona che ti aiuta.
intro-quick-exit-hint = Se arriva qualcuno, premi Esc o “Esci subito”. La pagina si chiude subito.
intro-start-button = Inizia la chat

# Domande facoltative prima della chat. Si possono saltare tutte.
intake-heading = Prima di iniziare
intake-body = Queste domande ci aiutano a trovare la persona giusta per te. Puoi saltarle.
intake-skip-button = Salta e inizia la chat
intake-continue-button = Inizia la chat
intake-topic-question = Di cosa si tratta? Puoi scegliere più di una cosa.
intake-age-question = Quanti anni hai?
intake-languages-question = Sai leggere anche altre lingue?
intake-country-question = In quale paese sei adesso?
intake-country-none = Preferisco non dirlo

topic-family = Famiglia
topic-friends = Amicizie
topic-bullying = Bullismo
topic-violence = Qualcuno mi fa del male
topic-feelings = Sentimenti e preoccupazioni
topic-body = Corpo e salute
topic-school = Scuola o lavoro
topic-love = Amore e sesso
topic-online = Qualcosa su internet
topic-migration = Documenti, asilo, arrivare in un paese nuovo
topic-missing = Qualcuno è sparito, oppure ho lasciato casa
topic-other = Altro

age-under-10 = Meno di 10
age-10-12 = Da 10 a 12
age-13-15 = Da 13 a 15
age-16-17 = 16 o 17
age-18-plus = 18 o più

danger-heading = Sei in pericolo proprio adesso?
danger-body = Chiama il 112. È gratis, e possono aiutarti subito.
danger-call-button = Chiama il 112

queue-heading = In attesa di una persona che ti aiuti
queue-position-announcement = { $position ->
    [1] Il prossimo turno è il tuo.
   *[other] Il tuo posto in fila: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Tempo di attesa: circa { $minutes } minuto
   *[other] Tempo di attesa: circa { $minutes } minuti
}
queue-estimate-soon = Tempo di attesa: meno di un minuto
queue-estimate-unknown = Non sappiamo ancora quanto ci vorrà.
queue-waiting-body = Aspetta qui, per favore. Puoi già scrivere di cosa vuoi parlare.

# Mostrato subito quando adesso non lavora nessuno che parla la lingua del bambino o della bambina.
no-counsellor-heading = In questo momento qui non c’è nessuno che parla la tua lingua.
no-counsellor-next = Qualcuno ci sarà di nuovo: { $time }.
no-counsellor-stay = Puoi restare in fila. Ti rispondiamo appena arriva qualcuno.
no-counsellor-other-languages = Adesso ci sono persone che parlano queste lingue:
no-counsellor-switch-button = Chatta in { $language }
no-counsellor-phone = Puoi anche chiamare gratis la linea d’ascolto per bambini e ragazzi:

chat-counsellor-label = Persona che ti aiuta
chat-you-label = Tu
chat-message-input-label = Il tuo messaggio
chat-message-input-placeholder = Scrivi qui…
chat-send-button = Invia
chat-end-button = Chiudi la chat
chat-earlier-button = Mostra i messaggi precedenti
chat-status-sending = Invio in corso…
chat-status-delivered = Consegnato
chat-status-read = Letto
chat-counsellor-typing = { $name } sta scrivendo…

notice-counsellor-joined = { $name } è qui per parlare con te.
notice-ended-by-child = Hai chiuso la chat.
notice-ended-by-counsellor = La persona che ti aiutava ha chiuso la chat.
notice-left-queue = Non c’eri da un po’, quindi non sei più in fila. Puoi iniziare una nuova chat.
notice-language-changed = Adesso aspetti una persona che parla { $language }.
notice-counsellor-left = La persona che ti aiutava è dovuta andare via. Sei di nuovo in fila e passi prima delle nuove chat.
notice-transferred = La persona che ti aiuta sta passando la tua chat a qualcun altro che può aiutarti. Potrà leggere quello che hai scritto. Per favore, resta qui.

# Una scheda che invia la persona che aiuta: un servizio che il bambino o la bambina può chiamare o visitare.
referral-heading = Un posto che può aiutarti
referral-call = Chiama il { $phone }
referral-website = Apri il loro sito
referral-always-open = Aperto giorno e notte
referral-hours = Aperto: { $hours }

ended-heading = La chat è finita
ended-body = Grazie per averci scritto. Puoi tornare quando vuoi.
ended-new-chat-button = Inizia una nuova chat

rating-question = Questa chat ti è stata utile?
rating-helped = Sì
rating-somewhat = Un po’
rating-not-helped = No
rating-thanks = Grazie per avercelo detto.

connection-reconnecting = Connessione persa. Riproviamo…
connection-elsewhere = Questa chat ora è aperta in un’altra finestra o scheda.

error-too-long = Il tuo messaggio è troppo lungo. Per favore, scrivilo più corto.
error-unknown-language = Non possiamo ancora chattare in questa lingua. Per favore, scegline un’altra.
error-generic = Qualcosa è andato storto. Per favore, riprova.

## Hostile input

error-control-character = Il tuo messaggio contiene un carattere nascosto che non si può inviare. Per favore, cancellalo e riprova.
## Paused (blocked) page
paused-heading = La chat è in pausa per ora
paused-body = Potrai scriverci di nuovo: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = L’uscita rapida chiude questa pagina, ma la cronologia del browser può ancora mostrare che sei stato qui. Per non lasciare tracce, apri questa pagina in una finestra privata (in incognito).
