## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Kur të vijë dikush që flet gjuhën tënde, ti do të jesh në vendin e parë në radhë.
   *[other] Kur të vijë dikush që flet gjuhën tënde, vendi yt në radhë: { $position }
}
queue-unstaffed-unknown = Ende nuk e dimë kur do të jetë këtu dikush që flet gjuhën tënde.
queue-unstaffed-reader = Këtu është dikush që flet një gjuhë tjetër që ti e lexon, dhe mund të të përgjigjet.
presence-counsellor-connection-lost = Lidhja me { $name } u ndërpre. Qëndro këtu: nëse nuk kthehet brenda pak minutash, do të të përgjigjet këshilltari tjetër.
