# Strings of the counsellor console.
# Machine draft (Ukrainian), awaiting review by a native speaker.

staff-page-title = Bridgeline – консультант
staff-login-heading = Вхід
staff-login-username = Ім’я користувача
staff-login-password = Пароль
staff-login-button = Увійти
staff-login-failed = Неправильне ім’я користувача або пароль.
staff-logout-button = Вийти

staff-status-label = Статус
staff-status-available = Доступний
staff-status-busy = Зайнятий
staff-status-away = Відсутній

staff-offers-heading = Діти, які чекають на вас
staff-offer-summary = Мова: { $language } · чекає { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}
staff-offer-accept = Прийняти
staff-offer-decline = Відхилити
staff-no-offers = Зараз на вас не чекає жодна дитина.

staff-chats-heading = Ваші розмови
staff-no-chats = Немає відкритих розмов.
staff-chat-language = Мова: { $language }
staff-chat-child-label = Дитина
staff-chat-you-label = Ви
staff-chat-ended = Цю розмову завершено.
staff-chat-close = Закрити
staff-connection-lost = Зв’язок втрачено. Перепідключення…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } приєднується до розмови.
staff-notice-ended-by-child = Дитина завершила розмову.
staff-notice-ended-by-counsellor = Ви завершили розмову.
staff-notice-left-queue = Дитина надто довго була не на зв’язку й вийшла з черги.
staff-notice-language-changed = Дитина перейшла до черги { $language }.
staff-page-loading = Завантаження…
staff-message-input-label = Ваше повідомлення
staff-send-button = Надіслати
staff-end-button = Завершити чат
staff-chat-child-typing = Дитина пише…
staff-chat-status-read = Прочитано
staff-notice-counsellor-left = Ви були від’єднані надто довго; дитина повернулася до черги.
staff-offer-topics = Теми: { $topics }
staff-offer-age = Вік: { $age }
staff-offer-country = Країна: { $country }
staff-offer-sound = Звук для нових пропозицій
staff-shortcuts-help = Alt+1…9: перейти до чату · Alt+↑/↓: попередній або наступний чат · Alt+A: прийняти першу пропозицію
staff-topic-family = сім’я
staff-topic-friends = друзі
staff-topic-bullying = булінг
staff-topic-violence = насильство
staff-topic-feelings = почуття, психічне здоров’я
staff-topic-body = тіло і здоров’я
staff-topic-school = школа або робота
staff-topic-love = кохання і сексуальність
staff-topic-online = онлайн
staff-topic-migration = міграція, притулок
staff-topic-missing = зникнення, втеча
staff-topic-other = інше
staff-age-under-10 = до 10 років
staff-age-10-12 = 10–12 років
staff-age-13-15 = 13–15 років
staff-age-16-17 = 16–17 років
staff-age-18-plus = 18 років і старше
