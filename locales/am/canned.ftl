# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Amharic), awaiting review by a native speaker.

canned-greeting-welcome = ሰላም፣ እኔ { $name } ነኝ። ስለጻፉልን ደስ ብሎኛል። ስለ ምን ማውራት ይፈልጋሉ?
canned-greeting-take-time = አይቸኩሉ። የፈለጉትን ያህል፣ ብዙም ይሁን ትንሽ፣ መጻፍ ይችላሉ።
canned-greeting-anonymous = ስምዎን ሊነግሩኝ አያስፈልግም። የሚጽፉት በመካከላችን ይቀራል፤ አደጋ ላይ ካልሆኑ በስተቀር።

canned-safety-safe-now = አሁን ከአደጋ ነፃ ነዎት?
canned-safety-hurt = አንድ ሰው ጎድቶዎታል? ወይስ ተጎድተዋል?
canned-safety-where = ማንም ሳያይዎት መጻፍ የሚችሉበት ቦታ ላይ ነዎት?
canned-safety-emergency = አሁን አደጋ ላይ ከሆኑ ወደ 112 ይደውሉ። ነፃ ነው፤ ቶሎ እርዳታ መላክ ይችላሉ።
canned-safety-thoughts = አንዳንድ ጊዜ ሰዎች በጣም ከመከፋታቸው የተነሳ ራሳቸውን ስለመጉዳት ወይም ስለመሞት ያስባሉ። እርስዎም አንዳንድ ጊዜ እንደዚህ ዓይነት ሐሳብ ይመጣብዎታል?

canned-waiting-moment = እባክዎ ትንሽ ይጠብቁ፤ አሁንም እዚህ ነኝ።
canned-waiting-checking = አንድ ነገር እያጣራሁልዎት ነው። በጥቂት ደቂቃዎች ውስጥ እመለሳለሁ።
canned-waiting-still-there = አሁንም እዚህ ነዎት? አይቸኩሉ፤ እየጠበቅሁዎት ነው።

canned-referral-offer = በዚህ ጉዳይ ሊረዳዎት የሚችል ቦታ አውቃለሁ። አድራሻቸውን ልላክልዎት?
canned-referral-card = አድራሻቸውን ልኬልዎታለሁ። ዝግጁ ሲሆኑ ሊደውሉላቸው ወይም ድረ-ገጻቸውን ሊከፍቱ ይችላሉ።
canned-referral-adult = የሚያምኑት እና አብሮዎት ወደዚያ ሊሄድ የሚችል አዋቂ ሰው አለ?

canned-closing-thanks = ስላመኑን እናመሰግናለን። ስለጻፉልን ደፋር ነዎት።
canned-closing-come-back = በማንኛውም ጊዜ እንደገና ሊጽፉልን ይችላሉ። እኛ ለእርስዎ እዚህ ነን።
canned-closing-goodbye = አሁን ውይይቱን እጨርሳለሁ። ራስዎን ይንከባከቡ።
