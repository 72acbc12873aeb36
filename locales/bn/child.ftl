# Strings a child sees. Plain words a ten-year-old understands.
# Draft translation (Bengali), awaiting review by a native speaker.

page-title = Bridgeline – কারও সাথে কথা বলো
page-title-neutral = নোট
page-loading = লোড হচ্ছে…
page-needs-javascript = এই পেজ চালাতে JavaScript লাগে। তুমি যদি এখন বিপদে থাকো, 112-এ ফোন করো।

quick-exit-button = তাড়াতাড়ি বের হও
    .title = এখনই এই পেজ থেকে বের হও (Esc বোতাম)

language-switcher-label = ভাষা

intro-heading = এমন কারও সাথে কথা বলো, যে তোমার কথা মন দিয়ে শোনে
intro-body = তুমি নিজের ভাষায় আমাদের লিখতে পারো। তোমার নাম বলতে হবে না। তুমি যা লেখো, তা শুধু তোমার আর কাউন্সেলরের মধ্যে থাকে।
intro-quick-exit-hint = কেউ এলে Esc বোতাম বা “তাড়াতাড়ি বের হও” চাপো। পেজটা সঙ্গে সঙ্গে বন্ধ হয়ে যাবে।
intro-start-button = চ্যাট শুরু করো

intake-heading = শুরু করার আগে
intake-body = এই প্রশ্নগুলো তোমার জন্য ঠিক মানুষটাকে খুঁজে পেতে আমাদের সাহায্য করে। চাইলে তুমি এগুলো বাদ দিতে পারো।
intake-skip-button = বাদ দাও, চ্যাট শুরু করো
intake-continue-button = চ্যাট শুরু করো
intake-topic-question = কী নিয়ে কথা বলতে চাও? একটার বেশিও বেছে নিতে পারো।
intake-age-question = তোমার বয়স কত?
intake-languages-question = তুমি কি অন্য ভাষাও পড়তে পারো?
intake-country-question = তুমি এখন কোন দেশে আছো?
intake-country-none = আমি বলতে চাই না

topic-family = পরিবার
topic-friends = বন্ধুরা
topic-bullying = বুলিং, জ্বালাতন
topic-violence = কেউ আমাকে আঘাত করে
topic-feelings = মনের অনুভূতি আর দুশ্চিন্তা
topic-body = শরীর আর স্বাস্থ্য
topic-school = স্কুল বা কাজ
topic-love = প্রেম আর যৌনতা
topic-online = অনলাইনে কিছু একটা
topic-migration = কাগজপত্র, আশ্রয়ের আবেদন, এখানে নতুন আসা
topic-missing = কেউ হারিয়ে গেছে, বা আমি পালিয়ে এসেছি
topic-other = অন্য কিছু

age-under-10 = 10 বছরের কম
age-10-12 = 10 থেকে 12 বছর
age-13-15 = 13 থেকে 15 বছর
age-16-17 = 16 বা 17 বছর
age-18-plus = 18 বছর বা তার বেশি

danger-heading = এখনই কি বিপদে আছো?
danger-body = 112-এ ফোন করো। এতে কোনো টাকা লাগে না, আর ওরা সঙ্গে সঙ্গে সাহায্য করতে পারে।
danger-call-button = 112-এ ফোন করো

queue-heading = কাউন্সেলরের জন্য অপেক্ষা
queue-position-announcement = { $position ->
    [1] এরপরই তোমার পালা।
   *[other] লাইনে তোমার জায়গা: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] অপেক্ষার সময়: প্রায় { $minutes } মিনিট
   *[other] অপেক্ষার সময়: প্রায় { $minutes } মিনিট
}
queue-estimate-soon = অপেক্ষার সময়: এক মিনিটেরও কম
queue-estimate-unknown = কতক্ষণ লাগবে, আমরা এখনও বলতে পারছি না।
queue-waiting-body = এখানে একটু অপেক্ষা করো। কী নিয়ে কথা বলতে চাও, তা এখনই লিখে রাখতে পারো।

no-counsellor-heading = এখন তোমার ভাষায় কথা বলেন এমন কোনো কাউন্সেলর এখানে নেই।
no-counsellor-next = আবার কেউ এখানে থাকবেন: { $time }
no-counsellor-stay = তুমি লাইনে থাকতে পারো। কেউ এলেই আমরা উত্তর দেব।
no-counsellor-other-languages = এই ভাষাগুলোতে কথা বলেন এমন কাউন্সেলর এখন আছেন:
no-counsellor-switch-button = { $language } ভাষায় চ্যাট করো
no-counsellor-phone = তুমি শিশুদের হেল্পলাইনেও বিনা পয়সায় ফোন করতে পারো:

chat-counsellor-label = কাউন্সেলর
chat-you-label = তুমি
chat-message-input-label = তোমার মেসেজ
chat-message-input-placeholder = এখানে লেখো…
chat-send-button = পাঠাও
chat-end-button = চ্যাট শেষ করো
chat-earlier-button = আগের মেসেজ দেখাও
chat-status-sending = পাঠানো হচ্ছে…
chat-status-delivered = পৌঁছে গেছে
chat-status-read = পড়া হয়েছে
chat-counsellor-typing = { $name } লিখছেন…

notice-counsellor-joined = { $name } তোমার সাথে কথা বলতে এসেছেন।
notice-ended-by-child = তুমি চ্যাট শেষ করেছ।
notice-ended-by-counsellor = কাউন্সেলর চ্যাট শেষ করেছেন।
notice-left-queue = তুমি কিছুক্ষণ এখানে ছিলে না, তাই লাইন থেকে বেরিয়ে গেছ। তুমি নতুন চ্যাট শুরু করতে পারো।
notice-language-changed = এখন তুমি এমন একজন কাউন্সেলরের জন্য অপেক্ষা করছ, যিনি { $language } ভাষায় কথা বলেন।
notice-counsellor-left = যিনি তোমাকে সাহায্য করছিলেন, তাঁকে চলে যেতে হয়েছে। তুমি আবার লাইনে আছ, আর নতুন চ্যাটের আগে তোমার পালা আসবে।
notice-transferred = তোমার কাউন্সেলর তোমার চ্যাটটা এমন আরেকজনের কাছে দিচ্ছেন, যিনি তোমাকে সাহায্য করতে পারবেন। তুমি যা লিখেছ, তিনি তা পড়তে পারবেন। দয়া করে এখানেই থাকো।

# A card the counsellor sends: a service the child can call or visit.
referral-heading = এমন একটা জায়গা, যেখানে তুমি সাহায্য পাবে
referral-call = ফোন করো: { $phone }
referral-website = ওদের ওয়েবসাইট খোলো
referral-always-open = দিনরাত খোলা
referral-hours = খোলা থাকে: { $hours }

ended-heading = চ্যাট শেষ হয়েছে
ended-body = আমাদের লেখার জন্য ধন্যবাদ। তুমি যেকোনো সময় আবার আসতে পারো।
ended-new-chat-button = নতুন চ্যাট শুরু করো

rating-question = এই চ্যাট কি তোমাকে সাহায্য করেছে?
rating-helped = হ্যাঁ
rating-somewhat = একটু
rating-not-helped = না
rating-thanks = আমাদের জানানোর জন্য ধন্যবাদ।

connection-reconnecting = সংযোগ কেটে গেছে। আবার চেষ্টা করছি…
connection-elsewhere = এই চ্যাট এখন অন্য একটা উইন্ডো বা ট্যাবে খোলা আছে।

error-too-long = তোমার মেসেজ খুব লম্বা। একটু ছোট করো।
error-unknown-language = এই ভাষায় আমরা এখনও চ্যাট করতে পারি না। অন্য একটা ভাষা বেছে নাও।
error-generic = কিছু একটা সমস্যা হয়েছে। আবার চেষ্টা করো।

## Hostile input

error-control-character = তোমার মেসেজে একটা লুকানো চিহ্ন আছে যা পাঠানো যায় না। সেটা মুছে আবার চেষ্টা করো।
## Paused (blocked) page
paused-heading = চ্যাট এখন কিছুক্ষণের জন্য থেমে আছে
paused-body = তুমি আবার আমাদের লিখতে পারবে: { $time }

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = দ্রুত প্রস্থান এই পাতাটি বন্ধ করে দেয়, কিন্তু তোমার ব্রাউজারের ইতিহাসে তবুও দেখা যেতে পারে যে তুমি এখানে ছিলে। কোনো চিহ্ন না রাখতে, এই পাতাটি একটি প্রাইভেট (ইনকগনিটো) উইন্ডোতে খোলো।
