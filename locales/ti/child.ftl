# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Tigrinya), awaiting review by a native speaker.
# The child is addressed in the informal singular (ንስኻ, -ካ), as one speaks to a
# child; Tigrinya's singular "you" has a masculine and a feminine form, and the
# masculine one stands here as the general form (second review, 2026-12-03: the
# polite plural read as distant and formal). The counsellor keeps honorific plural
# verb forms, which name no gender.

page-title = Bridgeline – ምስ ሓደ ሰብ ተዛረብ
page-title-neutral = መዘኻኸሪ
page-loading = ይጽዓን ኣሎ…
page-needs-javascript = እዚ ገጽ ንኽሰርሕ JavaScript የድልዮ። ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 112 ደውል።

quick-exit-button = ቅልጡፍ መውጽኢ
    .title = ካብዚ ገጽ ሕጂ ውጻእ (Esc መጥወቒ)

language-switcher-label = ቋንቋ

intro-heading = ምስ ዝሰምዓካ ሰብ ተዛረብ
intro-body = ብቋንቋኻ ክትጽሕፈልና ትኽእል ኢኻ። ሽምካ ክትነግረና ኣየድልን። እትጽሕፎ ኣብ መንጎኻን ኣማኻሪኻን ጥራይ ይተርፍ።
intro-quick-exit-hint = ሓደ ሰብ እንተመጺኡ፡ Esc ወይ «ቅልጡፍ መውጽኢ» ዝብል ጠውቕ። እዚ ገጽ ብኡንብኡ ይዕጾ።
intro-start-button = ዕላል ጀምር

intake-heading = ቅድሚ ምጅማርና
intake-body = እዚ ሕቶታት ቅኑዕ ሰብ ንኽንረኽበልካ ይሕግዘና። ክትሓልፎም ትኽእል ኢኻ።
intake-skip-button = ሕለፍ እሞ ዕላል ጀምር
intake-continue-button = ዕላል ጀምር
intake-topic-question = ብዛዕባ እንታይ እዩ? ካብ ሓደ ንላዕሊ ክትመርጽ ትኽእል ኢኻ።
intake-age-question = ዕድሜኻ ክንደይ እዩ?
intake-languages-question = ካልኦት ቋንቋታት ከኣ ከተንብብ ትኽእል ዶ?
intake-country-question = ሕጂ ኣብ ኣየናይ ሃገር ኣለኻ?
intake-country-none = ክነግር ኣይደልን

topic-family = ስድራ ቤት
topic-friends = ኣዕሩኽ
topic-bullying = ምልጋጽን ምፍርራሕን
topic-violence = ሓደ ሰብ ይጎድኣኒ ኣሎ
topic-feelings = ስምዒታትን ሻቕሎትን
topic-body = ኣካልን ጥዕናን
topic-school = ቤት ትምህርቲ ወይ ስራሕ
topic-love = ፍቕርን ጾታዊ ርክብን
topic-online = ኣብ ኢንተርነት ዘጋጠመ ነገር
topic-migration = ወረቓቕቲ፡ ዑቕባ፡ ኣብዚ ሓድሽ ምዃን
topic-missing = ሓደ ሰብ ጠፊኡ፡ ወይ ኣነ ሃዲመ
topic-other = ካልእ ነገር

age-under-10 = ትሕቲ 10
age-10-12 = ካብ 10 ክሳብ 12
age-13-15 = ካብ 13 ክሳብ 15
age-16-17 = 16 ወይ 17
age-18-plus = 18 ወይ ልዕሊኡ

danger-heading = ሕጂ ኣብ ሓደጋ ኣለኻ ዶ?
danger-body = ናብ 112 ደውል። ብናጻ እዩ፡ ብኡንብኡ ክሕግዙኻ ይኽእሉ እዮም።
danger-call-button = ናብ 112 ደውል

queue-heading = ንኣማኻሪ ትጽበ ኣለኻ
queue-position-announcement = { $position ->
    [1] ቀጺሉ ተራኻ እዩ።
   *[other] ኣብ መስርዕ ዘለካ ቦታ፦ { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] ግዜ ምጽባይ፦ ኣስታት { $minutes } ደቒቕ
   *[other] ግዜ ምጽባይ፦ ኣስታት { $minutes } ደቓይቕ
}
queue-estimate-soon = ግዜ ምጽባይ፦ ካብ ሓንቲ ደቒቕ ዝውሕድ
queue-estimate-unknown = ክንደይ ግዜ ከም ዝወስድ ገና ኣይንፈልጥን።
queue-waiting-body = በጃኻ ኣብዚ ተጸበ። ብዛዕባ እንታይ ክትዛረብ ከም እትደሊ ሕጂ ክትጽሕፍ ትኽእል ኢኻ።

no-counsellor-heading = ሕጂ ቋንቋኻ ዝዛረቡ ኣማኸርቲ ኣብዚ የለዉን።
no-counsellor-next = ሓደ ሰብ ከም ብሓድሽ ኣብዚ ዝህልወሉ ግዜ፦ { $time }
no-counsellor-stay = ኣብ መስርዕ ክትጸንሕ ትኽእል ኢኻ። ሓደ ሰብ ምስ መጸ ብኡንብኡ ክንምልሰልካ ኢና።
no-counsellor-other-languages = ነዞም ቋንቋታት ዝዛረቡ ኣማኸርቲ ሕጂ ኣብዚ ኣለዉ፦
no-counsellor-switch-button = ዕላል ብዚ ቋንቋ፦ { $language }
no-counsellor-phone = ናብ መስመር ሓገዝ ቆልዑ ከኣ ብናጻ ክትድውል ትኽእል ኢኻ፦

chat-counsellor-label = ኣማኻሪ
chat-you-label = ንስኻ
chat-message-input-label = መልእኽትኻ
chat-message-input-placeholder = ኣብዚ ጸሓፍ…
chat-send-button = ስደድ
chat-end-button = ዕላል ኣብቅዕ
chat-earlier-button = ቀዳሞት መልእኽትታት ኣርኢ
chat-status-sending = ይለኣኽ ኣሎ…
chat-status-delivered = በጺሑ
chat-status-read = ተነቢቡ
chat-counsellor-typing = { $name } ይጽሕፉ ኣለዉ…

notice-counsellor-joined = { $name } ምሳኻ ንኽዛረቡ ኣብዚ ኣለዉ።
notice-ended-by-child = ዕላል ብወገንካ ተዛዚሙ።
notice-ended-by-counsellor = ዕላል ብወገን ኣማኻሪ ተዛዚሙ።
notice-left-queue = ንገለ ግዜ ኣብዚ ስለ ዘይነበርካ፡ ካብ መስርዕ ወጺእካ። ሓድሽ ዕላል ክትጅምር ትኽእል ኢኻ።
notice-language-changed = ሕጂ በዚ ቋንቋ ዝዛረቡ ኣማኻሪ ትጽበ ኣለኻ፦ { $language }
notice-counsellor-left = ዝሕግዘካ ዝነበረ ሰብ ክኸይድ ግድን ኮይኑዎ። ደጊምካ ኣብ መስርዕ ኣለኻ፣ ካብ ሓደስቲ ዕላላት ቀዲሙ ተራኻ ክበጽሕ እዩ።
notice-transferred = ኣማኻሪኻ ዕላልካ ናብ ካልእ ክሕግዘካ ዝኽእል ሰብ የሕልፍዎ ኣለዉ። ንሶም ድማ ዝጸሓፍካዮ ከንብቡ ይኽእሉ እዮም። በጃኻ ኣብዚ ጽናሕ።

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ክሕግዘካ ዝኽእል ቦታ
referral-call = ናብ { $phone } ደውል
referral-website = መርበብ ሓበሬታኦም ክፈት
referral-always-open = ለይትን መዓልትን ክፉት እዩ
referral-hours = ክፉት ዝኾነሉ ሰዓት፦ { $hours }

ended-heading = ዕላል ተዛዚሙ
ended-body = ስለ ዝጸሓፍካልና የቐንየልና። ኣብ ዝኾነ ግዜ ክትምለስ ትኽእል ኢኻ።
ended-new-chat-button = ሓድሽ ዕላል ጀምር

rating-question = እዚ ዕላል ሓጊዙካ ዶ?
rating-helped = እወ
rating-somewhat = ቁሩብ
rating-not-helped = ኣይፋል
rating-thanks = ስለ ዝነገርካና የቐንየልና።

connection-reconnecting = ርክብ ተቛሪጹ። ከም ብሓድሽ ንፍትን ኣለና…
connection-elsewhere = እዚ ዕላል ሕጂ ኣብ ካልእ መስኮት ወይ ታብ ተኸፊቱ ኣሎ።

error-too-long = መልእኽትኻ ኣዝዩ ነዊሕ እዩ። በጃኻ ኣሕጽሮ።
error-unknown-language = ብዚ ቋንቋ ገና ክንዘራረብ ኣይንኽእልን ኢና። በጃኻ ካልእ ቋንቋ ምረጽ።
error-generic = ገለ ጸገም ኣጋጢሙ። በጃኻ ከም ብሓድሽ ፈትን።

## Hostile input

error-control-character = መልእኽትኻ ክለአኽ ዘይክእል ሕቡእ ምልክት ኣለዎ። በጃኻ ደምስሶ እሞ እንደገና ፈትን።
## Paused (blocked) page
paused-heading = ዕላል ንሕጂ ደው ኢሉ ኣሎ
paused-body = እንደገና ክትጽሕፈልና ትኽእል ኢኻ፦ { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = ቅልጡፍ ምውጻእ ነዚ ገጽ ይዓጽዎ፡ ግን ታሪኽ መርበብካ ኣብዚ ከም ዝነበርካ ከርኢ ይኽእል እዩ። ዝኾነ ኣሰር ከይተርፍ፡ ነዚ ገጽ ብውልቃዊ (ሕቡእ) መስኮት ክፈቶ።
