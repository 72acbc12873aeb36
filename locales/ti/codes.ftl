## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = ደሓር ክትምለስ ትደሊ ዶ? ብኮድ ምምላስ ነዚ ዕላል እዚ ደጊምካ ከተንብቦ ትኽእል ኢኻ።
codes-take-button = ኮድ ምምላስ ውሰድ
codes-your-code = ናትካ ኮድ ምምላስ
codes-write-down = ጽሓፎ ወይ ኣብ ኣእምሮኻ ሓዞ። ኣብ ዝኾነ ቦታ ኣይነቐምጦን ኢና፣ ደጊምና ከነርእየካ ድማ ኣይንኽእልን።
codes-secret = ብምስጢር ሓዞ፦ እዚ ኮድ ዘለዎ ዝኾነ ሰብ ዕላላትካ ከንብብ ይኽእል።
codes-what-for = ብእኡ ክትምለስ ትኽእል፦ እንተሃልዩ ናብቲ ሓደ ኣማኻሪ፣ ዕላላትካ ደጊምካ ከተንብብ፣ ወይ ኩሉ ክትድምስስ።
codes-done-button = ጽሒፈዮ። ኮድ ሕባእ

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = ካብ ምጽባይ መልእኽቲ ክትገድፍ ትኽእል ኢኻ
codes-leave-body = ክትነግረና እትደልዮ ኣብ ታሕቲ ጽሓፍን ስደድን። ድሕሪኡ “መልእኽተይ ግደፍ” ጠውቕ። ሓደ ሰብ ደሓር ክምልሰልካ እዩ።
codes-leave-button = መልእኽተይ ግደፍ
codes-left-heading = መልእኽትኻ ተገዲፉ
codes-left-body = ሓደ ኣማኻሪ ኣንቢቡ ክምልሰልካ እዩ።
codes-left-come-back = መልሲ ንምንባብ ብኮድ ምምላስካ ተመለስ።
codes-left-add = ሕጂ'ውን ኣብ ታሕቲ ተወሳኺ ክትጽሕፍ ትኽእል ኢኻ።

# Coming back with a code, on the first screen.
codes-have-code-button = ኮድ ምምላስ ኣለኒ
codes-back-heading = እንቋዕ ብደሓን ተመለስካ
codes-back-body = ዝረኸብካዮ ኮድ ምምላስ ጽሓፍ። 12 ኣሃዛት ኣለዎ።
codes-code-label = ኮድ ምምላስ
codes-open-button = ዕላላተይ ክፈት
codes-back-button = ተመለስ
codes-case-heading = ናይ ቀደም ዕላላትካ
codes-case-body = ደጊምካ ንምንባብ ሓደ ዕላል ጠውቕ።
codes-case-empty = ዘርኢ ዕላል የለን።
codes-chat-with = ኣማኻሪ፦ { $name }
codes-chat-unanswered = ገና ኣይተመልሰን
codes-chat-left-message = ዝገደፍካዮ መልእኽቲ
codes-chat-not-kept = ድሕሪ ሕጂ ኣይተዓቀበን
codes-chat-now-button = ሕጂ ተዘራረብ
codes-read-heading = ናይ ቀደም ዕላል
codes-back-to-list-button = ናብ ዕላላተይ ተመለስ
codes-erase-button = ኩሉ ደምስስ
codes-erase-heading = ኩሉ ይደምሰስ ዶ?
codes-erase-body = ምሳና ዝገበርካዮም ኩሎም ዕላላት ክድምሰሱ እዮም፣ ኮድ ምምላስካ'ውን ድሕሪ ሕጂ ኣይሰርሕን። ዝኾነ ሰብ ክመልሶም ኣይክእልን።
codes-erase-yes-button = እወ፣ ኩሉ ደምስስ
codes-erase-no-button = ኣይፋል፣ ዕላላተይ ኣቐምጥ
codes-erased-heading = ኩሉ ተደምሲሱ
codes-erased-body = ዕላላትካ ተደምሲሶም፣ ኮድ ምምላስካ'ውን ድሕሪ ሕጂ ኣይሰርሕን።
codes-erased-button = ናብ መጀመርታ ተመለስ

codes-error-wrong = እዚ ኮድ ኣይሰርሕን። በጃኻ ኣሃዛት ተመልከትን ደጊምካ ፈትንን።
codes-error-too-many = ብዙሓት ግጉያት ኮዳት። ኣብዚ ግዜ እዚ ደጊምካ ፈትን፦ { $time }
codes-error-chat-live = ሓደ ዕላል ገና ይቕጽል ኣሎ። ቅድም ወድኦ፣ ድሕሪኡ ኩሉ ክትድምስስ ትኽእል።
