## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Heke tu bixwazî, sê pirsên din
survey-note = Tu dikarî wan derbas bikî. Kes nizane kîjan bersiv yên te ne.
survey-listened = Te hîs kir ku me guh da te?
survey-next-steps = Tu dizanî piştre çi dikarî bikî?
survey-come-back = Tu dê dîsa werî cem me?
survey-yes = Erê
survey-not-sure = Nizanim
survey-no = Na
survey-send = Bersivên min bişîne
survey-skip = Derbas bike
survey-thanks = Spas ji bo bersivên te.
