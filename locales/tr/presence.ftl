## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Senin dilini konuşan biri geldiğinde, sıradaki ilk kişi sen olacaksın.
   *[other] Senin dilini konuşan biri geldiğinde, sıradaki yerin: { $position }
}
queue-unstaffed-unknown = Senin dilini konuşan birinin ne zaman burada olacağını henüz bilmiyoruz.
queue-unstaffed-reader = Okuyabildiğin başka bir dili konuşan biri burada ve sana cevap verebilir.
presence-counsellor-connection-lost = { $name } ile bağlantı koptu. Burada kal: birkaç dakika içinde geri dönmezse, sıradaki danışman sana cevap verecek.
