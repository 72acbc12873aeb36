# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – Khadka caawinta carruurta
service-eu-116111-description = Khad caawin oo bilaash ah oo carruurta loogu talagalay, waddamada Midowga Yurub intooda badan. Waxaad ka hadli kartaa wax kasta oo ku walwaliya. Saacadaha uu furan yahay way kala duwan yihiin waddan ilaa waddan.

service-eu-116000-name = 116 000 – Carruurta maqan
service-eu-116000-description = Lambar bilaash ah oo ku jira waddamada Midowga Yurub intooda badan, marka ilmo maqan yahay. Wac haddii qof maqan yahay, ama haddii aad carartay oo aad caawimaad u baahan tahay.

service-eu-112-name = 112 – Gurmad degdeg ah
service-eu-112-description = Bilaash, habeen iyo maalin, waddan kasta oo Midowga Yurub ah. Wac haddii adiga ama qof kale hadda khatar ku jirtaan.
