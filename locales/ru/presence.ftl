## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Когда придёт тот, кто говорит на твоём языке, ты будешь на первом месте в очереди.
   *[other] Когда придёт тот, кто говорит на твоём языке, твоё место в очереди: { $position }
}
queue-unstaffed-unknown = Мы пока не знаем, когда здесь будет тот, кто говорит на твоём языке.
queue-unstaffed-reader = Здесь есть человек, который говорит на другом языке, который ты понимаешь, и он может тебе ответить.
presence-counsellor-connection-lost = Связь с { $name } прервалась. Оставайся здесь: если этот человек не вернётся через несколько минут, тебе ответит следующий консультант.
