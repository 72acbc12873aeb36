# Strings of the counsellor console.
# Machine draft (Persian/Dari), awaiting review by a native speaker.

staff-page-title = Bridgeline – مشاور
staff-login-heading = ورود
staff-login-username = نام کاربری
staff-login-password = رمز عبور
staff-login-button = ورود
staff-login-failed = نام کاربری یا رمز عبور درست نیست.
staff-logout-button = خروج

staff-status-label = وضعیت
staff-status-available = در دسترس
staff-status-busy = مشغول
staff-status-away = غایب

staff-offers-heading = کودکانی که منتظر شما هستند
staff-offer-summary = زبان: { $language } · در انتظار { $seconds ->
    [one] { $seconds } ثانیه
   *[other] { $seconds } ثانیه
}
staff-offer-accept = پذیرفتن
staff-offer-decline = رد کردن
staff-no-offers = الان هیچ کودکی منتظر شما نیست.

staff-chats-heading = گفتگوهای شما
staff-no-chats = گفتگوی بازی نیست.
staff-chat-language = زبان: { $language }
staff-chat-child-label = کودک
staff-chat-you-label = شما
staff-chat-ended = این گفتگو تمام شده است.
staff-chat-close = بستن
staff-connection-lost = ارتباط قطع شد. در حال اتصال دوباره…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } به گفتگو پیوست.
staff-notice-ended-by-child = کودک گفتگو را تمام کرد.
staff-notice-ended-by-counsellor = شما گفتگو را تمام کردید.
staff-notice-left-queue = ارتباط کودک مدت زیادی قطع بود و از صف بیرون رفت.
staff-notice-language-changed = کودک به صف { $language } رفت.
staff-page-loading = در حال بارگذاری…
staff-message-input-label = پیام شما
staff-send-button = ارسال
staff-end-button = پایان گفتگو
staff-chat-child-typing = کودک در حال نوشتن است…
staff-chat-status-read = خوانده شد
staff-notice-counsellor-left = اتصال شما مدت زیادی قطع بود؛ کودک به صف برگشت.
staff-offer-topics = موضوع‌ها: { $topics }
staff-offer-age = سن: { $age }
staff-offer-country = کشور: { $country }
staff-offer-sound = صدا برای پیشنهادهای تازه
staff-shortcuts-help = Alt+1…9: رفتن به یک گفتگو · Alt+↑/↓: گفتگوی قبلی یا بعدی · Alt+A: پذیرفتن اولین پیشنهاد
staff-topic-family = خانواده
staff-topic-friends = دوستان
staff-topic-bullying = قلدری
staff-topic-violence = خشونت
staff-topic-feelings = احساسات، سلامت روان
staff-topic-body = بدن و سلامت
staff-topic-school = مدرسه یا کار
staff-topic-love = عشق و مسائل جنسی
staff-topic-online = فضای آنلاین
staff-topic-migration = مهاجرت، پناهندگی
staff-topic-missing = ناپدید شدن، فرار
staff-topic-other = دیگر
staff-age-under-10 = کمتر از ۱۰
staff-age-10-12 = ۱۰–۱۲
staff-age-13-15 = ۱۳–۱۵
staff-age-16-17 = ۱۶–۱۷
staff-age-18-plus = ۱۸ یا بیشتر
