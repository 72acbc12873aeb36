## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] ቋንቋኹም ዝዛረብ ሰብ ምስ መጸ፡ ኣብ መስርዕ ቀዳማይ ንስኹም ኢኹም።
   *[other] ቋንቋኹም ዝዛረብ ሰብ ምስ መጸ፡ ኣብ መስርዕ ዘለኩም ቦታ፦ { $position }
}
queue-unstaffed-unknown = ቋንቋኹም ዝዛረብ ሰብ መዓስ ኣብዚ ከም ዝህሉ ገና ኣይንፈልጥን።
queue-unstaffed-reader = ካልእ እተንብብዎ ቋንቋ ዝዛረብ ሰብ ኣብዚ ኣሎ፡ ክምልሰልኩም ይኽእል እዩ።
presence-counsellor-connection-lost = ርክብ { $name } ተቋሪጹ። ኣብዚ ጽንሑ፦ ኣብ ውሽጢ ቁሩብ ደቓይቕ እንተዘይተመልሰ፡ ዝቕጽል ኣማኻሪ ክምልሰልኩም እዩ።
