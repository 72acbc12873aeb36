## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Një pyetje për ty
handover-ask-body = { $counsellor } do të donte t’i tregonte për ty linjës së ndihmës { $partner }. Ajo ndihmon fëmijët në një vend tjetër ({ $countries }).
handover-ask-summary = Ata do të merrnin një përmbledhje të shkurtër të asaj që na ke treguar.
handover-ask-summary-chat = Ata do të merrnin një përmbledhje të shkurtër të asaj që na ke treguar, dhe këtë bisedë.
handover-ask-no = Mund të thuash jo. Nëse thua jo, këtu nuk ndryshon asgjë: vazhdojmë të flasim.
handover-yes-button = Po
handover-summary-only-button = Po, por jo bisedën tonë
handover-no-button = Jo

# After the answer, until the case is sent.
handover-answered-yes = Ti the po.
handover-answered-summary-only = Ti the po, por jo për bisedën tonë.
handover-answered-no = Ti the jo. Vazhdojmë të flasim këtu.
handover-change-hint = Mund ta ndryshosh përgjigjen derisa të dërgohet.
handover-change-button = Ndrysho përgjigjen time

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Ajo që na ke treguar iu dërgua linjës së ndihmës { $partner } ({ $countries }).
handover-sent-worried = E dërguam pa të pyetur, sepse shqetësohemi për sigurinë tënde.
handover-sent-summary = Ata morën një përmbledhje të shkurtër.
handover-sent-summary-chat = Ata morën një përmbledhje të shkurtër dhe këtë bisedë.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Po të lidhim me { $partner }…
handover-connected = Tani po flet me { $partner }.
handover-failed-heading = Vazhdo me { $partner }
handover-failed-body = Nuk arritëm të të lidhnim. Hap faqen e tyre me lidhjen më poshtë dhe shkruaj atje këtë kod për të vazhduar.
handover-failed-link = Hap faqen: { $partner }
