## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Хочеш повернутися пізніше? З кодом повернення ти зможеш знову прочитати цю розмову.
codes-take-button = Отримати код повернення
codes-your-code = Твій код повернення
codes-write-down = Запиши його або запам’ятай. Ми ніде його не зберігаємо і не зможемо показати тобі ще раз.
codes-secret = Тримай його в таємниці: будь-хто, у кого він є, може прочитати твої розмови.
codes-what-for = З ним ти можеш повернутися: до того самого консультанта, якщо він тут, знову прочитати свої розмови або все стерти.
codes-done-button = Я записав(ла). Сховати код

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Ти можеш залишити повідомлення
codes-leave-body = Напиши нижче, що хочеш нам сказати, і надішли. Потім натисни «Залишити повідомлення». Тобі відповідять пізніше.
codes-leave-button = Залишити повідомлення
codes-left-heading = Твоє повідомлення залишено
codes-left-body = Консультант прочитає його і відповість.
codes-left-come-back = Повернися з кодом повернення, щоб прочитати відповідь.
codes-left-add = Нижче ти ще можеш щось дописати.

# Coming back with a code, on the first screen.
codes-have-code-button = У мене є код повернення
codes-back-heading = Добре, що ти повернувся(лася)
codes-back-body = Введи код повернення, який ти отримав(ла). У ньому 12 цифр.
codes-code-label = Код повернення
codes-open-button = Відкрити мої розмови
codes-back-button = Назад
codes-case-heading = Твої попередні розмови
codes-case-body = Натисни на розмову, щоб прочитати її знову.
codes-case-empty = Поки немає розмов.
codes-chat-with = консультант: { $name }
codes-chat-unanswered = ще без відповіді
codes-chat-left-message = повідомлення, яке ти залишив(ла)
codes-chat-not-kept = більше не зберігається
codes-chat-now-button = Почати розмову зараз
codes-read-heading = Попередня розмова
codes-back-to-list-button = Назад до моїх розмов
codes-erase-button = Стерти все
codes-erase-heading = Стерти все?
codes-erase-body = Усі твої розмови з нами буде видалено, і код повернення перестане працювати. Повернути їх буде неможливо.
codes-erase-yes-button = Так, стерти все
codes-erase-no-button = Ні, залишити розмови
codes-erased-heading = Усе стерто
codes-erased-body = Твої розмови видалено, і код повернення більше не працює.
codes-erased-button = На початок

codes-error-wrong = Цей код не підходить. Перевір цифри і спробуй ще раз.
codes-error-too-many = Забагато неправильних кодів. Спробуй знову в цей час: { $time }
codes-error-chat-live = Розмова ще триває. Спочатку заверши її, потім зможеш усе стерти.
