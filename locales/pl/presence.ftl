## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Gdy przyjdzie ktoś, kto mówi w twoim języku, będziesz na pierwszym miejscu w kolejce.
   *[other] Gdy przyjdzie ktoś, kto mówi w twoim języku, twoje miejsce w kolejce: { $position }
}
queue-unstaffed-unknown = Nie wiemy jeszcze, kiedy będzie tu ktoś, kto mówi w twoim języku.
queue-unstaffed-reader = Jest tu ktoś, kto mówi w innym języku, który umiesz czytać, i może ci odpowiedzieć.
presence-counsellor-connection-lost = Połączenie z { $name } zostało przerwane. Zostań tutaj: jeśli ta osoba nie wróci w ciągu kilku minut, odpowie ci kolejna osoba.
