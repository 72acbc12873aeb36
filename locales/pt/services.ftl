# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Linha de apoio às crianças
service-eu-116111-description = Uma linha de apoio gratuita para crianças na maioria dos países da UE. Podes falar de tudo o que te preocupa. O horário depende do país.

service-eu-116000-name = 116 000 – Crianças desaparecidas
service-eu-116000-description = Um número gratuito na maioria dos países da UE para quando uma criança desaparece. Liga se alguém desapareceu, ou se fugiste e precisas de ajuda.

service-eu-112-name = 112 – Emergência
service-eu-112-description = Grátis, de dia e de noite, em todos os países da UE. Liga se tu ou outra pessoa estiverem em perigo agora.
