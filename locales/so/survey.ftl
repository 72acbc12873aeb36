## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Saddex su’aal oo kale, haddii aad rabto
survey-note = Waad ka boodi kartaa. Qofna ma ogaan doono jawaabaha adiga ah.
survey-listened = Ma dareentay in lagu dhageystay?
survey-next-steps = Ma taqaan waxa aad samayn karto marka xigta?
survey-come-back = Mar kale ma noo iman lahayd?
survey-yes = Haa
survey-not-sure = Ma hubo
survey-no = Maya
survey-send = Dir jawaabahayga
survey-skip = Ka bood
survey-thanks = Waad ku mahadsan tahay jawaabahaaga.
