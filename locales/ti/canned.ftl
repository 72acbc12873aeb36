# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Tigrinya), awaiting review by a native speaker.

canned-greeting-welcome = ሰላም፡ ኣነ { $name } እየ። ስለ ዝጸሓፍካልና ባህ ኢሉኒ። ብዛዕባ እንታይ ክትዛረብ ትደሊ?
canned-greeting-take-time = ኣይትተሃወኽ። ዝደለኻዮ ክንደይ፡ ብዙሕ ይኹን ሒደት፡ ክትጽሕፍ ትኽእል ኢኻ።
canned-greeting-anonymous = ሽምካ ክትነግረኒ ኣየድልን። እትጽሕፎ ኣብ መንጎና ይተርፍ፤ ኣብ ሓደጋ እንተ ሃሊኻ ጥራይ እዩ ዝቕየር።

canned-safety-safe-now = ሕጂ ኣብ ድሕንነት ዲኻ ዘለኻ?
canned-safety-hurt = ሓደ ሰብ ጎዲኡካ ድዩ? ወይስ ተጎዲእካ ዲኻ?
canned-safety-where = ሰብ ከይረኣየካ ክትጽሕፈሉ እትኽእል ቦታ ዲኻ ዘለኻ?
canned-safety-emergency = ሕጂ ኣብ ሓደጋ እንተሃሊኻ፡ ናብ 112 ደውል። ብናጻ እዩ፡ ብቕልጡፍ ሓገዝ ክሰዱ ይኽእሉ እዮም።
canned-safety-thoughts = ሓድሓደ ግዜ ሰባት ኣዝዮም ስለ ዝጉህዩ፡ ንርእሶም ምጉዳእ ወይ ምሟት ይሓስቡ። ንስኻ’ውን ሓድሓደ ግዜ ከምዚ ዝበለ ሓሳብ ይመጸካ ድዩ?

canned-waiting-moment = በጃኻ ቁሩብ ተጸበ፡ ገና ኣብዚ ኣለኹ።
canned-waiting-checking = ሓደ ነገር ንኣኻ ኢለ እፍትሽ ኣለኹ። ኣብ ውሽጢ ሒደት ደቓይቕ ክምለስ እየ።
canned-waiting-still-there = ገና ኣለኻ ዶ? ኣይትተሃወኽ፡ እጽበየካ ኣለኹ።

canned-referral-offer = ኣብዚ ጉዳይ ክሕግዘካ ዝኽእል ቦታ እፈልጥ እየ። ሓበሬታኦም ክሰደልካ ዲየ?
canned-referral-card = ሓበሬታኦም ሰዲደልካ ኣለኹ። ድሉው ምስ ኮንካ፡ ክትድውለሎም ወይ መርበብ ሓበሬታኦም ክትከፍት ትኽእል ኢኻ።
canned-referral-adult = ምሳኻ ናብኡ ክኸይድ ዝኽእል እትኣምኖ ዓቢ ሰብ ኣሎ ዶ?

canned-closing-thanks = ስለ ዝኣመንካና የቐንየልና። ምጽሓፍካ ትብዓት እዩ።
canned-closing-come-back = ኣብ ዝኾነ ግዜ ደጊምካ ክትጽሕፈልና ትኽእል ኢኻ። ንኣኻ ኣብዚ ኣለና።
canned-closing-goodbye = ሕጂ ነዚ ዕላል ከብቅዖ እየ። ንርእስኻ ተኸናኸን።
