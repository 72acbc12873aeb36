# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Детский телефон доверия
service-eu-116111-description = Бесплатный телефон доверия для детей в большинстве стран ЕС. Можно поговорить обо всём, что тебя беспокоит. Часы работы зависят от страны.

service-eu-116000-name = 116 000 – Пропавшие дети
service-eu-116000-description = Бесплатный номер в большинстве стран ЕС на случай, если пропал ребёнок. Звони, если кто-то пропал или если после побега из дома тебе нужна помощь.

service-eu-112-name = 112 – Экстренная помощь
service-eu-112-description = Бесплатно, днём и ночью, в любой стране ЕС. Звони, если тебе или кому-то другому сейчас угрожает опасность.
