# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Telefon zaufania dla dzieci
service-eu-116111-description = Bezpłatny telefon zaufania dla dzieci w większości krajów UE. Możesz porozmawiać o wszystkim, co cię martwi. Godziny pracy zależą od kraju.

service-eu-116000-name = 116 000 – Zaginione dzieci
service-eu-116000-description = Bezpłatny numer w większości krajów UE, gdy zaginie dziecko. Zadzwoń, jeśli ktoś zaginął albo jeśli po ucieczce z domu potrzebujesz pomocy.

service-eu-112-name = 112 – Numer alarmowy
service-eu-112-description = Bezpłatnie, w dzień i w nocy, w każdym kraju UE. Zadzwoń, jeśli tobie albo komuś innemu grozi teraz niebezpieczeństwo.
