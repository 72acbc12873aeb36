# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Persian/Dari), awaiting review by a native speaker.

page-title = Bridgeline – با کسی حرف بزن
page-loading = در حال بارگذاری…
page-needs-javascript = این صفحه برای کار کردن به JavaScript نیاز دارد. اگر همین حالا در خطر هستی، با 112 تماس بگیر.

quick-exit-button = خروج سریع
    .title = همین حالا از این صفحه برو (کلید Escape)

language-switcher-label = زبان

intro-heading = با کسی حرف بزن که به تو گوش می‌دهد
intro-body = می‌توانی به زبان خودت برای ما بنویسی. لازم نیست اسمت را بگویی. چیزی که می‌نویسی بین تو و مشاور می‌ماند.
intro-start-button = شروع گفتگو

danger-heading = همین حالا در خطر هستی؟
danger-body = با 112 تماس بگیر. رایگان است و فوراً می‌توانند کمکت کنند.

queue-heading = در انتظار مشاور
queue-position-announcement = { $position ->
    [1] نفر بعدی تو هستی.
   *[other] جای تو در صف: { $position }
}
queue-waiting-body = لطفاً اینجا منتظر بمان. همین حالا می‌توانی بنویسی درباره چه چیزی می‌خواهی حرف بزنی.

chat-counsellor-label = مشاور
chat-you-label = تو
chat-message-input-label = پیام تو
chat-message-input-placeholder = اینجا بنویس…
chat-send-button = فرستادن
chat-end-button = پایان گفتگو
chat-status-sending = در حال فرستادن…
chat-status-delivered = رسید

notice-counsellor-joined = { $name } اینجاست تا با تو حرف بزند.
notice-ended-by-child = تو گفتگو را تمام کردی.
notice-ended-by-counsellor = مشاور گفتگو را تمام کرد.
notice-left-queue = مدتی نبودی، برای همین از صف بیرون آمدی. می‌توانی گفتگوی تازه‌ای شروع کنی.

ended-heading = گفتگو تمام شد
ended-body = ممنون که برای ما نوشتی. هر وقت خواستی می‌توانی برگردی.
ended-new-chat-button = شروع گفتگوی تازه

connection-reconnecting = ارتباط قطع شد. دوباره تلاش می‌کنیم…

error-too-long = پیامت خیلی طولانی است. لطفاً کوتاه‌ترش کن.
error-unknown-language = هنوز نمی‌توانیم به این زبان گفتگو کنیم. لطفاً زبان دیگری انتخاب کن.
error-generic = مشکلی پیش آمد. لطفاً دوباره امتحان کن.
