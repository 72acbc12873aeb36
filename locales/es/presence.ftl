## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Cuando llegue alguien que hable tu idioma, serás la primera persona en la fila.
   *[other] Cuando llegue alguien que hable tu idioma, tu lugar en la fila: { $position }
}
queue-unstaffed-unknown = Todavía no sabemos cuándo estará aquí alguien que hable tu idioma.
queue-unstaffed-reader = Aquí hay alguien que habla otro idioma que tú lees, y puede que te responda.
presence-counsellor-connection-lost = { $name } perdió la conexión. Quédate aquí: si no vuelve en unos minutos, te responderá la próxima persona disponible.
