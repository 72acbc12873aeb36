## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = سؤال لك
handover-ask-body = يسألك فريق المساعدة ({ $counsellor }): هل نخبر خط المساعدة { $partner } عنك؟ هذا الخط يساعد الأطفال في بلد آخر ({ $countries }).
handover-ask-summary = سيحصلون على ملخّص قصير لما أخبرتنا به.
handover-ask-summary-chat = سيحصلون على ملخّص قصير لما أخبرتنا به، وعلى هذه المحادثة.
handover-ask-no = يمكنك أن تقول لا. إذا قلت لا، فلن يتغيّر شيء هنا: سنواصل الحديث.
handover-yes-button = نعم
handover-summary-only-button = نعم، لكن ليس محادثتنا
handover-no-button = لا

# After the answer, until the case is sent.
handover-answered-yes = قلت نعم.
handover-answered-summary-only = قلت نعم، لكن ليس لمحادثتنا.
handover-answered-no = قلت لا. سنواصل الحديث هنا.
handover-change-hint = يمكنك أن تغيّر جوابك إلى أن يُرسَل.
handover-change-button = غيّر جوابي

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = أُرسل ما أخبرتنا به إلى خط المساعدة { $partner } ({ $countries }).
handover-sent-worried = أرسلناه دون أن نسألك، لأننا قلقون على سلامتك.
handover-sent-summary = حصلوا على ملخّص قصير.
handover-sent-summary-chat = حصلوا على ملخّص قصير وعلى هذه المحادثة.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = نوصلك الآن بخط المساعدة { $partner }…
handover-connected = أنت تتحدث الآن مع خط المساعدة { $partner }.
handover-failed-heading = تابع مع خط المساعدة { $partner }
handover-failed-body = لم نستطع أن نوصلك. افتح صفحتهم من الرابط في الأسفل واكتب هناك هذا الرمز لتتابع.
handover-failed-link = افتح صفحة { $partner }
