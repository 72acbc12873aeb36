# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Romanian), awaiting review by a native speaker.

page-title = Bridgeline – vorbește cu cineva
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Notițe
page-loading = Se încarcă…
page-needs-javascript = Pagina aceasta are nevoie de JavaScript ca să meargă. Dacă ești în pericol acum, sună la 112.

quick-exit-button = Ieșire rapidă
    .title = Pleacă acum de pe această pagină (tasta Esc)

language-switcher-label = Limba

intro-heading = Vorbește cu cineva care te ascultă
intro-body = Ne poți scrie în limba ta. Nu trebuie să ne spui cum te cheamă. Ce scrii rămâne între tine și persoana care vorbește cu tine.
intro-quick-exit-hint = Dacă vine cineva, apasă Esc sau „Ieșire rapidă”. Pagina se închide imediat.
intro-start-button = Începe discuția

# Optional questions before the chat. Every one can be left out.
intake-heading = Înainte să începem
intake-body = Întrebările acestea ne ajută să găsim persoana potrivită pentru tine. Poți să treci peste ele.
intake-skip-button = Treci peste și începe discuția
intake-continue-button = Începe discuția
intake-topic-question = Despre ce este vorba? Poți alege mai multe.
intake-age-question = Câți ani ai?
intake-languages-question = Știi să citești și în alte limbi?
intake-country-question = În ce țară ești acum?
intake-country-none = Nu vreau să spun

topic-family = Familia
topic-friends = Prietenii
topic-bullying = Bullying, batjocură
topic-violence = Cineva îmi face rău
topic-feelings = Sentimente și griji
topic-body = Corpul și sănătatea
topic-school = Școala sau munca
topic-love = Dragoste și sex
topic-online = Ceva pe internet
topic-migration = Acte, azil, viața într-o țară nouă
topic-missing = Cineva a dispărut sau am fugit
topic-other = Altceva

age-under-10 = Sub 10
age-10-12 = Între 10 și 12
age-13-15 = Între 13 și 15
age-16-17 = 16 sau 17
age-18-plus = 18 sau mai mult

danger-heading = Ești în pericol chiar acum?
danger-body = Sună la 112. E gratuit și te pot ajuta imediat.
danger-call-button = Sună la 112

queue-heading = Aștepți pe cineva din echipă
queue-position-announcement = { $position ->
    [1] Urmezi tu la rând.
   *[other] Locul tău la rând: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Timp de așteptare: cam { $minutes } minut
    [few] Timp de așteptare: cam { $minutes } minute
   *[other] Timp de așteptare: cam { $minutes } de minute
}
queue-estimate-soon = Timp de așteptare: mai puțin de un minut
queue-estimate-unknown = Nu știm încă cât va dura.
queue-waiting-body = Te rugăm să aștepți aici. Poți să scrii deja despre ce vrei să vorbești.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Acum nu este aici nimeni care să vorbească limba ta.
no-counsellor-next = Cineva va fi din nou aici: { $time }.
no-counsellor-stay = Poți să rămâi la rând. Îți răspundem imediat ce vine cineva.
no-counsellor-other-languages = Acum sunt aici persoane care vorbesc aceste limbi:
no-counsellor-switch-button = Vorbește în limba: { $language }
no-counsellor-phone = Poți să suni gratuit și la linia de ajutor pentru copii:

chat-counsellor-label = Persoana care te ajută
chat-you-label = Tu
chat-message-input-label = Mesajul tău
chat-message-input-placeholder = Scrie aici…
chat-send-button = Trimite
chat-end-button = Încheie discuția
chat-earlier-button = Arată mesajele anterioare
chat-status-sending = Se trimite…
chat-status-delivered = Livrat
chat-status-read = Citit
chat-counsellor-typing = { $name } scrie…

notice-counsellor-joined = { $name } este aici ca să vorbească cu tine.
notice-ended-by-child = Ai încheiat discuția.
notice-ended-by-counsellor = Persoana din echipă a încheiat discuția.
notice-left-queue = Ai lipsit o vreme, așa că ți-ai pierdut locul la rând. Poți începe o discuție nouă.
notice-language-changed = Acum aștepți pe cineva care vorbește limba: { $language }.
notice-counsellor-left = Persoana care te ajuta a trebuit să plece. Ești din nou la rând, înaintea conversațiilor noi.
notice-transferred = Persoana care te ajută îți dă discuția mai departe cuiva care te poate ajuta. Această persoană poate citi ce ai scris. Te rugăm să rămâi aici.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Un loc care te poate ajuta
referral-call = Sună la { $phone }
referral-website = Deschide site-ul lor
referral-always-open = Deschis zi și noapte
referral-hours = Program: { $hours }

ended-heading = Discuția s-a încheiat
ended-body = Îți mulțumim că ne-ai scris. Poți reveni oricând.
ended-new-chat-button = Începe o discuție nouă

rating-question = Te-a ajutat discuția aceasta?
rating-helped = Da
rating-somewhat = Puțin
rating-not-helped = Nu
rating-thanks = Îți mulțumim că ne-ai spus.

connection-reconnecting = Conexiunea s-a pierdut. Încercăm din nou…
connection-elsewhere = Discuția aceasta este acum deschisă în altă fereastră sau filă.

error-too-long = Mesajul tău este prea lung. Te rugăm să-l scurtezi.
error-unknown-language = Încă nu putem vorbi în limba aceasta. Te rugăm să alegi alta.
error-generic = Ceva nu a mers bine. Te rugăm să încerci din nou.

## Hostile input

error-control-character = Mesajul tău conține un caracter ascuns care nu poate fi trimis. Te rugăm să-l ștergi și să încerci din nou.
## Paused (blocked) page
paused-heading = Discuția este în pauză deocamdată
paused-body = Ne poți scrie din nou: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Ieșirea rapidă închide această pagină, dar istoricul browserului poate arăta în continuare că ai fost aici. Ca să nu lași nicio urmă, deschide această pagină într-o fereastră privată (incognito).
