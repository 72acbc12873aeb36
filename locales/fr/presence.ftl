## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Quand quelqu’un qui parle ta langue arrivera, tu seras le premier ou la première dans la file.
   *[other] Quand quelqu’un qui parle ta langue arrivera, ta place dans la file : { $position }
}
queue-unstaffed-unknown = On ne sait pas encore quand quelqu’un qui parle ta langue sera là.
queue-unstaffed-reader = Quelqu’un qui parle une autre langue que tu lis est là et pourra peut-être te répondre.
presence-counsellor-connection-lost = { $name } a perdu la connexion. Reste ici : si cette personne ne revient pas dans quelques minutes, la prochaine personne disponible te répondra.
