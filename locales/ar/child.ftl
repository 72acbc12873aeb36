# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Arabic), awaiting review by a native speaker.
# Where possible the wording avoids marking the gender of the child or of the
# counsellor (verbal nouns, "someone from our team"); imperatives addressed to the
# child use the usual masculine form.

page-title = Bridgeline – هنا من يستمع إليك
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = ملاحظات
page-loading = جارٍ التحميل…
page-needs-javascript = تحتاج هذه الصفحة إلى JavaScript لتعمل. إذا كنت في خطر الآن، اتصل بالرقم 112.

quick-exit-button = خروج سريع
    .title = مغادرة هذه الصفحة الآن (مفتاح Esc)

language-switcher-label = اللغة

intro-heading = تحدّث مع شخص يستمع إليك
intro-body = يمكنك الكتابة لنا بلغتك. لا داعي لذكر اسمك. ما تكتبه يبقى بينك وبين من يتحدث معك من فريقنا.
intro-quick-exit-hint = إذا جاء أحد، اضغط Esc أو «خروج سريع». ستُغلق هذه الصفحة فورًا.
intro-start-button = ابدأ المحادثة

# Optional questions before the chat. Every one can be left out.
intake-heading = قبل أن نبدأ
intake-body = هذه الأسئلة تساعدنا على إيجاد الشخص المناسب لك. يمكنك تخطّيها.
intake-skip-button = ابدأ المحادثة بدون أسئلة
intake-continue-button = ابدأ المحادثة
intake-topic-question = ما الموضوع؟ يمكنك اختيار أكثر من موضوع.
intake-age-question = كم عمرك؟
intake-languages-question = هل يمكنك قراءة لغات أخرى أيضًا؟
intake-country-question = في أي بلد أنت الآن؟
intake-country-none = لا أريد أن أقول

topic-family = العائلة
topic-friends = الأصدقاء
topic-bullying = التنمّر
topic-violence = شخص يؤذيني
topic-feelings = المشاعر والقلق
topic-body = الجسم والصحة
topic-school = المدرسة أو العمل
topic-love = الحب والجنس
topic-online = شيء على الإنترنت
topic-migration = الأوراق واللجوء والحياة في بلد جديد
topic-missing = شخص مفقود، أو أنا هربت
topic-other = شيء آخر

age-under-10 = أقل من 10
age-10-12 = من 10 إلى 12
age-13-15 = من 13 إلى 15
age-16-17 = 16 أو 17
age-18-plus = 18 أو أكثر

danger-heading = هل أنت في خطر الآن؟
danger-body = اتصل بالرقم 112. الاتصال مجاني، ويمكنهم مساعدتك فورًا.
danger-call-button = اتصل بالرقم 112

queue-heading = في انتظار شخص من فريقنا
queue-position-announcement = { $position ->
    [1] دورك هو التالي.
   *[other] مكانك في الدور: { $position }
}
queue-estimate-minutes = { $minutes ->
    [zero] وقت الانتظار: أقل من دقيقة
    [one] وقت الانتظار: حوالي دقيقة واحدة
    [two] وقت الانتظار: حوالي دقيقتين
    [few] وقت الانتظار: حوالي { $minutes } دقائق
    [many] وقت الانتظار: حوالي { $minutes } دقيقة
   *[other] وقت الانتظار: حوالي { $minutes } دقيقة
}
queue-estimate-soon = وقت الانتظار: أقل من دقيقة
queue-estimate-unknown = لا نعرف بعد كم سيطول الانتظار.
queue-waiting-body = من فضلك انتظر هنا. يمكنك من الآن أن تكتب عمّا تريد أن تتحدث عنه.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = لا يوجد الآن أحد من فريقنا يتحدث لغتك.
no-counsellor-next = سيعود أحد من فريقنا في هذا الوقت: { $time }
no-counsellor-stay = يمكنك البقاء في الدور. سنردّ عليك عندما يأتي أحد.
no-counsellor-other-languages = يوجد الآن أشخاص من فريقنا يتحدثون هذه اللغات:
no-counsellor-switch-button = المحادثة باللغة { $language }
no-counsellor-phone = يمكنك أيضًا الاتصال مجانًا بخط مساعدة الأطفال:

chat-counsellor-label = فريق المساعدة
chat-you-label = أنت
chat-message-input-label = رسالتك
chat-message-input-placeholder = اكتب هنا…
chat-send-button = إرسال
chat-end-button = إنهاء المحادثة
chat-earlier-button = عرض الرسائل السابقة
chat-status-sending = جارٍ الإرسال…
chat-status-delivered = وصلت
chat-status-read = قُرئت
chat-counsellor-typing = { $name }: جارٍ الكتابة…

notice-counsellor-joined = { $name } هنا للتحدث معك.
notice-ended-by-child = لقد أنهيت المحادثة.
notice-ended-by-counsellor = أنهى فريق المساعدة المحادثة.
notice-left-queue = غبت لبعض الوقت، فخرجت من الدور. يمكنك بدء محادثة جديدة.
notice-language-changed = أنت الآن في انتظار شخص من فريقنا يتحدث { $language }.
notice-counsellor-left = اضطُرّ الشخص الذي كان يساعدك إلى المغادرة. أنت في قائمة الانتظار من جديد، وسيأتي دورك قبل المحادثات الجديدة.
notice-transferred = الشخص الذي يساعدك سينقل محادثتك إلى شخص آخر من فريقنا يستطيع مساعدتك. سيتمكّن من قراءة ما كتبته. من فضلك ابقَ هنا.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = مكان يمكنه مساعدتك
referral-call = اتصل بالرقم { $phone }
referral-website = افتح موقعهم الإلكتروني
referral-always-open = مفتوح ليلًا ونهارًا
referral-hours = أوقات العمل: { $hours }

ended-heading = انتهت المحادثة
ended-body = شكرًا لأنك كتبت لنا. يمكنك العودة في أي وقت.
ended-new-chat-button = ابدأ محادثة جديدة

rating-question = هل ساعدتك هذه المحادثة؟
rating-helped = نعم
rating-somewhat = قليلًا
rating-not-helped = لا
rating-thanks = شكرًا لأنك أخبرتنا.

connection-reconnecting = انقطع الاتصال. نحاول مرة أخرى…
connection-elsewhere = هذه المحادثة مفتوحة الآن في نافذة أو صفحة أخرى.

error-too-long = رسالتك طويلة جدًا. من فضلك اجعلها أقصر.
error-unknown-language = لا نستطيع المحادثة بهذه اللغة بعد. من فضلك اختر لغة أخرى.
error-generic = حدث خطأ ما. من فضلك حاول مرة أخرى.

## Hostile input

error-control-character = في رسالتك حرف مخفي لا يمكن إرساله. من فضلك احذفه وحاول مرة أخرى.
## Paused (blocked) page
paused-heading = المحادثة متوقفة مؤقتًا الآن
paused-body = يمكنك الكتابة إلينا مرة أخرى في هذا الوقت: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = الخروج السريع يغلق هذه الصفحة، لكن سجل المتصفح قد يظل يُظهر أنك كنت هنا. حتى لا تترك أي أثر، افتح هذه الصفحة في نافذة خاصة (التصفح المتخفي).
