# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Kurmanji Kurdish), awaiting review by a native speaker.

page-title = Bridgeline – bi kesekî re biaxive
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = Têbînî
page-loading = Tê barkirin…
page-needs-javascript = Ji bo ku ev rûpel bixebite, JavaScript hewce ye. Heke tu niha di xeterê de yî, li 112 bigere.

quick-exit-button = Derketina bilez
    .title = Niha ji vê rûpelê derkeve (bişkoka Esc)

language-switcher-label = Ziman

intro-heading = Bi kesekî re biaxive ku guh dide te
intro-body = Tu dikarî bi zimanê xwe ji me re binivîsî. Ne hewce ye ku tu navê xwe bibêjî. Tiştê ku tu dinivîsî, tenê di navbera te û şêwirmend de dimîne.
intro-quick-exit-hint = Heke kesek were, Esc an jî “Derketina bilez” bitikîne. Ev rûpel yekser tê girtin.
intro-start-button = Dest bi axaftinê bike

# Optional questions before the chat. Every one can be left out.
intake-heading = Berî ku em dest pê bikin
intake-body = Ev pirs alîkariya me dikin ku em kesê rast ji bo te bibînin. Tu dikarî wan derbas bikî.
intake-skip-button = Derbas bike û dest bi axaftinê bike
intake-continue-button = Dest bi axaftinê bike
intake-topic-question = Ev li ser çi ye? Tu dikarî ji yekê zêdetir hilbijêrî.
intake-age-question = Tu çend salî yî?
intake-languages-question = Tu zimanên din jî dikarî bixwînî?
intake-country-question = Tu niha li kîjan welatî yî?
intake-country-none = Naxwazim bibêjim

topic-family = Malbat
topic-friends = Heval
topic-bullying = Zorbazî û tinaz
topic-violence = Kesek min diêşîne
topic-feelings = Hest û xem
topic-body = Beden û tenduristî
topic-school = Dibistan an kar
topic-love = Evîn û seks
topic-online = Tiştek li ser înternetê
topic-migration = Kaxez, penaberî, li vir nû bûn
topic-missing = Kesek winda ye, an ez reviyam
topic-other = Tiştekî din

age-under-10 = Kêmtir ji 10
age-10-12 = 10 heta 12
age-13-15 = 13 heta 15
age-16-17 = 16 an 17
age-18-plus = 18 an zêdetir

danger-heading = Niha di xeterê de yî?
danger-body = Li 112 bigere. Belaş e, û ew dikarin yekser alîkariya te bikin.
danger-call-button = Li 112 bigere

queue-heading = Li benda şêwirmendekî
queue-position-announcement = { $position ->
    [1] Tu di rêzê de yekem î.
   *[other] Cihê te di rêzê de: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Dema bendê: nêzîkî { $minutes } deqîqe
   *[other] Dema bendê: nêzîkî { $minutes } deqîqe
}
queue-estimate-soon = Dema bendê: kêmtir ji deqîqeyekê
queue-estimate-unknown = Em hîn nizanin ku ew ê çiqas bidome.
queue-waiting-body = Ji kerema xwe li vir bisekine. Tu dikarî ji niha ve binivîsî ka tu dixwazî li ser çi biaxivî.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Niha li vir tu şêwirmend nîne ku bi zimanê te diaxive.
no-counsellor-next = Kesek wê di vê demê de dîsa li vir be: { $time }
no-counsellor-stay = Tu dikarî di rêzê de bimînî. Gava ku kesek were, em ê bersiva te bidin.
no-counsellor-other-languages = Şêwirmendên ku bi van zimanan diaxivin, niha li vir in:
no-counsellor-switch-button = Bi vî zimanî biaxive: { $language }
no-counsellor-phone = Tu dikarî belaş li xeta alîkariyê ya zarokan jî bigerî:

chat-counsellor-label = Şêwirmend
chat-you-label = Tu
chat-message-input-label = Peyama te
chat-message-input-placeholder = Li vir binivîse…
chat-send-button = Bişîne
chat-end-button = Axaftinê biqedîne
chat-earlier-button = Peyamên berê nîşan bide
chat-status-sending = Tê şandin…
chat-status-delivered = Gihîşt
chat-status-read = Hate xwendin
chat-counsellor-typing = { $name } dinivîse…

notice-counsellor-joined = { $name } li vir e ku bi te re biaxive.
notice-ended-by-child = Te axaftin qedand.
notice-ended-by-counsellor = Şêwirmend axaftin qedand.
notice-left-queue = Tu demekê ne li vir bûyî, ji ber vê yekê tu ji rêzê derketî. Tu dikarî axaftineke nû dest pê bikî.
notice-language-changed = Tu niha li benda şêwirmendekî yî ku bi vî zimanî diaxive: { $language }
notice-counsellor-left = Kesê ku alîkariya te dikir neçar ma ku biçe. Tu dîsa di rêzê de yî, û berî axaftinên nû dora te tê.
notice-transferred = Kesê ku alîkariya te dike, axaftina te dide kesekî din ku dikare alîkariya te bike. Ew dikare tiştên ku te nivîsîne bixwîne. Ji kerema xwe li vir bimîne.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Cihek ku dikare alîkariya te bike
referral-call = Li { $phone } bigere
referral-website = Malpera wan veke
referral-always-open = Şev û roj vekirî ye
referral-hours = Demên vekirinê: { $hours }

ended-heading = Axaftin qediya
ended-body = Spas ku te ji me re nivîsî. Tu dikarî her gav vegerî.
ended-new-chat-button = Axaftineke nû dest pê bike

rating-question = Ev axaftin alîkariya te kir?
rating-helped = Erê
rating-somewhat = Hinekî
rating-not-helped = Na
rating-thanks = Spas ku te ji me re got.

connection-reconnecting = Girêdan qut bû. Em dîsa diceribînin…
connection-elsewhere = Ev axaftin niha di pencereyeke din an rûpeleke din de vekirî ye.

error-too-long = Peyama te pir dirêj e. Ji kerema xwe wê kurttir bike.
error-unknown-language = Em hîn nikarin bi vî zimanî biaxivin. Ji kerema xwe zimanekî din hilbijêre.
error-generic = Tiştek xelet çû. Ji kerema xwe dîsa biceribîne.

## Hostile input

error-control-character = Di peyama te de nîşaneyek veşartî heye ku nayê şandin. Ji kerema xwe wê jê bibe û dîsa biceribîne.
## Paused (blocked) page
paused-heading = Axaftin niha ji bo demekê rawestiyaye
paused-body = Tu dikarî di vê demê de dîsa ji me re binivîsî: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Derketina bilez vê rûpelê digire, lê dîroka geroka te dîsa jî dikare nîşan bide ku tu li vir bûyî. Ji bo ku tu şop nemîne, vê rûpelê di pencereyeke taybet de veke.
