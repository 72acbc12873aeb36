# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Greek), awaiting review by a native speaker.

page-title = Bridgeline – μίλησε με κάποιον
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Σημειώσεις
page-loading = Φόρτωση…
page-needs-javascript = Αυτή η σελίδα χρειάζεται JavaScript για να λειτουργήσει. Αν κινδυνεύεις τώρα, κάλεσε το 112.

quick-exit-button = Γρήγορη έξοδος
    .title = Φύγε τώρα από αυτή τη σελίδα (πλήκτρο Esc)

language-switcher-label = Γλώσσα

intro-heading = Μίλησε με κάποιον που σε ακούει
intro-body = Μπορείς να μας γράψεις στη γλώσσα σου. Δεν χρειάζεται να μας πεις το όνομά σου. Ό,τι γράφεις μένει ανάμεσα σε σένα και στο άτομο που μιλάει μαζί σου.
intro-quick-exit-hint = Αν έρθει κάποιος, πάτα Esc ή «Γρήγορη έξοδος». Η σελίδα κλείνει αμέσως.
intro-start-button = Ξεκίνα τη συζήτηση

# Optional questions before the chat. Every one can be left out.
intake-heading = Πριν ξεκινήσουμε
intake-body = Αυτές οι ερωτήσεις μάς βοηθούν να βρούμε το κατάλληλο άτομο για σένα. Μπορείς να τις προσπεράσεις.
intake-skip-button = Προσπέρασε και ξεκίνα τη συζήτηση
intake-continue-button = Ξεκίνα τη συζήτηση
intake-topic-question = Για ποιο θέμα θέλεις να μιλήσεις; Μπορείς να διαλέξεις πάνω από ένα.
intake-age-question = Πόσων χρονών είσαι;
intake-languages-question = Μπορείς να διαβάσεις και άλλες γλώσσες;
intake-country-question = Σε ποια χώρα είσαι τώρα;
intake-country-none = Δεν θέλω να το πω

topic-family = Οικογένεια
topic-friends = Φίλοι
topic-bullying = Εκφοβισμός (bullying)
topic-violence = Κάποιος μου κάνει κακό
topic-feelings = Συναισθήματα και ανησυχίες
topic-body = Σώμα και υγεία
topic-school = Σχολείο ή δουλειά
topic-love = Έρωτας και σεξ
topic-online = Κάτι στο ίντερνετ
topic-migration = Χαρτιά, άσυλο, ζωή σε νέα χώρα
topic-missing = Κάποιος χάθηκε ή το έσκασα
topic-other = Κάτι άλλο

age-under-10 = Κάτω από 10
age-10-12 = 10 έως 12
age-13-15 = 13 έως 15
age-16-17 = 16 ή 17
age-18-plus = 18 ή περισσότερο

danger-heading = Κινδυνεύεις αυτή τη στιγμή;
danger-body = Κάλεσε το 112. Είναι δωρεάν και μπορούν να σε βοηθήσουν αμέσως.
danger-call-button = Κάλεσε το 112

queue-heading = Περιμένεις τη σειρά σου
queue-position-announcement = { $position ->
    [1] Η σειρά σου είναι η επόμενη.
   *[other] Η θέση σου στη σειρά: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Χρόνος αναμονής: περίπου { $minutes } λεπτό
   *[other] Χρόνος αναμονής: περίπου { $minutes } λεπτά
}
queue-estimate-soon = Χρόνος αναμονής: λιγότερο από ένα λεπτό
queue-estimate-unknown = Δεν ξέρουμε ακόμα πόση ώρα θα χρειαστεί.
queue-waiting-body = Περίμενε εδώ, σε παρακαλούμε. Μπορείς ήδη να γράψεις για τι θέλεις να μιλήσεις.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Αυτή τη στιγμή δεν είναι εδώ κανείς που μιλά τη γλώσσα σου.
no-counsellor-next = Κάποιος θα είναι ξανά εδώ: { $time }.
no-counsellor-stay = Μπορείς να μείνεις στη σειρά. Θα σου απαντήσουμε μόλις έρθει κάποιος.
no-counsellor-other-languages = Τώρα είναι εδώ σύμβουλοι που μιλούν αυτές τις γλώσσες:
no-counsellor-switch-button = Συζήτηση στη γλώσσα: { $language }
no-counsellor-phone = Μπορείς επίσης να τηλεφωνήσεις δωρεάν στη γραμμή βοήθειας για παιδιά:

chat-counsellor-label = Σύμβουλος
chat-you-label = Εσύ
chat-message-input-label = Το μήνυμά σου
chat-message-input-placeholder = Γράψε εδώ…
chat-send-button = Στείλε
chat-end-button = Τέλος συζήτησης
chat-earlier-button = Εμφάνιση παλαιότερων μηνυμάτων
chat-status-sending = Στέλνεται…
chat-status-delivered = Παραδόθηκε
chat-status-read = Διαβάστηκε
chat-counsellor-typing = { $name } γράφει…

notice-counsellor-joined = { $name } είναι εδώ για να μιλήσει μαζί σου.
notice-ended-by-child = Έκλεισες τη συζήτηση.
notice-ended-by-counsellor = Το άτομο που σου μιλούσε έκλεισε τη συζήτηση.
notice-left-queue = Έλειπες για λίγη ώρα, γι’ αυτό βγήκες από τη σειρά. Μπορείς να ξεκινήσεις νέα συζήτηση.
notice-language-changed = Τώρα περιμένεις κάποιον που μιλά τη γλώσσα: { $language }.
notice-counsellor-left = Το άτομο που σε βοηθούσε έπρεπε να φύγει. Είσαι ξανά στη σειρά, πριν από τις νέες συνομιλίες.
notice-transferred = Το άτομο που σε βοηθά δίνει τη συζήτησή σου σε κάποιο άλλο άτομο που μπορεί να σε βοηθήσει. Θα μπορεί να διαβάσει ό,τι έγραψες. Μείνε εδώ, σε παρακαλούμε.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Ένα μέρος που μπορεί να σε βοηθήσει
referral-call = Κάλεσε το { $phone }
referral-website = Άνοιξε την ιστοσελίδα τους
referral-always-open = Ανοιχτά μέρα και νύχτα
referral-hours = Ανοιχτά: { $hours }

ended-heading = Η συζήτηση τελείωσε
ended-body = Σε ευχαριστούμε που μας έγραψες. Μπορείς να ξανάρθεις όποτε θέλεις.
ended-new-chat-button = Ξεκίνα νέα συζήτηση

rating-question = Σε βοήθησε αυτή η συζήτηση;
rating-helped = Ναι
rating-somewhat = Λίγο
rating-not-helped = Όχι
rating-thanks = Σε ευχαριστούμε που μας το είπες.

connection-reconnecting = Η σύνδεση χάθηκε. Προσπαθούμε ξανά…
connection-elsewhere = Αυτή η συζήτηση είναι τώρα ανοιχτή σε άλλο παράθυρο ή καρτέλα.

error-too-long = Το μήνυμά σου είναι πολύ μεγάλο. Γράψ’ το πιο σύντομα, σε παρακαλούμε.
error-unknown-language = Δεν μπορούμε ακόμα να μιλήσουμε σε αυτή τη γλώσσα. Διάλεξε μια άλλη, σε παρακαλούμε.
error-generic = Κάτι πήγε στραβά. Δοκίμασε ξανά, σε παρακαλούμε.

## Hostile input

error-control-character = Το μήνυμά σου έχει έναν κρυφό χαρακτήρα που δεν μπορεί να σταλεί. Σβήσ’ τον και δοκίμασε ξανά.
## Paused (blocked) page
paused-heading = Η συζήτηση είναι σε παύση προς το παρόν
paused-body = Μπορείς να μας γράψεις ξανά: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Η γρήγορη έξοδος κλείνει αυτή τη σελίδα, αλλά το ιστορικό του προγράμματος περιήγησης μπορεί να δείχνει ακόμα ότι ήσουν εδώ. Για να μη μείνει κανένα ίχνος, άνοιξε αυτή τη σελίδα σε ιδιωτικό παράθυρο.
