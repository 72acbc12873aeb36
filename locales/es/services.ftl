# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Línea de ayuda para niños y niñas
service-eu-116111-description = Una línea de ayuda gratuita para niños y niñas en la mayoría de los países de la UE. Puedes hablar de todo lo que te preocupa. El horario depende del país.

service-eu-116000-name = 116 000 – Niños y niñas desaparecidos
service-eu-116000-description = Un número gratuito en la mayoría de los países de la UE para cuando desaparece un niño o una niña. Llama si alguien ha desaparecido, o si te has escapado y necesitas ayuda.

service-eu-112-name = 112 – Emergencias
service-eu-112-description = Gratis, de día y de noche, en todos los países de la UE. Llama si estás en peligro ahora mismo, o si otra persona lo está.
