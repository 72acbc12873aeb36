# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Çocuk yardım hattı
service-eu-116111-description = AB ülkelerinin çoğunda çocuklar için ücretsiz yardım hattı. Seni endişelendiren her şey hakkında konuşabilirsin. Açık olduğu saatler ülkeye göre değişir.

service-eu-116000-name = 116 000 – Kayıp çocuklar
service-eu-116000-description = AB ülkelerinin çoğunda, bir çocuk kaybolduğunda aranan ücretsiz numara. Biri kayıpsa ya da kaçtıysan ve yardıma ihtiyacın varsa ara.

service-eu-112-name = 112 – Acil çağrı
service-eu-112-description = Ücretsiz, gece gündüz, her AB ülkesinde. Sen ya da başka biri şu anda tehlikedeyse ara.
