## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Pytanie do ciebie
handover-ask-body = { $counsellor } chce opowiedzieć o tobie telefonowi zaufania { $partner }. Pomaga on dzieciom w innym kraju ({ $countries }).
handover-ask-summary = Otrzymaliby krótkie podsumowanie twojej historii.
handover-ask-summary-chat = Otrzymaliby krótkie podsumowanie twojej historii i tę rozmowę.
handover-ask-no = Możesz powiedzieć „nie”. Jeśli powiesz „nie”, nic się tu nie zmieni: rozmawiamy dalej.
handover-yes-button = Tak
handover-summary-only-button = Tak, ale bez naszej rozmowy
handover-no-button = Nie

# After the answer, until the case is sent.
handover-answered-yes = Twoja odpowiedź: tak.
handover-answered-summary-only = Twoja odpowiedź: tak, ale bez naszej rozmowy.
handover-answered-no = Twoja odpowiedź: nie. Rozmawiamy tu dalej.
handover-change-hint = Możesz zmienić odpowiedź, dopóki nic nie zostanie wysłane.
handover-change-button = Zmień moją odpowiedź

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Twoja historia została wysłana do telefonu zaufania { $partner } ({ $countries }).
handover-sent-worried = Wysłaliśmy ją, nie pytając cię, bo martwimy się o twoje bezpieczeństwo.
handover-sent-summary = Otrzymali krótkie podsumowanie.
handover-sent-summary-chat = Otrzymali krótkie podsumowanie i tę rozmowę.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Łączymy cię z telefonem zaufania { $partner }…
handover-connected = Teraz rozmawiasz z telefonem zaufania { $partner }.
handover-failed-heading = Rozmawiaj dalej: { $partner }
handover-failed-body = Nie udało się cię połączyć. Otwórz ich stronę przez link poniżej i wpisz tam ten kod, aby rozmawiać dalej.
handover-failed-link = Otwórz stronę: { $partner }
