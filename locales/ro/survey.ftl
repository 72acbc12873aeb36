## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Încă trei întrebări, dacă vrei
survey-note = Poți să treci peste ele. Nimeni nu va ști care răspunsuri sunt ale tale.
survey-listened = Ai simțit că te ascultăm?
survey-next-steps = Știi ce poți face mai departe?
survey-come-back = Ai mai veni să vorbești cu noi?
survey-yes = Da
survey-not-sure = Nu știu
survey-no = Nu
survey-send = Trimite răspunsurile
survey-skip = Treci peste
survey-thanks = Îți mulțumim pentru răspunsuri.
