## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = اگر دوست داری، سه سؤال دیگر
survey-note = می‌توانی از آن‌ها بگذری. هیچ‌کس نمی‌فهمد کدام جواب‌ها مال توست.
survey-listened = حس کردی که به حرفت گوش دادیم؟
survey-next-steps = می‌دانی بعد از این چه کار می‌توانی بکنی؟
survey-come-back = دوباره پیش ما می‌آیی؟
survey-yes = بله
survey-not-sure = نمی‌دانم
survey-no = نه
survey-send = فرستادن جواب‌ها
survey-skip = رد شدن
survey-thanks = ممنون از جواب‌هایت.
