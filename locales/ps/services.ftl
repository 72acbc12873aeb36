# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – د ماشومانو د مرستې تلیفون
service-eu-116111-description = د اروپايي اتحادیې په ډېرو هېوادونو کې د ماشومانو لپاره وړیا د مرستې تلیفون. د هر هغه څه په اړه خبرې کولی شې چې ته پرې اندېښمن یې. د کار وختونه په هر هېواد کې توپیر لري.

service-eu-116000-name = 116 000 – ورک شوي ماشومان
service-eu-116000-description = د اروپايي اتحادیې په ډېرو هېوادونو کې وړیا شمېره، کله چې یو ماشوم ورک شي. زنګ ووهه که څوک ورک وي، یا که تا تېښته کړې وي او مرستې ته اړتیا لرې.

service-eu-112-name = 112 – بېړنۍ مرسته
service-eu-112-description = وړیا، شپه او ورځ، د اروپايي اتحادیې په هر هېواد کې. زنګ ووهه که ته یا بل څوک همدا اوس په خطر کې یاست.
