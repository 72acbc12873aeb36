# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Urdu), awaiting review by a native speaker.
# The child is addressed with تم, as one speaks to a child (second review, 2026-12-03:
# آپ read as distant). Where possible the wording avoids verb forms that mark the
# gender of the child or of the counsellor (plain imperatives, "تمہیں ... آتی ہیں").

page-title = Bridgeline – کسی سے بات کرو
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = نوٹس
page-loading = لوڈ ہو رہا ہے…
page-needs-javascript = اس صفحے کو چلنے کے لیے JavaScript چاہیے۔ اگر تم ابھی خطرے میں ہو تو 112 پر کال کرو۔

quick-exit-button = فوراً نکلو
    .title = ابھی اس صفحے سے نکلو (Esc کا بٹن)

language-switcher-label = زبان

intro-heading = کسی ایسے شخص سے بات کرو جو تمہاری بات سنے
intro-body = ہمیں اپنی زبان میں لکھو۔ تمہیں اپنا نام بتانے کی ضرورت نہیں۔ تمہاری لکھی ہوئی بات صرف تمہارے اور کونسلر کے درمیان رہتی ہے۔
intro-quick-exit-hint = اگر کوئی آ جائے تو Esc یا "فوراً نکلو" دباؤ۔ یہ صفحہ اسی وقت بند ہو جائے گا۔
intro-start-button = بات شروع کرو

# Optional questions before the chat. Every one can be left out.
intake-heading = شروع کرنے سے پہلے
intake-body = ان سوالوں سے ہمیں تمہارے لیے صحیح شخص ڈھونڈنے میں مدد ملتی ہے۔ چاہو تو انہیں چھوڑ دو۔
intake-skip-button = چھوڑو اور بات شروع کرو
intake-continue-button = بات شروع کرو
intake-topic-question = بات کس بارے میں ہے؟ ایک سے زیادہ چننا بھی ٹھیک ہے۔
intake-age-question = تمہاری عمر کتنی ہے؟
intake-languages-question = کیا تمہیں دوسری زبانیں بھی پڑھنی آتی ہیں؟
intake-country-question = تم ابھی کس ملک میں ہو؟
intake-country-none = مجھے نہیں بتانا

topic-family = گھر والے
topic-friends = دوست
topic-bullying = تنگ کرنا اور مذاق اڑانا
topic-violence = کوئی مجھے تکلیف دیتا ہے
topic-feelings = احساسات اور پریشانیاں
topic-body = جسم اور صحت
topic-school = اسکول یا کام
topic-love = محبت اور سیکس
topic-online = انٹرنیٹ پر کچھ
topic-migration = کاغذات، پناہ، نئی جگہ پر زندگی
topic-missing = کسی کا لاپتہ ہونا، یا گھر سے بھاگ جانا
topic-other = کچھ اور

age-under-10 = 10 سے کم
age-10-12 = 10 سے 12
age-13-15 = 13 سے 15
age-16-17 = 16 یا 17
age-18-plus = 18 یا زیادہ

danger-heading = کیا تم ابھی خطرے میں ہو؟
danger-body = 112 پر کال کرو۔ یہ مفت ہے، اور وہ فوراً مدد کر سکتے ہیں۔
danger-call-button = 112 پر کال کرو

queue-heading = کونسلر کا انتظار
queue-position-announcement = { $position ->
    [1] اگلی باری تمہاری ہے۔
   *[other] لائن میں تمہاری جگہ: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] انتظار کا وقت: تقریباً { $minutes } منٹ
   *[other] انتظار کا وقت: تقریباً { $minutes } منٹ
}
queue-estimate-soon = انتظار کا وقت: ایک منٹ سے کم
queue-estimate-unknown = ابھی ہم نہیں بتا سکتے کہ کتنا وقت لگے گا۔
queue-waiting-body = یہاں انتظار کرو۔ جس بارے میں بات کرنی ہے، وہ ابھی سے لکھ دو۔

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = اس وقت تمہاری زبان بولنے والا کوئی کونسلر یہاں نہیں ہے۔
no-counsellor-next = کوئی دوبارہ اس وقت یہاں ہوگا: { $time }
no-counsellor-stay = چاہو تو لائن میں رہو۔ جیسے ہی کوئی آئے گا، ہم جواب دیں گے۔
no-counsellor-other-languages = یہ زبانیں بولنے والے کونسلر ابھی یہاں ہیں:
no-counsellor-switch-button = { $language } میں بات کرو
no-counsellor-phone = چاہو تو بچوں کی ہیلپ لائن پر مفت کال بھی کرو:

chat-counsellor-label = کونسلر
chat-you-label = تم
chat-message-input-label = تمہارا پیغام
chat-message-input-placeholder = یہاں لکھو…
chat-send-button = بھیجو
chat-end-button = بات ختم کرو
chat-earlier-button = پچھلے پیغامات دکھاؤ
chat-status-sending = بھیجا جا رہا ہے…
chat-status-delivered = پہنچ گیا
chat-status-read = پڑھ لیا گیا
chat-counsellor-typing = { $name } کا پیغام آ رہا ہے…

notice-counsellor-joined = { $name } تم سے بات کرنے کے لیے یہاں ہیں۔
notice-ended-by-child = تم نے بات چیت ختم کر دی۔
notice-ended-by-counsellor = کونسلر نے بات چیت ختم کر دی۔
notice-left-queue = کچھ دیر تک تم سے رابطہ نہیں رہا، اس لیے تمہاری باری ختم ہو گئی۔ چاہو تو نئی بات چیت شروع کرو۔
notice-language-changed = اب تمہارے لیے { $language } بولنے والے کونسلر کا انتظار ہے۔
notice-counsellor-left = تمہاری مدد کرنے والے فرد کو جانا پڑا۔ تم دوبارہ قطار میں ہو، اور نئی بات چیت سے پہلے تمہاری باری آئے گی۔
notice-transferred = تمہاری بات چیت اب کسی اور فرد کے حوالے کی جا رہی ہے جو تمہاری مدد کر سکے۔ تمہاری لکھی ہوئی باتیں انہیں نظر آئیں گی۔ یہیں رہنا۔

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ایک جگہ جو تمہاری مدد کر سکتی ہے
referral-call = { $phone } پر کال کرو
referral-website = ان کی ویب سائٹ کھولو
referral-always-open = دن رات رابطہ ممکن ہے
referral-hours = کھلنے کے اوقات: { $hours }

ended-heading = بات چیت ختم ہو گئی
ended-body = ہمیں لکھنے کا شکریہ۔ جب چاہو، دوبارہ آنا۔
ended-new-chat-button = نئی بات چیت شروع کرو

rating-question = کیا اس بات چیت سے تمہیں مدد ملی؟
rating-helped = ہاں
rating-somewhat = تھوڑی سی
rating-not-helped = نہیں
rating-thanks = بتانے کا شکریہ۔

connection-reconnecting = رابطہ ٹوٹ گیا۔ دوبارہ کوشش ہو رہی ہے…
connection-elsewhere = یہ بات چیت اب کسی اور ونڈو یا ٹیب میں کھلی ہے۔

error-too-long = تمہارا پیغام بہت لمبا ہے۔ اسے چھوٹا کرو۔
error-unknown-language = ہم ابھی اس زبان میں بات نہیں کر سکتے۔ کوئی اور زبان چنو۔
error-generic = کچھ غلط ہو گیا۔ دوبارہ کوشش کرو۔

## Hostile input

error-control-character = تمہارے پیغام میں ایک چھپا ہوا حرف ہے جو بھیجا نہیں جا سکتا۔ اسے مٹا کر دوبارہ کوشش کرو۔
## Paused (blocked) page
paused-heading = بات چیت ابھی کچھ دیر کے لیے رکی ہوئی ہے
paused-body = تم دوبارہ اس وقت ہمیں لکھ سکتے ہو: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = فوری باہر نکلنا یہ صفحہ بند کر دیتا ہے، لیکن تمہارے براؤزر کی ہسٹری میں پھر بھی دکھ سکتا ہے کہ تم یہاں آئے تھے۔ کوئی نشان نہ چھوڑنے کے لیے یہ صفحہ ایک پرائیویٹ (انکوگنیٹو) ونڈو میں کھولو۔
