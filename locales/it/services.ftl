# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Linea d’ascolto per bambini e ragazzi
service-eu-116111-description = Una linea d’ascolto gratuita per bambini e ragazzi nella maggior parte dei paesi dell’UE. Puoi parlare di tutto quello che ti preoccupa. Gli orari cambiano da paese a paese.

service-eu-116000-name = 116 000 – Bambini scomparsi
service-eu-116000-description = Un numero gratuito nella maggior parte dei paesi dell’UE, per quando un bambino scompare. Chiama se qualcuno è scomparso, oppure se hai lasciato casa e ti serve aiuto.

service-eu-112-name = 112 – Emergenze
service-eu-112-description = Gratis, giorno e notte, in tutti i paesi dell’UE. Chiama se tu o un’altra persona siete in pericolo adesso.
