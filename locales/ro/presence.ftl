## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Când vine cineva care vorbește limba ta, tu ești primul la rând.
   *[other] Când vine cineva care vorbește limba ta, locul tău la rând: { $position }
}
queue-unstaffed-unknown = Încă nu știm când va fi aici cineva care vorbește limba ta.
queue-unstaffed-reader = E aici cineva care vorbește o altă limbă pe care o citești și care ți-ar putea răspunde.
presence-counsellor-connection-lost = { $name } a pierdut conexiunea. Rămâi aici: dacă nu revine în câteva minute, îți va răspunde următorul consilier.
