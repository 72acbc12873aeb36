# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Γραμμή βοήθειας για παιδιά
service-eu-116111-description = Δωρεάν γραμμή βοήθειας για παιδιά στις περισσότερες χώρες της ΕΕ. Μπορείς να μιλήσεις για ό,τι σε ανησυχεί. Οι ώρες λειτουργίας διαφέρουν από χώρα σε χώρα.

service-eu-116000-name = 116 000 – Παιδιά που χάθηκαν
service-eu-116000-description = Δωρεάν αριθμός στις περισσότερες χώρες της ΕΕ για όταν χάνεται ένα παιδί. Κάλεσε αν κάποιος χάθηκε ή αν το έσκασες και χρειάζεσαι βοήθεια.

service-eu-112-name = 112 – Έκτακτη ανάγκη
service-eu-112-description = Δωρεάν, μέρα και νύχτα, σε κάθε χώρα της ΕΕ. Κάλεσε αν εσύ ή κάποιος άλλος κινδυνεύει τώρα.
