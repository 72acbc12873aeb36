## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Vrei să revii mai târziu? Cu un cod de revenire poți citi din nou această discuție.
codes-take-button = Primește un cod de revenire
codes-your-code = Codul tău de revenire
codes-write-down = Scrie-l sau ține-l minte. Nu îl salvăm nicăieri și nu ți-l putem arăta din nou.
codes-secret = Păstrează-l secret: oricine îl are îți poate citi discuțiile.
codes-what-for = Cu el poți reveni: la aceeași persoană dacă este aici, să-ți citești din nou discuțiile sau să ștergi tot.
codes-done-button = L-am notat. Ascunde codul

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Poți lăsa un mesaj în schimb
codes-leave-body = Scrie mai jos ce vrei să ne spui și trimite. Apoi apasă „Lasă mesajul meu”. Cineva îți va răspunde mai târziu.
codes-leave-button = Lasă mesajul meu
codes-left-heading = Mesajul tău a fost lăsat
codes-left-body = Cineva din echipa noastră îl va citi și îți va răspunde.
codes-left-come-back = Revino cu codul tău de revenire ca să citești răspunsul.
codes-left-add = Poți să mai adaugi ceva mai jos.

# Coming back with a code, on the first screen.
codes-have-code-button = Am un cod de revenire
codes-back-heading = Bine ai revenit
codes-back-body = Scrie codul de revenire pe care l-ai primit. Are 12 cifre.
codes-code-label = Cod de revenire
codes-open-button = Deschide discuțiile mele
codes-back-button = Înapoi
codes-case-heading = Discuțiile tale de mai înainte
codes-case-body = Atinge o discuție ca s-o citești din nou.
codes-case-empty = Nu există discuții de arătat.
codes-chat-with = cu { $name }
codes-chat-unanswered = încă fără răspuns
codes-chat-left-message = un mesaj lăsat de tine
codes-chat-not-kept = nu mai este păstrată
codes-chat-now-button = Vorbește acum
codes-read-heading = O discuție de mai înainte
codes-back-to-list-button = Înapoi la discuțiile mele
codes-erase-button = Șterge tot
codes-erase-heading = Ștergi tot?
codes-erase-body = Toate discuțiile tale cu noi vor fi șterse, iar codul tău de revenire nu va mai funcționa. Nimeni nu le mai poate aduce înapoi.
codes-erase-yes-button = Da, șterge tot
codes-erase-no-button = Nu, păstrează discuțiile mele
codes-erased-heading = Totul a fost șters
codes-erased-body = Discuțiile tale sunt șterse și codul tău de revenire nu mai funcționează.
codes-erased-button = Înapoi la început

codes-error-wrong = Acest cod nu funcționează. Verifică cifrele și încearcă din nou.
codes-error-too-many = Prea multe coduri greșite. Poți încerca din nou: { $time }
codes-error-chat-live = O discuție încă este în desfășurare. Încheie-o mai întâi, apoi poți șterge tot.
