## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Su'aal adiga kuu socota
handover-ask-body = Su'aal ka timid { $counsellor }: ma u sheegi karnaa khadka caawinta { $partner } wax adiga kugu saabsan? Khadkani wuxuu caawiyaa carruurta ku nool waddan kale ({ $countries }).
handover-ask-summary = Waxay heli lahaayeen soo koobid gaaban oo ah waxaad noo sheegtay.
handover-ask-summary-chat = Waxay heli lahaayeen soo koobid gaaban oo ah waxaad noo sheegtay, iyo wada-hadalkan.
handover-ask-no = Waad diidi kartaa. Haddii aad diiddo, halkan waxba iskama beddelaan: waanu sii wada hadlaynaa.
handover-yes-button = Haa
handover-summary-only-button = Haa, laakiin wada-hadalkeenna maya
handover-no-button = Maya

# After the answer, until the case is sent.
handover-answered-yes = Waxaad tidhi haa.
handover-answered-summary-only = Waxaad tidhi haa, laakiin wada-hadalkeenna maya.
handover-answered-no = Waxaad tidhi maya. Halkan ayaan ku sii wada hadlaynaa.
handover-change-hint = Jawaabtaada waad beddeli kartaa inta aan la dirin.
handover-change-button = Beddel jawaabtayda

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Waxaad noo sheegtay waxaa loo diray khadka caawinta { $partner } ({ $countries }).
handover-sent-worried = Waan dirnay adoon lagu weydiin, sababtoo ah waxaan ka welwelsanahay badbaadadaada.
handover-sent-summary = Waxay heleen soo koobid gaaban.
handover-sent-summary-chat = Waxay heleen soo koobid gaaban iyo wada-hadalkan.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Waxaan kugu xidhaynaa khadka caawinta { $partner }…
handover-connected = Hadda waxaad la hadlaysaa khadka caawinta { $partner }.
handover-failed-heading = Ku sii wad khadka caawinta { $partner }
handover-failed-body = Nama suurtagalin inaan ku xidhno. Ku fur boggooda xidhiidhka hoose, halkaasna ku qor koodhkan si aad u sii wadato.
handover-failed-link = Fur bogga { $partner }
