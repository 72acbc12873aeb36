## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = O întrebare pentru tine
handover-ask-body = { $counsellor } ar vrea să vorbească despre tine cu linia de ajutor { $partner }. Ea ajută copiii dintr-o altă țară ({ $countries }).
handover-ask-summary = Ar primi un scurt rezumat despre ce ne-ai povestit.
handover-ask-summary-chat = Ar primi un scurt rezumat despre ce ne-ai povestit și această discuție.
handover-ask-no = Poți să spui nu. Dacă spui nu, aici nu se schimbă nimic: vorbim în continuare.
handover-yes-button = Da
handover-summary-only-button = Da, dar nu discuția noastră
handover-no-button = Nu

# After the answer, until the case is sent.
handover-answered-yes = Ai spus da.
handover-answered-summary-only = Ai spus da, dar nu pentru discuția noastră.
handover-answered-no = Ai spus nu. Vorbim în continuare aici.
handover-change-hint = Poți să-ți schimbi răspunsul până când se trimite.
handover-change-button = Schimbă răspunsul meu

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Ce ne-ai povestit a fost trimis liniei de ajutor { $partner } ({ $countries }).
handover-sent-worried = L-am trimis fără să te întrebăm, pentru că ne facem griji pentru siguranța ta.
handover-sent-summary = Au primit un scurt rezumat.
handover-sent-summary-chat = Au primit un scurt rezumat și această discuție.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Te conectăm cu { $partner }…
handover-connected = Acum vorbești cu { $partner }.
handover-failed-heading = Continuă cu { $partner }
handover-failed-body = Nu te-am putut conecta. Deschide pagina lor cu linkul de mai jos și scrie acolo acest cod ca să continui.
handover-failed-link = Deschide pagina: { $partner }
