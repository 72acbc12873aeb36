# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Hulplijn voor kinderen
service-eu-116111-description = Een gratis hulplijn voor kinderen in de meeste landen van de EU. Je kunt praten over alles waar je je zorgen over maakt. Wanneer hij open is, verschilt per land.

service-eu-116000-name = 116 000 – Vermiste kinderen
service-eu-116000-description = Een gratis nummer in de meeste landen van de EU voor als een kind vermist is. Bel als iemand vermist is, of als je bent weggelopen en hulp nodig hebt.

service-eu-112-name = 112 – Noodnummer
service-eu-112-description = Gratis, dag en nacht, in elk land van de EU. Bel als jij of iemand anders nu in gevaar is.
