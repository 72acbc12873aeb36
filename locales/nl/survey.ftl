## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Nog drie vragen, als je wilt
survey-note = Je mag ze overslaan. Niemand weet welke antwoorden van jou zijn.
survey-listened = Had je het gevoel dat er naar je geluisterd werd?
survey-next-steps = Weet je wat je nu kunt doen?
survey-come-back = Zou je nog eens bij ons terugkomen?
survey-yes = Ja
survey-not-sure = Weet ik niet
survey-no = Nee
survey-send = Antwoorden versturen
survey-skip = Overslaan
survey-thanks = Bedankt voor je antwoorden.
