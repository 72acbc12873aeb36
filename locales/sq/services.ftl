# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Linja e ndihmës për fëmijët
service-eu-116111-description = Linjë ndihme falas për fëmijët, në shumicën e vendeve të BE-së. Mund të flasësh për çdo gjë që të shqetëson. Orari ndryshon nga një vend në tjetrin.

service-eu-116000-name = 116 000 – Fëmijë të zhdukur
service-eu-116000-description = Numër falas në shumicën e vendeve të BE-së, kur një fëmijë zhduket. Telefono nëse dikush është zhdukur, ose nëse ke ikur dhe ke nevojë për ndihmë.

service-eu-112-name = 112 – Urgjenca
service-eu-112-description = Falas, ditë e natë, në çdo vend të BE-së. Telefono nëse ti ose dikush tjetër jeni në rrezik tani.
