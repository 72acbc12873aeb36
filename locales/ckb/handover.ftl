## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = پرسیارێک بۆ تۆ
handover-ask-body = { $counsellor } دەیەوێت دەربارەی تۆ بە هێڵی یارمەتی { $partner } بڵێت. ئەم هێڵە یارمەتی منداڵان دەدات لە وڵاتێکی تر ({ $countries }).
handover-ask-summary = پوختەیەکی کورتیان پێ دەگات لەوەی کە پێت وتین.
handover-ask-summary-chat = پوختەیەکی کورتیان پێ دەگات لەوەی کە پێت وتین، لەگەڵ ئەم گفتوگۆیە.
handover-ask-no = دەتوانیت بڵێیت نا. ئەگەر بڵێیت نا، لێرە هیچ ناگۆڕێت: گفتوگۆکەمان بەردەوام دەبێت.
handover-yes-button = بەڵێ
handover-summary-only-button = بەڵێ، بەڵام گفتوگۆکەمان نا
handover-no-button = نەخێر

# After the answer, until the case is sent.
handover-answered-yes = وتت بەڵێ.
handover-answered-summary-only = وتت بەڵێ، بەڵام بۆ گفتوگۆکەمان نا.
handover-answered-no = وتت نەخێر. لێرە گفتوگۆکەمان بەردەوام دەبێت.
handover-change-hint = تا نەنێردرێت، دەتوانیت وەڵامەکەت بگۆڕیت.
handover-change-button = وەڵامەکەم بگۆڕە

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = ئەوەی پێت وتین نێردرا بۆ هێڵی یارمەتی { $partner } ({ $countries }).
handover-sent-worried = بێ ئەوەی لێت بپرسین ناردمان، چونکە نیگەرانی سەلامەتیتین.
handover-sent-summary = پوختەیەکی کورتیان پێ گەیشت.
handover-sent-summary-chat = پوختەیەکی کورت و ئەم گفتوگۆیەیان پێ گەیشت.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = پەیوەندیت پێوە دەکەین بە هێڵی یارمەتی { $partner }…
handover-connected = ئێستا لەگەڵ هێڵی یارمەتی { $partner } قسە دەکەیت.
handover-failed-heading = لەگەڵ { $partner } بەردەوام بە
handover-failed-body = نەمانتوانی پەیوەندیت پێوە بکەین. پەڕەکەیان لە بەستەرەکەی خوارەوە بکەرەوە و لەوێ ئەم کۆدە بنووسە بۆ ئەوەی بەردەوام بیت.
handover-failed-link = پەڕەی { $partner } بکەرەوە
