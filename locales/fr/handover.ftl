## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Une question pour toi
handover-ask-body = { $counsellor } voudrait parler de toi à la ligne d’écoute { $partner }. Elle aide les enfants dans un autre pays ({ $countries }).
handover-ask-summary = Elle recevrait un court résumé de ce que tu nous as dit.
handover-ask-summary-chat = Elle recevrait un court résumé de ce que tu nous as dit, et cette discussion.
handover-ask-no = Tu peux dire non. Si tu dis non, rien ne change ici : on continue à parler.
handover-yes-button = Oui
handover-summary-only-button = Oui, mais pas notre discussion
handover-no-button = Non

# After the answer, until the case is sent.
handover-answered-yes = Tu as dit oui.
handover-answered-summary-only = Tu as dit oui, mais pas pour notre discussion.
handover-answered-no = Tu as dit non. On continue à parler ici.
handover-change-hint = Tu peux changer ta réponse tant que ce n’est pas envoyé.
handover-change-button = Changer ma réponse

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Ce que tu nous as dit a été envoyé à la ligne d’écoute { $partner } ({ $countries }).
handover-sent-worried = Nous l’avons envoyé sans te demander, parce que nous sommes inquiets pour ta sécurité.
handover-sent-summary = Elle a reçu un court résumé.
handover-sent-summary-chat = Elle a reçu un court résumé et cette discussion.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = On te connecte à { $partner }…
handover-connected = Tu parles maintenant avec { $partner }.
handover-failed-heading = Continuer avec { $partner }
handover-failed-body = Nous n’avons pas pu te connecter. Ouvre leur page avec le lien ci-dessous et tape ce code là-bas pour continuer.
handover-failed-link = Ouvrir la page de { $partner }
