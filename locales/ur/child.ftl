# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Urdu), awaiting review by a native speaker.
# Where possible the wording avoids verb forms that mark the gender of the
# child or of the counsellor (polite imperatives, "آپ کو ... آتی ہیں" and similar).

page-title = Bridgeline – کسی سے بات کریں
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = نوٹس
page-loading = لوڈ ہو رہا ہے…
page-needs-javascript = اس صفحے کو چلنے کے لیے JavaScript چاہیے۔ اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔

quick-exit-button = فوراً نکلیں
    .title = ابھی اس صفحے سے نکلیں (Esc کا بٹن)

language-switcher-label = زبان

intro-heading = کسی ایسے شخص سے بات کریں جو آپ کی بات سنے
intro-body = ہمیں اپنی زبان میں لکھیں۔ آپ کو اپنا نام بتانے کی ضرورت نہیں۔ آپ کی لکھی ہوئی بات صرف آپ کے اور کونسلر کے درمیان رہتی ہے۔
intro-quick-exit-hint = اگر کوئی آ جائے تو Esc یا "فوراً نکلیں" دبائیں۔ یہ صفحہ اسی وقت بند ہو جائے گا۔
intro-start-button = بات شروع کریں

# Optional questions before the chat. Every one can be left out.
intake-heading = شروع کرنے سے پہلے
intake-body = ان سوالوں سے ہمیں آپ کے لیے صحیح شخص ڈھونڈنے میں مدد ملتی ہے۔ آپ چاہیں تو انہیں چھوڑ دیں۔
intake-skip-button = چھوڑیں اور بات شروع کریں
intake-continue-button = بات شروع کریں
intake-topic-question = بات کس بارے میں ہے؟ ایک سے زیادہ چننا بھی ٹھیک ہے۔
intake-age-question = آپ کی عمر کتنی ہے؟
intake-languages-question = کیا آپ کو دوسری زبانیں بھی پڑھنی آتی ہیں؟
intake-country-question = آپ ابھی کس ملک میں ہیں؟
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

danger-heading = کیا آپ ابھی خطرے میں ہیں؟
danger-body = 112 پر کال کریں۔ یہ مفت ہے، اور وہ فوراً مدد کر سکتے ہیں۔
danger-call-button = 112 پر کال کریں

queue-heading = کونسلر کا انتظار
queue-position-announcement = { $position ->
    [1] اگلی باری آپ کی ہے۔
   *[other] لائن میں آپ کی جگہ: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] انتظار کا وقت: تقریباً { $minutes } منٹ
   *[other] انتظار کا وقت: تقریباً { $minutes } منٹ
}
queue-estimate-soon = انتظار کا وقت: ایک منٹ سے کم
queue-estimate-unknown = ابھی ہم نہیں بتا سکتے کہ کتنا وقت لگے گا۔
queue-waiting-body = براہ کرم یہاں انتظار کریں۔ جس بارے میں بات کرنی ہے، وہ ابھی سے لکھ دیں۔

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = اس وقت آپ کی زبان بولنے والا کوئی کونسلر یہاں نہیں ہے۔
no-counsellor-next = کوئی دوبارہ اس وقت یہاں ہوگا: { $time }
no-counsellor-stay = آپ چاہیں تو لائن میں رہیں۔ جیسے ہی کوئی آئے گا، ہم جواب دیں گے۔
no-counsellor-other-languages = یہ زبانیں بولنے والے کونسلر ابھی یہاں ہیں:
no-counsellor-switch-button = { $language } میں بات کریں
no-counsellor-phone = چاہیں تو بچوں کی ہیلپ لائن پر مفت کال بھی کریں:

chat-counsellor-label = کونسلر
chat-you-label = آپ
chat-message-input-label = آپ کا پیغام
chat-message-input-placeholder = یہاں لکھیں…
chat-send-button = بھیجیں
chat-end-button = بات ختم کریں
chat-earlier-button = پچھلے پیغامات دکھائیں
chat-status-sending = بھیجا جا رہا ہے…
chat-status-delivered = پہنچ گیا
chat-status-read = پڑھ لیا گیا
chat-counsellor-typing = { $name } کا پیغام آ رہا ہے…

notice-counsellor-joined = { $name } آپ سے بات کرنے کے لیے یہاں ہیں۔
notice-ended-by-child = آپ نے بات چیت ختم کر دی۔
notice-ended-by-counsellor = کونسلر نے بات چیت ختم کر دی۔
notice-left-queue = کچھ دیر تک آپ سے رابطہ نہیں رہا، اس لیے آپ کی باری ختم ہو گئی۔ آپ نئی بات چیت شروع کر لیں۔
notice-language-changed = اب آپ کے لیے { $language } بولنے والے کونسلر کا انتظار ہے۔
notice-counsellor-left = آپ کی مدد کرنے والے فرد کو جانا پڑا۔ آپ دوبارہ قطار میں ہیں، اور نئی بات چیت سے پہلے آپ کی باری آئے گی۔
notice-transferred = آپ کی بات چیت اب کسی اور فرد کے حوالے کی جا رہی ہے جو آپ کی مدد کر سکے۔ آپ کی لکھی ہوئی باتیں انہیں نظر آئیں گی۔ براہ کرم یہیں رہیں۔

# A card the counsellor sends: a service the child can call or visit.
referral-heading = ایک جگہ جو آپ کی مدد کر سکتی ہے
referral-call = { $phone } پر کال کریں
referral-website = ان کی ویب سائٹ کھولیں
referral-always-open = دن رات رابطہ ممکن ہے
referral-hours = کھلنے کے اوقات: { $hours }

ended-heading = بات چیت ختم ہو گئی
ended-body = ہمیں لکھنے کا شکریہ۔ جب چاہیں، دوبارہ آئیں۔
ended-new-chat-button = نئی بات چیت شروع کریں

rating-question = کیا اس بات چیت سے آپ کو مدد ملی؟
rating-helped = ہاں
rating-somewhat = تھوڑی سی
rating-not-helped = نہیں
rating-thanks = بتانے کا شکریہ۔

connection-reconnecting = رابطہ ٹوٹ گیا۔ دوبارہ کوشش ہو رہی ہے…
connection-elsewhere = یہ بات چیت اب کسی اور ونڈو یا ٹیب میں کھلی ہے۔

error-too-long = آپ کا پیغام بہت لمبا ہے۔ براہ کرم اسے چھوٹا کریں۔
error-unknown-language = ہم ابھی اس زبان میں بات نہیں کر سکتے۔ براہ کرم کوئی اور زبان چنیں۔
error-generic = کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔

## Hostile input

error-control-character = آپ کے پیغام میں ایک چھپا ہوا حرف ہے جو بھیجا نہیں جا سکتا۔ براہ کرم اسے مٹا کر دوبارہ کوشش کریں۔
## Paused (blocked) page
paused-heading = بات چیت ابھی کچھ دیر کے لیے رکی ہوئی ہے
paused-body = تم دوبارہ اس وقت ہمیں لکھ سکتے ہو: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = فوری باہر نکلنا یہ صفحہ بند کر دیتا ہے، لیکن تمہارے براؤزر کی ہسٹری میں پھر بھی دکھ سکتا ہے کہ تم یہاں آئے تھے۔ کوئی نشان نہ چھوڑنے کے لیے یہ صفحہ ایک پرائیویٹ (انکوگنیٹو) ونڈو میں کھولو۔
