## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = ከፈለግህ ሦስት ተጨማሪ ጥያቄዎች
survey-note = ልትዘልላቸው ትችላለህ። የትኞቹ መልሶች ያንተ እንደሆኑ ማንም አያውቅም።
survey-listened = እንደሰማንህ ተሰማህ?
survey-next-steps = ቀጥሎ ምን ማድረግ እንደምትችል ታውቃለህ?
survey-come-back = እንደገና ወደ እኛ ትመጣለህ?
survey-yes = አዎ
survey-not-sure = እርግጠኛ አይደለሁም
survey-no = አይ
survey-send = መልሶቼን ላክ
survey-skip = ዝለል
survey-thanks = ስለ መልሶችህ እናመሰግናለን።
