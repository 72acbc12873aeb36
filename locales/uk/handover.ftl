## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Питання до тебе
handover-ask-body = { $counsellor } хоче розповісти про тебе службі допомоги «{ $partner }». Вона допомагає дітям в іншій країні ({ $countries }).
handover-ask-summary = Вони отримали б короткий опис твоєї історії.
handover-ask-summary-chat = Вони отримали б короткий опис твоєї історії і цю розмову.
handover-ask-no = Ти можеш сказати «ні». Якщо ти скажеш «ні», тут нічого не зміниться: ми продовжимо розмову.
handover-yes-button = Так
handover-summary-only-button = Так, але без нашої розмови
handover-no-button = Ні

# After the answer, until the case is sent.
handover-answered-yes = Твоя відповідь: так.
handover-answered-summary-only = Твоя відповідь: так, але без нашої розмови.
handover-answered-no = Твоя відповідь: ні. Ми продовжуємо розмову тут.
handover-change-hint = Ти можеш змінити відповідь, доки нічого не надіслано.
handover-change-button = Змінити відповідь

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Твою історію надіслано до служби допомоги «{ $partner }» ({ $countries }).
handover-sent-worried = Ми надіслали її, не питаючи тебе, бо турбуємося про твою безпеку.
handover-sent-summary = Вони отримали короткий опис.
handover-sent-summary-chat = Вони отримали короткий опис і цю розмову.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = З’єднуємо тебе зі службою «{ $partner }»…
handover-connected = Тепер ти говориш зі службою «{ $partner }».
handover-failed-heading = Продовжити: «{ $partner }»
handover-failed-body = Не вдалося тебе з’єднати. Відкрий їхню сторінку за посиланням нижче і введи там цей код, щоб продовжити.
handover-failed-link = Відкрити сторінку «{ $partner }»
