# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Дитяча гаряча лінія
service-eu-116111-description = Безкоштовна гаряча лінія для дітей у більшості країн ЄС. Можна поговорити про все, що тебе турбує. Час роботи залежить від країни.

service-eu-116000-name = 116 000 – Зниклі діти
service-eu-116000-description = Безкоштовний номер у більшості країн ЄС на випадок, коли зникла дитина. Телефонуй, якщо хтось зник або якщо після втечі з дому тобі потрібна допомога.

service-eu-112-name = 112 – Екстрена допомога
service-eu-112-description = Безкоштовно, вдень і вночі, у кожній країні ЄС. Телефонуй, якщо тобі або комусь іншому зараз загрожує небезпека.
