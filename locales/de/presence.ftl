## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Wenn jemand kommt, der deine Sprache spricht, bist du als Erstes dran.
   *[other] Wenn jemand kommt, der deine Sprache spricht, dein Platz in der Warteschlange: { $position }
}
queue-unstaffed-unknown = Wir wissen noch nicht, wann jemand da ist, der deine Sprache spricht.
queue-unstaffed-reader = Jemand, der eine andere Sprache spricht, die du lesen kannst, ist da und kann dir vielleicht antworten.
presence-counsellor-connection-lost = { $name } hat die Verbindung verloren. Bleib hier: Wenn die Person in ein paar Minuten nicht zurück ist, antwortet dir die nächste Beratungsperson.
