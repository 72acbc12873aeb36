# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Ligne d’écoute pour les enfants
service-eu-116111-description = Une ligne d’écoute gratuite pour les enfants, dans la plupart des pays de l’UE. Tu peux parler de tout ce qui t’inquiète. Les horaires dépendent du pays.

service-eu-116000-name = 116 000 – Enfants disparus
service-eu-116000-description = Un numéro gratuit, dans la plupart des pays de l’UE, quand un enfant a disparu. Appelle si quelqu’un a disparu, ou si tu as fugué et que tu as besoin d’aide.

service-eu-112-name = 112 – Urgences
service-eu-112-description = Gratuit, jour et nuit, dans tous les pays de l’UE. Appelle si toi ou quelqu’un d’autre êtes en danger maintenant.
