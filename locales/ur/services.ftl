# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – بچوں کی ہیلپ لائن
service-eu-116111-description = یورپی یونین کے زیادہ تر ممالک میں بچوں کے لیے مفت ہیلپ لائن۔ جو بات بھی تمہیں پریشان کرتی ہے، اس پر یہاں بات ہو سکتی ہے۔ کھلنے کے اوقات ہر ملک میں مختلف ہوتے ہیں۔

service-eu-116000-name = 116 000 – لاپتہ بچے
service-eu-116000-description = یورپی یونین کے زیادہ تر ممالک میں مفت نمبر، جب کوئی بچہ لاپتہ ہو۔ اگر کوئی لاپتہ ہے، یا گھر سے بھاگنے کے بعد تمہیں مدد چاہیے، تو کال کرو۔

service-eu-112-name = 112 – ایمرجنسی
service-eu-112-description = مفت، دن رات، یورپی یونین کے ہر ملک میں۔ اگر تم یا کوئی اور ابھی خطرے میں ہے تو کال کرو۔
