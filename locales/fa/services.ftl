# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – خط کمک به کودکان
service-eu-116111-description = خط تلفن رایگان کمک به کودکان در بیشتر کشورهای اتحادیه اروپا. می‌توانی درباره هر چیزی که نگرانت می‌کند حرف بزنی. ساعت کارش در هر کشور فرق دارد.

service-eu-116000-name = 116 000 – کودکان گمشده
service-eu-116000-description = شماره‌ای رایگان در بیشتر کشورهای اتحادیه اروپا، برای وقتی که کودکی گم شده است. اگر کسی گم شده، یا اگر فرار کرده‌ای و کمک لازم داری، زنگ بزن.

service-eu-112-name = 112 – اورژانس
service-eu-112-description = رایگان، شب و روز، در همه کشورهای اتحادیه اروپا. اگر تو یا کس دیگری همین حالا در خطر هستید، زنگ بزن.
