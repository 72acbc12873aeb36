## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Noch drei Fragen, wenn du magst
survey-note = Du kannst sie überspringen. Niemand erfährt, welche Antworten von dir sind.
survey-listened = Hattest du das Gefühl, dass dir zugehört wurde?
survey-next-steps = Weißt du, was du als Nächstes tun kannst?
survey-come-back = Würdest du wieder zu uns kommen?
survey-yes = Ja
survey-not-sure = Weiß nicht
survey-no = Nein
survey-send = Antworten senden
survey-skip = Überspringen
survey-thanks = Danke für deine Antworten.
