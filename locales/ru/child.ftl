# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Russian), awaiting review by a native speaker.

page-title = Bridgeline – поговори с кем-нибудь
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Заметки
page-loading = Загрузка…
page-needs-javascript = Чтобы эта страница работала, нужен JavaScript. Если ты сейчас в опасности, звони 112.

quick-exit-button = Быстрый выход
    .title = Сразу уйти с этой страницы (клавиша Esc)

language-switcher-label = Язык

intro-heading = Поговори с кем-то, кто тебя выслушает
intro-body = Ты можешь писать нам на своём языке. Не нужно называть своё имя. То, что ты пишешь, останется между тобой и человеком, который с тобой говорит.
intro-quick-exit-hint = Если кто-то подойдёт, нажми Esc или «Быстрый выход». Страница сразу закроется.
intro-start-button = Начать разговор

# Optional questions before the chat. Every one can be left out.
intake-heading = Прежде чем начать
intake-body = Эти вопросы помогут нам найти для тебя подходящего человека. Их можно пропустить.
intake-skip-button = Пропустить и начать разговор
intake-continue-button = Начать разговор
intake-topic-question = О чём ты хочешь поговорить? Можно выбрать несколько.
intake-age-question = Сколько тебе лет?
intake-languages-question = Ты умеешь читать и на других языках?
intake-country-question = В какой ты сейчас стране?
intake-country-none = Не хочу говорить

topic-family = Семья
topic-friends = Друзья
topic-bullying = Травля, буллинг
topic-violence = Кто-то делает мне больно
topic-feelings = Чувства и переживания
topic-body = Тело и здоровье
topic-school = Школа или работа
topic-love = Любовь и секс
topic-online = Что-то в интернете
topic-migration = Документы, убежище, жизнь в новой стране
topic-missing = Пропал человек или побег из дома
topic-other = Что-то другое

age-under-10 = Меньше 10
age-10-12 = От 10 до 12
age-13-15 = От 13 до 15
age-16-17 = 16 или 17
age-18-plus = 18 или больше

danger-heading = Ты сейчас в опасности?
danger-body = Звони 112. Это бесплатно, и тебе сразу помогут.
danger-call-button = Позвонить 112

queue-heading = Ждём, когда кто-то освободится
queue-position-announcement = { $position ->
    [1] Твоя очередь следующая.
   *[other] Твоё место в очереди: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Время ожидания: примерно { $minutes } минута
    [few] Время ожидания: примерно { $minutes } минуты
    [many] Время ожидания: примерно { $minutes } минут
   *[other] Время ожидания: примерно { $minutes } минуты
}
queue-estimate-soon = Время ожидания: меньше минуты
queue-estimate-unknown = Мы пока не знаем, сколько придётся ждать.
queue-waiting-body = Пожалуйста, подожди здесь. Ты уже можешь написать, о чём хочешь поговорить.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Сейчас здесь нет никого, кто говорит на твоём языке.
no-counsellor-next = Кто-то снова будет здесь: { $time }.
no-counsellor-stay = Ты можешь остаться в очереди. Мы ответим, как только кто-то придёт.
no-counsellor-other-languages = Сейчас здесь есть люди, которые говорят на этих языках:
no-counsellor-switch-button = Разговор на языке: { $language }
no-counsellor-phone = Ты также можешь бесплатно позвонить на детский телефон доверия:

chat-counsellor-label = Консультант
chat-you-label = Ты
chat-message-input-label = Твоё сообщение
chat-message-input-placeholder = Пиши здесь…
chat-send-button = Отправить
chat-end-button = Закончить разговор
chat-earlier-button = Показать предыдущие сообщения
chat-status-sending = Отправляется…
chat-status-delivered = Доставлено
chat-status-read = Прочитано
chat-counsellor-typing = { $name } пишет…

notice-counsellor-joined = { $name } здесь, чтобы поговорить с тобой.
notice-ended-by-child = Разговор завершён с твоей стороны.
notice-ended-by-counsellor = Человек, который с тобой говорил, закончил разговор.
notice-left-queue = Тебя долго не было, поэтому ты больше не в очереди. Можешь начать новый разговор.
notice-language-changed = Теперь ты ждёшь человека, который говорит на языке: { $language }.
notice-counsellor-left = Человеку, который тебе помогал, пришлось уйти. Ты снова в очереди, и тебе ответят раньше, чем новым чатам.
notice-transferred = Человек, который тебе помогает, передаёт твой разговор другому человеку, который тоже может помочь. Этот человек сможет прочитать твои сообщения. Пожалуйста, оставайся здесь.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Место, где тебе могут помочь
referral-call = Позвонить по номеру { $phone }
referral-website = Открыть их сайт
referral-always-open = Работает днём и ночью
referral-hours = Часы работы: { $hours }

ended-heading = Разговор закончен
ended-body = Спасибо тебе за разговор. Ты можешь вернуться в любое время.
ended-new-chat-button = Начать новый разговор

rating-question = Тебе помог этот разговор?
rating-helped = Да
rating-somewhat = Немного
rating-not-helped = Нет
rating-thanks = Спасибо за ответ.

connection-reconnecting = Связь потеряна. Пробуем снова…
connection-elsewhere = Этот разговор сейчас открыт в другом окне или вкладке.

error-too-long = Твоё сообщение слишком длинное. Пожалуйста, сделай его короче.
error-unknown-language = Мы пока не можем общаться на этом языке. Пожалуйста, выбери другой.
error-generic = Что-то пошло не так. Пожалуйста, попробуй ещё раз.

## Hostile input

error-control-character = В твоём сообщении есть скрытый символ, который нельзя отправить. Пожалуйста, удали его и попробуй ещё раз.
## Paused (blocked) page
paused-heading = Чат пока приостановлен
paused-body = Ты сможешь снова написать нам: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Быстрый выход закрывает эту страницу, но в истории браузера всё равно может остаться, что ты здесь был(а). Чтобы не оставить следов, открой эту страницу в приватном окне (режим инкогнито).
