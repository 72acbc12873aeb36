# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Ukrainian), awaiting review by a native speaker.

page-title = Bridgeline – поговори з кимось
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Нотатки
page-loading = Завантаження…
page-needs-javascript = Щоб ця сторінка працювала, потрібен JavaScript. Якщо ти зараз у небезпеці, телефонуй на 112.

quick-exit-button = Швидкий вихід
    .title = Негайно покинути цю сторінку (клавіша Escape)

language-switcher-label = Мова

intro-heading = Поговори з кимось, хто тебе вислухає
intro-body = Ти можеш писати нам своєю мовою. Не треба називати своє ім’я. Те, що ти пишеш, залишиться між тобою і людиною, яка з тобою говорить.
intro-quick-exit-hint = Якщо хтось підійде, натисни Escape або «Швидкий вихід». Сторінка одразу закриється.
intro-start-button = Почати розмову

# Optional questions before the chat. Every one can be left out.
intake-heading = Перш ніж почати
intake-body = Ці запитання допоможуть нам знайти для тебе потрібну людину. Ти можеш їх пропустити.
intake-skip-button = Пропустити й почати розмову
intake-continue-button = Почати розмову
intake-topic-question = Про що ти хочеш поговорити? Можна вибрати кілька.
intake-age-question = Скільки тобі років?
intake-languages-question = Ти вмієш читати ще якимись мовами?
intake-country-question = У якій країні ти зараз?
intake-country-none = Не хочу казати

topic-family = Сім’я
topic-friends = Друзі
topic-bullying = Булінг, цькування
topic-violence = Хтось мене кривдить
topic-feelings = Почуття і переживання
topic-body = Тіло і здоров’я
topic-school = Школа або робота
topic-love = Кохання і секс
topic-online = Щось в інтернеті
topic-migration = Документи, притулок, життя в новій країні
topic-missing = Зникла людина або втеча з дому
topic-other = Щось інше

age-under-10 = Менше 10
age-10-12 = Від 10 до 12
age-13-15 = Від 13 до 15
age-16-17 = 16 або 17
age-18-plus = 18 або більше

danger-heading = Ти зараз у небезпеці?
danger-body = Телефонуй на 112. Це безкоштовно, і тобі допоможуть одразу.
danger-call-button = Подзвонити на 112

queue-heading = Чекаємо, поки хтось звільниться
queue-position-announcement = { $position ->
    [1] Твоя черга наступна.
   *[other] Твоє місце в черзі: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Час очікування: приблизно { $minutes } хвилина
    [few] Час очікування: приблизно { $minutes } хвилини
    [many] Час очікування: приблизно { $minutes } хвилин
   *[other] Час очікування: приблизно { $minutes } хвилини
}
queue-estimate-soon = Час очікування: менше ніж хвилина
queue-estimate-unknown = Ми поки не знаємо, скільки доведеться чекати.
queue-waiting-body = Будь ласка, зачекай тут. Ти вже можеш написати, про що хочеш поговорити.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Зараз тут немає нікого, хто говорить твоєю мовою.
no-counsellor-next = Хтось знову буде тут: { $time }.
no-counsellor-stay = Ти можеш залишитися в черзі. Ми відповімо, щойно хтось прийде.
no-counsellor-other-languages = Зараз тут є люди, які говорять цими мовами:
no-counsellor-switch-button = Розмова мовою: { $language }
no-counsellor-phone = Ти також можеш безкоштовно зателефонувати на дитячу гарячу лінію:

chat-counsellor-label = Консультант
chat-you-label = Ти
chat-message-input-label = Твоє повідомлення
chat-message-input-placeholder = Пиши тут…
chat-send-button = Надіслати
chat-end-button = Завершити розмову
chat-earlier-button = Показати попередні повідомлення
chat-status-sending = Надсилається…
chat-status-delivered = Доставлено
chat-status-read = Прочитано
chat-counsellor-typing = { $name } пише…

notice-counsellor-joined = { $name } тут, щоб поговорити з тобою.
notice-ended-by-child = Розмову завершено з твого боку.
notice-ended-by-counsellor = Людина, яка з тобою говорила, завершила розмову.
notice-left-queue = Тебе довго не було, тому ти вже не в черзі. Ти можеш почати нову розмову.
notice-language-changed = Тепер ти чекаєш на людину, яка говорить мовою: { $language }.
notice-counsellor-left = Людині, яка тобі допомагала, довелося піти. Ти знову в черзі, і тобі відповідять раніше, ніж новим чатам.
notice-transferred = Людина, яка тобі допомагає, передає твою розмову іншій людині, яка теж може допомогти. Вона зможе прочитати твої повідомлення. Будь ласка, залишайся тут.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Місце, де тобі можуть допомогти
referral-call = Подзвонити на номер { $phone }
referral-website = Відкрити їхній сайт
referral-always-open = Працює вдень і вночі
referral-hours = Години роботи: { $hours }

ended-heading = Розмову завершено
ended-body = Дякуємо тобі за розмову. Ти можеш повернутися будь-коли.
ended-new-chat-button = Почати нову розмову

rating-question = Чи допомогла тобі ця розмова?
rating-helped = Так
rating-somewhat = Трохи
rating-not-helped = Ні
rating-thanks = Дякуємо за відповідь.

connection-reconnecting = Зв’язок втрачено. Пробуємо ще раз…
connection-elsewhere = Ця розмова зараз відкрита в іншому вікні або вкладці.

error-too-long = Твоє повідомлення задовге. Будь ласка, скороти його.
error-unknown-language = Ми поки що не можемо спілкуватися цією мовою. Будь ласка, обери іншу.
error-generic = Щось пішло не так. Будь ласка, спробуй ще раз.

## Hostile input

error-control-character = У твоєму повідомленні є прихований символ, який не можна надіслати. Видали його й спробуй ще раз.
## Paused (blocked) page
paused-heading = Чат поки що призупинено
paused-body = Ти зможеш знову написати нам: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Швидкий вихід закриває цю сторінку, але в історії браузера все одно може бути видно, що ти тут був(ла). Щоб не залишити слідів, відкрий цю сторінку в приватному вікні (режим інкогніто).
