# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Persian/Dari), awaiting review by a native speaker.
# Words are chosen to be understood by both Persian and Dari readers
# (for example «نوبت» rather than «صف», «مدرسه (مکتب)»).

page-title = Bridgeline – با کسی حرف بزن
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = یادداشت‌ها
page-loading = لطفاً کمی صبر کن…
page-needs-javascript = این صفحه برای کار کردن به JavaScript نیاز دارد. اگر همین حالا در خطر هستی، با 112 تماس بگیر.

quick-exit-button = خروج سریع
    .title = همین حالا از این صفحه خارج شو (کلید Esc)

language-switcher-label = زبان

intro-heading = با کسی حرف بزن که به تو گوش می‌دهد
intro-body = می‌توانی به زبان خودت برای ما بنویسی. لازم نیست اسمت را بگویی. چیزی که می‌نویسی بین تو و مشاور می‌ماند.
intro-quick-exit-hint = اگر کسی آمد، Esc یا «خروج سریع» را فشار بده. این صفحه فوراً بسته می‌شود.
intro-start-button = شروع گفتگو

# Optional questions before the chat. Every one can be left out.
intake-heading = قبل از شروع
intake-body = این سوال‌ها به ما کمک می‌کنند تا کس مناسب را برایت پیدا کنیم. لازم نیست جواب بدهی.
intake-skip-button = بدون جواب دادن، گفتگو را شروع کن
intake-continue-button = شروع گفتگو
intake-topic-question = موضوع چیست؟ می‌توانی بیشتر از یکی را انتخاب کنی.
intake-age-question = چند سال داری؟
intake-languages-question = آیا زبان‌های دیگری هم می‌توانی بخوانی؟
intake-country-question = حالا در کدام کشور هستی؟
intake-country-none = نمی‌خواهم بگویم

topic-family = خانواده
topic-friends = دوستان
topic-bullying = زورگویی و اذیت
topic-violence = کسی به من آسیب می‌زند
topic-feelings = احساسات و نگرانی‌ها
topic-body = بدن و سلامتی
topic-school = مدرسه (مکتب) یا کار
topic-love = عشق و مسائل جنسی
topic-online = چیزی در اینترنت
topic-migration = مدارک، پناهندگی، تازه آمدن به اینجا
topic-missing = کسی گم شده، یا من فرار کرده‌ام
topic-other = چیز دیگر

age-under-10 = کمتر از 10 سال
age-10-12 = 10 تا 12 سال
age-13-15 = 13 تا 15 سال
age-16-17 = 16 یا 17 سال
age-18-plus = 18 سال یا بیشتر

danger-heading = همین حالا در خطر هستی؟
danger-body = با 112 تماس بگیر. رایگان است و فوراً می‌توانند کمکت کنند.
danger-call-button = تماس با 112

queue-heading = در انتظار مشاور
queue-position-announcement = { $position ->
    [1] نفر بعدی تو هستی.
   *[other] جای تو در نوبت: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] زمان انتظار: حدود { $minutes } دقیقه
   *[other] زمان انتظار: حدود { $minutes } دقیقه
}
queue-estimate-soon = زمان انتظار: کمتر از یک دقیقه
queue-estimate-unknown = هنوز نمی‌دانیم چقدر طول می‌کشد.
queue-waiting-body = لطفاً اینجا منتظر بمان. همین حالا می‌توانی بنویسی درباره چه چیزی می‌خواهی حرف بزنی.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = همین حالا هیچ مشاوری که به زبان تو صحبت کند اینجا نیست.
no-counsellor-next = کسی دوباره در این زمان اینجا خواهد بود: { $time }
no-counsellor-stay = می‌توانی در نوبت بمانی. هر وقت کسی بیاید، فوراً جوابت را می‌دهیم.
no-counsellor-other-languages = مشاورانی که به این زبان‌ها صحبت می‌کنند، حالا اینجا هستند:
no-counsellor-switch-button = گفتگو به زبان { $language }
no-counsellor-phone = می‌توانی به خط تلفن کمک به کودکان هم رایگان زنگ بزنی:

chat-counsellor-label = مشاور
chat-you-label = تو
chat-message-input-label = پیام تو
chat-message-input-placeholder = اینجا بنویس…
chat-send-button = فرستادن
chat-end-button = پایان گفتگو
chat-earlier-button = نمایش پیام‌های قبلی
chat-status-sending = در حال فرستادن…
chat-status-delivered = رسید
chat-status-read = خوانده شد
chat-counsellor-typing = { $name } در حال نوشتن است…

notice-counsellor-joined = { $name } اینجاست تا با تو حرف بزند.
notice-ended-by-child = تو گفتگو را تمام کردی.
notice-ended-by-counsellor = مشاور گفتگو را تمام کرد.
notice-left-queue = مدتی اینجا نبودی، برای همین نوبتت از دست رفت. می‌توانی گفتگوی تازه‌ای شروع کنی.
notice-language-changed = حالا منتظر مشاوری هستی که به زبان { $language } صحبت می‌کند.
notice-counsellor-left = کسی که به تو کمک می‌کرد مجبور شد برود. دوباره در نوبت هستی و قبل از گفتگوهای تازه نوبتت می‌رسد.
notice-transferred = مشاورت گفتگوی تو را به کس دیگری می‌سپارد که می‌تواند کمکت کند. او می‌تواند چیزهایی را که نوشته‌ای بخواند. لطفاً همین‌جا بمان.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = جایی که می‌تواند به تو کمک کند
referral-call = تماس با { $phone }
referral-website = باز کردن وب‌سایت آن‌ها
referral-always-open = شب و روز باز است
referral-hours = ساعت کار: { $hours }

ended-heading = گفتگو تمام شد
ended-body = ممنون که برای ما نوشتی. هر وقت خواستی می‌توانی برگردی.
ended-new-chat-button = شروع گفتگوی تازه

rating-question = آیا این گفتگو به تو کمک کرد؟
rating-helped = بله
rating-somewhat = کمی
rating-not-helped = نه
rating-thanks = ممنون که به ما گفتی.

connection-reconnecting = ارتباط قطع شد. دوباره تلاش می‌کنیم…
connection-elsewhere = این گفتگو حالا در یک پنجره یا صفحهٔ دیگر باز است.

error-too-long = پیامت خیلی طولانی است. لطفاً کوتاه‌ترش کن.
error-unknown-language = هنوز نمی‌توانیم به این زبان گفتگو کنیم. لطفاً زبان دیگری انتخاب کن.
error-generic = مشکلی پیش آمد. لطفاً دوباره امتحان کن.

## Hostile input

error-control-character = پیامت یک نویسهٔ پنهان دارد که فرستاده نمی‌شود. لطفاً پاکش کن و دوباره امتحان کن.
## Paused (blocked) page
paused-heading = گفتگو فعلاً متوقف است
paused-body = می‌توانی دوباره در این زمان برای ما بنویسی: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = خروج سریع این صفحه را می‌بندد، اما تاریخچهٔ مرورگرت ممکن است هنوز نشان بدهد که اینجا بوده‌ای. برای اینکه هیچ ردی نماند، این صفحه را در یک پنجرهٔ خصوصی (ناشناس) باز کن.
