## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Ma rabtaa inaad dib u soo noqoto? Koodh soo-noqosho ayaad ku dib u akhrin kartaa wada-hadalkan.
codes-take-button = Qaado koodh soo-noqosho
codes-your-code = Koodhkaaga soo-noqoshada
codes-write-down = Qor ama xasuuso. Meelna kuma kaydinno, mana kuu tusi karno mar kale.
codes-secret = Sir ka dhig: qof kasta oo haysta wuu akhrin karaa wada-hadalladaada.
codes-what-for = Waad ku soo noqon kartaa: isla la-taliyaha haddii uu joogo, inaad dib u akhrido wada-hadalladaada, ama inaad wax walba tirtirto.
codes-done-button = Waan qortay. Qari koodhka

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Halkii aad sugi lahayd fariin ayaad ka tagi kartaa
codes-leave-body = Hoos ku qor waxaad rabto inaad noo sheegto oo dir. Kadib riix “Ka tag fariintayda”. Qof ayaa goor dambe kuu jawaabi doona.
codes-leave-button = Ka tag fariintayda
codes-left-heading = Fariintaada waa la dhigay
codes-left-body = La-taliye ayaa akhrin doona oo kuu jawaabi doona.
codes-left-come-back = Ku soo noqo koodhkaaga soo-noqoshada si aad u akhrido jawaabta.
codes-left-add = Weli hoos waad ku dari kartaa wax kale.

# Coming back with a code, on the first screen.
codes-have-code-button = Waxaan haystaa koodh soo-noqosho
codes-back-heading = Ku soo dhawoow mar kale
codes-back-body = Qor koodhka soo-noqoshada ee lagu siiyay. Wuxuu leeyahay 12 lambar.
codes-code-label = Koodhka soo-noqoshada
codes-open-button = Fur wada-hadalladayda
codes-back-button = Dib u noqo
codes-case-heading = Wada-hadalladaadii hore
codes-case-body = Taabo wada-hadal si aad dib ugu akhrido.
codes-case-empty = Ma jiraan wada-hadallo la tuso.
codes-chat-with = La-taliye: { $name }
codes-chat-unanswered = weli lama jawaabin
codes-chat-left-message = fariin aad ka tagtay
codes-chat-not-kept = mar dambe lama hayo
codes-chat-now-button = Hadda la hadal
codes-read-heading = Wada-hadal hore
codes-back-to-list-button = Ku noqo wada-hadalladayda
codes-erase-button = Tirtir wax walba
codes-erase-heading = Wax walba ma la tirtiraa?
codes-erase-body = Dhammaan wada-hadalladaada aad nala yeelatay waa la tirtiri doonaa, koodhkaaga soo-noqoshadana shaqayn maayo. Qofna dib uma soo celin karo.
codes-erase-yes-button = Haa, tirtir wax walba
codes-erase-no-button = Maya, hay wada-hadalladayda
codes-erased-heading = Wax walba waa la tirtiray
codes-erased-body = Wada-hadalladaada waa la tirtiray, koodhkaaga soo-noqoshaduna mar dambe ma shaqeeyo.
codes-erased-button = Ku noqo bilowga

codes-error-wrong = Koodhkani ma shaqeeyo. Fadlan hubi lambarrada oo isku day mar kale.
codes-error-too-many = Koodhad khaldan oo badan. Waqtigan isku day mar kale: { $time }
codes-error-chat-live = Wada-hadal ayaa weli socda. Marka hore dhammee, kadib waad tirtiri kartaa wax walba.
