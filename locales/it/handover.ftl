## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Una domanda per te
handover-ask-body = { $counsellor } vorrebbe parlare di te alla linea di aiuto { $partner }. Aiuta bambini e ragazzi in un altro paese ({ $countries }).
handover-ask-summary = Riceverebbero un breve riassunto di quello che ci hai raccontato.
handover-ask-summary-chat = Riceverebbero un breve riassunto di quello che ci hai raccontato, e questa chat.
handover-ask-no = Puoi dire di no. Se dici di no, qui non cambia niente: continuiamo a parlare.
handover-yes-button = Sì
handover-summary-only-button = Sì, ma non la nostra chat
handover-no-button = No

# After the answer, until the case is sent.
handover-answered-yes = Hai detto di sì.
handover-answered-summary-only = Hai detto di sì, ma non per la nostra chat.
handover-answered-no = Hai detto di no. Continuiamo a parlare qui.
handover-change-hint = Puoi cambiare la tua risposta finché non viene inviato.
handover-change-button = Cambia la mia risposta

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Quello che ci hai raccontato è stato inviato alla linea di aiuto { $partner } ({ $countries }).
handover-sent-worried = L’abbiamo inviato senza chiedertelo, perché siamo preoccupati per la tua sicurezza.
handover-sent-summary = Hanno ricevuto un breve riassunto.
handover-sent-summary-chat = Hanno ricevuto un breve riassunto e questa chat.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Ti stiamo collegando con { $partner }…
handover-connected = Ora stai parlando con { $partner }.
handover-failed-heading = Continua con { $partner }
handover-failed-body = Non siamo riusciti a collegarti. Apri la loro pagina con il link qui sotto e scrivi lì questo codice per continuare.
handover-failed-link = Apri la pagina di { $partner }
