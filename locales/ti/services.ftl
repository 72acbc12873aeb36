# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – መስመር ሓገዝ ቆልዑ
service-eu-116111-description = ኣብ መብዛሕትኡ ሃገራት ሕብረት ኤውሮጳ ንቆልዑ ብናጻ ዝኾነ መስመር ሓገዝ። ብዛዕባ ዘሻቕለካ ነገር ክትዛረብ ትኽእል ኢኻ። ዝኽፈተሉ ሰዓታት ከከም ሃገሩ ይፈላለ።

service-eu-116000-name = 116 000 – ዝጠፍኡ ቆልዑ
service-eu-116000-description = ኣብ መብዛሕትኡ ሃገራት ሕብረት ኤውሮጳ፡ ቆልዓ ምስ ዝጠፍእ ብናጻ ዝድወል ቁጽሪ። ሓደ ሰብ እንተ ጠፊኡ፡ ወይ ሃዲምካ ሓገዝ እንተ ደሊኻ ደውል።

service-eu-112-name = 112 – ህጹጽ ሓገዝ
service-eu-112-description = ብናጻ፡ ለይትን መዓልትን፡ ኣብ ኩሉ ሃገራት ሕብረት ኤውሮጳ። ንስኻ ወይ ካልእ ሰብ ሕጂ ኣብ ሓደጋ እንተ ሃሊኹም ደውል።
