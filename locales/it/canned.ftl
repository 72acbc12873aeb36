# Risposte pronte che la persona che aiuta può inviare. Il bambino o la bambina riceve ognuna
# nella propria lingua; la persona che aiuta la legge nella sua. Id: canned-<scopo>-<nome>,
# dove lo scopo è greeting, safety, waiting, referral o closing. { $name } è il nome
# visualizzato della persona che aiuta.
# Bozza di traduzione (italiano), in attesa di revisione da parte di una persona madrelingua.
# Le frasi evitano le forme maschili o femminili (di chi scrive e di chi aiuta).

canned-greeting-welcome = Ciao, sono { $name }. Mi fa piacere che ci scrivi. Di cosa vorresti parlare?
canned-greeting-take-time = Prenditi tutto il tempo che ti serve. Puoi scrivere tanto o poco, come vuoi.
canned-greeting-anonymous = Non devi dirmi come ti chiami. Quello che scrivi resta tra noi, a meno che tu sia in pericolo.

canned-safety-safe-now = Sei al sicuro adesso?
canned-safety-hurt = Qualcuno ti ha fatto del male, o hai delle ferite?
canned-safety-where = Sei in un posto dove puoi scrivere senza che nessuno veda cosa scrivi?
canned-safety-emergency = Se sei in pericolo adesso, chiama il 112. È gratis, e possono mandare aiuto in fretta.
canned-safety-thoughts = A volte le persone stanno così male che pensano di farsi del male o di morire. Ti capita di avere pensieri così?

canned-waiting-moment = Aspetta un momento, per favore. Sono ancora qui.
canned-waiting-checking = Sto controllando una cosa per te. Torno tra qualche minuto.
canned-waiting-still-there = Ci sei ancora? Prenditi il tuo tempo, ti aspetto.

canned-referral-offer = Conosco un posto che può aiutarti con questo. Posso mandarti i loro contatti?
canned-referral-card = Ti ho mandato i loro contatti. Puoi chiamarli o aprire il loro sito quando vuoi.
canned-referral-adult = C’è una persona adulta di cui ti fidi che potrebbe andarci con te?

canned-closing-thanks = Grazie per la tua fiducia. Scriverci è stato un gesto coraggioso.
canned-closing-come-back = Puoi scriverci di nuovo quando vuoi. Siamo qui per te.
canned-closing-goodbye = Adesso chiudo la chat. Abbi cura di te.
