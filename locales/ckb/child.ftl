# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Sorani Kurdish), awaiting review by a native speaker.

page-title = Bridgeline – قسە لەگەڵ کەسێک بکە
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = تێبینییەکان
page-loading = کەمێک چاوەڕێ بکە…
page-needs-javascript = ئەم پەڕەیە بۆ کارکردن پێویستی بە JavaScript هەیە. ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە 112 بکە.

quick-exit-button = دەرچوونی خێرا
    .title = ئێستا لەم پەڕەیە دەربچۆ (دوگمەی Esc)

language-switcher-label = زمان

intro-heading = قسە لەگەڵ کەسێک بکە کە گوێت لێ دەگرێت
intro-body = دەتوانیت بە زمانی خۆت بۆمان بنووسیت. پێویست ناکات ناوی خۆتمان پێ بڵێیت. ئەوەی دەینووسیت تەنها لە نێوان تۆ و ڕاوێژکارەکەدا دەمێنێتەوە.
intro-quick-exit-hint = ئەگەر کەسێک هات، Esc یان «دەرچوونی خێرا» دابگرە. ئەم پەڕەیە یەکسەر دادەخرێت.
intro-start-button = دەست بە گفتوگۆ بکە

# Optional questions before the chat. Every one can be left out.
intake-heading = پێش ئەوەی دەست پێ بکەین
intake-body = ئەم پرسیارانە یارمەتیمان دەدەن کەسێکی گونجاو بۆ تۆ بدۆزینەوە. دەتوانیت وەڵامیان نەدەیتەوە.
intake-skip-button = بەبێ وەڵامدانەوە دەست بە گفتوگۆ بکە
intake-continue-button = دەست بە گفتوگۆ بکە
intake-topic-question = باسەکە دەربارەی چییە؟ دەتوانیت زیاتر لە یەکێک هەڵبژێریت.
intake-age-question = تەمەنت چەندە؟
intake-languages-question = دەتوانیت زمانی تریش بخوێنیتەوە؟
intake-country-question = ئێستا لە کام وڵاتدایت؟
intake-country-none = نامەوێت بیڵێم

topic-family = خێزان
topic-friends = هاوڕێیان
topic-bullying = گاڵتەپێکردن و ئازاردان
topic-violence = کەسێک ئازارم دەدات
topic-feelings = هەست و نیگەرانی
topic-body = جەستە و تەندروستی
topic-school = قوتابخانە یان کار
topic-love = خۆشەویستی و سێکس
topic-online = شتێک لە ئینتەرنێت
topic-migration = بەڵگەنامە، پەنابەری، تازە هاتن بۆ ئێرە
topic-missing = کەسێک ون بووە، یان من هەڵاتووم
topic-other = شتێکی تر

age-under-10 = کەمتر لە 10
age-10-12 = 10 بۆ 12
age-13-15 = 13 بۆ 15
age-16-17 = 16 یان 17
age-18-plus = 18 یان زیاتر

danger-heading = ئێستا لە مەترسیدایت؟
danger-body = پەیوەندی بە 112 بکە. بەخۆڕاییە، و دەتوانن یەکسەر یارمەتیت بدەن.
danger-call-button = پەیوەندی بە 112 بکە

queue-heading = چاوەڕێی ڕاوێژکار
queue-position-announcement = { $position ->
    [1] نۆرەی دواتر هی تۆیە.
   *[other] شوێنت لە ڕیزدا: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] کاتی چاوەڕوانی: نزیکەی { $minutes } خولەک
   *[other] کاتی چاوەڕوانی: نزیکەی { $minutes } خولەک
}
queue-estimate-soon = کاتی چاوەڕوانی: کەمتر لە یەک خولەک
queue-estimate-unknown = هێشتا نازانین چەندی پێ دەچێت.
queue-waiting-body = تکایە لێرە چاوەڕێ بکە. لە ئێستاوە دەتوانیت بنووسیت کە دەتەوێت دەربارەی چی قسە بکەیت.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = ئێستا هیچ ڕاوێژکارێک لێرە نییە کە بە زمانی تۆ قسە بکات.
no-counsellor-next = کەسێک لەم کاتەدا دێتەوە: { $time }
no-counsellor-stay = دەتوانیت لە ڕیزدا بمێنیتەوە. هەر کە کەسێک هات، وەڵامت دەدەینەوە.
no-counsellor-other-languages = ئەو ڕاوێژکارانەی بەم زمانانە قسە دەکەن، ئێستا لێرەن:
no-counsellor-switch-button = گفتوگۆ بەم زمانە: { $language }
no-counsellor-phone = دەتوانیت بە خۆڕاییش پەیوەندی بە هێڵی یارمەتیی منداڵان بکەیت:

chat-counsellor-label = ڕاوێژکار
chat-you-label = تۆ
chat-message-input-label = نامەکەت
chat-message-input-placeholder = لێرە بنووسە…
chat-send-button = ناردن
chat-end-button = کۆتایی بە گفتوگۆ بهێنە
chat-earlier-button = نامە پێشووەکان پیشان بدە
chat-status-sending = دەنێردرێت…
chat-status-delivered = گەیشت
chat-status-read = خوێندرایەوە
chat-counsellor-typing = { $name } دەنووسێت…

notice-counsellor-joined = { $name } لێرەیە بۆ ئەوەی قسەت لەگەڵ بکات.
notice-ended-by-child = تۆ گفتوگۆکەت کۆتایی پێ هێنا.
notice-ended-by-counsellor = ڕاوێژکارەکە گفتوگۆکەی کۆتایی پێ هێنا.
notice-left-queue = ماوەیەک لێرە نەبوویت، بۆیە لە ڕیزەکە دەرچوویت. دەتوانیت گفتوگۆیەکی نوێ دەست پێ بکەیت.
notice-language-changed = ئێستا چاوەڕێی ڕاوێژکارێکیت کە بەم زمانە قسە دەکات: { $language }
notice-counsellor-left = ئەو کەسەی یارمەتیی دەدایت ناچار بوو بڕوات. دیسان لە ڕیزدایت، و پێش گفتوگۆ نوێیەکان نۆرەت دێت.
notice-transferred = ڕاوێژکارەکەت گفتوگۆکەت دەداتە کەسێکی تر کە دەتوانێت یارمەتیت بدات. ئەو کەسە دەتوانێت ئەوەی نووسیوتە بیخوێنێتەوە. تکایە لێرە بمێنەرەوە.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = شوێنێک کە دەتوانێت یارمەتیت بدات
referral-call = پەیوەندی بە { $phone } بکە
referral-website = ماڵپەڕەکەیان بکەرەوە
referral-always-open = شەو و ڕۆژ کراوەیە
referral-hours = کاتی کارکردن: { $hours }

ended-heading = گفتوگۆکە کۆتایی هات
ended-body = سوپاس کە بۆمان نووسیت. هەر کاتێک بتەوێت، دەتوانیت بگەڕێیتەوە.
ended-new-chat-button = گفتوگۆیەکی نوێ دەست پێ بکە

rating-question = ئەم گفتوگۆیە یارمەتیی دایت؟
rating-helped = بەڵێ
rating-somewhat = کەمێک
rating-not-helped = نەخێر
rating-thanks = سوپاس کە پێت وتین.

connection-reconnecting = پەیوەندی پچڕا. دووبارە هەوڵ دەدەینەوە…
connection-elsewhere = ئەم گفتوگۆیە ئێستا لە پەنجەرە یان پەڕەیەکی تردا کراوەتەوە.

error-too-long = نامەکەت زۆر درێژە. تکایە کورتتری بکەرەوە.
error-unknown-language = هێشتا ناتوانین بەم زمانە گفتوگۆ بکەین. تکایە زمانێکی تر هەڵبژێرە.
error-generic = هەڵەیەک ڕوویدا. تکایە دووبارە هەوڵ بدەرەوە.

## Hostile input

error-control-character = نامەکەت پیتێکی شاراوەی تێدایە کە ناتوانرێت بنێردرێت. تکایە بیسڕەوە و دووبارە هەوڵ بدەرەوە.
## Paused (blocked) page
paused-heading = گفتوگۆکە ئێستا بۆ ماوەیەک ڕاگیراوە
paused-body = دەتوانیت لەم کاتەدا دیسان بۆمان بنووسیت: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = دەرچوونی خێرا ئەم پەڕەیە دادەخات، بەڵام مێژووی وێبگەڕەکەت هێشتا دەتوانێت نیشانی بدات کە تۆ لێرە بوویت. بۆ ئەوەی هیچ شوێنەوارێک نەمێنێت، ئەم پەڕەیە لە پەنجەرەیەکی تایبەتدا بکەرەوە.
