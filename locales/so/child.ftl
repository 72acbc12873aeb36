# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Somali), awaiting review by a native speaker.

page-title = Bridgeline – la hadal qof
page-title-neutral = Qoraallo
page-loading = Waa la soo dejinayaa…
page-needs-javascript = Boggan wuxuu u baahan yahay JavaScript si uu u shaqeeyo. Haddii aad hadda khatar ku jirto, wac 112.

quick-exit-button = Ka bax dhakhso
    .title = Hadda ka bax boggan (furaha Esc)

language-switcher-label = Luqadda

intro-heading = La hadal qof ku dhegeysta
intro-body = Waxaad noogu qori kartaa luqaddaada. Uma baahnid inaad magacaaga noo sheegto. Waxaad qorto waxay u dhexeeyaan adiga iyo la-taliyaha oo keliya.
intro-quick-exit-hint = Haddii qof yimaado, riix Esc ama “Ka bax dhakhso”. Boggan isla markiiba wuu xirmayaa.
intro-start-button = Bilow wada-hadalka

intake-heading = Ka hor intaynaan bilaabin
intake-body = Su’aalahan waxay naga caawiyaan inaan kuu helno qofka saxda ah. Waad ka boodi kartaa.
intake-skip-button = Ka bood oo bilow wada-hadalka
intake-continue-button = Bilow wada-hadalka
intake-topic-question = Maxay ku saabsan tahay? Waxaad dooran kartaa wax ka badan hal.
intake-age-question = Immisa jir baad tahay?
intake-languages-question = Ma akhrin kartaa luqado kale sidoo kale?
intake-country-question = Hadda waddankee baad joogtaa?
intake-country-none = Ma rabo inaan sheego

topic-family = Qoyska
topic-friends = Saaxiibada
topic-bullying = Cagajuglayn iyo caay
topic-violence = Qof baa i waxyeeleeya
topic-feelings = Dareenno iyo walwal
topic-body = Jirka iyo caafimaadka
topic-school = Iskuulka ama shaqada
topic-love = Jacayl iyo galmo
topic-online = Wax internetka ka dhacay
topic-migration = Waraaqo, magangelyo, inaan halkan ku cusub ahay
topic-missing = Qof baa maqan, ama waan cararay
topic-other = Wax kale

age-under-10 = Ka yar 10
age-10-12 = 10 ilaa 12
age-13-15 = 13 ilaa 15
age-16-17 = 16 ama 17
age-18-plus = 18 ama ka weyn

danger-heading = Hadda khatar ma ku jirtaa?
danger-body = Wac 112. Waa bilaash, isla markiiba way ku caawin karaan.
danger-call-button = Wac 112

queue-heading = Waxaad sugaysaa la-taliye
queue-position-announcement = { $position ->
    [1] Adiga ayaa xiga.
   *[other] Kaalintaada safka: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Waqtiga sugitaanka: qiyaastii { $minutes } daqiiqo
   *[other] Waqtiga sugitaanka: qiyaastii { $minutes } daqiiqo
}
queue-estimate-soon = Waqtiga sugitaanka: wax ka yar hal daqiiqo
queue-estimate-unknown = Weli ma sheegi karno inta ay qaadanayso.
queue-waiting-body = Fadlan halkan ku sug. Hadda ayaad qori kartaa waxa aad rabto inaad ka hadasho.

no-counsellor-heading = Hadda halkan ma joogo la-taliye ku hadla luqaddaada.
no-counsellor-next = Qof ayaa mar kale halkan joogi doona: { $time }
no-counsellor-stay = Safka waad ku sii jiri kartaa. Isla marka qof yimaado ayaan kuu jawaabi doonnaa.
no-counsellor-other-languages = La-taliyayaal ku hadla luqadahan ayaa hadda jooga:
no-counsellor-switch-button = Ku wada hadal luqaddan: { $language }
no-counsellor-phone = Sidoo kale waxaad bilaash u wici kartaa khadka caawinta carruurta:

chat-counsellor-label = La-taliye
chat-you-label = Adiga
chat-message-input-label = Fariintaada
chat-message-input-placeholder = Halkan ku qor…
chat-send-button = Dir
chat-end-button = Jooji wada-hadalka
chat-earlier-button = Muuji fariimihii hore
chat-status-sending = Waa la dirayaa…
chat-status-delivered = Waa la gaarsiiyay
chat-status-read = Waa la akhriyay
chat-counsellor-typing = { $name }: qoraal ayaa socda…

notice-counsellor-joined = Hadda waxaad la hadli kartaa { $name }.
notice-ended-by-child = Wada-hadalka waad joojisay.
notice-ended-by-counsellor = La-taliyaha ayaa joojiyay wada-hadalka.
notice-left-queue = Muddo ayaad maqnayd, sidaas darteed waad ka baxday safka. Waxaad bilaabi kartaa wada-hadal cusub.
notice-language-changed = Hadda waxaad sugaysaa la-taliye ku hadla luqaddan: { $language }
notice-counsellor-left = Qofkii ku caawinayay wuxuu ku qasbanaaday inuu baxo. Mar kale ayaad safka ku jirtaa, waxaana lagaaga hormarin doonaa wada-hadallada cusub.
notice-transferred = Wada-hadalkaaga waxaa loo wareejinayaa qof kale oo ku caawin kara. Qofkaasi wuu akhrin karaa waxaad qortay. Fadlan halkan ku sug.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Meel ku caawin karta
referral-call = Wac { $phone }
referral-website = Fur bogooda internetka
referral-always-open = Furan habeen iyo maalin
referral-hours = Waqtiga ay furan yihiin: { $hours }

ended-heading = Wada-hadalku wuu dhammaaday
ended-body = Waad ku mahadsan tahay inaad noo soo qortay. Mar kasta waad soo noqon kartaa.
ended-new-chat-button = Bilow wada-hadal cusub

rating-question = Wada-hadalkani ma ku caawiyay?
rating-helped = Haa
rating-somewhat = Wax yar
rating-not-helped = Maya
rating-thanks = Waad ku mahadsan tahay inaad noo sheegtay.

connection-reconnecting = Xiriirkii wuu go’ay. Mar kale ayaan isku dayaynaa…
connection-elsewhere = Wada-hadalkan hadda wuxuu ka furan yahay daaqad kale ama tab kale.

error-too-long = Fariintaadu aad bay u dheer tahay. Fadlan gaabi.
error-unknown-language = Weli kuma wada hadli karno luqaddan. Fadlan dooro luqad kale.
error-generic = Wax baa khaldamay. Fadlan mar kale isku day.

## Hostile input

error-control-character = Fariintaadu waxay leedahay xaraf qarsoon oo aan la diri karin. Fadlan tirtir oo mar kale isku day.
## Paused (blocked) page
paused-heading = Wada-hadalka hadda waa la hakiyay
paused-body = Mar kale ayaad noo qori kartaa: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Ka-bixitaanka degdegga ah wuxuu xirayaa boggan, laakiin taariikhda biraawsarkaaga ayaa weli muujin karta inaad halkan joogtay. Si aanay raad u hadhin, boggan ka fur daaqad gaar ah (qarsoon).
