## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Encore trois questions, si tu veux
survey-note = Tu peux les passer. Personne ne saura quelles réponses sont les tiennes.
survey-listened = As-tu eu l’impression qu’on t’écoutait ?
survey-next-steps = Sais-tu ce que tu peux faire ensuite ?
survey-come-back = Est-ce que tu reviendrais nous parler ?
survey-yes = Oui
survey-not-sure = Je ne sais pas
survey-no = Non
survey-send = Envoyer mes réponses
survey-skip = Passer
survey-thanks = Merci pour tes réponses.
