## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Als er iemand komt die jouw taal spreekt, ben jij als eerste aan de beurt.
   *[other] Als er iemand komt die jouw taal spreekt, jouw plek in de rij: { $position }
}
queue-unstaffed-unknown = We weten nog niet wanneer er iemand is die jouw taal spreekt.
queue-unstaffed-reader = Er is iemand die een andere taal spreekt die jij kunt lezen, en die jou misschien antwoordt.
presence-counsellor-connection-lost = { $name } heeft geen verbinding meer. Blijf hier: als die persoon over een paar minuten niet terug is, antwoordt de volgende hulpverlener je.
