# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Arabic), awaiting review by a native speaker.

page-title = Bridgeline – تحدّث مع شخص ما
page-loading = جارٍ التحميل…
page-needs-javascript = تحتاج هذه الصفحة إلى JavaScript لتعمل. إذا كنت في خطر الآن، اتصل بالرقم 112.

quick-exit-button = خروج سريع
    .title = غادر هذه الصفحة الآن (مفتاح Escape)

language-switcher-label = اللغة

intro-heading = تحدّث مع شخص يستمع إليك
intro-body = يمكنك أن تكتب لنا بلغتك. لا تحتاج أن تقول اسمك. ما تكتبه يبقى بينك وبين المرشد.
intro-start-button = ابدأ المحادثة

danger-heading = هل أنت في خطر الآن؟
danger-body = اتصل بالرقم 112. الاتصال مجاني، ويمكنهم مساعدتك فورًا.

queue-heading = في انتظار مرشد
queue-position-announcement = { $position ->
    [1] دورك هو التالي.
   *[other] مكانك في الدور: { $position }
}
queue-waiting-body = من فضلك انتظر هنا. يمكنك أن تكتب الآن عمّا تريد أن تتحدث عنه.

chat-counsellor-label = المرشد
chat-you-label = أنت
chat-message-input-label = رسالتك
chat-message-input-placeholder = اكتب هنا…
chat-send-button = إرسال
chat-end-button = إنهاء المحادثة
chat-status-sending = جارٍ الإرسال…
chat-status-delivered = وصلت

notice-counsellor-joined = { $name } هنا للتحدث معك.
notice-ended-by-child = لقد أنهيت المحادثة.
notice-ended-by-counsellor = أنهى المرشد المحادثة.
notice-left-queue = غبت لبعض الوقت، فخرجت من الدور. يمكنك أن تبدأ محادثة جديدة.

ended-heading = انتهت المحادثة
ended-body = شكرًا لأنك كتبت لنا. يمكنك العودة في أي وقت.
ended-new-chat-button = ابدأ محادثة جديدة

connection-reconnecting = انقطع الاتصال. نحاول مرة أخرى…

error-too-long = رسالتك طويلة جدًا. من فضلك اجعلها أقصر.
error-unknown-language = لا نستطيع المحادثة بهذه اللغة بعد. من فضلك اختر لغة أخرى.
error-generic = حدث خطأ ما. من فضلك حاول مرة أخرى.
