## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = یک سؤال از تو
handover-ask-body = { $counsellor } می‌خواهد دربارهٔ تو به خط کمک { $partner } بگوید. این خط به بچه‌ها در کشوری دیگر کمک می‌کند ({ $countries }).
handover-ask-summary = آن‌ها خلاصهٔ کوتاهی از چیزهایی که به ما گفتی می‌گیرند.
handover-ask-summary-chat = آن‌ها خلاصهٔ کوتاهی از چیزهایی که به ما گفتی، و این گفتگو را می‌گیرند.
handover-ask-no = می‌توانی بگویی نه. اگر بگویی نه، اینجا هیچ چیز عوض نمی‌شود: به حرف زدن ادامه می‌دهیم.
handover-yes-button = بله
handover-summary-only-button = بله، ولی نه گفتگوی ما
handover-no-button = نه

# After the answer, until the case is sent.
handover-answered-yes = تو گفتی بله.
handover-answered-summary-only = تو گفتی بله، ولی نه برای گفتگوی ما.
handover-answered-no = تو گفتی نه. اینجا به حرف زدن ادامه می‌دهیم.
handover-change-hint = تا وقتی فرستاده نشده، می‌توانی جوابت را عوض کنی.
handover-change-button = جوابم را عوض کن

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = چیزهایی که به ما گفتی برای خط کمک { $partner } فرستاده شد ({ $countries }).
handover-sent-worried = بدون اینکه از تو بپرسیم آن را فرستادیم، چون نگران امنیت تو هستیم.
handover-sent-summary = آن‌ها خلاصهٔ کوتاهی گرفتند.
handover-sent-summary-chat = آن‌ها خلاصهٔ کوتاهی و این گفتگو را گرفتند.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = داریم تو را به خط کمک { $partner } وصل می‌کنیم…
handover-connected = حالا با خط کمک { $partner } حرف می‌زنی.
handover-failed-heading = ادامه با خط کمک { $partner }
handover-failed-body = نتوانستیم تو را وصل کنیم. صفحهٔ آن‌ها را با پیوند پایین باز کن و این کد را آنجا بنویس تا ادامه بدهی.
handover-failed-link = صفحهٔ { $partner } را باز کن
