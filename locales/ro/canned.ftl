# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Romanian), awaiting review by a native speaker.

canned-greeting-welcome = Bună, eu sunt { $name }. Mă bucur că ne-ai scris. Despre ce ai vrea să vorbim?
canned-greeting-take-time = Nu te grăbi. Poți să scrii cât de mult sau cât de puțin vrei.
canned-greeting-anonymous = Nu trebuie să-mi spui cum te cheamă. Ce scrii rămâne între noi, în afară de cazul în care ești în pericol.

canned-safety-safe-now = Ești în siguranță acum?
canned-safety-hurt = Ți-a făcut cineva rău? Te doare ceva?
canned-safety-where = Ești într-un loc unde poți să scrii fără să vadă nimeni?
canned-safety-emergency = Dacă ești în pericol chiar acum, sună la 112. E gratuit și pot trimite repede ajutor.
canned-safety-thoughts = Uneori oamenii se simt atât de rău încât se gândesc să-și facă rău sau să moară. Ai și tu uneori gânduri de felul acesta?

canned-waiting-moment = Te rog, așteaptă puțin. Sunt tot aici.
canned-waiting-checking = Verific ceva pentru tine. Revin în câteva minute.
canned-waiting-still-there = Mai ești aici? Nu te grăbi, te aștept.

canned-referral-offer = Știu un loc care te poate ajuta cu asta. Pot să-ți trimit datele lor de contact?
canned-referral-card = Ți-am trimis datele lor de contact. Poți să-i suni sau să deschizi site-ul lor oricând vrei.
canned-referral-adult = Există o persoană adultă în care ai încredere și care ar putea merge acolo cu tine?

canned-closing-thanks = Îți mulțumim pentru încredere. Ai avut curaj să ne scrii.
canned-closing-come-back = Ne poți scrie din nou oricând. Suntem aici pentru tine.
canned-closing-goodbye = Acum voi încheia discuția. Ai grijă de tine.
