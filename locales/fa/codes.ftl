## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = می‌خواهی بعداً برگردی؟ با کد بازگشت می‌توانی این گفتگو را دوباره بخوانی.
codes-take-button = گرفتن کد بازگشت
codes-your-code = کد بازگشت تو
codes-write-down = آن را بنویس یا به خاطر بسپار. ما آن را هیچ جا نگه نمی‌داریم و نمی‌توانیم دوباره نشانت بدهیم.
codes-secret = آن را مخفی نگه دار: هر کس آن را داشته باشد می‌تواند گفتگوهایت را بخواند.
codes-what-for = با آن می‌توانی برگردی: پیش همان مشاور اگر اینجا باشد، گفتگوهایت را دوباره بخوانی، یا همه چیز را پاک کنی.
codes-done-button = نوشتمش. کد را پنهان کن

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = می‌توانی به جای انتظار پیام بگذاری
codes-leave-body = آنچه می‌خواهی به ما بگویی را پایین بنویس و بفرست. بعد «پیامم را بگذار» را بزن. یک مشاور بعداً جوابت را می‌دهد.
codes-leave-button = پیامم را بگذار
codes-left-heading = پیامت گذاشته شد
codes-left-body = یک مشاور آن را می‌خواند و جواب می‌دهد.
codes-left-come-back = با کد بازگشتت برگرد تا جواب را بخوانی.
codes-left-add = هنوز می‌توانی پایین چیزهای دیگری اضافه کنی.

# Coming back with a code, on the first screen.
codes-have-code-button = کد بازگشت دارم
codes-back-heading = خوش برگشتی
codes-back-body = کد بازگشتی را که گرفتی بنویس. ۱۲ رقم دارد.
codes-code-label = کد بازگشت
codes-open-button = باز کردن گفتگوهایم
codes-back-button = برگشت
codes-case-heading = گفتگوهای قبلی تو
codes-case-body = روی یک گفتگو بزن تا دوباره آن را بخوانی.
codes-case-empty = گفتگویی برای نشان دادن نیست.
codes-chat-with = با { $name }
codes-chat-unanswered = هنوز جواب داده نشده
codes-chat-left-message = پیامی که گذاشتی
codes-chat-not-kept = دیگر نگه داشته نمی‌شود
codes-chat-now-button = همین حالا گفتگو کن
codes-read-heading = یک گفتگوی قبلی
codes-back-to-list-button = برگشت به گفتگوهایم
codes-erase-button = همه چیز را پاک کن
codes-erase-heading = همه چیز پاک شود؟
codes-erase-body = همهٔ گفتگوهایت با ما پاک می‌شود و کد بازگشتت دیگر کار نمی‌کند. هیچ کس نمی‌تواند آن‌ها را برگرداند.
codes-erase-yes-button = بله، همه چیز را پاک کن
codes-erase-no-button = نه، گفتگوهایم بمانند
codes-erased-heading = همه چیز پاک شد
codes-erased-body = گفتگوهایت پاک شد و کد بازگشتت دیگر کار نمی‌کند.
codes-erased-button = برگشت به اول

codes-error-wrong = این کد کار نمی‌کند. رقم‌ها را بررسی کن و دوباره امتحان کن.
codes-error-too-many = کدهای اشتباه زیادی وارد شد. در این زمان دوباره امتحان کن: { $time }
codes-error-chat-live = یک گفتگو هنوز ادامه دارد. اول آن را تمام کن، بعد می‌توانی همه چیز را پاک کنی.
