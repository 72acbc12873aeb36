## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Do të kthehesh më vonë? Me një kod kthimi mund ta lexosh sërish këtë bisedë.
codes-take-button = Merr një kod kthimi
codes-your-code = Kodi yt i kthimit
codes-write-down = Shkruaje ose mbaje mend. Nuk e ruajmë askund dhe nuk mund të ta tregojmë përsëri.
codes-secret = Mbaje të fshehtë: kushdo që e ka mund të lexojë bisedat e tua.
codes-what-for = Me të mund të kthehesh: te i njëjti person nëse është këtu, t’i lexosh sërish bisedat ose t’i fshish të gjitha.
codes-done-button = E kam. Fshihe kodin

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Mund të lësh një mesazh
codes-leave-body = Shkruaj më poshtë çfarë do të na thuash dhe dërgoje. Pastaj shtyp “Lëre mesazhin tim”. Dikush do të të përgjigjet më vonë.
codes-leave-button = Lëre mesazhin tim
codes-left-heading = Mesazhi yt u la
codes-left-body = Dikush nga ekipi ynë do ta lexojë dhe do të të përgjigjet.
codes-left-come-back = Kthehu me kodin tënd të kthimit për të lexuar përgjigjen.
codes-left-add = Mund të shtosh ende më poshtë.

# Coming back with a code, on the first screen.
codes-have-code-button = Kam një kod kthimi
codes-back-heading = Mirë se u ktheve
codes-back-body = Shkruaj kodin e kthimit që more. Ka 12 shifra.
codes-code-label = Kodi i kthimit
codes-open-button = Hap bisedat e mia
codes-back-button = Prapa
codes-case-heading = Bisedat e tua të mëparshme
codes-case-body = Prek një bisedë për ta lexuar sërish.
codes-case-empty = Nuk ka biseda për të treguar.
codes-chat-with = me { $name }
codes-chat-unanswered = ende pa përgjigje
codes-chat-left-message = një mesazh që le
codes-chat-not-kept = nuk ruhet më
codes-chat-now-button = Bisedo tani
codes-read-heading = Një bisedë e mëparshme
codes-back-to-list-button = Kthehu te bisedat e mia
codes-erase-button = Fshiji të gjitha
codes-erase-heading = T’i fshish të gjitha?
codes-erase-body = Të gjitha bisedat e tua me ne do të fshihen dhe kodi yt i kthimit nuk do të punojë më. Askush nuk mund t’i kthejë.
codes-erase-yes-button = Po, fshiji të gjitha
codes-erase-no-button = Jo, mbaji bisedat e mia
codes-erased-heading = Gjithçka u fshi
codes-erased-body = Bisedat e tua u fshinë dhe kodi yt i kthimit nuk punon më.
codes-erased-button = Kthehu në fillim

codes-error-wrong = Ky kod nuk punon. Kontrollo shifrat dhe provo përsëri.
codes-error-too-many = Shumë kode të gabuara. Mund të provosh përsëri: { $time }
codes-error-chat-live = Një bisedë është ende duke vazhduar. Mbylle më parë, pastaj mund t’i fshish të gjitha.
