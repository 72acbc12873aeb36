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
staff-connection-lost = انقطع الاتصال. جارٍ إعادة الاتصال…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = انضم { $name } إلى المحادثة.
staff-notice-ended-by-child = أنهى الطفل المحادثة.
staff-notice-ended-by-counsellor = لقد أنهيت المحادثة.
staff-notice-left-queue = انقطع اتصال الطفل مدة طويلة فخرج من الدور.
staff-notice-language-changed = انتقل الطفل إلى قائمة انتظار { $language }.
staff-page-loading = جارٍ التحميل…
staff-message-input-label = رسالتك
staff-send-button = إرسال
staff-end-button = إنهاء المحادثة
staff-chat-child-typing = الطفل يكتب…
staff-chat-status-read = تمت القراءة
staff-notice-counsellor-left = انقطع اتصالك لفترة طويلة؛ عاد الطفل إلى قائمة الانتظار.
staff-offer-topics = المواضيع: { $topics }
staff-offer-age = العمر: { $age }
staff-offer-country = البلد: { $country }
staff-offer-sound = صوت للعروض الجديدة
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
