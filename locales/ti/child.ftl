# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Tigrinya), awaiting review by a native speaker.
# The child is addressed with the polite plural forms (ንስኹም, -ኩም), used for girls
# and boys alike; the counsellor with honorific plural verb forms.

page-title = Bridgeline – ምስ ሓደ ሰብ ተዛረቡ
page-title-neutral = መዘኻኸሪ
page-loading = ይጽዓን ኣሎ…
page-needs-javascript = እዚ ገጽ ንኽሰርሕ JavaScript የድልዮ። ሕጂ ኣብ ሓደጋ እንተሃሊኹም፡ ናብ 112 ደውሉ።

quick-exit-button = ቅልጡፍ መውጽኢ
    .title = ካብዚ ገጽ ሕጂ ውጹ (Esc መጥወቒ)

language-switcher-label = ቋንቋ

intro-heading = ምስ ዝሰምዓኩም ሰብ ተዛረቡ
intro-body = ብቋንቋኹም ክትጽሕፉልና ትኽእሉ ኢኹም። ሽምኩም ክትነግሩና ኣየድልን። እትጽሕፍዎ ኣብ መንጎኹምን ኣማኻሪኹምን ጥራይ ይተርፍ።
intro-quick-exit-hint = ሓደ ሰብ እንተመጺኡ፡ Esc ወይ «ቅልጡፍ መውጽኢ» ዝብል ጠውቑ። እዚ ገጽ ብኡንብኡ ይዕጾ።
intro-start-button = ዕላል ጀምሩ

intake-heading = ቅድሚ ምጅማርና
intake-body = እዚ ሕቶታት ቅኑዕ ሰብ ንኽንረኽበልኩም ይሕግዘና። ክትሓልፍዎ ትኽእሉ ኢኹም።
intake-skip-button = ሕለፉ እሞ ዕላል ጀምሩ
intake-continue-button = ዕላል ጀምሩ
intake-topic-question = ብዛዕባ እንታይ እዩ? ካብ ሓደ ንላዕሊ ክትመርጹ ትኽእሉ ኢኹም።
intake-age-question = ዕድሜኹም ክንደይ እዩ?
intake-languages-question = ካልኦት ቋንቋታት ከኣ ከተንብቡ ትኽእሉ ዶ?
intake-country-question = ሕጂ ኣብ ኣየናይ ሃገር ኣለኹም?
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

danger-heading = ሕጂ ኣብ ሓደጋ ኣለኹም ዶ?
danger-body = ናብ 112 ደውሉ። ብናጻ እዩ፡ ብኡንብኡ ክሕግዙኹም ይኽእሉ እዮም።
danger-call-button = ናብ 112 ደውሉ

queue-heading = ንኣማኻሪ ትጽበዩ ኣለኹም
queue-position-announcement = { $position ->
    [1] ቀጺሉ ተራኹም እዩ።
   *[other] ኣብ መስርዕ ዘለኩም ቦታ፦ { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] ግዜ ምጽባይ፦ ኣስታት { $minutes } ደቒቕ
   *[other] ግዜ ምጽባይ፦ ኣስታት { $minutes } ደቓይቕ
}
queue-estimate-soon = ግዜ ምጽባይ፦ ካብ ሓንቲ ደቒቕ ዝውሕድ
queue-estimate-unknown = ክንደይ ግዜ ከም ዝወስድ ገና ኣይንፈልጥን።
queue-waiting-body = በጃኹም ኣብዚ ተጸበዩ። ብዛዕባ እንታይ ክትዛረቡ ከም እትደልዩ ሕጂ ክትጽሕፉ ትኽእሉ ኢኹም።

no-counsellor-heading = ሕጂ ቋንቋኹም ዝዛረቡ ኣማኸርቲ ኣብዚ የለዉን።
no-counsellor-next = ሓደ ሰብ ከም ብሓድሽ ኣብዚ ዝህልወሉ ግዜ፦ { $time }
no-counsellor-stay = ኣብ መስርዕ ክትጸንሑ ትኽእሉ ኢኹም። ሓደ ሰብ ምስ መጸ ብኡንብኡ ክንምልሰልኩም ኢና።
no-counsellor-other-languages = ነዞም ቋንቋታት ዝዛረቡ ኣማኸርቲ ሕጂ ኣብዚ ኣለዉ፦
no-counsellor-switch-button = ብ{ $language } ተዘራረቡ
no-counsellor-phone = ናብ መስመር ሓገዝ ቆልዑ ከኣ ብናጻ ክትድውሉ ትኽእሉ ኢኹም፦

chat-counsellor-label = ኣማኻሪ
chat-you-label = ንስኹም
chat-message-input-label = መልእኽትኹም
chat-message-input-placeholder = ኣብዚ ጸሓፉ…
chat-send-button = ስደዱ
chat-end-button = ዕላል ኣብቅዑ
chat-earlier-button = ቀዳሞት መልእኽትታት ኣርኢ
chat-status-sending = ይለኣኽ ኣሎ…
chat-status-delivered = በጺሑ
chat-status-read = ተነቢቡ
chat-counsellor-typing = { $name } ይጽሕፉ ኣለዉ…

notice-counsellor-joined = { $name } ምሳኹም ንኽዛረቡ ኣብዚ ኣለዉ።
notice-ended-by-child = ዕላል ብወገንኩም ተዛዚሙ።
notice-ended-by-counsellor = ዕላል ብወገን ኣማኻሪ ተዛዚሙ።
notice-left-queue = ንሓጺር ግዜ ኣብዚ ስለ ዘይነበርኩም፡ ካብ መስርዕ ወጺእኩም። ሓድሽ ዕላል ክትጅምሩ ትኽእሉ ኢኹም።
notice-language-changed = ሕጂ { $language } ዝዛረቡ ኣማኻሪ ትጽበዩ ኣለኹም።
notice-counsellor-left = ዝሕግዘኩም ዝነበረ ሰብ ክኸይድ ግድን ኮይኑዎ። ደጊምኩም ኣብ መስርዕ ኣለኹም፣ ካብ ሓደስቲ ዕላላት ቀዲሙ ተራኹም ክበጽሕ እዩ።
notice-transferred = ኣማኻሪኹም ዕላልኩም ናብ ካልእ ክሕግዘኩም ዝኽእል ሰብ የሕልፍዎ ኣለዉ። ንሶም ድማ ዝጸሓፍኩምዎ ከንብቡ ይኽእሉ እዮም። በጃኹም ኣብዚ ጸንሑ።

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ክሕግዘኩም ዝኽእል ቦታ
referral-call = ናብ { $phone } ደውሉ
referral-website = መርበብ ሓበሬታኦም ክፈቱ
referral-always-open = ለይትን መዓልትን ክፉት እዩ
referral-hours = ክፉት ዝኾነሉ ሰዓት፦ { $hours }

ended-heading = ዕላል ተዛዚሙ
ended-body = ስለ ዝጸሓፍኩምልና የቐንየልና። ኣብ ዝኾነ ግዜ ክትምለሱ ትኽእሉ ኢኹም።
ended-new-chat-button = ሓድሽ ዕላል ጀምሩ

rating-question = እዚ ዕላል ሓጊዙኩም ዶ?
rating-helped = እወ
rating-somewhat = ቁሩብ
rating-not-helped = ኣይፋል
rating-thanks = ስለ ዝነገርኩምና የቐንየልና።

connection-reconnecting = ርክብ ተቛሪጹ። ከም ብሓድሽ ንፍትን ኣለና…
connection-elsewhere = እዚ ዕላል ሕጂ ኣብ ካልእ መስኮት ወይ ታብ ተኸፊቱ ኣሎ።

error-too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ። በጃኹም ኣሕጽርዎ።
error-unknown-language = ብዚ ቋንቋ ገና ክንዘራረብ ኣይንኽእልን ኢና። በጃኹም ካልእ ቋንቋ ምረጹ።
error-generic = ገለ ጸገም ኣጋጢሙ። በጃኹም ከም ብሓድሽ ፈትኑ።

## Hostile input

error-control-character = መልእኽትኹም ክለአኽ ዘይክእል ሕቡእ ምልክት ኣለዎ። በጃኹም ደምስስዎ እሞ እንደገና ፈትኑ።
## Paused (blocked) page
paused-heading = ዕላል ንሕጂ ደው ኢሉ ኣሎ
paused-body = እንደገና ክትጽሕፈልና ትኽእል ኢኻ፦ { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = ቅልጡፍ ምውጻእ ነዚ ገጽ ይዓጽዎ፡ ግን ታሪኽ መርበብካ ኣብዚ ከም ዝነበርካ ከርኢ ይኽእል እዩ። ዝኾነ ኣሰር ከይተርፍ፡ ነዚ ገጽ ብውልቃዊ (ሕቡእ) መስኮት ክፈቶ።
