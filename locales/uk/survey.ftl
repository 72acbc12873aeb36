## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = Ще три запитання, якщо хочеш
survey-note = Їх можна пропустити. Ніхто не дізнається, які відповіді твої.
survey-listened = Чи відчуваєш ти, що тебе вислухали?
survey-next-steps = Чи знаєш ти, що робити далі?
survey-come-back = Чи захочеш ти написати нам знову?
survey-yes = Так
survey-not-sure = Не знаю
survey-no = Ні
survey-send = Надіслати відповіді
survey-skip = Пропустити
survey-thanks = Дякуємо за відповіді.
