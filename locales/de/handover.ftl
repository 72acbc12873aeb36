## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Eine Frage an dich
handover-ask-body = { $counsellor } möchte dem Hilfetelefon { $partner } von dir erzählen. Es hilft Kindern in einem anderen Land ({ $countries }).
handover-ask-summary = Das Hilfetelefon würde eine kurze Zusammenfassung von dem bekommen, was du uns erzählt hast.
handover-ask-summary-chat = Das Hilfetelefon würde eine kurze Zusammenfassung von dem bekommen, was du uns erzählt hast, und diesen Chat.
handover-ask-no = Du kannst Nein sagen. Wenn du Nein sagst, ändert sich hier nichts: Wir schreiben weiter miteinander.
handover-yes-button = Ja
handover-summary-only-button = Ja, aber nicht unseren Chat
handover-no-button = Nein

# After the answer, until the case is sent.
handover-answered-yes = Du hast Ja gesagt.
handover-answered-summary-only = Du hast Ja gesagt, aber nicht zu unserem Chat.
handover-answered-no = Du hast Nein gesagt. Wir schreiben hier weiter.
handover-change-hint = Du kannst deine Antwort ändern, bis es verschickt ist.
handover-change-button = Meine Antwort ändern

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Was du uns erzählt hast, wurde an das Hilfetelefon { $partner } geschickt ({ $countries }).
handover-sent-worried = Wir haben es geschickt, ohne dich zu fragen, weil wir uns Sorgen um deine Sicherheit machen.
handover-sent-summary = Das Hilfetelefon hat eine kurze Zusammenfassung bekommen.
handover-sent-summary-chat = Das Hilfetelefon hat eine kurze Zusammenfassung und diesen Chat bekommen.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Wir verbinden dich mit { $partner }…
handover-connected = Du schreibst jetzt mit { $partner }.
handover-failed-heading = Weiter bei { $partner }
handover-failed-body = Wir konnten dich nicht verbinden. Öffne ihre Seite über den Link unten und gib dort diesen Code ein, um weiterzumachen.
handover-failed-link = Seite von { $partner } öffnen
