## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Pirsek ji bo te
handover-ask-body = { $counsellor } dixwaze li ser te ji xeta alîkariyê { $partner } re bibêje. Ev xet alîkariya zarokan dike li welatekî din ({ $countries }).
handover-ask-summary = Ew ê kurteyeke kurt a tiştên ku te ji me re gotin bistînin.
handover-ask-summary-chat = Ew ê kurteyeke kurt a tiştên ku te ji me re gotin, û vê axaftinê bistînin.
handover-ask-no = Tu dikarî bibêjî na. Heke tu bibêjî na, li vir tiştek naguhere: em ê axaftinê bidomînin.
handover-yes-button = Erê
handover-summary-only-button = Erê, lê ne axaftina me
handover-no-button = Na

# After the answer, until the case is sent.
handover-answered-yes = Te got erê.
handover-answered-summary-only = Te got erê, lê ne ji bo axaftina me.
handover-answered-no = Te got na. Em li vir axaftinê didomînin.
handover-change-hint = Heta ku were şandin, tu dikarî bersiva xwe biguherînî.
handover-change-button = Bersiva min biguherîne

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Tiştên ku te ji me re gotin ji xeta alîkariyê { $partner } re hatin şandin ({ $countries }).
handover-sent-worried = Me ew bêyî ku ji te bipirsin şand, ji ber ku em ji bo ewlehiya te bi fikar in.
handover-sent-summary = Wan kurteyeke kurt stend.
handover-sent-summary-chat = Wan kurteyeke kurt û ev axaftin stendin.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Em te bi xeta alîkariyê { $partner } ve girê didin…
handover-connected = Niha tu bi xeta alîkariyê { $partner } re diaxivî.
handover-failed-heading = Bi { $partner } re bidomîne
handover-failed-body = Me nikarî te girê bidin. Rûpela wan bi lînka li jêr veke û li wir vê kodê binivîse da ku bidomînî.
handover-failed-link = Rûpela { $partner } veke
