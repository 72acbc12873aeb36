## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = ستا لپاره یوه پوښتنه
handover-ask-body = { $counsellor } غواړي چې د مرستې کرښې { $partner } ته ستا په اړه ووايي. دا کرښه په بل هېواد کې له ماشومانو سره مرسته کوي ({ $countries }).
handover-ask-summary = دوی به د هغه څه لنډیز ترلاسه کړي چې تا موږ ته ویلي دي.
handover-ask-summary-chat = دوی به د هغه څه لنډیز ترلاسه کړي چې تا موږ ته ویلي دي، او دا خبرې هم.
handover-ask-no = ته کولی شې «نه» ووایې. که «نه» ووایې، دلته هېڅ شی نه بدلېږي: موږ به خبرو ته دوام ورکوو.
handover-yes-button = هو
handover-summary-only-button = هو، خو زموږ خبرې نه
handover-no-button = نه

# After the answer, until the case is sent.
handover-answered-yes = تا «هو» وویل.
handover-answered-summary-only = تا «هو» وویل، خو زموږ د خبرو لپاره نه.
handover-answered-no = تا «نه» وویل. دلته خبرو ته دوام ورکوو.
handover-change-hint = تر هغه چې ولېږل شي، خپل ځواب بدلولی شې.
handover-change-button = زما ځواب بدل کړه

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = هغه څه چې تا موږ ته ویلي وو د مرستې کرښې { $partner } ته ولېږل شول ({ $countries }).
handover-sent-worried = موږ دا له تا پرته له پوښتنې ولېږل، ځکه چې ستا د خوندیتوب په اړه اندېښمن یو.
handover-sent-summary = دوی یو لنډ لنډیز ترلاسه کړ.
handover-sent-summary-chat = دوی یو لنډ لنډیز او دا خبرې ترلاسه کړې.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = تا د مرستې کرښې { $partner } سره نښلوو…
handover-connected = اوس ته د مرستې کرښې { $partner } سره خبرې کوې.
handover-failed-heading = د { $partner } سره دوام ورکړه
handover-failed-body = ونه توانېدو چې تا ونښلوو. د لاندې لینک له لارې د دوی پاڼه پرانیزه او هلته دا کوډ ولیکه چې دوام ورکړې.
handover-failed-link = د { $partner } پاڼه پرانیزه
