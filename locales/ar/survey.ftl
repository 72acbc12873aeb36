## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = ثلاثة أسئلة أخرى، إن أردت
survey-note = يمكنك تخطيها. لن يعرف أحد أيّ الإجابات إجاباتك.
survey-listened = هل شعرت أننا استمعنا إليك؟
survey-next-steps = هل تعرف ما الذي يمكنك فعله الآن؟
survey-come-back = هل تودّ أن تكلّمنا مرة أخرى؟
survey-yes = نعم
survey-not-sure = لا أعرف
survey-no = لا
survey-send = أرسل إجاباتي
survey-skip = تخطَّ
survey-thanks = شكرًا على إجاباتك.
