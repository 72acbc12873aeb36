## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = በኋላ መመለስ ትፈልጋለህ? በመመለሻ ኮድ ይህን ውይይት እንደገና ማንበብ ትችላለህ።
codes-take-button = የመመለሻ ኮድ ውሰድ
codes-your-code = የአንተ የመመለሻ ኮድ
codes-write-down = ጻፈው ወይም አስታውሰው። የትም አናስቀምጠውም፣ እንደገና ልናሳይህም አንችልም።
codes-secret = በሚስጥር ያዘው፦ ኮዱ ያለው ማንኛውም ሰው ውይይቶችህን ማንበብ ይችላል።
codes-what-for = በእሱ መመለስ ትችላለህ፦ ካለ ወደዚያው አማካሪ፣ ውይይቶችህን እንደገና ለማንበብ፣ ወይም ሁሉንም ለማጥፋት።
codes-done-button = ጻፍኩት። ኮዱን ደብቅ

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = ከመጠበቅ ይልቅ መልእክት መተው ትችላለህ
codes-leave-body = ልትነግረን የምትፈልገውን ከታች ጻፍና ላክ። ከዚያ “መልእክቴን ተው” የሚለውን ተጫን። አንድ ሰው በኋላ ይመልስልሃል።
codes-leave-button = መልእክቴን ተው
codes-left-heading = መልእክትህ ተትቷል
codes-left-body = አንድ አማካሪ አንብቦ ይመልስልሃል።
codes-left-come-back = መልሱን ለማንበብ በመመለሻ ኮድህ ተመለስ።
codes-left-add = አሁንም ከታች ተጨማሪ መጻፍ ትችላለህ።

# Coming back with a code, on the first screen.
codes-have-code-button = የመመለሻ ኮድ አለኝ
codes-back-heading = እንኳን ደህና ተመለስክ
codes-back-body = ያገኘኸውን የመመለሻ ኮድ ጻፍ። 12 አሃዞች አሉት።
codes-code-label = የመመለሻ ኮድ
codes-open-button = ውይይቶቼን ክፈት
codes-back-button = ተመለስ
codes-case-heading = የቀድሞ ውይይቶችህ
codes-case-body = እንደገና ለማንበብ አንድ ውይይት ንካ።
codes-case-empty = የሚታይ ውይይት የለም።
codes-chat-with = አማካሪ፦ { $name }
codes-chat-unanswered = ገና አልተመለሰም
codes-chat-left-message = የተውከው መልእክት
codes-chat-not-kept = ከእንግዲህ አልተቀመጠም
codes-chat-now-button = አሁን ተወያይ
codes-read-heading = የቀድሞ ውይይት
codes-back-to-list-button = ወደ ውይይቶቼ ተመለስ
codes-erase-button = ሁሉንም አጥፋ
codes-erase-heading = ሁሉም ይጥፋ?
codes-erase-body = ከእኛ ጋር ያደረግካቸው ውይይቶች በሙሉ ይጠፋሉ፣ የመመለሻ ኮድህም ከእንግዲህ አይሠራም። ማንም መልሶ ሊያመጣቸው አይችልም።
codes-erase-yes-button = አዎ፣ ሁሉንም አጥፋ
codes-erase-no-button = አይ፣ ውይይቶቼን አቆይ
codes-erased-heading = ሁሉም ጠፍቷል
codes-erased-body = ውይይቶችህ ጠፍተዋል፣ የመመለሻ ኮድህም ከእንግዲህ አይሠራም።
codes-erased-button = ወደ መጀመሪያው ተመለስ

codes-error-wrong = ይህ ኮድ አይሠራም። እባክህ አሃዞቹን አረጋግጠህ እንደገና ሞክር።
codes-error-too-many = ብዙ የተሳሳቱ ኮዶች። በዚህ ጊዜ እንደገና ሞክር፦ { $time }
codes-error-chat-live = አንድ ውይይት አሁንም እየተካሄደ ነው። መጀመሪያ ጨርሰው፣ ከዚያ ሁሉንም ማጥፋት ትችላለህ።
