## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Όταν έρθει κάποιος που μιλά τη γλώσσα σου, θα είσαι στην πρώτη θέση της σειράς.
   *[other] Όταν έρθει κάποιος που μιλά τη γλώσσα σου, η θέση σου στη σειρά: { $position }
}
queue-unstaffed-unknown = Δεν ξέρουμε ακόμα πότε θα είναι εδώ κάποιος που μιλά τη γλώσσα σου.
queue-unstaffed-reader = Είναι εδώ κάποιος που μιλά μια άλλη γλώσσα που διαβάζεις, και μπορεί να σου απαντήσει.
presence-counsellor-connection-lost = Η σύνδεση με { $name } χάθηκε. Μείνε εδώ: αν δεν επιστρέψει σε λίγα λεπτά, θα σου απαντήσει ο επόμενος σύμβουλος.
