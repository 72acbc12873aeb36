## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = ላንተ አንድ ጥያቄ
handover-ask-body = { $counsellor } ስለ አንተ { $partner } ለተባለው የእርዳታ መስመር መንገር ይፈልጋሉ። ይህ መስመር በሌላ አገር ያሉ ልጆችን ይረዳል ({ $countries })።
handover-ask-summary = የነገርከን ነገር አጭር ማጠቃለያ ይደርሳቸዋል።
handover-ask-summary-chat = የነገርከን ነገር አጭር ማጠቃለያ እና ይህ ውይይት ይደርሳቸዋል።
handover-ask-no = እምቢ ማለት ትችላለህ። እምቢ ካልክ እዚህ ምንም አይለወጥም፤ ማውራታችንን እንቀጥላለን።
handover-yes-button = አዎ
handover-summary-only-button = አዎ፣ ግን ውይይታችንን አይደለም
handover-no-button = አይ

# After the answer, until the case is sent.
handover-answered-yes = አዎ ብለሃል።
handover-answered-summary-only = አዎ ብለሃል፣ ግን ለውይይታችን አይደለም።
handover-answered-no = አይ ብለሃል። እዚህ ማውራታችንን እንቀጥላለን።
handover-change-hint = እስኪላክ ድረስ መልስህን መቀየር ትችላለህ።
handover-change-button = መልሴን ቀይር

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = የነገርከን ነገር { $partner } ለተባለው የእርዳታ መስመር ተልኳል ({ $countries })።
handover-sent-worried = ስለ ደህንነትህ ስለምንጨነቅ ሳንጠይቅህ ልከነዋል።
handover-sent-summary = አጭር ማጠቃለያ ደርሷቸዋል።
handover-sent-summary-chat = አጭር ማጠቃለያ እና ይህ ውይይት ደርሷቸዋል።

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = { $partner } ከተባለው የእርዳታ መስመር ጋር እያገናኘንህ ነው…
handover-connected = አሁን { $partner } ከተባለው የእርዳታ መስመር ጋር እያወራህ ነው።
handover-failed-heading = { $partner } ከተባለው የእርዳታ መስመር ጋር ቀጥል
handover-failed-body = ልናገናኝህ አልቻልንም። ከታች ባለው ማገናኛ ገጻቸውን ክፈትና ለመቀጠል እዚያ ይህን ኮድ ጻፍ።
handover-failed-link = የ{ $partner } ገጽ ክፈት
