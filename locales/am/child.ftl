# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Amharic), awaiting review by a native speaker.
# The child is addressed in the informal singular (አንተ, -ህ), as one speaks to a
# child; Amharic's singular "you" has a masculine and a feminine form, and the
# masculine one stands here as the general form (second review, 2026-12-03: the
# polite እርስዎ read as distant and formal, and paused-body already used አንተ). The
# counsellor keeps honorific (plural) verb forms, which name no gender.

page-title = Bridgeline – ከአንድ ሰው ጋር አውራ
page-title-neutral = ማስታወሻ
page-loading = በመጫን ላይ…
page-needs-javascript = ይህ ገጽ እንዲሠራ JavaScript ያስፈልገዋል። አሁን አደጋ ላይ ከሆንክ ወደ 112 ደውል።

quick-exit-button = ፈጣን መውጫ
    .title = ከዚህ ገጽ አሁኑኑ ውጣ (የEsc ቁልፍ)

language-switcher-label = ቋንቋ

intro-heading = ከሚያዳምጥህ ሰው ጋር አውራ
intro-body = በራስህ ቋንቋ ልትጽፍልን ትችላለህ። ስምህን መናገር አያስፈልግህም። የምትጽፈው በአንተና በአማካሪህ መካከል ብቻ ይቀራል።
intro-quick-exit-hint = አንድ ሰው ከመጣ Esc ወይም «ፈጣን መውጫ» የሚለውን ተጫን። ይህ ገጽ ወዲያውኑ ይዘጋል።
intro-start-button = ውይይት ጀምር

intake-heading = ከመጀመራችን በፊት
intake-body = እነዚህ ጥያቄዎች ለአንተ ትክክለኛውን ሰው እንድናገኝ ይረዱናል። ልትዘልላቸው ትችላለህ።
intake-skip-button = ዝለልና ውይይት ጀምር
intake-continue-button = ውይይት ጀምር
intake-topic-question = ስለ ምንድን ነው? ከአንድ በላይ መምረጥ ትችላለህ።
intake-age-question = ዕድሜህ ስንት ነው?
intake-languages-question = ሌሎች ቋንቋዎችንም ማንበብ ትችላለህ?
intake-country-question = አሁን በየትኛው አገር ነህ?
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

danger-heading = አሁን አደጋ ላይ ነህ?
danger-body = ወደ 112 ደውል። ነፃ ነው፤ ወዲያውኑ ሊረዱህ ይችላሉ።
danger-call-button = ወደ 112 ደውል

queue-heading = አማካሪ በመጠበቅ ላይ
queue-position-announcement = { $position ->
    [1] ቀጥሎ የአንተ ተራ ነው።
   *[other] በሰልፉ ያለህ ቦታ፦ { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] የመጠበቂያ ጊዜ፦ በግምት { $minutes } ደቂቃ
   *[other] የመጠበቂያ ጊዜ፦ በግምት { $minutes } ደቂቃ
}
queue-estimate-soon = የመጠበቂያ ጊዜ፦ ከአንድ ደቂቃ ያነሰ
queue-estimate-unknown = ምን ያህል ጊዜ እንደሚወስድ ገና መናገር አንችልም።
queue-waiting-body = እባክህ እዚህ ጠብቅ። ስለ ምን ማውራት እንደምትፈልግ አሁኑኑ መጻፍ ትችላለህ።

no-counsellor-heading = አሁን ቋንቋህን የሚናገሩ አማካሪዎች እዚህ የሉም።
no-counsellor-next = እንደገና አንድ ሰው እዚህ የሚኖርበት ጊዜ፦ { $time }
no-counsellor-stay = በሰልፉ መቆየት ትችላለህ። አንድ ሰው እንደመጣ ወዲያውኑ እንመልስልሃለን።
no-counsellor-other-languages = እነዚህን ቋንቋዎች የሚናገሩ አማካሪዎች አሁን እዚህ አሉ፦
no-counsellor-switch-button = ውይይት በዚህ ቋንቋ፦ { $language }
no-counsellor-phone = ለልጆች የእርዳታ መስመርም በነፃ መደወል ትችላለህ፦

chat-counsellor-label = አማካሪ
chat-you-label = አንተ
chat-message-input-label = መልእክትህ
chat-message-input-placeholder = እዚህ ጻፍ…
chat-send-button = ላክ
chat-end-button = ውይይቱን ጨርስ
chat-earlier-button = ቀደም ያሉ መልዕክቶችን አሳይ
chat-status-sending = በመላክ ላይ…
chat-status-delivered = ደርሷል
chat-status-read = ተነቧል
chat-counsellor-typing = { $name } እየጻፉ ነው…

notice-counsellor-joined = { $name } ከአንተ ጋር ለማውራት እዚህ አሉ።
notice-ended-by-child = ውይይቱን ጨርሰሃል።
notice-ended-by-counsellor = አማካሪህ ውይይቱን ጨርሰዋል።
notice-left-queue = ለተወሰነ ጊዜ እዚህ ስላልነበርክ ከሰልፉ ወጥተሃል። አዲስ ውይይት መጀመር ትችላለህ።
notice-language-changed = አሁን በዚህ ቋንቋ የሚናገሩ አማካሪ እየጠበቅክ ነው፦ { $language }
notice-counsellor-left = ሲረዳህ የነበረው ሰው መሄድ ነበረበት። እንደገና ሰልፉ ላይ ነህ፤ ከአዲስ ውይይቶች በፊት ተራህ ይደርሳል።
notice-transferred = አማካሪህ ውይይትህን ሊረዳህ ለሚችል ሌላ ሰው እያስተላለፉ ነው። እሳቸውም የጻፍከውን ማንበብ ይችላሉ። እባክህ እዚሁ ቆይ።

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ሊረዳህ የሚችል ቦታ
referral-call = ወደ { $phone } ደውል
referral-website = ድረ-ገጻቸውን ክፈት
referral-always-open = ቀንና ሌሊት ክፍት ነው
referral-hours = የሥራ ሰዓት፦ { $hours }

ended-heading = ውይይቱ አልቋል
ended-body = ስለጻፍክልን እናመሰግናለን። በማንኛውም ጊዜ ተመልሰህ መምጣት ትችላለህ።
ended-new-chat-button = አዲስ ውይይት ጀምር

rating-question = ይህ ውይይት ረድቶሃል?
rating-helped = አዎ
rating-somewhat = ትንሽ
rating-not-helped = አይ
rating-thanks = ስለነገርከን እናመሰግናለን።

connection-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና እየሞከርን ነው…
connection-elsewhere = ይህ ውይይት አሁን በሌላ መስኮት ወይም ትር ውስጥ ተከፍቷል።

error-too-long = መልእክትህ በጣም ረጅም ነው። እባክህ አሳጥረው።
error-unknown-language = በዚህ ቋንቋ ገና መወያየት አንችልም። እባክህ ሌላ ቋንቋ ምረጥ።
error-generic = የሆነ ችግር ተፈጥሯል። እባክህ እንደገና ሞክር።

## Hostile input

error-control-character = መልእክትህ ሊላክ የማይችል የተደበቀ ምልክት አለው። እባክህ አጥፋውና እንደገና ሞክር።
## Paused (blocked) page
paused-heading = ውይይቱ ለአሁን ቆሟል
paused-body = እንደገና ልትጽፍልን ትችላለህ፦ { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = ፈጣን መውጫ ይህን ገጽ ይዘጋል፤ ነገር ግን የአሳሽህ ታሪክ እዚህ እንደነበርክ ሊያሳይ ይችላል። ምንም ምልክት እንዳይቀር ይህን ገጽ በግል (ኢንኮግኒቶ) መስኮት ክፈት።
