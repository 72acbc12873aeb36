## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = እንተደሊኻ፡ ካልኦት ሰለስተ ሕቶታት
survey-note = ክትሓልፎም ትኽእል ኢኻ። ኣየኖት መልስታት ናትካ ምዃኖም ዝፈልጥ የለን።
survey-listened = ከም ዝሰማዕናካ ተሰሚዑካ ዶ?
survey-next-steps = ቀጺልካ እንታይ ክትገብር ከም ትኽእል ትፈልጥ ዶ?
survey-come-back = ደጊምካ ናባና ክትመጽእ ዶ?
survey-yes = እወ
survey-not-sure = ርግጸኛ ኣይኮንኩን
survey-no = ኣይፋል
survey-send = መልስታተይ ስደድ
survey-skip = ሕለፍ
survey-thanks = ስለ መልስታትካ የቐንየልና።
