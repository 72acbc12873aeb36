## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Een vraag voor jou
handover-ask-body = { $counsellor } wil de hulplijn { $partner } graag over jou vertellen. Die helpt kinderen in een ander land ({ $countries }).
handover-ask-summary = Ze zouden een korte samenvatting krijgen van wat je ons hebt verteld.
handover-ask-summary-chat = Ze zouden een korte samenvatting krijgen van wat je ons hebt verteld, en dit gesprek.
handover-ask-no = Je mag nee zeggen. Als je nee zegt, verandert er hier niets: we praten gewoon verder.
handover-yes-button = Ja
handover-summary-only-button = Ja, maar niet ons gesprek
handover-no-button = Nee

# After the answer, until the case is sent.
handover-answered-yes = Je hebt ja gezegd.
handover-answered-summary-only = Je hebt ja gezegd, maar niet voor ons gesprek.
handover-answered-no = Je hebt nee gezegd. We praten hier verder.
handover-change-hint = Je kunt je antwoord veranderen tot het verstuurd is.
handover-change-button = Mijn antwoord veranderen

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Wat je ons hebt verteld, is naar de hulplijn { $partner } gestuurd ({ $countries }).
handover-sent-worried = We hebben het gestuurd zonder het je te vragen, omdat we ons zorgen maken over je veiligheid.
handover-sent-summary = Ze hebben een korte samenvatting gekregen.
handover-sent-summary-chat = Ze hebben een korte samenvatting en dit gesprek gekregen.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = We verbinden je met { $partner }…
handover-connected = Je praat nu met { $partner }.
handover-failed-heading = Ga verder bij { $partner }
handover-failed-body = We konden je niet verbinden. Open hun pagina met de link hieronder en typ daar deze code om verder te gaan.
handover-failed-link = Open de pagina van { $partner }
