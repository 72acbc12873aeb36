# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Sorgentelefon für Kinder
service-eu-116111-description = Ein kostenloses Sorgentelefon für Kinder in den meisten Ländern der EU. Du kannst über alles reden, was dir Sorgen macht. Wann es erreichbar ist, ist in jedem Land anders.

service-eu-116000-name = 116 000 – Vermisste Kinder
service-eu-116000-description = Eine kostenlose Nummer in den meisten Ländern der EU, wenn ein Kind vermisst wird. Ruf an, wenn jemand verschwunden ist oder wenn du weggelaufen bist und Hilfe brauchst.

service-eu-112-name = 112 – Notruf
service-eu-112-description = Kostenlos, Tag und Nacht, in jedem Land der EU. Ruf an, wenn du oder jemand anderes gerade in Gefahr ist.
