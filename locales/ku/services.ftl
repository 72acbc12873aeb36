# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Xeta alîkariyê ya zarokan
service-eu-116111-description = Xeteke alîkariyê ya belaş ji bo zarokan, li piraniya welatên Yekîtiya Ewropayê. Tu dikarî li ser her tiştê ku te xemgîn dike biaxivî. Demên vebûnê li gorî welat diguherin.

service-eu-116000-name = 116 000 – Zarokên winda
service-eu-116000-description = Hejmareke belaş li piraniya welatên Yekîtiya Ewropayê, dema ku zarokek winda dibe. Bigere eger kesek winda ye, an eger tu reviyayî û alîkarî ji te re lazim e.

service-eu-112-name = 112 – Acîl
service-eu-112-description = Belaş, şev û roj, li her welatekî Yekîtiya Ewropayê. Bigere eger tu an kesekî din niha di xeterê de ne.
