## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Θέλεις να ξανάρθεις αργότερα; Με έναν κωδικό επιστροφής μπορείς να ξαναδιαβάσεις αυτή τη συζήτηση.
codes-take-button = Πάρε κωδικό επιστροφής
codes-your-code = Ο κωδικός επιστροφής σου
codes-write-down = Γράψ’ τον κάπου ή θυμήσου τον. Δεν τον αποθηκεύουμε πουθενά και δεν μπορούμε να σου τον ξαναδείξουμε.
codes-secret = Κράτησέ τον μυστικό: όποιος τον έχει μπορεί να διαβάσει τις συζητήσεις σου.
codes-what-for = Με αυτόν μπορείς να ξανάρθεις: στον ίδιο σύμβουλο αν είναι εδώ, να ξαναδιαβάσεις τις συζητήσεις σου ή να τα σβήσεις όλα.
codes-done-button = Τον έχω. Κρύψε τον κωδικό

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Μπορείς να αφήσεις ένα μήνυμα
codes-leave-body = Γράψε παρακάτω τι θέλεις να μας πεις και στείλ’ το. Μετά πάτα «Άφησε το μήνυμά μου». Κάποιος θα σου απαντήσει αργότερα.
codes-leave-button = Άφησε το μήνυμά μου
codes-left-heading = Το μήνυμά σου αφέθηκε
codes-left-body = Ένας σύμβουλος θα το διαβάσει και θα σου απαντήσει.
codes-left-come-back = Έλα ξανά με τον κωδικό επιστροφής σου για να διαβάσεις την απάντηση.
codes-left-add = Μπορείς ακόμα να γράψεις κι άλλα παρακάτω.

# Coming back with a code, on the first screen.
codes-have-code-button = Έχω κωδικό επιστροφής
codes-back-heading = Καλώς ήρθες ξανά
codes-back-body = Γράψε τον κωδικό επιστροφής που πήρες. Έχει 12 ψηφία.
codes-code-label = Κωδικός επιστροφής
codes-open-button = Άνοιξε τις συζητήσεις μου
codes-back-button = Πίσω
codes-case-heading = Οι προηγούμενες συζητήσεις σου
codes-case-body = Πάτα μια συζήτηση για να την ξαναδιαβάσεις.
codes-case-empty = Δεν υπάρχουν συζητήσεις για να δεις.
codes-chat-with = σύμβουλος: { $name }
codes-chat-unanswered = δεν απαντήθηκε ακόμα
codes-chat-left-message = ένα μήνυμα που άφησες
codes-chat-not-kept = δεν φυλάσσεται πια
codes-chat-now-button = Συζήτηση τώρα
codes-read-heading = Μια προηγούμενη συζήτηση
codes-back-to-list-button = Πίσω στις συζητήσεις μου
codes-erase-button = Σβήσε τα όλα
codes-erase-heading = Να σβηστούν όλα;
codes-erase-body = Όλες οι συζητήσεις σου μαζί μας θα σβηστούν και ο κωδικός επιστροφής σου θα σταματήσει να λειτουργεί. Κανείς δεν μπορεί να τις φέρει πίσω.
codes-erase-yes-button = Ναι, σβήσε τα όλα
codes-erase-no-button = Όχι, κράτα τις συζητήσεις μου
codes-erased-heading = Όλα σβήστηκαν
codes-erased-body = Οι συζητήσεις σου σβήστηκαν και ο κωδικός επιστροφής σου δεν λειτουργεί πια.
codes-erased-button = Πίσω στην αρχή

codes-error-wrong = Αυτός ο κωδικός δεν λειτουργεί. Έλεγξε τα ψηφία και δοκίμασε ξανά.
codes-error-too-many = Πάρα πολλοί λάθος κωδικοί. Μπορείς να δοκιμάσεις ξανά: { $time }
codes-error-chat-live = Μια συζήτηση συνεχίζεται ακόμα. Τελείωσέ την πρώτα και μετά μπορείς να τα σβήσεις όλα.
