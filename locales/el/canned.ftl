# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Greek), awaiting review by a native speaker.

canned-greeting-welcome = Γεια σου, με λένε { $name }. Χαίρομαι που μας γράφεις. Για τι θα ήθελες να μιλήσουμε;
canned-greeting-take-time = Πάρε τον χρόνο σου. Μπορείς να γράψεις πολλά ή λίγα, όπως θέλεις.
canned-greeting-anonymous = Δεν χρειάζεται να μου πεις το όνομά σου. Ό,τι γράφεις μένει ανάμεσά μας, εκτός αν κινδυνεύεις.

canned-safety-safe-now = Είσαι ασφαλής αυτή τη στιγμή;
canned-safety-hurt = Σου έκανε κάποιος κακό ή έχεις χτυπήσει;
canned-safety-where = Είσαι κάπου όπου μπορείς να γράφεις χωρίς να βλέπει κανείς;
canned-safety-emergency = Αν κινδυνεύεις αυτή τη στιγμή, κάλεσε το 112. Είναι δωρεάν και μπορούν να στείλουν βοήθεια γρήγορα.
canned-safety-thoughts = Μερικές φορές οι άνθρωποι νιώθουν τόσο άσχημα που σκέφτονται να κάνουν κακό στον εαυτό τους ή να πεθάνουν. Κάνεις κι εσύ μερικές φορές τέτοιες σκέψεις;

canned-waiting-moment = Περίμενε λίγο, σε παρακαλώ. Είμαι ακόμα εδώ.
canned-waiting-checking = Ψάχνω κάτι για σένα. Θα επιστρέψω σε λίγα λεπτά.
canned-waiting-still-there = Είσαι ακόμα εδώ; Πάρε τον χρόνο σου, σε περιμένω.

canned-referral-offer = Ξέρω ένα μέρος που μπορεί να σε βοηθήσει με αυτό. Να σου στείλω τα στοιχεία τους;
canned-referral-card = Σου έστειλα τα στοιχεία τους. Μπορείς να τους τηλεφωνήσεις ή να ανοίξεις την ιστοσελίδα τους όποτε θέλεις.
canned-referral-adult = Υπάρχει κάποιο ενήλικο άτομο που εμπιστεύεσαι και μπορεί να έρθει μαζί σου εκεί;

canned-closing-thanks = Σε ευχαριστούμε που μας το εμπιστεύτηκες. Χρειάζεται θάρρος για να γράψεις.
canned-closing-come-back = Μπορείς να μας ξαναγράψεις όποτε θέλεις. Είμαστε εδώ για σένα.
canned-closing-goodbye = Τώρα θα κλείσω τη συζήτηση. Να προσέχεις τον εαυτό σου.
