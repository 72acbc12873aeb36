# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Albanian), awaiting review by a native speaker.

canned-greeting-welcome = Përshëndetje, unë jam { $name }. Më vjen mirë që na shkruan. Për çfarë do të doje të flasim?
canned-greeting-take-time = Mos u nxito. Mund të shkruash sa të duash, shumë ose pak.
canned-greeting-anonymous = Nuk ke nevojë të më thuash emrin. Ato që shkruan mbeten mes nesh, përveç nëse je në rrezik.

canned-safety-safe-now = A je në siguri tani?
canned-safety-hurt = A të ka lënduar dikush? A të dhemb diçka?
canned-safety-where = A je diku ku mund të shkruash pa të parë njeri?
canned-safety-emergency = Nëse je në rrezik tani, telefono 112. Është falas dhe mund të dërgojnë ndihmë shpejt.
canned-safety-thoughts = Ndonjëherë njerëzit ndihen aq keq sa mendojnë të lëndojnë veten ose të vdesin. A ke edhe ti ndonjëherë mendime të tilla?

canned-waiting-moment = Të lutem, prit pak, jam ende këtu.
canned-waiting-checking = Po kontrolloj diçka për ty. Kthehem pas disa minutash.
canned-waiting-still-there = A je ende këtu? Mos u nxito, po të pres.

canned-referral-offer = Njoh një vend që mund të të ndihmojë për këtë. A mund të të dërgoj të dhënat e tyre?
canned-referral-card = Të dërgova të dhënat e tyre. Mund t’i telefonosh ose të hapësh faqen e tyre të internetit kurdo që të duash.
canned-referral-adult = A ka ndonjë të rritur që i beson dhe që mund të vijë atje me ty?

canned-closing-thanks = Faleminderit që na besove. Duhej guxim për të na shkruar.
canned-closing-come-back = Mund të na shkruash përsëri kurdo. Jemi këtu për ty.
canned-closing-goodbye = Tani do ta mbyll bisedën. Kujdesu për veten.
