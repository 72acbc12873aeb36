# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Persian/Dari), awaiting review by a native speaker.

canned-greeting-welcome = سلام، من { $name } هستم. خوشحالم که برای ما نوشتی. دوست داری درباره چه چیزی حرف بزنیم؟
canned-greeting-take-time = عجله نکن. هر قدر که بخواهی، کم یا زیاد، می‌توانی بنویسی.
canned-greeting-anonymous = لازم نیست اسمت را به من بگویی. چیزی که می‌نویسی بین ما می‌ماند، مگر اینکه در خطر باشی.

canned-safety-safe-now = آیا همین حالا در امان هستی؟
canned-safety-hurt = آیا کسی به تو آسیب زده، یا جایی از بدنت آسیب دیده است؟
canned-safety-where = آیا جایی هستی که بتوانی بنویسی، بدون اینکه کسی ببیند؟
canned-safety-emergency = اگر همین حالا در خطر هستی، با 112 تماس بگیر. رایگان است و می‌توانند زود کمک بفرستند.
canned-safety-thoughts = گاهی آدم‌ها آن‌قدر حالشان بد است که به آسیب زدن به خودشان یا به مردن فکر می‌کنند. آیا تو هم گاهی چنین فکرهایی داری؟

canned-waiting-moment = لطفاً کمی صبر کن، من هنوز اینجا هستم.
canned-waiting-checking = دارم چیزی را برایت بررسی می‌کنم. چند دقیقه دیگر برمی‌گردم.
canned-waiting-still-there = هنوز اینجایی؟ عجله نکن، منتظرت هستم.

canned-referral-offer = جایی را می‌شناسم که می‌تواند در این مورد کمکت کند. می‌توانم شماره و نشانی آن‌ها را برایت بفرستم؟
canned-referral-card = شماره و نشانی آن‌ها را برایت فرستادم. هر وقت آماده بودی، می‌توانی به آن‌ها زنگ بزنی یا وب‌سایتشان را باز کنی.
canned-referral-adult = آیا آدم بزرگی هست که به او اعتماد داری و بتواند با تو به آنجا برود؟

canned-closing-thanks = ممنون که به ما اعتماد کردی. نوشتن برای ما کار شجاعانه‌ای بود.
canned-closing-come-back = هر وقت بخواهی، می‌توانی دوباره برای ما بنویسی. ما اینجا هستیم تا کمکت کنیم.
canned-closing-goodbye = حالا گفتگو را تمام می‌کنم. مراقب خودت باش.
