## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Вопрос к тебе
handover-ask-body = { $counsellor } хочет рассказать о тебе службе помощи «{ $partner }». Она помогает детям в другой стране ({ $countries }).
handover-ask-summary = Они получили бы краткое описание твоей истории.
handover-ask-summary-chat = Они получили бы краткое описание твоей истории и этот разговор.
handover-ask-no = Ты можешь сказать «нет». Если ты скажешь «нет», здесь ничего не изменится: мы продолжим разговор.
handover-yes-button = Да
handover-summary-only-button = Да, но без нашего разговора
handover-no-button = Нет

# After the answer, until the case is sent.
handover-answered-yes = Твой ответ: да.
handover-answered-summary-only = Твой ответ: да, но без нашего разговора.
handover-answered-no = Твой ответ: нет. Мы продолжаем разговор здесь.
handover-change-hint = Ты можешь изменить ответ, пока ничего не отправлено.
handover-change-button = Изменить ответ

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Твоя история отправлена в службу помощи «{ $partner }» ({ $countries }).
handover-sent-worried = Мы отправили её, не спрашивая тебя, потому что беспокоимся о твоей безопасности.
handover-sent-summary = Они получили краткое описание.
handover-sent-summary-chat = Они получили краткое описание и этот разговор.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Соединяем тебя со службой «{ $partner }»…
handover-connected = Теперь ты говоришь со службой «{ $partner }».
handover-failed-heading = Продолжить: «{ $partner }»
handover-failed-body = Не получилось тебя соединить. Открой их страницу по ссылке ниже и введи там этот код, чтобы продолжить.
handover-failed-link = Открыть страницу «{ $partner }»
