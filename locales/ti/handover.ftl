## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = ንዓኻ ሓንቲ ሕቶ
handover-ask-body = { $counsellor } ብዛዕባኻ ነቲ { $partner } ዝበሃል መስመር ሓገዝ ክነግሩ ይደልዩ። እዚ መስመር ኣብ ካልእ ሃገር ንዘለዉ ቆልዑ ይሕግዝ ({ $countries })።
handover-ask-summary = ካብቲ ዝነገርካና ሓጺር ጽማቕ ክበጽሖም እዩ።
handover-ask-summary-chat = ካብቲ ዝነገርካና ሓጺር ጽማቕን እዚ ዕላልን ክበጽሖም እዩ።
handover-ask-no = ኣይፋል ክትብል ትኽእል ኢኻ። ኣይፋል እንተ ኢልካ ኣብዚ ዝቕየር ነገር የለን፤ ምዝርራብና ንቕጽል ኢና።
handover-yes-button = እወ
handover-summary-only-button = እወ፣ ግን ዕላልና ኣይኮነን
handover-no-button = ኣይፋል

# After the answer, until the case is sent.
handover-answered-yes = እወ ኢልካ።
handover-answered-summary-only = እወ ኢልካ፣ ግን ንዕላልና ኣይኮነን።
handover-answered-no = ኣይፋል ኢልካ። ኣብዚ ምዝርራብና ንቕጽል ኢና።
handover-change-hint = ክሳዕ ዝለኣኽ መልስኻ ክትቕይሮ ትኽእል ኢኻ።
handover-change-button = መልሰይ ቀይር

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = እቲ ዝነገርካና ናብቲ { $partner } ዝበሃል መስመር ሓገዝ ተላኢኹ ኣሎ ({ $countries })።
handover-sent-worried = ብዛዕባ ድሕንነትካ ስለ እንሻቐል ከይሓተትናካ ሰዲድናዮ።
handover-sent-summary = ሓጺር ጽማቕ በጺሕዎም።
handover-sent-summary-chat = ሓጺር ጽማቕን እዚ ዕላልን በጺሕዎም።

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = ምስቲ { $partner } ዝበሃል መስመር ሓገዝ ነራኽበካ ኣለና…
handover-connected = ሕጂ ምስቲ { $partner } ዝበሃል መስመር ሓገዝ ትዘራረብ ኣለኻ።
handover-failed-heading = ምስቲ { $partner } ዝበሃል መስመር ሓገዝ ቀጽል
handover-failed-body = ከነራኽበካ ኣይከኣልናን። ብታሕቲ ዘሎ መላግቦ ገጾም ክፈትን ንምቕጻል ነዚ ኮድ ኣብኡ ጽሓፍን።
handover-failed-link = ገጽ { $partner } ክፈት
