## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Jeszcze trzy pytania, jeśli chcesz
survey-note = Możesz je pominąć. Nikt nie będzie wiedział, które odpowiedzi są twoje.
survey-listened = Czy czujesz, że cię wysłuchano?
survey-next-steps = Czy wiesz, co możesz teraz zrobić?
survey-come-back = Czy jeszcze do nas wrócisz?
survey-yes = Tak
survey-not-sure = Nie wiem
survey-no = Nie
survey-send = Wyślij odpowiedzi
survey-skip = Pomiń
survey-thanks = Dziękujemy za odpowiedzi.
