## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Коли прийде хтось, хто розмовляє твоєю мовою, ти будеш на першому місці в черзі.
   *[other] Коли прийде хтось, хто розмовляє твоєю мовою, твоє місце в черзі: { $position }
}
queue-unstaffed-unknown = Ми ще не знаємо, коли тут буде хтось, хто розмовляє твоєю мовою.
queue-unstaffed-reader = Тут є людина, яка розмовляє іншою мовою, яку ти читаєш, і вона може тобі відповісти.
presence-counsellor-connection-lost = Зв’язок із { $name } перервався. Залишайся тут: якщо ця людина не повернеться за кілька хвилин, тобі відповість наступний консультант.
