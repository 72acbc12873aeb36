# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Amharic), awaiting review by a native speaker.

canned-greeting-welcome = ሰላም፣ እኔ { $name } ነኝ። ስለጻፍክልን ደስ ብሎኛል። ስለ ምን ማውራት ትፈልጋለህ?
canned-greeting-take-time = አትቸኩል። የፈለግከውን ያህል፣ ብዙም ይሁን ትንሽ፣ መጻፍ ትችላለህ።
canned-greeting-anonymous = ስምህን ልትነግረኝ አያስፈልግም። የምትጽፈው በመካከላችን ይቀራል፤ ይህ የሚለወጠው አደጋ ላይ ከሆንክ ብቻ ነው።

canned-safety-safe-now = አሁን ደህንነትህ የተጠበቀ ነው?
canned-safety-hurt = አንድ ሰው ጎድቶሃል? ወይስ ተጎድተሃል?
canned-safety-where = ማንም ሳያይህ መጻፍ የምትችልበት ቦታ ላይ ነህ?
canned-safety-emergency = አሁን አደጋ ላይ ከሆንክ ወደ 112 ደውል። ነፃ ነው፤ ቶሎ እርዳታ መላክ ይችላሉ።
canned-safety-thoughts = አንዳንድ ጊዜ ሰዎች በጣም ከመከፋታቸው የተነሳ ራሳቸውን ስለመጉዳት ወይም ስለመሞት ያስባሉ። አንተም አንዳንድ ጊዜ እንደዚህ ዓይነት ሐሳብ ይመጣብሃል?

canned-waiting-moment = እባክህ ትንሽ ጠብቅ፤ አሁንም እዚህ ነኝ።
canned-waiting-checking = አንድ ነገር እያጣራሁልህ ነው። በጥቂት ደቂቃዎች ውስጥ እመለሳለሁ።
canned-waiting-still-there = አሁንም እዚህ ነህ? አትቸኩል፤ እየጠበቅሁህ ነው።

canned-referral-offer = በዚህ ጉዳይ ሊረዳህ የሚችል ቦታ አውቃለሁ። አድራሻቸውን ልላክልህ?
canned-referral-card = አድራሻቸውን ልኬልሃለሁ። ዝግጁ ስትሆን ልትደውልላቸው ወይም ድረ-ገጻቸውን ልትከፍት ትችላለህ።
canned-referral-adult = የምታምነው እና አብሮህ ወደዚያ ሊሄድ የሚችል አዋቂ ሰው አለ?

canned-closing-thanks = ስላመንከን እናመሰግናለን። መጻፍህ ድፍረት ነው።
canned-closing-come-back = በማንኛውም ጊዜ እንደገና ልትጽፍልን ትችላለህ። እኛ ለአንተ እዚህ ነን።
canned-closing-goodbye = አሁን ውይይቱን እጨርሳለሁ። ራስህን ተንከባከብ።
