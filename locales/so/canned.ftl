# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Somali), awaiting review by a native speaker.

canned-greeting-welcome = Salaan, waxaan ahay { $name }. Waan ku faraxsanahay inaad noo soo qortay. Maxaad jeclaan lahayd inaan ka wada hadalno?
canned-greeting-take-time = Ha degdegin. Waxaad qori kartaa inta aad rabto, wax badan ama wax yar.
canned-greeting-anonymous = Uma baahnid inaad magacaaga ii sheegto. Waxaad qorto waxay ku koobnaanayaan labadeenna, marka laga reebo haddii aad khatar ku jirto.

canned-safety-safe-now = Hadda ma ammaan baad ku jirtaa?
canned-safety-hurt = Qof ma ku dhaawacay, mise waad dhaawacantay?
canned-safety-where = Ma joogtaa meel aad wax ku qori karto iyadoo aanay cidina arkayn?
canned-safety-emergency = Haddii aad hadda khatar ku jirto, wac 112. Waa bilaash, si dhakhso ahna way kuu soo diri karaan caawimaad.
canned-safety-thoughts = Mararka qaarkood dadku waxay dareemaan murugo aad u weyn, oo waxay ka fikiraan inay is-dhaawacaan ama inay dhintaan. Adigu mararka qaarkood ma yeeshaa fikrado caynkaas ah?

canned-waiting-moment = Fadlan wax yar sug, weli halkan ayaan joogaa.
canned-waiting-checking = Wax ayaan kuu hubinayaa. Dhawr daqiiqo kadib ayaan soo laabanayaa.
canned-waiting-still-there = Weli ma joogtaa? Ha degdegin, waan ku sugayaa.

canned-referral-offer = Waxaan aqaan meel kaa caawin karta arrintan. Ma kuu soo diraa macluumaadkooda?
canned-referral-card = Macluumaadkooda waan kuu soo diray. Markasta oo aad diyaar u tahay, waad wici kartaa ama waad furi kartaa bogooda internetka.
canned-referral-adult = Ma jiraa qof weyn oo aad aaminto oo halkaas kula tegi kara?

canned-closing-thanks = Waad ku mahadsan tahay inaad na aamintay. Geesinimo ayay ahayd inaad noo soo qorto.
canned-closing-come-back = Mar kasta waad noo soo qori kartaa. Halkan ayaan kuu joognaa.
canned-closing-goodbye = Hadda waan xirayaa wada-hadalka. Is-ilaali.
