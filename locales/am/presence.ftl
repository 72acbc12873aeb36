## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] ቋንቋዎን የሚናገር ሰው ሲመጣ፣ በሰልፉ የመጀመሪያው እርስዎ ይሆናሉ።
   *[other] ቋንቋዎን የሚናገር ሰው ሲመጣ፣ በሰልፉ ያለዎት ቦታ፦ { $position }
}
queue-unstaffed-unknown = ቋንቋዎን የሚናገር ሰው መቼ እዚህ እንደሚሆን እስካሁን አናውቅም።
queue-unstaffed-reader = እርስዎ የሚያነቡትን ሌላ ቋንቋ የሚናገር ሰው እዚህ አለ፤ ሊመልስልዎት ይችላል።
presence-counsellor-connection-lost = የ{ $name } ግንኙነት ተቋርጧል። እዚሁ ይቆዩ፦ በጥቂት ደቂቃዎች ውስጥ ካልተመለሱ፣ ቀጣዩ አማካሪ ይመልስልዎታል።
