# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Amharic), awaiting review by a native speaker.
# The child is addressed with the polite forms (እርስዎ, -ዎ), which are the same for
# girls and boys; the counsellor with honorific (plural) verb forms, also neutral.

page-title = Bridgeline – ከአንድ ሰው ጋር ያውሩ
page-title-neutral = ማስታወሻ
page-loading = በመጫን ላይ…
page-needs-javascript = ይህ ገጽ እንዲሠራ JavaScript ያስፈልገዋል። አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ።

quick-exit-button = ፈጣን መውጫ
    .title = ከዚህ ገጽ አሁኑኑ ይውጡ (የEsc ቁልፍ)

language-switcher-label = ቋንቋ

intro-heading = ከሚያዳምጥዎ ሰው ጋር ያውሩ
intro-body = በራስዎ ቋንቋ ሊጽፉልን ይችላሉ። ስምዎን መናገር አያስፈልግም። የሚጽፉት በእርስዎና በአማካሪዎ መካከል ብቻ ይቀራል።
intro-quick-exit-hint = አንድ ሰው ከመጣ Esc ወይም «ፈጣን መውጫ» የሚለውን ይጫኑ። ይህ ገጽ ወዲያውኑ ይዘጋል።
intro-start-button = ውይይት ይጀምሩ

intake-heading = ከመጀመራችን በፊት
intake-body = እነዚህ ጥያቄዎች ለእርስዎ ትክክለኛውን ሰው እንድናገኝ ይረዱናል። መዝለል ይችላሉ።
intake-skip-button = ይዝለሉና ውይይት ይጀምሩ
intake-continue-button = ውይይት ይጀምሩ
intake-topic-question = ስለ ምንድን ነው? ከአንድ በላይ መምረጥ ይችላሉ።
intake-age-question = ዕድሜዎ ስንት ነው?
intake-languages-question = ሌሎች ቋንቋዎችንም ማንበብ ይችላሉ?
intake-country-question = አሁን በየትኛው አገር ነዎት?
intake-country-none = መናገር አልፈልግም

topic-family = ቤተሰብ
topic-friends = ጓደኞች
topic-bullying = ጉልበተኝነት፣ ማሾፍና ማስፈራራት
topic-violence = አንድ ሰው ይጎዳኛል
topic-feelings = ስሜቶችና ጭንቀቶች
topic-body = ሰውነትና ጤና
topic-school = ትምህርት ቤት ወይም ሥራ
topic-love = ፍቅርና ወሲብ
topic-online = በኢንተርኔት ላይ የሆነ ነገር
topic-migration = ወረቀቶች፣ ጥገኝነት፣ እዚህ አዲስ መሆን
topic-missing = አንድ ሰው ጠፍቷል፣ ወይም እኔ ኮብልያለሁ
topic-other = ሌላ ነገር

age-under-10 = ከ10 በታች
age-10-12 = ከ10 እስከ 12
age-13-15 = ከ13 እስከ 15
age-16-17 = 16 ወይም 17
age-18-plus = 18 ወይም ከዚያ በላይ

danger-heading = አሁን አደጋ ላይ ነዎት?
danger-body = ወደ 112 ይደውሉ። ነፃ ነው፤ ወዲያውኑ ሊረዱዎት ይችላሉ።
danger-call-button = ወደ 112 ይደውሉ

queue-heading = አማካሪ በመጠበቅ ላይ
queue-position-announcement = { $position ->
    [1] ቀጥሎ የእርስዎ ተራ ነው።
   *[other] በሰልፉ ያለዎት ቦታ፦ { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] የመጠበቂያ ጊዜ፦ በግምት { $minutes } ደቂቃ
   *[other] የመጠበቂያ ጊዜ፦ በግምት { $minutes } ደቂቃ
}
queue-estimate-soon = የመጠበቂያ ጊዜ፦ ከአንድ ደቂቃ ያነሰ
queue-estimate-unknown = ምን ያህል ጊዜ እንደሚወስድ ገና መናገር አንችልም።
queue-waiting-body = እባክዎ እዚህ ይጠብቁ። ስለ ምን ማውራት እንደሚፈልጉ አሁኑኑ መጻፍ ይችላሉ።

no-counsellor-heading = አሁን ቋንቋዎን የሚናገሩ አማካሪዎች እዚህ የሉም።
no-counsellor-next = እንደገና አንድ ሰው እዚህ የሚኖርበት ጊዜ፦ { $time }
no-counsellor-stay = በሰልፉ መቆየት ይችላሉ። አንድ ሰው እንደመጣ ወዲያውኑ እንመልስልዎታለን።
no-counsellor-other-languages = እነዚህን ቋንቋዎች የሚናገሩ አማካሪዎች አሁን እዚህ አሉ፦
no-counsellor-switch-button = በ{ $language } ይወያዩ
no-counsellor-phone = ለልጆች የእርዳታ መስመርም በነፃ መደወል ይችላሉ፦

chat-counsellor-label = አማካሪ
chat-you-label = እርስዎ
chat-message-input-label = መልእክትዎ
chat-message-input-placeholder = እዚህ ይጻፉ…
chat-send-button = ይላኩ
chat-end-button = ውይይቱን ይጨርሱ
chat-earlier-button = ቀደም ያሉ መልዕክቶችን አሳይ
chat-status-sending = በመላክ ላይ…
chat-status-delivered = ደርሷል
chat-status-read = ተነቧል
chat-counsellor-typing = { $name } እየጻፉ ነው…

notice-counsellor-joined = { $name } ከእርስዎ ጋር ለማውራት እዚህ አሉ።
notice-ended-by-child = እርስዎ ውይይቱን ጨርሰዋል።
notice-ended-by-counsellor = አማካሪዎ ውይይቱን ጨርሰዋል።
notice-left-queue = ለተወሰነ ጊዜ እዚህ ስላልነበሩ ከሰልፉ ወጥተዋል። አዲስ ውይይት መጀመር ይችላሉ።
notice-language-changed = አሁን { $language } የሚናገሩ አማካሪ እየጠበቁ ነው።
notice-counsellor-left = ሲረዳዎት የነበረው ሰው መሄድ ነበረበት። እንደገና ወረፋ ላይ ነዎት፣ ከአዲስ ውይይቶች በፊት ተራዎ ይደርሳል።
notice-transferred = አማካሪዎ ውይይትዎን ሊረዳዎት ለሚችል ሌላ ሰው እያስተላለፉ ነው። እሳቸውም የጻፉትን ማንበብ ይችላሉ። እባክዎ እዚሁ ይቆዩ።

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ሊረዳዎት የሚችል ቦታ
referral-call = ወደ { $phone } ይደውሉ
referral-website = ድረ-ገጻቸውን ይክፈቱ
referral-always-open = ቀንና ሌሊት ክፍት ነው
referral-hours = የሥራ ሰዓት፦ { $hours }

ended-heading = ውይይቱ አልቋል
ended-body = ስለጻፉልን እናመሰግናለን። በማንኛውም ጊዜ ተመልሰው መምጣት ይችላሉ።
ended-new-chat-button = አዲስ ውይይት ይጀምሩ

rating-question = ይህ ውይይት ረድቶዎታል?
rating-helped = አዎ
rating-somewhat = ትንሽ
rating-not-helped = አይ
rating-thanks = ስለነገሩን እናመሰግናለን።

connection-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና እየሞከርን ነው…
connection-elsewhere = ይህ ውይይት አሁን በሌላ መስኮት ወይም ትር ውስጥ ተከፍቷል።

error-too-long = መልእክትዎ በጣም ረጅም ነው። እባክዎ ያሳጥሩት።
error-unknown-language = በዚህ ቋንቋ ገና መወያየት አንችልም። እባክዎ ሌላ ቋንቋ ይምረጡ።
error-generic = የሆነ ችግር ተፈጥሯል። እባክዎ እንደገና ይሞክሩ።

## Hostile input

error-control-character = መልእክትዎ ሊላክ የማይችል የተደበቀ ምልክት አለው። እባክዎ ያጥፉትና እንደገና ይሞክሩ።
## Paused (blocked) page
paused-heading = ውይይቱ ለአሁን ቆሟል
paused-body = እንደገና ልትጽፍልን ትችላለህ፦ { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = ፈጣን መውጫ ይህን ገጽ ይዘጋል፤ ነገር ግን የአሳሽህ ታሪክ እዚህ እንደነበርክ ሊያሳይ ይችላል። ምንም ምልክት እንዳይቀር ይህን ገጽ በግል (ኢንኮግኒቶ) መስኮት ክፈት።
