## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Άλλες τρεις ερωτήσεις, αν θέλεις
survey-note = Μπορείς να τις προσπεράσεις. Κανείς δεν θα ξέρει ποιες απαντήσεις είναι δικές σου.
survey-listened = Ένιωσες ότι σε ακούσαμε;
survey-next-steps = Ξέρεις τι μπορείς να κάνεις τώρα;
survey-come-back = Θα ξαναμιλούσες μαζί μας;
survey-yes = Ναι
survey-not-sure = Δεν ξέρω
survey-no = Όχι
survey-send = Στείλε τις απαντήσεις
survey-skip = Προσπέρασε
survey-thanks = Ευχαριστούμε για τις απαντήσεις σου.
