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
staff-chat-earlier = نمایش پیام‌های قبلی
staff-chat-log-label = پیام‌ها
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
staff-presence-child-connected = کودک متصل است.
staff-presence-child-connection_lost = اتصال کودک قطع شد. جای او چند دقیقه نگه داشته می‌شود: ممکن است برگردد.
staff-presence-child-left = کودک صفحهٔ گفتگو را ترک کرد (خروج سریع یا بستن صفحه). اگر به‌زودی برگردد، اینجا می‌بینید.
staff-chat-status-read = خوانده شد
staff-line-canned = پاسخ آماده
staff-line-referral = ارجاع فرستاده شد
staff-notice-counsellor-left = اتصال شما مدت زیادی قطع بود؛ کودک به صف برگشت.
staff-offer-topics = موضوع‌ها: { $topics }
staff-offer-age = سن: { $age }
staff-offer-country = کشور: { $country }
staff-offer-sound = صدا برای پیشنهادهای تازه
staff-alert-sound = صدا برای هشدارهای تازه
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
staff-notice-transferred = گفتگو به مشاور دیگری واگذار شد.
staff-role-counsellor = مشاور
staff-role-coordinator = هماهنگ‌کننده
staff-role-admin = مدیر سیستم

# Risk level of a conversation.
staff-risk-label = سطح خطر
staff-risk-none = هیچ
staff-risk-low = کم
staff-risk-medium = متوسط
staff-risk-high = بالا
staff-risk-imminent = خطر فوری
staff-risk-imminent-confirm = خطر فوری: همین حالا به همه هماهنگ‌کننده‌های کشیک هشدار داده می‌شود.
staff-risk-confirm = به هماهنگ‌کنندگان هشدار بده
staff-risk-cancel = لغو

# Alerts for coordinators.
staff-alerts-heading = هشدارهای خطر فوری
staff-alert-summary = { $counsellor } · زبان: { $language } · از { $time }
staff-alert-acknowledge = پیگیری می‌کنم
staff-alert-acknowledged = { $name } پیگیری می‌کند

# Private notes.
staff-notes-heading = یادداشت‌های خصوصی
staff-notes-private = این یادداشت‌ها را فقط کارکنان می‌بینند، کودک هرگز نمی‌بیند.
staff-note-input-label = یادداشت تازه
staff-note-add = افزودن یادداشت
staff-note-transfer = یادداشت واگذاری از { $name }
staff-no-notes = هنوز یادداشتی نیست.

# Transfer.
staff-transfer-heading = واگذاری
staff-transfer-to-counsellor = به یک مشاور (نام کاربری)
staff-transfer-to-language = به صف زبانی دیگر
staff-transfer-to-coordinator = به یک هماهنگ‌کننده
staff-transfer-note-label = یادداشت برای کسی که گفتگو را ادامه می‌دهد
staff-transfer-button = واگذاری
staff-transfer-done = گفتگو واگذار شد.

# Canned responses.
staff-canned-heading = پاسخ‌های آماده
staff-canned-search = جستجو در پاسخ‌های آماده
staff-canned-send = ارسال
staff-canned-missing = هنوز به زبان کودک موجود نیست
staff-canned-purpose-greeting = خوشامدگویی
staff-canned-purpose-safety = بررسی ایمنی
staff-canned-purpose-waiting = انتظار
staff-canned-purpose-referral = ارجاع
staff-canned-purpose-closing = پایان گفتگو
staff-canned-coverage-heading = پاسخ‌های آماده‌ی ناموجود به تفکیک زبان
staff-canned-coverage-complete = کامل

# Referral directory.
staff-directory-heading = ارجاع به یک مرکز خدماتی
staff-directory-country = کشور
staff-directory-topic = موضوع
staff-directory-language = زبان
staff-directory-open-now = اکنون باز است
staff-directory-any = همه
staff-directory-search = جستجو
staff-directory-empty = هیچ مرکز خدماتی مطابقت ندارد.
staff-directory-eu-wide = سراسر اتحادیه اروپا
staff-directory-always-open = 24/7
staff-referral-reason = دلیل
staff-referral-child-agreed = کودک موافقت کرد
staff-referral-send = ارسال برای کودک

# Wrap-up at the end of a chat.
staff-wrapup-heading = جمع‌بندی
staff-wrapup-categories = دسته‌ها
staff-wrapup-outcome = نتیجه
staff-wrapup-cross-border = این مورد فرامرزی است
staff-wrapup-save = ذخیره جمع‌بندی
staff-wrapup-saved = جمع‌بندی ذخیره شد.
staff-wrapup-required = برای دریافت پیشنهادهای تازه، جمع‌بندی گفتگوهای پایان‌یافته‌ی خود را کامل کنید.
staff-wrapup-pick-one = دست‌کم یک دسته انتخاب کنید.
staff-outcome-supported = حمایت ارائه شد
staff-outcome-referred = ارجاع داده شد
staff-outcome-emergency = خدمات اورژانس وارد عمل شدند
staff-outcome-child_left = کودک گفتگو را ترک کرد
staff-outcome-non_counselling = تماس غیرمشاوره‌ای

# Errors the server can return, as the counsellor reads them.
staff-error-generic = انجام نشد: { $detail }
staff-error-target_unavailable = این فرد یا صف اکنون نمی‌تواند گفتگو را بپذیرد.
staff-error-not_translated = این پاسخ هنوز به زبان کودک موجود نیست.
staff-error-offer_gone = مشاور دیگری این کودک را پذیرفت، یا پیشنهاد به پایان رسید.
staff-error-child_left = کودک پیش از پذیرش شما رفت: دیگر منتظر نیست.

# Conversations handled earlier.
staff-history-heading = گفتگوهایی که انجام داده‌اید
staff-history-open = باز کردن
staff-history-empty = گفتگوی قبلی نیست.
staff-history-audited = باز کردن متن گفتگو در گزارش ممیزی ثبت می‌شود.

# Wrap-up categories (Child Helpline International's taxonomy).
staff-taxonomy-other = نامشخص / دیگر
staff-taxonomy-missing = کودکان مفقود
staff-taxonomy-missing-abduction-parental = ربودن کودک توسط یکی از والدین
staff-taxonomy-missing-abduction-criminal = آدم‌ربایی مجرمانه
staff-taxonomy-missing-lost = گم شدن یا نامعلوم بودن محل
staff-taxonomy-missing-runaway = فرار از خانه
staff-taxonomy-missing-missing-in-migration = مفقود شدن در مسیر مهاجرت
staff-taxonomy-violence = خشونت
staff-taxonomy-violence-bullying = قلدری
staff-taxonomy-violence-cyberbullying = قلدری سایبری
staff-taxonomy-violence-forced-marriage = ازدواج کودک، زودهنگام یا اجباری
staff-taxonomy-violence-child-labour = کار کودک
staff-taxonomy-violence-fgm = ناقص‌سازی اندام تناسلی زنان
staff-taxonomy-violence-neglect = غفلت
staff-taxonomy-violence-online-sexual-abuse = سوءاستفاده و بهره‌کشی جنسی آنلاین
staff-taxonomy-violence-harmful-practices = سایر رسوم سنتی زیان‌آور
staff-taxonomy-violence-physical = خشونت جسمی
staff-taxonomy-violence-emotional = خشونت روانی یا عاطفی
staff-taxonomy-violence-sexual = خشونت جنسی
staff-taxonomy-mental-health = سلامت روان
staff-taxonomy-mental-health-substance-use = رفتارهای اعتیادی و مصرف مواد
staff-taxonomy-mental-health-behaviour = مشکلات رفتاری
staff-taxonomy-mental-health-concerns-about-self = نگرانی‌های مربوط به خود
staff-taxonomy-mental-health-anger = خشم
staff-taxonomy-mental-health-fear-anxiety = ترس و اضطراب
staff-taxonomy-mental-health-mood = خلق
staff-taxonomy-mental-health-neurodevelopmental = اختلالات عصبی-رشدی
staff-taxonomy-mental-health-eating = رفتار خوردن
staff-taxonomy-mental-health-self-harm = خودآزاری
staff-taxonomy-mental-health-suicidal = افکار و اقدام به خودکشی
staff-taxonomy-mental-health-traumatic-distress = پریشانی ناشی از تروما
staff-taxonomy-physical-health = سلامت جسمی
staff-taxonomy-physical-health-general-medical = مسائل پزشکی عمومی
staff-taxonomy-physical-health-nutrition = تغذیه
staff-taxonomy-physical-health-pregnancy = بارداری
staff-taxonomy-physical-health-sexual-reproductive = سلامت جنسی و باروری
staff-taxonomy-physical-health-hiv-aids = اچ‌آی‌وی/ایدز
staff-taxonomy-services = دسترسی به خدمات
staff-taxonomy-services-education = آموزش
staff-taxonomy-services-essential-needs = نیازهای اساسی
staff-taxonomy-services-healthcare = خدمات بهداشتی و درمانی
staff-taxonomy-services-legal = حقوقی
staff-taxonomy-services-mental-health = خدمات سلامت روان
staff-taxonomy-services-sexual-health = سلامت جنسی
staff-taxonomy-services-socio-economic = اجتماعی-اقتصادی
staff-taxonomy-discrimination = تبعیض و طرد
staff-taxonomy-discrimination-ethnicity-nationality = قومیت یا ملیت
staff-taxonomy-discrimination-financial = وضعیت مالی
staff-taxonomy-discrimination-gender = جنسیت
staff-taxonomy-discrimination-gender-identity-orientation = هویت جنسیتی یا گرایش جنسی
staff-taxonomy-discrimination-health-disability = سلامت یا معلولیت
staff-taxonomy-discrimination-beliefs = عقاید
staff-taxonomy-family = روابط خانوادگی
staff-taxonomy-peers = روابط با همسالان
staff-taxonomy-education-occupation = تحصیل و شغل
staff-taxonomy-sexuality = مسائل جنسی
staff-taxonomy-migration = مهاجرت
staff-taxonomy-migration-asylum = روند پناهندگی
staff-taxonomy-migration-unaccompanied = کودک بدون همراه یا جدا از خانواده
staff-taxonomy-migration-guardianship = سرپرستی قانونی
staff-taxonomy-migration-reception = شرایط پذیرش
staff-taxonomy-migration-family-reunification = لم شمل خانواده
staff-taxonomy-migration-age-assessment = تعیین سن
staff-taxonomy-non-counselling = تماس‌های غیرمشاوره‌ای
staff-taxonomy-non-counselling-about-helpline = پرسش درباره خط کمک
staff-taxonomy-non-counselling-parent-carer = پرسش از طرف والدین یا مراقب کودک
staff-taxonomy-non-counselling-complaint = شکایت
staff-taxonomy-non-counselling-thank-you = تشکر
staff-taxonomy-non-counselling-prank-silent = مزاحمت یا تماس بی‌صدا

# Views of coordinators and admins.
staff-views-label = نماها
staff-view-board = تابلوی زنده
staff-view-chats = گفتگوهای شما
staff-view-reports = سابقه
staff-view-admin = حساب‌ها و تنظیمات
staff-chat-passed-to-you = گفتگویی به شما واگذار شد: «گفتگوهای شما» را باز کنید.
staff-request-failed = سرور پاسخ نداد. دوباره تلاش کنید.

# The live board.
staff-board-alerts-heading = نیاز به اقدام فوری
staff-board-alert-label = هشدار:
staff-board-alert-uncovered = { $waiting ->
    [one] { $waiting } کودک در صف { $language } منتظر است و هیچ‌یک از کشیک‌ها این زبان را صحبت نمی‌کند.
   *[other] { $waiting } کودک در صف { $language } منتظرند و هیچ‌یک از کشیک‌ها این زبان را صحبت نمی‌کند.
}
staff-board-alert-long-wait = کودکی { $minutes } دقیقه است که در صف { $language } منتظر است.
staff-board-alert-long-wait-seconds = کودکی { $seconds } ثانیه است که در صف { $language } منتظر است.
staff-board-alert-left-messages = { $waiting ->
    [one] پیامی که به زبان { $language } گذاشته شده { $hours } ساعت است منتظر پاسخ است.
   *[other] { $waiting } پیام گذاشته‌شده به زبان { $language } منتظر پاسخ‌اند؛ قدیمی‌ترین { $hours } ساعت.
}
staff-board-heading = زبان‌ها در این لحظه
staff-board-caption = به‌روزرسانی زنده. سطح خدمت: سهم کودکانی که در کمتر از { $seconds } ثانیه پاسخ گرفتند.
staff-board-empty = هنوز چیزی برای نمایش نیست: هیچ کودکی منتظر نیست، هیچ مشاوری وارد نشده و امروز تماسی نبوده است.
staff-board-language = زبان
staff-board-waiting = در انتظار
staff-board-longest-wait = طولانی‌ترین انتظار اکنون (دقیقه:ثانیه)
staff-board-average-wait = میانگین انتظار در ساعت گذشته (دقیقه:ثانیه)
staff-board-counsellors = مشاوران
staff-board-chats = گفتگوهای در جریان
staff-board-last-hour = ساعت گذشته
staff-board-today = امروز
staff-board-answered = پاسخ‌داده‌شده
staff-board-abandoned = رهاشده
staff-board-service-level = سطح خدمت
staff-board-chats-heading = گفتگوهای در جریان
staff-board-no-chats = هیچ گفتگویی در جریان نیست.
staff-board-chat-summary = { $language } · { $counsellor } · کودک از ساعت { $time } اینجاست
staff-board-staff-heading = کارکنان واردشده
staff-board-staff-name = نام
staff-board-staff-role = نقش
staff-board-staff-load = گفتگوها / حداکثر هم‌زمان
staff-board-staff-languages = زبان‌ها

# Observing and reassigning a chat.
staff-observe-button = مشاهده
staff-observe-heading = در حال مشاهده: { $language }
staff-observe-heading-held = در حال مشاهده: { $language } · با { $counsellor }
staff-observe-read-only = فقط خواندنی: نمی‌توانید در این گفتگو بنویسید. مشاور می‌بیند که شما آن را دنبال می‌کنید، کودک نمی‌بیند. مشاهده در گزارش ممیزی ثبت می‌شود.
staff-observe-stop = پایان مشاهده
staff-reassign-heading = واگذاری دوباره
staff-reassign-username = مشاور (نام کاربری)
staff-reassign-note = یادداشت برای کسی که گفتگو را ادامه می‌دهد
staff-reassign-note-required = برای کسی که گفتگو را ادامه می‌دهد یادداشتی بنویسید.
staff-reassign-button = واگذاری دوباره
staff-reassign-done = گفتگو دوباره واگذار شد.
staff-chat-counsellor-label = مشاور
staff-chat-observed-by = { $name } این گفتگو را دنبال می‌کند (فقط خواندنی).
staff-chat-reassigned-away = یک هماهنگ‌کننده این گفتگو را به همکار دیگری واگذار کرد.

# History reports.
staff-report-heading = سابقه
staff-report-from = از
staff-report-to = تا
staff-report-by = بر اساس
staff-report-by-day = روز
staff-report-by-week = هفته
staff-report-group = گروه‌بندی بر اساس
staff-report-group-language = زبان
staff-report-group-category = دسته
staff-report-show = نمایش
staff-report-caption-day = تماس‌ها به تفکیک روز، از { $from } تا { $to }
staff-report-caption-week = تماس‌ها به تفکیک هفته (هفته از دوشنبه شروع می‌شود)، از { $from } تا { $to }
staff-report-day = روز
staff-report-week = هفته‌ی آغازشده در
staff-report-contacts = تماس‌ها
staff-report-wait-p50 = میانه‌ی انتظار
staff-report-wait-p90 = انتظار، صدک ۹۰
staff-report-chat-length = میانگین مدت گفتگو
staff-report-referrals = ارجاع‌ها
staff-report-durations = زمان انتظار و مدت گفتگو به دقیقه:ثانیه؛ «–» جایی که چیزی برای سنجش نیست.
staff-report-no-category = بدون جمع‌بندی
staff-report-empty = در این بازه تماسی نبوده است.
staff-report-chart-alt = نمودار میله‌ای تماس‌های پاسخ‌داده‌شده و رهاشده از { $from } تا { $to }؛ جدول بالا همین ارقام را دارد.
staff-report-download = دریافت فایل CSV

# Staff accounts and settings (admins).
staff-accounts-heading = حساب‌های کارکنان
staff-account-new-heading = حساب تازه
staff-account-username = نام کاربری
staff-account-username-hint = ۱ تا ۶۴ نویسه: a–z، 0–9، «.»، «_»، «-». بعداً قابل تغییر نیست.
staff-account-display-name = نام نمایشی
staff-account-role = نقش
staff-account-languages = زبان‌ها
staff-account-max-chats = گفتگوهای هم‌زمان (۱ تا ۲۰)
staff-account-max-chats-value = گفتگوهای هم‌زمان: { $count }
staff-account-password = رمز عبور
staff-account-password-hint = دست‌کم ۱۰ نویسه.
staff-account-create = ساختن حساب
staff-account-created = حساب ساخته شد.
staff-account-edit = تغییر
staff-account-save = ذخیره تغییرات
staff-account-saved = حساب تغییر کرد؛ تغییر بی‌درنگ اعمال می‌شود.
staff-account-disable = غیرفعال کردن حساب
staff-account-enable = فعال کردن حساب
staff-account-disabled = حساب غیرفعال شد.
staff-account-enabled = حساب فعال شد.
staff-account-is-disabled = غیرفعال
staff-account-reset-password = بازنشانی رمز عبور
staff-account-new-password = رمز عبور تازه
staff-account-set-password = ثبت رمز عبور تازه
staff-account-password-reset = رمز عبور تغییر کرد؛ همه‌ی نشست‌های این حساب بسته شد.
staff-settings-heading = تنظیمات
staff-settings-target = زمان هدف برای پاسخ (ثانیه)
staff-settings-target-hint = کودکانی که در این زمان پاسخ بگیرند در سطح خدمت شمرده می‌شوند. ۵ تا ۳۶۰۰.
staff-settings-long-wait = هشدار انتظار طولانی پس از (ثانیه)
staff-settings-long-wait-hint = وقتی کودکی بیش از این منتظر بماند، تابلو هشدار می‌دهد. ۳۰ تا ۸۶۴۰۰.
staff-settings-retention = نگه‌داری متن گفتگوها (روز)
staff-settings-retention-hint = پس از آن، متن، یادداشت‌ها و دلیل‌های گفتگوهای پایان‌یافته پاک می‌شود؛ ارقام برای گزارش‌ها می‌ماند. ۱ تا ۳۶۵۰.
staff-settings-save = ذخیره تنظیمات
staff-settings-saved = تنظیمات ذخیره شد.

## Sign-in security
staff-login-too-many = تلاش‌ها بیش از حد بود. ساعت { $time } دوباره امتحان کنید.
staff-login-expired = این ورود بیش از حد طول کشید. رمز عبور را دوباره وارد کنید.
staff-second-factor-heading = ورود دومرحله‌ای
staff-second-factor-code = کد
staff-second-factor-code-hint = کد ۶ رقمی که برنامه‌ی احراز هویت شما الان نشان می‌دهد، یا یکی از کدهای بازیابی‌تان.
staff-second-factor-wrong = این کد اشتباه است یا قبلاً استفاده شده.
staff-enrol-heading = راه‌اندازی ورود دومرحله‌ای
staff-enrol-intro = نقش شما با یک مرحله‌ی دوم وارد می‌شود: کدی از یک برنامه‌ی احراز هویت روی تلفن‌تان.
staff-enrol-scan = این کد QR را با برنامه‌ی احراز هویت اسکن کنید، یا کلید زیر را در آن بنویسید.
staff-enrol-qr-alt = کد QR حاوی کلید برای برنامه‌ی احراز هویت شما
staff-enrol-key = کلید:
staff-enrol-confirm = سپس کد ۶ رقمی را که برنامه نشان می‌دهد وارد کنید
staff-enrol-button = تأیید و ورود
staff-recovery-heading = کدهای بازیابی شما
staff-recovery-intro = هر یک از این کدها اگر تلفن‌تان را گم کنید، یک بار شما را وارد می‌کند. همین حالا آن‌ها را جای امنی نگه دارید: دوباره نشان داده نمی‌شوند.
staff-recovery-done = آن‌ها را ذخیره کردم
staff-recovery-code-used = با یک کد بازیابی وارد شدید. اگر تلفن‌تان را گم کرده‌اید، از یک مدیر بخواهید ورود دومرحله‌ای شما را بازنشانی کند.
staff-account-second-factor-on = ورود دومرحله‌ای فعال
staff-account-second-factor-off = بدون ورود دومرحله‌ای
staff-account-locked = ورود تا { $time } قفل است
staff-account-unlock = باز کردن قفل ورود
staff-account-unlocked = قفل ورود باز شد.
staff-account-reset-second-factor = بازنشانی ورود دومرحله‌ای
staff-account-reset-second-factor-hint = برای تلفن گم‌شده: نشست‌های حساب بسته می‌شوند و ورود بعدی یک برنامه‌ی احراز هویت تازه و کدهای بازیابی تازه راه‌اندازی می‌کند.
staff-account-reset-second-factor-button = همین حالا بازنشانی کن
staff-account-second-factor-reset = ورود دومرحله‌ای بازنشانی شد؛ همه‌ی نشست‌های این حساب بسته شد.
staff-settings-second-factor = مشاوران هم دومرحله‌ای وارد می‌شوند
staff-settings-second-factor-hint = هماهنگ‌کننده‌ها و مدیران همیشه این کار را می‌کنند. مشاورانی که آن را ندارند، در ورود بعدی راه‌اندازی‌اش می‌کنند.

## Hostile input

staff-error-control_character = این متن یک نویسهٔ کنترلی نامرئی دارد؛ آن را پاک کنید و دوباره بفرستید.
staff-bidi-control = نویسهٔ پنهان جهت متن { $name } ({ $code }): اینجا نمایش داده می‌شود، اعمال نمی‌شود.
## Abusive contacts
staff-abuse-heading = پایان به دلیل سوءاستفاده
staff-abuse-hint = فقط برای شوخی‌های آزاردهنده و توهین. کودک فقط می‌خواند که گفتگو تمام شد؛ یک هماهنگ‌کننده تصمیم می‌گیرد که گفتگوهای تازه از این مرورگر متوقف شوند یا نه.
staff-abuse-reason-label = دلیل (فقط هماهنگ‌کننده‌ها آن را می‌خوانند)
staff-abuse-button = پایان گفتگو به دلیل سوءاستفاده
staff-abuse-reported = گفتگو تمام شد. یک هماهنگ‌کننده درباره گزارش تصمیم می‌گیرد.
staff-blocks-heading = تماس‌های آزاردهنده
staff-blocks-today = گفتگوهایی که امروز به دلیل سوءاستفاده تمام شدند: { $count }
staff-blocks-pending-heading = گزارش‌هایی که منتظر تصمیم‌اند
staff-blocks-active-heading = مرورگرهایی که اکنون متوقف‌اند
staff-blocks-none = هیچ.
staff-blocks-reported = { $language }، گزارش‌شده توسط { $name }، { $time }
staff-blocks-decide-by = اگر تا { $time } کسی تصمیم نگیرد، از اعتبار می‌افتد.
staff-blocks-until = متوقف تا { $time } (تأییدشده توسط { $name })
staff-blocks-match-both = با توکن مرورگر و نشانی شبکه‌اش شناخته می‌شود.
staff-blocks-match-token = فقط با توکن مرورگرش شناخته می‌شود.
staff-blocks-match-address = فقط با نشانی شبکه‌اش شناخته می‌شود.
staff-blocks-match-none = هیچ چیز این مرورگر را نمی‌شناسد (کودک رفته بود).
staff-blocks-duration = توقف گفتگوهای تازه به مدت
staff-blocks-duration-hour = ۱ ساعت
staff-blocks-duration-day = ۱ روز
staff-blocks-duration-3-days = ۳ روز
staff-blocks-duration-week = ۷ روز
staff-blocks-confirm = تأیید و توقف
staff-blocks-reject = رد کردن
staff-blocks-lift = برداشتن توقف
staff-blocks-confirmed = تأیید شد: گفتگوهای تازه از آن مرورگر متوقف شدند.
staff-blocks-rejected = رد شد: چیزی متوقف نشد.
staff-blocks-lifted = برداشته شد: آن مرورگر دوباره می‌تواند گفتگو آغاز کند.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = پیام‌های تازه ↓
staff-trends-heading = چهار ساعت گذشته
staff-trends-since = داده‌ها از { $time }: سرور هیچ رقمی از پیش از راه‌اندازی‌اش نگه نمی‌دارد.
staff-trends-waiting = کودکان در انتظار
staff-trends-longest = طولانی‌ترین انتظار
staff-trends-summary-waiting = { $language }، کودکان در انتظار از { $from } تا { $to }: حداکثر { $most }، اکنون { $now }.
staff-trends-summary-longest = { $language }، طولانی‌ترین انتظار از { $from } تا { $to }: حداکثر { $most }، اکنون { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = تماس‌های پیشین
staff-case-hint = این کودک با کد بازگشت خود برگشته است: این‌ها گفت‌وگوهای پیشین او هستند. بگذارید کودک گفت‌وگو را پیش ببرد؛ پیش از اشاره به آن‌ها بپرسید.
staff-case-unanswered = کسی پاسخ نداد
staff-case-referred = ارجاع به: { $services }
staff-case-transcript-kept = متن گفت‌وگو نگه داشته شده است
staff-case-transcript-purged = متن گفت‌وگو حذف شد (پایان مدت نگهداری)
staff-case-read-transcript = خواندن متن گفت‌وگو
staff-case-hide-transcript = پنهان کردن متن گفت‌وگو

## Messages children left while nobody was there
staff-view-left-messages = پیام‌های گذاشته‌شده
staff-left-messages-heading = پیام‌هایی که وقتی کسی نبود گذاشته شد
staff-left-messages-hint = کودکان این پیام‌ها را وقتی نوشتند که هیچ‌کس با زبان آن‌ها سر کار نبود. یکی را بردارید تا پاسخ دهید: کودک اگر هنوز آنجا باشد پاسخ شما را فوراً می‌خواند، وگرنه بعداً با کد بازگشت خود.
staff-left-messages-none = هیچ پیامی منتظر پاسخ نیست.
staff-left-message-when = { $waited } پیش گذاشته شد · { $moment }
staff-left-waited-under-a-minute = کمتر از یک دقیقه
staff-left-waited-minutes = { $minutes } دقیقه
staff-left-waited-hours = { $hours } ساعت و { $minutes } دقیقه
staff-left-waited-days = { $days } روز و { $hours } ساعت
staff-left-message-also-reads = این زبان را هم می‌خواند: { $languages }
staff-left-message-returning = کودکِ بازگشته: پیش‌تر با ما گفتگو کرده است.
staff-left-message-take = برداشتن و پاسخ دادن
staff-left-message-taken-elsewhere = کس دیگری زودتر این پیام را برداشت.
staff-left-message-gone = این پیام دیگر منتظر نیست: کسی به آن پاسخ داد، یا کودک آن را پاک کرد.
staff-board-left-messages = پیام‌های گذاشته‌شده
staff-board-left-messages-cell = { $count }، قدیمی‌ترین: { $oldest }

## واگذاری پرونده به خط‌های کمک شریک در کشورهای دیگر
staff-error-unknown_partner = این خط کمک شریک دیگر اینجا تنظیم نشده است.
staff-error-no_consent = کودک با این واگذاری موافقت نکرده است (یا با کمتر از آنچه فرستاده می‌شود موافقت کرده است).
staff-error-handover_gone = کس دیگری زودتر به این واگذاری پاسخ داده است.
staff-handover-heading = واگذاری به خط کمک شریک
staff-handover-hint = با موافقت کودک، پرونده‌اش را به خط کمکی در کشوری دیگر بفرستید تا مجبور نباشد داستانش را دوباره تعریف کند.
staff-handover-partner = خط کمک شریک
staff-handover-partner-option = { $name } ({ $countries }؛ { $languages })
staff-handover-partners-speaking = به { $language } صحبت می‌کنند
staff-handover-partners-other = شریک‌های دیگر
staff-handover-include-chat = خود گفتگو هم فرستاده شود
staff-handover-ask = از کودک بپرسید
staff-handover-ask-again = دوباره از کودک بپرسید
staff-handover-consent-asked = ساعت { $asked } پرسیده شد: در انتظار پاسخ کودک.
staff-handover-consent-yes = کودک ساعت { $answered } گفت بله (پرسیده شده ساعت { $asked }).
staff-handover-consent-yes-chat = کودک ساعت { $answered } گفت بله، همراه با گفتگو (پرسیده شده ساعت { $asked }).
staff-handover-consent-summary-only = کودک ساعت { $answered } با خلاصه موافقت کرد ولی نه با گفتگو (پرسیده شده ساعت { $asked }).
staff-handover-consent-no = کودک ساعت { $answered } گفت نه (پرسیده شده ساعت { $asked }).
staff-handover-summary-heading = خلاصه برای شریک
staff-handover-write-plainly = ساده بنویسید، با جمله‌های کوتاه، بدون کوته‌نوشت یا زبان محاوره: شاید خواننده زبان شما را خوب نداند و آن را ترجمه کند.
staff-handover-categories = دسته‌ها
staff-handover-risk = خطر
staff-handover-languages = زبان‌های کودک
staff-handover-add-language = افزودن زبان
staff-handover-add-language-none = انتخاب کنید…
staff-handover-remove-language = حذف { $language }
staff-handover-country = کشوری که کودک در آن است
staff-handover-country-unknown = نامعلوم
staff-handover-what-happened = چه اتفاقی افتاد
staff-handover-child-wants = کودک چه می‌خواهد
staff-handover-done-so-far = کارهایی که تا حالا کرده‌ایم
staff-handover-referrals = خدماتی که کودک به آن‌ها ارجاع شد
staff-handover-add-referral = خدمت دیگر، با نام
staff-handover-add = افزودن
staff-handover-problem-what-happened = بنویسید چه اتفاقی افتاد.
staff-handover-problem-child-wants = بنویسید کودک چه می‌خواهد.
staff-handover-problem-too-long = یک متن خیلی بلند است: هر کدام حدود ۴۰۰۰ نویسه جا دارد.
staff-handover-problem-language = دست‌کم یک زبان بنویسید.
staff-handover-problem-reason = بنویسید چرا نمی‌شود منتظر موافقت کودک ماند.
staff-handover-problem-invalid = چیزی در خلاصه را نمی‌شود همین‌طور فرستاد: دسته‌ها، زبان‌ها و خدمات را بررسی کنید.
staff-handover-ask-first = اول از کودک بپرسید: پرونده فقط اگر بگوید بله فرستاده می‌شود.
staff-handover-waiting-answer = وقتی کودک بله گفت بفرستید.
staff-handover-refused = کودک گفت نه: چیزی برای این شریک فرستاده نمی‌شود.
staff-handover-goes-with-chat = خلاصه و گفتگو فرستاده می‌شوند.
staff-handover-goes-summary-only = فقط خلاصه فرستاده می‌شود، نه گفتگو.
staff-handover-on-its-way = فرستاده شد: وضعیتش در پایین است.
staff-handover-answer-used = این پاسخ قبلاً برای یک واگذاری به کار رفته است: برای فرستادن دوباره، دوباره از کودک بپرسید.
staff-handover-send = فرستادن به { $partner }
staff-handover-without-consent-heading = فرستادن بدون موافقت (خطر فوری)
staff-handover-without-consent-hint = فقط وقتی کودک در خطر فوری است و پرونده نمی‌تواند منتظر موافقت او بماند. به کودک گفته می‌شود که فرستاده شد، خود گفتگو فرستاده نمی‌شود و دلیل شما در گزارش حسابرسی می‌ماند.
staff-handover-without-consent-reason = چرا نمی‌شود منتظر ماند
staff-handover-without-consent-send = فرستادن بدون موافقت
staff-handover-without-consent-confirm = پرونده این کودک بدون موافقتش به { $partner } فرستاده شود؟
staff-handover-confirm = بله، بفرست
staff-handover-cancel = لغو
staff-handover-sent-heading = واگذاری‌های فرستاده‌شده
staff-handover-status-sending = در حال فرستادن به { $partner }…
staff-handover-status-delivered = { $partner } آن را گرفت و پاسخ خواهد داد.
staff-handover-status-failed = به { $partner } نرسید: { $reason }
staff-handover-status-accepted = { $partner } پذیرفت.
staff-handover-status-accepted-by = { $name } در { $partner } پذیرفت.
staff-handover-status-declined = { $partner } نپذیرفت: { $reason }
staff-handover-status-declined-by = { $name } در { $partner } نپذیرفت: { $reason }
staff-handover-status-transferred = کودک با { $partner } ادامه داد.
staff-handover-sent-at = فرستاده شده ساعت { $time } · { $what }
staff-handover-sent-with-chat = خلاصه و گفتگو
staff-handover-sent-summary-only = فقط خلاصه
staff-handover-sent-without-consent = بدون موافقت کودک
staff-handover-send-again = دوباره بفرست
staff-view-handovers = واگذاری‌های رسیده
staff-handovers-in-heading = واگذاری‌ها از خط‌های کمک شریک
staff-handovers-in-hint = خط‌های کمک شریک در کشورهای دیگر این پرونده‌ها را با موافقت کودک (یا در خطر فوری، بدون آن) می‌فرستند. یکی را بپذیرید تا پرونده را به عهده بگیرید؛ یا با دلیلی که شریک می‌خواند نپذیرید.
staff-handovers-in-none = هیچ واگذاری‌ای منتظر پاسخ نیست.
staff-handover-in-from = از { $partner } · { $language } · { $waited } پیش · { $moment }
staff-handover-in-child-in-chat = کودک هنوز در گفتگوست: اکنون بپذیرید تا مستقیم پیش شما بیاید.
staff-handover-in-consent-child = کودک در صفحه خودش موافقت کرد، پرسش به زبان { $language }، ساعت { $time }.
staff-handover-in-consent-imminent = بدون موافقت کودک فرستاده شد، به دلیل خطر فوری:
staff-handover-in-risk = خطر: { $risk }
staff-handover-in-categories = دسته‌ها: { $categories }
staff-handover-in-languages = زبان‌ها: { $languages }
staff-handover-in-country = کشور: { $country }
staff-handover-in-referrals = ارجاع به: { $services }
staff-handover-in-transcript = گفتگو، همان‌طور که کودک پذیرفت آن را به اشتراک بگذارد (پیام‌ها: { $count })
staff-handover-in-author-child = کودک
staff-handover-in-author-counsellor = مشاور
staff-handover-in-author-system = Bridgeline
staff-handover-accept = پذیرفتن
staff-handover-decline = نپذیرفتن
staff-handover-decline-reason = چرا نمی‌پذیرید (شریک این را می‌خواند)
staff-handover-decline-reason-needed = بنویسید چرا نمی‌پذیرید: شریک به آن نیاز دارد تا به شکل دیگری به کودک کمک کند.
staff-handover-decline-send = نپذیرفتن با این دلیل
staff-handover-accepted = پذیرفته شد: پرونده با شماست و اگر کودک هنوز در گفتگو باشد پیش شما می‌آید.
staff-handover-declined = پذیرفته نشد: دلیل به شریک گفته می‌شود.
staff-handover-answered-elsewhere = کس دیگری زودتر به این واگذاری پاسخ داده است.
staff-handover-context-heading = واگذارشده از { $partner }
staff-handover-context-hint = داستان کودک همان‌طور که شریک فرستاده است: لازم نیست از او بخواهید دوباره تعریفش کند.
staff-handover-context-received = رسیده ساعت { $time }
