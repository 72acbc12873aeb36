# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – শিশুদের হেল্পলাইন
service-eu-116111-description = ইউরোপীয় ইউনিয়নের বেশিরভাগ দেশে শিশুদের জন্য বিনা পয়সার হেল্পলাইন। যা কিছু তোমাকে চিন্তায় ফেলে, সব নিয়ে কথা বলতে পারো। কখন খোলা থাকে, তা দেশ অনুযায়ী আলাদা।

service-eu-116000-name = 116 000 – হারিয়ে যাওয়া শিশু
service-eu-116000-description = ইউরোপীয় ইউনিয়নের বেশিরভাগ দেশে বিনা পয়সার নম্বর, যখন কোনো শিশু হারিয়ে যায়। কেউ হারিয়ে গেলে, বা তুমি পালিয়ে এসে সাহায্য চাইলে ফোন করো।

service-eu-112-name = 112 – জরুরি সাহায্য
service-eu-112-description = বিনা পয়সায়, দিনরাত, ইউরোপীয় ইউনিয়নের প্রতিটি দেশে। তুমি বা অন্য কেউ এখনই বিপদে থাকলে ফোন করো।
