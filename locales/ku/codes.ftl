## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Tu dixwazî paşê vegerî? Bi koda vegerê tu dikarî vê axaftinê dîsa bixwînî.
codes-take-button = Koda vegerê bistîne
codes-your-code = Koda te ya vegerê
codes-write-down = Wê binivîse an jî di bîra xwe de bigire. Em wê li tu derê tomar nakin û nikarin dîsa nîşanî te bidin.
codes-secret = Wê veşartî bihêle: her kesê ku wê hebe dikare axaftinên te bixwîne.
codes-what-for = Bi wê tu dikarî vegerî: ba heman şêwirmendî eger li vir be, ji bo axaftinên xwe dîsa bixwînî, an jî ji bo her tiştî jê bibî.
codes-done-button = Min nivîsand. Kodê veşêre

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Tu dikarî li şûna li bendê bimînî peyamekê bihêlî
codes-leave-body = Li jêr binivîse ku tu dixwazî çi ji me re bibêjî û bişîne. Paşê li “Peyama min bihêle” bixe. Kesek wê paşê bersiva te bide.
codes-leave-button = Peyama min bihêle
codes-left-heading = Peyama te hate hiştin
codes-left-body = Şêwirmendek wê bixwîne û bersiva te bide.
codes-left-come-back = Bi koda xwe ya vegerê vegere da ku bersivê bixwînî.
codes-left-add = Tu hîn jî dikarî li jêr tiştên din lê zêde bikî.

# Coming back with a code, on the first screen.
codes-have-code-button = Koda min a vegerê heye
codes-back-heading = Bi xêr vegeriyayî
codes-back-body = Koda vegerê ya ku te stend binivîse. 12 reqemên wê hene.
codes-code-label = Koda vegerê
codes-open-button = Axaftinên min veke
codes-back-button = Vegere
codes-case-heading = Axaftinên te yên berê
codes-case-body = Li ser axaftinekê bixe da ku wê dîsa bixwînî.
codes-case-empty = Tu axaftin tune ne ku werin nîşandan.
codes-chat-with = Şêwirmend: { $name }
codes-chat-unanswered = hîn bersiv nehatiye dayîn
codes-chat-left-message = peyamek ku te hişt
codes-chat-not-kept = êdî nayê parastin
codes-chat-now-button = Niha biaxive
codes-read-heading = Axaftineke berê
codes-back-to-list-button = Vegere axaftinên min
codes-erase-button = Her tiştî jê bibe
codes-erase-heading = Her tişt were jêbirin?
codes-erase-body = Hemû axaftinên te yên bi me re dê werin jêbirin, û koda te ya vegerê êdî kar nake. Tu kes nikare wan vegerîne.
codes-erase-yes-button = Erê, her tiştî jê bibe
codes-erase-no-button = Na, axaftinên min bihêle
codes-erased-heading = Her tişt hate jêbirin
codes-erased-body = Axaftinên te hatin jêbirin û koda te ya vegerê êdî kar nake.
codes-erased-button = Vegere destpêkê

codes-error-wrong = Ev kod kar nake. Ji kerema xwe reqeman kontrol bike û dîsa biceribîne.
codes-error-too-many = Gelek kodên şaş. Di vê demê de dîsa biceribîne: { $time }
codes-error-chat-live = Axaftinek hîn didome. Pêşî wê biqedîne, paşê tu dikarî her tiştî jê bibî.
