# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Pashto), awaiting review by a native speaker.

page-title = Bridgeline – له یو چا سره خبرې وکړه
# Used instead of page-title when the helpline turns on the neutral tab title.
page-title-neutral = یادښتونه
page-loading = لږ صبر وکړه…
page-needs-javascript = دا پاڼه د کار لپاره JavaScript ته اړتیا لري. که همدا اوس په خطر کې یې، 112 ته زنګ ووهه.

quick-exit-button = ژر وتل
    .title = همدا اوس له دې پاڼې ووځه (د Esc تڼۍ)

language-switcher-label = ژبه

intro-heading = له داسې چا سره خبرې وکړه چې ستا خبرې اوري
intro-body = ته موږ ته په خپله ژبه لیکلی شې. اړتیا نشته چې خپل نوم ووایې. څه چې لیکې، یوازې ستا او زموږ د مشاور ترمنځ پاتې کېږي.
intro-quick-exit-hint = که څوک راشي، Esc یا «ژر وتل» کېکاږه. دا پاڼه سمدستي بندېږي.
intro-start-button = خبرې پیل کړه

# Optional questions before the chat. Every one can be left out.
intake-heading = مخکې له دې چې پیل وکړو
intake-body = دا پوښتنې له موږ سره مرسته کوي چې ستا لپاره سم کس پیدا کړو. که نه غواړې، ځواب یې مه ورکوه.
intake-skip-button = پرېږده او خبرې پیل کړه
intake-continue-button = خبرې پیل کړه
intake-topic-question = خبره د څه په اړه ده؟ له یوه څخه زیات هم غوره کولی شې.
intake-age-question = ستا عمر څو کاله دی؟
intake-languages-question = ایا نورې ژبې هم لوستلی شې؟
intake-country-question = اوس په کوم هېواد کې یې؟
intake-country-none = نه غواړم ووایم

topic-family = کورنۍ
topic-friends = ملګري
topic-bullying = ځورونه
topic-violence = یو څوک ما ته زیان رسوي
topic-feelings = احساسات او اندېښنې
topic-body = بدن او روغتیا
topic-school = ښوونځی یا کار
topic-love = مینه او جنسي اړیکې
topic-online = په انټرنېټ کې یو څه
topic-migration = اسناد، پناه غوښتنه، په نوي ځای کې ژوند
topic-missing = یو څوک ورک دی، یا ما تېښته کړې ده
topic-other = بل څه

age-under-10 = له 10 کم
age-10-12 = 10 تر 12
age-13-15 = 13 تر 15
age-16-17 = 16 یا 17
age-18-plus = 18 یا زیات

danger-heading = همدا اوس په خطر کې یې؟
danger-body = 112 ته زنګ ووهه. وړیا دی، او هغوی سمدستي له تا سره مرسته کولی شي.
danger-call-button = 112 ته زنګ ووهه

queue-heading = د مشاور په انتظار کې
queue-position-announcement = { $position ->
    [1] بل وار ستا دی.
   *[other] په کتار کې ستا ځای: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] د انتظار وخت: شاوخوا { $minutes } دقیقه
   *[other] د انتظار وخت: شاوخوا { $minutes } دقیقې
}
queue-estimate-soon = د انتظار وخت: له یوې دقیقې کم
queue-estimate-unknown = لا نه پوهېږو چې څومره وخت به ونیسي.
queue-waiting-body = مهرباني وکړه، دلته انتظار وکړه. همدا اوس لیکلی شې چې د څه په اړه خبرې کول غواړې.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = همدا اوس دلته هېڅ مشاور نشته چې ستا په ژبه خبرې وکړي.
no-counsellor-next = یو څوک به بیا په دې وخت کې دلته وي: { $time }
no-counsellor-stay = په کتار کې پاتې کېدای شې. څنګه چې څوک راشي، ځواب به درکړو.
no-counsellor-other-languages = هغه مشاوران چې په دې ژبو خبرې کوي، اوس دلته دي:
no-counsellor-switch-button = په دې ژبه خبرې وکړه: { $language }
no-counsellor-phone = د ماشومانو د مرستې تلیفون ته هم وړیا زنګ وهلی شې:

chat-counsellor-label = مشاور
chat-you-label = ته
chat-message-input-label = ستا پیغام
chat-message-input-placeholder = دلته ولیکه…
chat-send-button = ولېږه
chat-end-button = خبرې ختمې کړه
chat-earlier-button = مخکني پیغامونه وښیه
chat-status-sending = لېږل کېږي…
chat-status-delivered = ورسېد
chat-status-read = ولوستل شو
chat-counsellor-typing = { $name } لیکي…

notice-counsellor-joined = { $name } اوس له تا سره خبرې کوي.
notice-ended-by-child = تا خبرې ختمې کړې.
notice-ended-by-counsellor = مشاور خبرې ختمې کړې.
notice-left-queue = ته یو څه وخت دلته نه وې، نو له کتاره ووتې. کولی شې نوې خبرې پیل کړې.
notice-language-changed = اوس د داسې مشاور په انتظار کې یې چې په دې ژبه خبرې کوي: { $language }
notice-counsellor-left = هغه څوک چې له تا سره یې مرسته کوله، مجبور شو چې لاړ شي. ته بیا په کتار کې یې، او د نویو خبرو څخه مخکې به ستا وار راشي.
notice-transferred = ستا مشاور ستا خبرې بل داسې چا ته سپاري چې له تا سره مرسته کولی شي. هغه کولی شي هغه څه ولولي چې تا لیکلي دي. مهرباني وکړه همدلته پاتې شه.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = یو ځای چې له تا سره مرسته کولی شي
referral-call = { $phone } ته زنګ ووهه
referral-website = د هغوی ویب پاڼه پرانیزه
referral-always-open = شپه او ورځ پرانیستی دی
referral-hours = د کار وخت: { $hours }

ended-heading = خبرې پای ته ورسېدې
ended-body = مننه چې موږ ته دې ولیکل. هر وخت چې وغواړې، بېرته راتلی شې.
ended-new-chat-button = نوې خبرې پیل کړه

rating-question = ایا دې خبرو له تا سره مرسته وکړه؟
rating-helped = هو
rating-somewhat = لږ
rating-not-helped = نه
rating-thanks = مننه چې موږ ته دې وویل.

connection-reconnecting = اړیکه پرې شوه. بیا هڅه کوو…
connection-elsewhere = دا خبرې اوس په بلې کړکۍ یا پاڼه کې خلاصې دي.

error-too-long = ستا پیغام ډېر اوږد دی. مهرباني وکړه لنډ یې کړه.
error-unknown-language = لا په دې ژبه خبرې نشو کولی. مهرباني وکړه بله ژبه غوره کړه.
error-generic = یوه ستونزه پیدا شوه. مهرباني وکړه بیا هڅه وکړه.

## Hostile input

error-control-character = ستا په پیغام کې یو پټ توری دی چې نه لېږل کېږي. مهرباني وکړه لرې یې کړه او بیا هڅه وکړه.
## Paused (blocked) page
paused-heading = خبرې اوس د یو څه وخت لپاره ودرول شوې دي
paused-body = ته کولی شې بیا په دې وخت کې موږ ته ولیکې: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = چټک وتل دا پاڼه بندوي، خو ستا د براوزر تاریخچه لا هم ښودلای شي چې ته دلته وې. د دې لپاره چې هیڅ نښه پاتې نه شي، دا پاڼه په یوې شخصي (پټې) کړکۍ کې پرانیزه.
