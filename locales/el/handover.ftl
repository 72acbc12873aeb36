## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Μια ερώτηση για σένα
handover-ask-body = { $counsellor } θα ήθελε να μιλήσει για σένα στη γραμμή βοήθειας { $partner }. Αυτή η γραμμή βοηθά παιδιά σε μια άλλη χώρα ({ $countries }).
handover-ask-summary = Θα έπαιρναν μια σύντομη περίληψη από όσα μας είπες.
handover-ask-summary-chat = Θα έπαιρναν μια σύντομη περίληψη από όσα μας είπες, και αυτή τη συζήτηση.
handover-ask-no = Μπορείς να πεις όχι. Αν πεις όχι, εδώ δεν αλλάζει τίποτα: συνεχίζουμε να μιλάμε.
handover-yes-button = Ναι
handover-summary-only-button = Ναι, αλλά όχι τη συζήτησή μας
handover-no-button = Όχι

# After the answer, until the case is sent.
handover-answered-yes = Είπες ναι.
handover-answered-summary-only = Είπες ναι, αλλά όχι για τη συζήτησή μας.
handover-answered-no = Είπες όχι. Συνεχίζουμε να μιλάμε εδώ.
handover-change-hint = Μπορείς να αλλάξεις την απάντησή σου μέχρι να σταλεί.
handover-change-button = Αλλαγή απάντησης

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Όσα μας είπες στάλθηκαν στη γραμμή βοήθειας { $partner } ({ $countries }).
handover-sent-worried = Τα στείλαμε χωρίς να σε ρωτήσουμε, γιατί ανησυχούμε για την ασφάλειά σου.
handover-sent-summary = Πήραν μια σύντομη περίληψη.
handover-sent-summary-chat = Πήραν μια σύντομη περίληψη και αυτή τη συζήτηση.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Σε συνδέουμε με τη γραμμή βοήθειας { $partner }…
handover-connected = Τώρα μιλάς με τη γραμμή βοήθειας { $partner }.
handover-failed-heading = Συνέχισε με τη γραμμή βοήθειας { $partner }
handover-failed-body = Δεν μπορέσαμε να σε συνδέσουμε. Άνοιξε τη σελίδα τους από τον σύνδεσμο παρακάτω και γράψε εκεί αυτόν τον κωδικό για να συνεχίσεις.
handover-failed-link = Άνοιγμα της σελίδας: { $partner }
