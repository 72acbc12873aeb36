# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Ukrainian), awaiting review by a native speaker.

page-title = Bridgeline – поговори з кимось
page-loading = Завантаження…
page-needs-javascript = Щоб ця сторінка працювала, потрібен JavaScript. Якщо ти зараз у небезпеці, телефонуй на 112.

quick-exit-button = Швидкий вихід
    .title = Негайно покинути цю сторінку (клавіша Escape)

language-switcher-label = Мова

intro-heading = Поговори з кимось, хто вислухає
intro-body = Ти можеш писати нам своєю мовою. Не треба називати своє ім’я. Те, що ти пишеш, залишиться між тобою і консультантом.
intro-start-button = Почати розмову

danger-heading = Ти зараз у небезпеці?
danger-body = Телефонуй на 112. Це безкоштовно, і тобі допоможуть одразу.

queue-heading = Чекаємо на консультанта
queue-position-announcement = { $position ->
    [1] Твоя черга наступна.
   *[other] Твоє місце в черзі: { $position }
}
queue-waiting-body = Будь ласка, зачекай тут. Ти вже можеш написати, про що хочеш поговорити.

chat-counsellor-label = Консультант
chat-you-label = Ти
chat-message-input-label = Твоє повідомлення
chat-message-input-placeholder = Пиши тут…
chat-send-button = Надіслати
chat-end-button = Завершити розмову
chat-status-sending = Надсилається…
chat-status-delivered = Доставлено

notice-counsellor-joined = { $name } тут, щоб поговорити з тобою.
notice-ended-by-child = Ти завершив(-ла) розмову.
notice-ended-by-counsellor = Консультант завершив розмову.
notice-left-queue = Тебе довго не було, тому ти вийшов(-ла) з черги. Ти можеш почати нову розмову.

ended-heading = Розмову завершено
ended-body = Дякуємо тобі за розмову. Ти можеш повернутися будь-коли.
ended-new-chat-button = Почати нову розмову

connection-reconnecting = Зв’язок втрачено. Пробуємо ще раз…

error-too-long = Твоє повідомлення задовге. Будь ласка, скороти його.
error-unknown-language = Ми поки що не можемо спілкуватися цією мовою. Будь ласка, обери іншу.
error-generic = Щось пішло не так. Будь ласка, спробуй ще раз.
