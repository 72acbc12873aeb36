## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Хочешь вернуться позже? С кодом возврата ты сможешь снова прочитать этот разговор.
codes-take-button = Получить код возврата
codes-your-code = Твой код возврата
codes-write-down = Запиши его или запомни. Мы нигде его не храним и не сможем показать его тебе ещё раз.
codes-secret = Держи его в секрете: любой, у кого он есть, может прочитать твои разговоры.
codes-what-for = С ним ты можешь вернуться: к тому же консультанту, если он здесь, снова прочитать свои разговоры или всё стереть.
codes-done-button = Я записал(а). Скрыть код

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Ты можешь оставить сообщение
codes-leave-body = Напиши ниже, что хочешь нам сказать, и отправь. Потом нажми «Оставить сообщение». Тебе ответят позже.
codes-leave-button = Оставить сообщение
codes-left-heading = Твоё сообщение оставлено
codes-left-body = Консультант прочитает его и ответит.
codes-left-come-back = Вернись с кодом возврата, чтобы прочитать ответ.
codes-left-add = Ниже ты ещё можешь что-то дописать.

# Coming back with a code, on the first screen.
codes-have-code-button = У меня есть код возврата
codes-back-heading = Хорошо, что ты вернулся(ась)
codes-back-body = Введи код возврата, который ты получил(а). В нём 12 цифр.
codes-code-label = Код возврата
codes-open-button = Открыть мои разговоры
codes-back-button = Назад
codes-case-heading = Твои прошлые разговоры
codes-case-body = Нажми на разговор, чтобы прочитать его снова.
codes-case-empty = Пока нет разговоров.
codes-chat-with = консультант: { $name }
codes-chat-unanswered = ещё без ответа
codes-chat-left-message = сообщение, которое ты оставил(а)
codes-chat-not-kept = больше не хранится
codes-chat-now-button = Начать разговор сейчас
codes-read-heading = Прошлый разговор
codes-back-to-list-button = Назад к моим разговорам
codes-erase-button = Стереть всё
codes-erase-heading = Стереть всё?
codes-erase-body = Все твои разговоры с нами будут удалены, и код возврата перестанет работать. Вернуть их будет нельзя.
codes-erase-yes-button = Да, стереть всё
codes-erase-no-button = Нет, оставить разговоры
codes-erased-heading = Всё стёрто
codes-erased-body = Твои разговоры удалены, и код возврата больше не работает.
codes-erased-button = В начало

codes-error-wrong = Этот код не подходит. Проверь цифры и попробуй ещё раз.
codes-error-too-many = Слишком много неверных кодов. Попробуй снова в это время: { $time }
codes-error-chat-live = Разговор ещё идёт. Сначала закончи его, потом сможешь всё стереть.
