# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Linia de ajutor pentru copii
service-eu-116111-description = O linie de ajutor gratuită pentru copii, în majoritatea țărilor din UE. Poți vorbi despre orice te îngrijorează. Programul diferă de la o țară la alta.

service-eu-116000-name = 116 000 – Copii dispăruți
service-eu-116000-description = Un număr gratuit, în majoritatea țărilor din UE, pentru când un copil a dispărut. Sună dacă cineva a dispărut sau dacă ai fugit și ai nevoie de ajutor.

service-eu-112-name = 112 – Urgențe
service-eu-112-description = Gratuit, zi și noapte, în toate țările din UE. Sună dacă tu sau altcineva sunteți în pericol acum.
