# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Polish), awaiting review by a native speaker.

canned-greeting-welcome = Cześć, mam na imię { $name }. Cieszę się, że do nas piszesz. O czym chcesz porozmawiać?
canned-greeting-take-time = Nie spiesz się. Możesz napisać tyle, ile chcesz – dużo albo mało.
canned-greeting-anonymous = Nie musisz mi mówić, jak masz na imię. To, co piszesz, zostaje między nami, chyba że grozi ci niebezpieczeństwo.

canned-safety-safe-now = Czy jesteś teraz w bezpiecznym miejscu?
canned-safety-hurt = Czy ktoś zrobił ci krzywdę? Czy coś cię boli?
canned-safety-where = Czy jesteś w miejscu, gdzie możesz pisać i nikt tego nie widzi?
canned-safety-emergency = Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112. To nic nie kosztuje, a tam szybko wyślą pomoc.
canned-safety-thoughts = Czasem ludzie czują się tak źle, że myślą o zrobieniu sobie krzywdy albo o śmierci. Czy ty też czasem masz takie myśli?

canned-waiting-moment = Poczekaj chwilę, proszę. Cały czas tu jestem.
canned-waiting-checking = Sprawdzam coś dla ciebie. Wrócę za kilka minut.
canned-waiting-still-there = Czy nadal tu jesteś? Nie spiesz się, czekam.

canned-referral-offer = Znam miejsce, które może ci w tym pomóc. Czy mogę ci wysłać ich dane kontaktowe?
canned-referral-card = Masz już ode mnie ich dane kontaktowe. Możesz do nich zadzwonić albo otworzyć ich stronę, kiedy tylko zechcesz.
canned-referral-adult = Czy jest jakaś dorosła osoba, której ufasz i która mogłaby pójść tam z tobą?

canned-closing-thanks = Dziękujemy za zaufanie. Napisanie do nas wymagało odwagi.
canned-closing-come-back = Możesz do nas napisać jeszcze raz, kiedy tylko chcesz. Jesteśmy tu dla ciebie.
canned-closing-goodbye = Teraz zakończę rozmowę. Dbaj o siebie.
