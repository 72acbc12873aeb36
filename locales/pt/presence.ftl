## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Quando chegar alguém que fale a tua língua, és a primeira pessoa na fila.
   *[other] Quando chegar alguém que fale a tua língua, o teu lugar na fila: { $position }
}
queue-unstaffed-unknown = Ainda não sabemos quando vai estar cá alguém que fale a tua língua.
queue-unstaffed-reader = Está cá alguém que fala outra língua que tu lês, e pode responder-te.
presence-counsellor-connection-lost = { $name } perdeu a ligação. Fica aqui: se não voltar dentro de alguns minutos, a próxima pessoa disponível vai responder-te.
