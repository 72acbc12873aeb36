# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Tigrinya), awaiting review by a native speaker.

canned-greeting-welcome = ሰላም፡ ኣነ { $name } እየ። ስለ ዝጸሓፍኩምልና ባህ ኢሉኒ። ብዛዕባ እንታይ ክትዛረቡ ትደልዩ?
canned-greeting-take-time = ኣይትተሃወኹ። ዝደለኹምዎ ክንደይ፡ ብዙሕ ይኹን ሒደት፡ ክትጽሕፉ ትኽእሉ ኢኹም።
canned-greeting-anonymous = ሽምኩም ክትነግሩኒ ኣየድልን። እትጽሕፍዎ ኣብ መንጎና ይተርፍ፤ ኣብ ሓደጋ እንተ ሃሊኹም ጥራይ እዩ ዝቕየር።

canned-safety-safe-now = ሕጂ ኣብ ድሕንነት ዲኹም ዘለኹም?
canned-safety-hurt = ሓደ ሰብ ጎዲኡኩም ድዩ? ወይስ ተጎዲእኩም ኢኹም?
canned-safety-where = ሰብ ከይረኣየኩም ክትጽሕፉሉ እትኽእሉ ቦታ ዲኹም ዘለኹም?
canned-safety-emergency = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፡ ናብ 112 ደውሉ። ብናጻ እዩ፡ ብቕልጡፍ ሓገዝ ክሰዱ ይኽእሉ እዮም።
canned-safety-thoughts = ሓድሓደ ግዜ ሰባት ኣዝዮም ስለ ዝጉህዩ፡ ንርእሶም ምጉዳእ ወይ ምሟት ይሓስቡ። ንስኹም'ውን ሓድሓደ ግዜ ከምዚ ዝበለ ሓሳብ ይመጸኩም ድዩ?

canned-waiting-moment = በጃኹም ቁሩብ ተጸበዩ፡ ገና ኣብዚ ኣለኹ።
canned-waiting-checking = ሓደ ነገር ንኣኹም ኢለ እፍትሽ ኣለኹ። ኣብ ውሽጢ ሒደት ደቓይቕ ክምለስ እየ።
canned-waiting-still-there = ገና ኣለኹም ዶ? ኣይትተሃወኹ፡ እጽበየኩም ኣለኹ።

canned-referral-offer = ኣብዚ ጉዳይ ክሕግዘኩም ዝኽእል ቦታ እፈልጥ እየ። ሓበሬታኦም ክሰደልኩም ዲየ?
canned-referral-card = ሓበሬታኦም ሰዲደልኩም ኣለኹ። ድሉዋት ምስ ኮንኩም፡ ክትድውሉሎም ወይ መርበብ ሓበሬታኦም ክትከፍቱ ትኽእሉ ኢኹም።
canned-referral-adult = ምሳኹም ናብኡ ክኸይድ ዝኽእል እትኣምንዎ ዓቢ ሰብ ኣሎ ዶ?

canned-closing-thanks = ስለ ዝኣመንኩምና የቐንየልና። ምጽሓፍኩም ትብዓት እዩ።
canned-closing-come-back = ኣብ ዝኾነ ግዜ ደጊምኩም ክትጽሕፉልና ትኽእሉ ኢኹም። ንኣኹም ኣብዚ ኣለና።
canned-closing-goodbye = ሕጂ ነዚ ዕላል ከብቅዖ እየ። ንርእስኹም ተኸናኸኑ።
