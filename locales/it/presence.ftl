## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Quando arriverà qualcuno che parla la tua lingua, sarai la prima persona in fila.
   *[other] Quando arriverà qualcuno che parla la tua lingua, il tuo posto in fila: { $position }
}
queue-unstaffed-unknown = Non sappiamo ancora quando ci sarà qualcuno che parla la tua lingua.
queue-unstaffed-reader = C’è qualcuno che parla un’altra lingua che sai leggere, e potrebbe risponderti.
presence-counsellor-connection-lost = { $name } ha perso la connessione. Resta qui: se non torna entro pochi minuti, ti risponderà la prossima persona disponibile.
