## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = ئەگەر دەتەوێت، سێ پرسیاری تر
survey-note = دەتوانیت بیانپەڕێنیت. کەس نازانێت کام وەڵام هی تۆیە.
survey-listened = هەستت کرد گوێمان لێ گرتیت؟
survey-next-steps = دەزانیت دواتر چی دەتوانیت بکەیت؟
survey-come-back = دیسان دێیتەوە بۆ لامان؟
survey-yes = بەڵێ
survey-not-sure = نازانم
survey-no = نەخێر
survey-send = وەڵامەکانم بنێرە
survey-skip = بیپەڕێنە
survey-thanks = سوپاس بۆ وەڵامەکانت.
