# Strings of the counsellor console.
# Machine draft (Arabic), awaiting review by a native speaker.

staff-page-title = Bridgeline – المرشد
staff-login-heading = تسجيل الدخول
staff-login-username = اسم المستخدم
staff-login-password = كلمة المرور
staff-login-button = دخول
staff-login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
staff-logout-button = تسجيل الخروج

staff-status-label = الحالة
staff-status-available = متاح
staff-status-busy = مشغول
staff-status-away = غير موجود

staff-offers-heading = أطفال ينتظرونك
staff-offer-summary = اللغة: { $language } · ينتظر منذ { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}
staff-offer-accept = قبول
staff-offer-decline = رفض
staff-no-offers = لا يوجد طفل ينتظرك الآن.

staff-chats-heading = محادثاتك
staff-no-chats = لا توجد محادثات مفتوحة.
staff-chat-language = اللغة: { $language }
staff-chat-child-label = الطفل
staff-chat-you-label = أنت
staff-chat-ended = انتهت هذه المحادثة.
staff-chat-close = إغلاق
staff-chat-earlier = عرض الرسائل السابقة
staff-chat-log-label = الرسائل
staff-connection-lost = انقطع الاتصال. جارٍ إعادة الاتصال…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = انضم { $name } إلى المحادثة.
staff-notice-ended-by-child = أنهى الطفل المحادثة.
staff-notice-ended-by-counsellor = لقد أنهيت المحادثة.
staff-notice-left-queue = انقطع اتصال الطفل مدة طويلة فخرج من الدور.
staff-notice-language-changed = انتقل الطفل إلى قائمة انتظار اللغة { $language }.
staff-page-loading = جارٍ التحميل…
staff-message-input-label = رسالتك
staff-send-button = إرسال
staff-end-button = إنهاء المحادثة
staff-chat-child-typing = الطفل يكتب…
staff-presence-child-connected = الطفل متصل.
staff-presence-child-connection_lost = انقطع اتصال الطفل. يبقى مكانه محفوظًا لبضع دقائق: قد يعود.
staff-presence-child-left = غادر الطفل صفحة الدردشة (خروج سريع أو إغلاق الصفحة). إذا عاد قريبًا فسترى ذلك هنا.
staff-chat-status-read = تمت القراءة
staff-line-canned = رد جاهز
staff-line-referral = أُرسلت الإحالة
staff-notice-counsellor-left = انقطع اتصالك لفترة طويلة؛ عاد الطفل إلى قائمة الانتظار.
staff-offer-topics = المواضيع: { $topics }
staff-offer-age = العمر: { $age }
staff-offer-country = البلد: { $country }
staff-offer-sound = صوت للعروض الجديدة
staff-alert-sound = صوت للتنبيهات الجديدة
staff-shortcuts-help = Alt+1…9: الانتقال إلى محادثة · Alt+↑/↓: المحادثة السابقة أو التالية · Alt+A: قبول العرض الأول
staff-topic-family = الأسرة
staff-topic-friends = الأصدقاء
staff-topic-bullying = التنمر
staff-topic-violence = العنف
staff-topic-feelings = المشاعر، الصحة النفسية
staff-topic-body = الجسم والصحة
staff-topic-school = المدرسة أو العمل
staff-topic-love = الحب والجنس
staff-topic-online = الإنترنت
staff-topic-migration = الهجرة، اللجوء
staff-topic-missing = مفقود، هروب
staff-topic-other = أخرى
staff-age-under-10 = أقل من 10
staff-age-10-12 = 10–12
staff-age-13-15 = 13–15
staff-age-16-17 = 16–17
staff-age-18-plus = 18 أو أكثر
staff-notice-transferred = نُقلت المحادثة إلى مرشد آخر.
staff-role-counsellor = مرشد
staff-role-coordinator = منسق
staff-role-admin = مسؤول النظام

# Risk level of a conversation.
staff-risk-label = مستوى الخطر
staff-risk-none = لا يوجد
staff-risk-low = منخفض
staff-risk-medium = متوسط
staff-risk-high = مرتفع
staff-risk-imminent = خطر وشيك
staff-risk-imminent-confirm = خطر وشيك: يجري الآن تنبيه جميع المنسقين المناوبين.
staff-risk-confirm = نبّه المنسقين
staff-risk-cancel = إلغاء

# Alerts for coordinators.
staff-alerts-heading = تنبيهات الخطر الوشيك
staff-alert-summary = { $counsellor } · اللغة: { $language } · منذ { $time }
staff-alert-acknowledge = سأتولى الأمر
staff-alert-acknowledged = { $name } يتولى الأمر

# Private notes.
staff-notes-heading = ملاحظات خاصة
staff-notes-private = لا يرى هذه الملاحظات إلا فريق العمل، ولا يراها الطفل أبدًا.
staff-note-input-label = ملاحظة جديدة
staff-note-add = إضافة ملاحظة
staff-note-transfer = ملاحظة النقل من { $name }
staff-no-notes = لا توجد ملاحظات بعد.

# Transfer.
staff-transfer-heading = نقل المحادثة
staff-transfer-to-counsellor = إلى مرشد (اسم المستخدم)
staff-transfer-to-language = إلى قائمة انتظار لغة أخرى
staff-transfer-to-coordinator = إلى منسق
staff-transfer-note-label = ملاحظة لمن سيتولى المحادثة
staff-transfer-button = نقل
staff-transfer-done = نُقلت المحادثة.

# Canned responses.
staff-canned-heading = ردود جاهزة
staff-canned-search = البحث في الردود الجاهزة
staff-canned-send = إرسال
staff-canned-missing = غير متوفر بلغة الطفل بعد
staff-canned-purpose-greeting = الترحيب
staff-canned-purpose-safety = التحقق من السلامة
staff-canned-purpose-waiting = الانتظار
staff-canned-purpose-referral = الإحالة
staff-canned-purpose-closing = الختام
staff-canned-coverage-heading = الردود الجاهزة الناقصة لكل لغة
staff-canned-coverage-complete = مكتمل

# Referral directory.
staff-directory-heading = الإحالة إلى خدمة
staff-directory-country = البلد
staff-directory-topic = الموضوع
staff-directory-language = اللغة
staff-directory-open-now = مفتوح الآن
staff-directory-any = الكل
staff-directory-search = بحث
staff-directory-empty = لا توجد خدمة مطابقة.
staff-directory-eu-wide = على مستوى الاتحاد الأوروبي
staff-directory-always-open = 24/7
staff-referral-reason = السبب
staff-referral-child-agreed = وافق الطفل
staff-referral-send = إرسال إلى الطفل

# Wrap-up at the end of a chat.
staff-wrapup-heading = ملخص المحادثة
staff-wrapup-categories = الفئات
staff-wrapup-outcome = النتيجة
staff-wrapup-cross-border = الحالة عابرة للحدود
staff-wrapup-save = حفظ الملخص
staff-wrapup-saved = حُفظ الملخص.
staff-wrapup-required = أكمل ملخص محادثاتك المنتهية لتتلقى عروضًا جديدة.
staff-wrapup-pick-one = اختر فئة واحدة على الأقل.
staff-outcome-supported = تم تقديم الدعم
staff-outcome-referred = تمت الإحالة
staff-outcome-emergency = تم إشراك خدمات الطوارئ
staff-outcome-child_left = غادر الطفل
staff-outcome-non_counselling = تواصل لا يتعلق بالإرشاد

# Errors the server can return, as the counsellor reads them.
staff-error-generic = تعذّر ذلك: { $detail }
staff-error-target_unavailable = لا يستطيع هذا الشخص أو قائمة الانتظار هذه استلام المحادثة الآن.
staff-error-not_translated = هذا الرد غير متوفر بلغة الطفل بعد.
staff-error-offer_gone = تولّى مرشد آخر هذا الطفل، أو انتهى العرض.
staff-error-child_left = غادر الطفل قبل أن تقبل: لم يعد ينتظر.

# Conversations handled earlier.
staff-history-heading = المحادثات التي توليتها
staff-history-open = فتح
staff-history-empty = لا توجد محادثات سابقة.
staff-history-audited = يُسجَّل فتح نص أي محادثة في سجل التدقيق.

# Wrap-up categories (Child Helpline International's taxonomy).
staff-taxonomy-other = غير محدد / أخرى
staff-taxonomy-missing = الأطفال المفقودون
staff-taxonomy-missing-abduction-parental = الاختطاف من قبل أحد الوالدين
staff-taxonomy-missing-abduction-criminal = الاختطاف الجنائي
staff-taxonomy-missing-lost = ضائع أو مجهول المكان
staff-taxonomy-missing-runaway = الهروب من المنزل
staff-taxonomy-missing-missing-in-migration = الفقدان أثناء الهجرة
staff-taxonomy-violence = العنف
staff-taxonomy-violence-bullying = التنمر
staff-taxonomy-violence-cyberbullying = التنمر الإلكتروني
staff-taxonomy-violence-forced-marriage = زواج الأطفال أو الزواج المبكر أو القسري
staff-taxonomy-violence-child-labour = عمل الأطفال
staff-taxonomy-violence-fgm = تشويه الأعضاء التناسلية للإناث
staff-taxonomy-violence-neglect = الإهمال
staff-taxonomy-violence-online-sexual-abuse = الاعتداء والاستغلال الجنسي عبر الإنترنت
staff-taxonomy-violence-harmful-practices = ممارسات تقليدية ضارة أخرى
staff-taxonomy-violence-physical = العنف الجسدي
staff-taxonomy-violence-emotional = العنف النفسي أو العاطفي
staff-taxonomy-violence-sexual = العنف الجنسي
staff-taxonomy-mental-health = الصحة النفسية
staff-taxonomy-mental-health-substance-use = السلوك الإدماني وتعاطي المواد
staff-taxonomy-mental-health-behaviour = المشكلات السلوكية
staff-taxonomy-mental-health-concerns-about-self = مخاوف تتعلق بالذات
staff-taxonomy-mental-health-anger = الغضب
staff-taxonomy-mental-health-fear-anxiety = الخوف والقلق
staff-taxonomy-mental-health-mood = المزاج
staff-taxonomy-mental-health-neurodevelopmental = اضطرابات النمو العصبي
staff-taxonomy-mental-health-eating = الأكل
staff-taxonomy-mental-health-self-harm = إيذاء النفس
staff-taxonomy-mental-health-suicidal = الأفكار والمحاولات الانتحارية
staff-taxonomy-mental-health-traumatic-distress = الضيق الناتج عن الصدمة
staff-taxonomy-physical-health = الصحة الجسدية
staff-taxonomy-physical-health-general-medical = مسائل طبية عامة
staff-taxonomy-physical-health-nutrition = التغذية
staff-taxonomy-physical-health-pregnancy = الحمل
staff-taxonomy-physical-health-sexual-reproductive = الصحة الجنسية والإنجابية
staff-taxonomy-physical-health-hiv-aids = فيروس نقص المناعة البشرية/الإيدز
staff-taxonomy-services = الوصول إلى الخدمات
staff-taxonomy-services-education = التعليم
staff-taxonomy-services-essential-needs = الاحتياجات الأساسية
staff-taxonomy-services-healthcare = الرعاية الصحية
staff-taxonomy-services-legal = الشؤون القانونية
staff-taxonomy-services-mental-health = خدمات الصحة النفسية
staff-taxonomy-services-sexual-health = الصحة الجنسية
staff-taxonomy-services-socio-economic = الشؤون الاجتماعية والاقتصادية
staff-taxonomy-discrimination = التمييز والإقصاء
staff-taxonomy-discrimination-ethnicity-nationality = الأصل العرقي أو الجنسية
staff-taxonomy-discrimination-financial = الوضع المالي
staff-taxonomy-discrimination-gender = النوع الاجتماعي
staff-taxonomy-discrimination-gender-identity-orientation = الهوية الجندرية أو التوجه الجنسي
staff-taxonomy-discrimination-health-disability = الصحة أو الإعاقة
staff-taxonomy-discrimination-beliefs = المعتقدات
staff-taxonomy-family = العلاقات الأسرية
staff-taxonomy-peers = العلاقات مع الأقران
staff-taxonomy-education-occupation = التعليم والعمل
staff-taxonomy-sexuality = الجنسانية
staff-taxonomy-migration = الهجرة
staff-taxonomy-migration-asylum = إجراءات اللجوء
staff-taxonomy-migration-unaccompanied = طفل غير مصحوب أو منفصل عن ذويه
staff-taxonomy-migration-guardianship = الوصاية
staff-taxonomy-migration-reception = ظروف الاستقبال
staff-taxonomy-migration-family-reunification = لمّ شمل الأسرة
staff-taxonomy-migration-age-assessment = تقدير العمر
staff-taxonomy-non-counselling = تواصل لا يتعلق بالإرشاد
staff-taxonomy-non-counselling-about-helpline = سؤال عن خط المساعدة
staff-taxonomy-non-counselling-parent-carer = سؤال من أحد الوالدين أو من مقدّم رعاية
staff-taxonomy-non-counselling-complaint = شكوى
staff-taxonomy-non-counselling-thank-you = شكر
staff-taxonomy-non-counselling-prank-silent = مزاح أو تواصل صامت

# Views of coordinators and admins.
staff-views-label = طرق العرض
staff-view-board = اللوحة المباشرة
staff-view-chats = محادثاتك
staff-view-reports = السجل
staff-view-admin = الحسابات والإعدادات
staff-chat-passed-to-you = نُقلت إليك محادثة: افتح «محادثاتك».
staff-request-failed = لم يرد الخادم. حاول مرة أخرى.

# The live board.
staff-board-alerts-heading = يتطلب إجراءً الآن
staff-board-alert-label = تنبيه:
staff-board-alert-uncovered = { $waiting ->
    [zero] لا ينتظر أي طفل باللغة { $language }.
    [one] طفل واحد ينتظر باللغة { $language } ولا أحد من المناوبين يتحدث هذه اللغة.
    [two] طفلان ينتظران باللغة { $language } ولا أحد من المناوبين يتحدث هذه اللغة.
    [few] { $waiting } أطفال ينتظرون باللغة { $language } ولا أحد من المناوبين يتحدث هذه اللغة.
    [many] { $waiting } طفلًا ينتظرون باللغة { $language } ولا أحد من المناوبين يتحدث هذه اللغة.
   *[other] { $waiting } طفل ينتظرون باللغة { $language } ولا أحد من المناوبين يتحدث هذه اللغة.
}
staff-board-alert-long-wait = طفل ينتظر منذ { $minutes } دقيقة باللغة { $language }.
staff-board-alert-long-wait-seconds = طفل ينتظر منذ { $seconds } ثانية باللغة { $language }.
staff-board-alert-left-messages = { $waiting ->
    [zero] لا توجد رسائل متروكة باللغة { $language }.
    [one] رسالة متروكة باللغة { $language } تنتظر الرد منذ { $hours } ساعة.
    [two] رسالتان متروكتان باللغة { $language } تنتظران الرد؛ أقدمهما منذ { $hours } ساعة.
    [few] { $waiting } رسائل متروكة باللغة { $language } تنتظر الرد؛ أقدمها منذ { $hours } ساعة.
    [many] { $waiting } رسالة متروكة باللغة { $language } تنتظر الرد؛ أقدمها منذ { $hours } ساعة.
   *[other] { $waiting } رسالة متروكة باللغة { $language } تنتظر الرد؛ أقدمها منذ { $hours } ساعة.
}
staff-board-heading = اللغات الآن
staff-board-caption = تُحدَّث مباشرة. مستوى الخدمة: نسبة الأطفال الذين تم الرد عليهم خلال { $seconds } ثانية.
staff-board-empty = لا شيء للعرض بعد: لا ينتظر أي طفل، ولم يسجّل أي مرشد دخوله، ولم تكن هناك أي تواصلات اليوم.
staff-board-language = اللغة
staff-board-waiting = في الانتظار
staff-board-longest-wait = أطول انتظار الآن (دقيقة:ثانية)
staff-board-average-wait = متوسط الانتظار في الساعة الأخيرة (دقيقة:ثانية)
staff-board-counsellors = المرشدون
staff-board-chats = محادثات جارية
staff-board-last-hour = الساعة الأخيرة
staff-board-today = اليوم
staff-board-answered = تم الرد
staff-board-abandoned = غادروا قبل الرد
staff-board-service-level = مستوى الخدمة
staff-board-chats-heading = المحادثات الجارية
staff-board-no-chats = لا توجد محادثة جارية.
staff-board-chat-summary = { $language } · { $counsellor } · الطفل هنا منذ { $time }
staff-board-staff-heading = فريق العمل المتصل
staff-board-staff-name = الاسم
staff-board-staff-role = الدور
staff-board-staff-load = المحادثات / الحد الأقصى في وقت واحد
staff-board-staff-languages = اللغات

# Observing and reassigning a chat.
staff-observe-button = مراقبة
staff-observe-heading = مراقبة: { $language }
staff-observe-heading-held = مراقبة: { $language } · مع { $counsellor }
staff-observe-read-only = للقراءة فقط: لا يمكنك الكتابة في هذه المحادثة. يرى المرشد أنك تتابعها، ولا يرى الطفل ذلك. تُسجَّل المراقبة في سجل التدقيق.
staff-observe-stop = إيقاف المراقبة
staff-reassign-heading = إعادة التعيين
staff-reassign-username = المرشد (اسم المستخدم)
staff-reassign-note = ملاحظة لمن سيتولى المحادثة
staff-reassign-note-required = اكتب ملاحظة لمن سيتولى المحادثة.
staff-reassign-button = إعادة التعيين
staff-reassign-done = أُعيد تعيين المحادثة.
staff-chat-counsellor-label = المرشد
staff-chat-observed-by = { $name } يتابع هذه المحادثة (للقراءة فقط).
staff-chat-reassigned-away = نقل أحد المنسقين هذه المحادثة إلى زميل.

# History reports.
staff-report-heading = السجل
staff-report-from = من
staff-report-to = إلى
staff-report-by = حسب
staff-report-by-day = اليوم
staff-report-by-week = الأسبوع
staff-report-group = التجميع حسب
staff-report-group-language = اللغة
staff-report-group-category = الفئة
staff-report-show = عرض
staff-report-caption-day = التواصلات لكل يوم، من { $from } إلى { $to }
staff-report-caption-week = التواصلات لكل أسبوع (يبدأ الأسبوع يوم الاثنين)، من { $from } إلى { $to }
staff-report-day = اليوم
staff-report-week = أسبوع يبدأ في
staff-report-contacts = التواصلات
staff-report-wait-p50 = وسيط الانتظار
staff-report-wait-p90 = الانتظار، المئين التسعون
staff-report-chat-length = متوسط مدة المحادثة
staff-report-referrals = الإحالات
staff-report-durations = مدد الانتظار والمحادثات بالدقائق:الثواني؛ «–» حيث لا يوجد ما يُقاس.
staff-report-no-category = بلا ملخص
staff-report-empty = لا توجد تواصلات في هذه الفترة.
staff-report-chart-alt = مخطط أعمدة للتواصلات التي تم الرد عليها والتي غادر أصحابها قبل الرد، من { $from } إلى { $to }؛ الجدول أعلاه فيه الأرقام نفسها.
staff-report-download = تنزيل ملف CSV

# Staff accounts and settings (admins).
staff-accounts-heading = حسابات فريق العمل
staff-account-new-heading = حساب جديد
staff-account-username = اسم المستخدم
staff-account-username-hint = من 1 إلى 64 حرفًا: a–z و0–9 و«.» و«_» و«-». لا يمكن تغييره لاحقًا.
staff-account-display-name = الاسم الظاهر
staff-account-role = الدور
staff-account-languages = اللغات
staff-account-max-chats = عدد المحادثات في وقت واحد (1–20)
staff-account-max-chats-value = المحادثات في وقت واحد: { $count }
staff-account-password = كلمة المرور
staff-account-password-hint = 10 أحرف على الأقل.
staff-account-create = إنشاء الحساب
staff-account-created = أُنشئ الحساب.
staff-account-edit = تعديل
staff-account-save = حفظ التغييرات
staff-account-saved = عُدّل الحساب؛ يسري التغيير فورًا.
staff-account-disable = تعطيل الحساب
staff-account-enable = تفعيل الحساب
staff-account-disabled = عُطّل الحساب.
staff-account-enabled = فُعّل الحساب.
staff-account-is-disabled = معطّل
staff-account-reset-password = إعادة تعيين كلمة المرور
staff-account-new-password = كلمة المرور الجديدة
staff-account-set-password = تعيين كلمة المرور الجديدة
staff-account-password-reset = تغيّرت كلمة المرور؛ أُنهيت جميع جلسات هذا الحساب.
staff-settings-heading = الإعدادات
staff-settings-target = الوقت المستهدف للرد (بالثواني)
staff-settings-target-hint = الأطفال الذين يُرد عليهم خلال هذا الوقت يُحتسبون في مستوى الخدمة. من 5 إلى 3600.
staff-settings-long-wait = تنبيه الانتظار الطويل بعد (بالثواني)
staff-settings-long-wait-hint = تُطلق اللوحة تنبيهًا عندما ينتظر طفل أطول من ذلك. من 30 إلى 86400.
staff-settings-retention = الاحتفاظ بنصوص المحادثات (بالأيام)
staff-settings-retention-hint = بعد ذلك تُحذف نصوص المحادثات المنتهية وملاحظاتها وأسبابها؛ وتبقى الأرقام للتقارير. من 1 إلى 3650.
staff-settings-save = حفظ الإعدادات
staff-settings-saved = حُفظت الإعدادات.

## Sign-in security
staff-login-too-many = محاولات كثيرة جدًا. حاول مرة أخرى عند { $time }.
staff-login-expired = استغرق تسجيل الدخول هذا وقتًا طويلًا. أدخل كلمة المرور مرة أخرى.
staff-second-factor-heading = تسجيل الدخول بخطوتين
staff-second-factor-code = الرمز
staff-second-factor-code-hint = الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن، أو أحد رموز الاسترداد.
staff-second-factor-wrong = هذا الرمز خاطئ أو استُخدم من قبل.
staff-enrol-heading = إعداد تسجيل الدخول بخطوتين
staff-enrol-intro = يسجّل دورك الدخول بخطوة ثانية: رمز من تطبيق مصادقة على هاتفك.
staff-enrol-scan = امسح رمز QR هذا بتطبيق المصادقة، أو اكتب فيه المفتاح أدناه.
staff-enrol-qr-alt = رمز QR يحمل المفتاح لتطبيق المصادقة
staff-enrol-key = المفتاح:
staff-enrol-confirm = ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق
staff-enrol-button = التأكيد وتسجيل الدخول
staff-recovery-heading = رموز الاسترداد الخاصة بك
staff-recovery-intro = كل رمز من هذه الرموز يُدخلك مرة واحدة إذا فقدت هاتفك. احفظها الآن في مكان آمن: لن تُعرض مرة أخرى.
staff-recovery-done = لقد حفظتها
staff-recovery-code-used = سجّلت الدخول برمز استرداد. إذا فقدت هاتفك، فاطلب من مسؤول إعادة تعيين تسجيل الدخول بخطوتين.
staff-account-second-factor-on = تسجيل الدخول بخطوتين مفعّل
staff-account-second-factor-off = دون تسجيل الدخول بخطوتين
staff-account-locked = تسجيل الدخول مقفل حتى { $time }
staff-account-unlock = فتح قفل تسجيل الدخول
staff-account-unlocked = فُتح قفل تسجيل الدخول.
staff-account-reset-second-factor = إعادة تعيين تسجيل الدخول بخطوتين
staff-account-reset-second-factor-hint = عند فقدان الهاتف: تنتهي جلسات الحساب، ويُعدّ تسجيل الدخول التالي تطبيق مصادقة جديدًا ورموز استرداد جديدة.
staff-account-reset-second-factor-button = إعادة التعيين الآن
staff-account-second-factor-reset = أُعيد تعيين تسجيل الدخول بخطوتين؛ أُنهيت جميع جلسات هذا الحساب.
staff-settings-second-factor = المرشدون أيضًا يسجّلون الدخول بخطوتين
staff-settings-second-factor-hint = المنسّقون والمسؤولون يفعلون ذلك دائمًا. المرشدون الذين لم يُعدّوه يُعدّونه عند تسجيل دخولهم التالي.

## Hostile input

staff-error-control_character = يحتوي هذا النص على حرف تحكم غير مرئي؛ احذفه وأرسل مرة أخرى.
staff-bidi-control = حرف خفي للتحكم في اتجاه النص { $name } ({ $code }): معروض هنا ولا يُطبَّق.
## Abusive contacts
staff-abuse-heading = إنهاء بسبب الإساءة
staff-abuse-hint = للمقالب والإساءة فقط. لا يقرأ الطفل إلا أن المحادثة انتهت؛ ويقرر منسق ما إذا كانت المحادثات الجديدة من هذا المتصفح ستُوقف مؤقتًا.
staff-abuse-reason-label = السبب (يقرؤه المنسقون فقط)
staff-abuse-button = إنهاء المحادثة بسبب الإساءة
staff-abuse-reported = انتهت المحادثة. سيقرر منسق بشأن البلاغ.
staff-blocks-heading = اتصالات مسيئة
staff-blocks-today = محادثات أُنهيت بسبب الإساءة اليوم: { $count }
staff-blocks-pending-heading = بلاغات تنتظر قرارًا
staff-blocks-active-heading = متصفحات موقوفة الآن
staff-blocks-none = لا شيء.
staff-blocks-reported = { $language }، أبلغ عنها { $name }، { $time }
staff-blocks-decide-by = يسقط البلاغ إذا لم يقرر أحد قبل { $time }.
staff-blocks-until = موقوف حتى { $time } (أكده { $name })
staff-blocks-match-both = يُتعرَّف عليه برمز المتصفح وعنوان الشبكة.
staff-blocks-match-token = يُتعرَّف عليه برمز المتصفح فقط.
staff-blocks-match-address = يُتعرَّف عليه بعنوان الشبكة فقط.
staff-blocks-match-none = لا شيء يتعرف على هذا المتصفح (كان الطفل قد غادر).
staff-blocks-duration = إيقاف المحادثات الجديدة لمدة
staff-blocks-duration-hour = ساعة واحدة
staff-blocks-duration-day = يوم واحد
staff-blocks-duration-3-days = 3 أيام
staff-blocks-duration-week = 7 أيام
staff-blocks-confirm = تأكيد وإيقاف
staff-blocks-reject = رفض
staff-blocks-lift = رفع الإيقاف الآن
staff-blocks-confirmed = تم التأكيد: المحادثات الجديدة من ذلك المتصفح موقوفة.
staff-blocks-rejected = تم الرفض: لم يُوقف شيء.
staff-blocks-lifted = رُفع الإيقاف: يمكن لذلك المتصفح بدء محادثات من جديد.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = رسائل جديدة ↓
staff-trends-heading = الساعات الأربع الأخيرة
staff-trends-since = البيانات متاحة منذ { $time }: لا يحتفظ الخادم بأي أرقام من قبل تشغيله.
staff-trends-waiting = الأطفال المنتظرون
staff-trends-longest = أطول انتظار
staff-trends-summary-waiting = { $language }، الأطفال المنتظرون من { $from } إلى { $to }: الحد الأقصى { $most }، والآن { $now }.
staff-trends-summary-longest = { $language }، أطول انتظار من { $from } إلى { $to }: الحد الأقصى { $most }، والآن { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = تواصلات سابقة
staff-case-hint = عاد هذا الطفل برمز العودة الخاص به: هذه محادثاته السابقة. دع الطفل يقود الحديث، واسأله قبل أن تذكرها.
staff-case-unanswered = لم يُجب أحد
staff-case-referred = أُحيل إلى: { $services }
staff-case-transcript-kept = النص محفوظ
staff-case-transcript-purged = حُذف النص (انتهت مدة الحفظ)
staff-case-read-transcript = قراءة نص المحادثة
staff-case-hide-transcript = إخفاء نص المحادثة

## Messages children left while nobody was there
staff-view-left-messages = رسائل متروكة
staff-left-messages-heading = رسائل تُركت حين لم يكن أحد متاحًا
staff-left-messages-hint = كتب أطفال هذه الرسائل حين لم يكن في الخدمة أحد يتحدث لغتهم. خذ رسالة لترد عليها: يقرأ الطفل ردك فورًا إن كان ما يزال موجودًا، أو لاحقًا برمز العودة الخاص به.
staff-left-messages-none = لا توجد رسائل تنتظر الرد.
staff-left-message-when = تُركت قبل { $waited } · { $moment }
staff-left-waited-under-a-minute = أقل من دقيقة
staff-left-waited-minutes = { $minutes } دقيقة
staff-left-waited-hours = { $hours } ساعة و{ $minutes } دقيقة
staff-left-waited-days = { $days } يوم و{ $hours } ساعة
staff-left-message-also-reads = يقرأ أيضًا: { $languages }
staff-left-message-returning = طفل عائد: تحدث معنا من قبل.
staff-left-message-take = خذها وردّ عليها
staff-left-message-taken-elsewhere = أخذ شخص آخر هذه الرسالة قبلك.
staff-left-message-gone = لم تعد هذه الرسالة بانتظار الرد: ردّ عليها أحدهم، أو محاها الطفل.
staff-board-left-messages = رسائل متروكة
staff-board-left-messages-cell = { $count }، أقدمها منذ { $oldest }

## تحويل الحالات إلى خطوط مساعدة شريكة في بلدان أخرى
staff-error-unknown_partner = خط المساعدة الشريك هذا لم يعد مُعدًّا هنا.
staff-error-no_consent = لم يوافق الطفل على هذا التحويل (أو وافق على أقل مما سيُرسل).
staff-error-handover_gone = أجاب شخص آخر عن هذا التحويل قبلك.
staff-handover-heading = التحويل إلى خط مساعدة شريك
staff-handover-hint = بموافقة الطفل، أرسل حالته إلى خط مساعدة في بلد آخر، حتى لا يضطر إلى رواية قصته من جديد.
staff-handover-partner = خط المساعدة الشريك
staff-handover-partner-option = { $name } ({ $countries }؛ { $languages })
staff-handover-partners-speaking = يتحدثون { $language }
staff-handover-partners-other = شركاء آخرون
staff-handover-include-chat = إرسال المحادثة نفسها أيضًا
staff-handover-ask = اسأل الطفل
staff-handover-ask-again = اسأل الطفل مرة أخرى
staff-handover-consent-asked = سُئل الساعة { $asked }: بانتظار جواب الطفل.
staff-handover-consent-yes = قال الطفل نعم الساعة { $answered } (سُئل الساعة { $asked }).
staff-handover-consent-yes-chat = قال الطفل نعم، مع المحادثة، الساعة { $answered } (سُئل الساعة { $asked }).
staff-handover-consent-summary-only = وافق الطفل على الملخص دون المحادثة، الساعة { $answered } (سُئل الساعة { $asked }).
staff-handover-consent-no = قال الطفل لا الساعة { $answered } (سُئل الساعة { $asked }).
staff-handover-summary-heading = ملخص للشريك
staff-handover-write-plainly = اكتب ببساطة، بجمل قصيرة، بلا اختصارات ولا عامية: قد لا يعرف القارئ لغتك جيدًا وقد يترجمها.
staff-handover-categories = الفئات
staff-handover-risk = الخطر
staff-handover-languages = لغات الطفل
staff-handover-add-language = أضف لغة
staff-handover-add-language-none = اختر…
staff-handover-remove-language = أزل { $language }
staff-handover-country = البلد الذي يوجد فيه الطفل
staff-handover-country-unknown = غير معروف
staff-handover-what-happened = ماذا حدث
staff-handover-child-wants = ماذا يريد الطفل
staff-handover-done-so-far = ما فعلناه حتى الآن
staff-handover-referrals = الخدمات التي أُحيل إليها الطفل
staff-handover-add-referral = خدمة أخرى، باسمها
staff-handover-add = أضف
staff-handover-problem-what-happened = اكتب ماذا حدث.
staff-handover-problem-child-wants = اكتب ماذا يريد الطفل.
staff-handover-problem-too-long = أحد النصوص طويل جدًا: يتسع كل نص لنحو 4000 حرف.
staff-handover-problem-language = اذكر لغة واحدة على الأقل.
staff-handover-problem-reason = اكتب لماذا لا يمكن انتظار موافقة الطفل.
staff-handover-problem-invalid = شيء في الملخص لا يمكن إرساله كما هو: راجع الفئات واللغات والخدمات.
staff-handover-ask-first = اسأل الطفل أولًا: لا تُرسل الحالة إلا إذا قال نعم.
staff-handover-waiting-answer = أرسل بعد أن يجيب الطفل بنعم.
staff-handover-refused = قال الطفل لا: لا يُرسل شيء إلى هذا الشريك.
staff-handover-goes-with-chat = يُرسل الملخص والمحادثة.
staff-handover-goes-summary-only = يُرسل الملخص وحده، دون المحادثة.
staff-handover-on-its-way = أُرسلت: حالتها أدناه.
staff-handover-answer-used = استُخدم هذا الجواب لتحويل من قبل: اسأل الطفل مرة أخرى لترسل من جديد.
staff-handover-send = أرسل إلى { $partner }
staff-handover-without-consent-heading = الإرسال دون موافقة (خطر وشيك)
staff-handover-without-consent-hint = فقط حين يكون الطفل في خطر وشيك ولا يمكن أن تنتظر الحالة موافقته. يُخبَر الطفل بالإرسال، ولا تُرسل المحادثة نفسها، ويحفظ سجل التدقيق سببك.
staff-handover-without-consent-reason = لماذا لا يمكن الانتظار
staff-handover-without-consent-send = أرسل دون موافقة
staff-handover-without-consent-confirm = هل ترسل حالة هذا الطفل إلى { $partner } دون موافقته؟
staff-handover-confirm = نعم، أرسلها
staff-handover-cancel = إلغاء
staff-handover-sent-heading = التحويلات المُرسلة
staff-handover-status-sending = جارٍ الإرسال إلى { $partner }…
staff-handover-status-delivered = وصلت إلى { $partner } وسيردّون.
staff-handover-status-failed = لم تصل إلى { $partner }: { $reason }
staff-handover-status-accepted = قبلها { $partner }.
staff-handover-status-accepted-by = قبلها { $name } في { $partner }.
staff-handover-status-declined = رفضها { $partner }: { $reason }
staff-handover-status-declined-by = رفضها { $name } في { $partner }: { $reason }
staff-handover-status-transferred = تابع الطفل مع { $partner }.
staff-handover-sent-at = أُرسلت الساعة { $time } · { $what }
staff-handover-sent-with-chat = الملخص والمحادثة
staff-handover-sent-summary-only = الملخص وحده
staff-handover-sent-without-consent = دون موافقة الطفل
staff-handover-send-again = أرسل مرة أخرى
staff-view-handovers = التحويلات الواردة
staff-handovers-in-heading = تحويلات من خطوط مساعدة شريكة
staff-handovers-in-hint = ترسل خطوط مساعدة شريكة في بلدان أخرى هذه الحالات بموافقة الطفل (أو، في حالة الخطر الوشيك، دونها). اقبل حالة لتتولاها؛ أو ارفضها مع سبب يقرؤه الشريك.
staff-handovers-in-none = لا توجد تحويلات تنتظر الرد.
staff-handover-in-from = من { $partner } · { $language } · قبل { $waited } · { $moment }
staff-handover-in-child-in-chat = الطفل ما يزال في المحادثة: اقبل الآن فيأتي إليك مباشرة.
staff-handover-in-consent-child = وافق الطفل على صفحته، وسُئل بلغة { $language }، الساعة { $time }.
staff-handover-in-consent-imminent = أُرسلت دون موافقة الطفل بسبب خطر وشيك:
staff-handover-in-risk = الخطر: { $risk }
staff-handover-in-categories = الفئات: { $categories }
staff-handover-in-languages = اللغات: { $languages }
staff-handover-in-country = البلد: { $country }
staff-handover-in-referrals = أُحيل إلى: { $services }
staff-handover-in-transcript = المحادثة كما وافق الطفل على مشاركتها (عدد الرسائل: { $count })
staff-handover-in-author-child = الطفل
staff-handover-in-author-counsellor = المرشد
staff-handover-in-author-system = Bridgeline
staff-handover-accept = اقبل
staff-handover-decline = ارفض
staff-handover-decline-reason = لماذا ترفض (سيقرأ الشريك هذا)
staff-handover-decline-reason-needed = اكتب لماذا ترفض: يحتاج الشريك إلى ذلك ليساعد الطفل بطريقة أخرى.
staff-handover-decline-send = ارفض بهذا السبب
staff-handover-accepted = قُبلت: الحالة لك، ويأتي الطفل إليك إن كان ما يزال في المحادثة.
staff-handover-declined = رُفضت: يُبلَّغ الشريك بالسبب.
staff-handover-answered-elsewhere = أجاب شخص آخر عن هذا التحويل قبلك.
staff-handover-context-heading = محوّلة من { $partner }
staff-handover-context-hint = قصة الطفل كما أرسلها الشريك: لا حاجة إلى أن تطلب منه روايتها من جديد.
staff-handover-context-received = وصلت الساعة { $time }
