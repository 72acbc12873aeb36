# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Albanian), awaiting review by a native speaker.

page-title = Bridgeline – fol me dikë
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Shënime
page-loading = Po ngarkohet…
page-needs-javascript = Kjo faqe ka nevojë për JavaScript që të punojë. Nëse je në rrezik tani, telefono 112.

quick-exit-button = Dalje e shpejtë
    .title = Largohu nga kjo faqe tani (tasti Esc)

language-switcher-label = Gjuha

intro-heading = Fol me dikë që të dëgjon
intro-body = Mund të na shkruash në gjuhën tënde. Nuk ke nevojë të na thuash emrin. Ato që shkruan mbeten mes teje dhe personit që flet me ty.
intro-quick-exit-hint = Nëse vjen dikush, shtyp Esc ose «Dalje e shpejtë». Kjo faqe mbyllet menjëherë.
intro-start-button = Fillo bisedën

# Optional questions before the chat. Every one can be left out.
intake-heading = Para se të fillojmë
intake-body = Këto pyetje na ndihmojnë të gjejmë personin e duhur për ty. Mund t’i kapërcesh.
intake-skip-button = Kapërceji dhe fillo bisedën
intake-continue-button = Fillo bisedën
intake-topic-question = Për çfarë bëhet fjalë? Mund të zgjedhësh më shumë se një.
intake-age-question = Sa vjeç je?
intake-languages-question = A mund të lexosh edhe në gjuhë të tjera?
intake-country-question = Në cilin shtet je tani?
intake-country-none = Nuk dua ta them

topic-family = Familja
topic-friends = Miqtë
topic-bullying = Bulizmi dhe ngacmimet
topic-violence = Dikush më lëndon
topic-feelings = Ndjenjat dhe shqetësimet
topic-body = Trupi dhe shëndeti
topic-school = Shkolla ose puna
topic-love = Dashuria dhe seksi
topic-online = Diçka në internet
topic-migration = Dokumentet, azili, jeta në një vend të ri
topic-missing = Dikush është zhdukur ose unë kam ikur
topic-other = Diçka tjetër

age-under-10 = Nën 10
age-10-12 = 10 deri në 12
age-13-15 = 13 deri në 15
age-16-17 = 16 ose 17
age-18-plus = 18 ose më shumë

danger-heading = Je në rrezik tani?
danger-body = Telefono 112. Është falas dhe mund të të ndihmojnë menjëherë.
danger-call-button = Telefono 112

queue-heading = Po pret dikë nga ekipi
queue-position-announcement = { $position ->
    [1] Pas pak vjen radha jote.
   *[other] Vendi yt në radhë: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Koha e pritjes: rreth { $minutes } minutë
   *[other] Koha e pritjes: rreth { $minutes } minuta
}
queue-estimate-soon = Koha e pritjes: më pak se një minutë
queue-estimate-unknown = Nuk e dimë ende sa do të zgjasë.
queue-waiting-body = Të lutem, prit këtu. Mund të shkruash që tani për çfarë do të flasësh.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Tani nuk ka këtu askënd që flet gjuhën tënde.
no-counsellor-next = Dikush do të jetë sërish këtu: { $time }.
no-counsellor-stay = Mund të qëndrosh në radhë. Do të të përgjigjemi sapo të vijë dikush.
no-counsellor-other-languages = Tani janë këtu njerëz që flasin këto gjuhë:
no-counsellor-switch-button = Bisedo në gjuhën: { $language }
no-counsellor-phone = Mund të telefonosh falas edhe linjën e ndihmës për fëmijët:

chat-counsellor-label = Personi që të ndihmon
chat-you-label = Ti
chat-message-input-label = Mesazhi yt
chat-message-input-placeholder = Shkruaj këtu…
chat-send-button = Dërgo
chat-end-button = Mbyll bisedën
chat-earlier-button = Shfaq mesazhet e mëparshme
chat-status-sending = Po dërgohet…
chat-status-delivered = U dorëzua
chat-status-read = U lexua
chat-counsellor-typing = { $name } po shkruan…

notice-counsellor-joined = { $name } është këtu për të folur me ty.
notice-ended-by-child = E mbylle bisedën.
notice-ended-by-counsellor = Personi që fliste me ty e mbylli bisedën.
notice-left-queue = Mungove për pak kohë, prandaj dole nga radha. Mund të fillosh një bisedë të re.
notice-language-changed = Tani po pret dikë që flet gjuhën: { $language }.
notice-counsellor-left = Personi që të ndihmonte u detyrua të largohej. Je përsëri në radhë dhe do të vish para bisedave të reja.
notice-transferred = Personi që të ndihmon po ia kalon bisedën tënde dikujt tjetër që mund të të ndihmojë. Ky person mund të lexojë çfarë ke shkruar. Të lutem, qëndro këtu.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Një vend që mund të të ndihmojë
referral-call = Telefono { $phone }
referral-website = Hap faqen e tyre të internetit
referral-always-open = Hapur ditë e natë
referral-hours = Hapur: { $hours }

ended-heading = Biseda mbaroi
ended-body = Faleminderit që na shkrove. Mund të kthehesh kurdo.
ended-new-chat-button = Fillo një bisedë të re

rating-question = A të ndihmoi kjo bisedë?
rating-helped = Po
rating-somewhat = Pak
rating-not-helped = Jo
rating-thanks = Faleminderit që na tregove.

connection-reconnecting = Lidhja u ndërpre. Po provojmë sërish…
connection-elsewhere = Kjo bisedë është hapur tani në një dritare ose skedë tjetër.

error-too-long = Mesazhi yt është shumë i gjatë. Të lutem, shkurtoje.
error-unknown-language = Ende nuk mund të bisedojmë në këtë gjuhë. Të lutem, zgjidh një tjetër.
error-generic = Diçka nuk shkoi mirë. Të lutem, provo përsëri.

## Hostile input

error-control-character = Mesazhi yt ka një shenjë të fshehur që nuk mund të dërgohet. Të lutem, fshije dhe provo përsëri.
## Paused (blocked) page
paused-heading = Biseda është në pauzë për tani
paused-body = Mund të na shkruash sërish: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Dalja e shpejtë e mbyll këtë faqe, por historiku i shfletuesit mund të tregojë ende që ke qenë këtu. Që të mos lësh asnjë gjurmë, hape këtë faqe në një dritare private (inkognito).
