# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Kurmanji Kurdish), awaiting review by a native speaker.

canned-greeting-welcome = Silav, ez { $name } im. Kêfa min tê ku te ji me re nivîsî. Tu dixwazî li ser çi biaxivî?
canned-greeting-take-time = Lez neke. Tu dikarî çiqas bixwazî binivîsî, kêm an zêde.
canned-greeting-anonymous = Ne hewce ye ku tu navê xwe ji min re bibêjî. Tiştê ku tu dinivîsî di navbera me de dimîne, heta ku tu ne di xeterê de bî.

canned-safety-safe-now = Tu niha di ewlehiyê de yî?
canned-safety-hurt = Kesekî zirar da te, an tu birîndar î?
canned-safety-where = Tu li cihekî yî ku tu dikarî binivîsî bêyî ku kes bibîne?
canned-safety-emergency = Heke tu niha di xeterê de yî, li 112 bigere. Belaş e, û ew dikarin zû alîkariyê bişînin.
canned-safety-thoughts = Carinan mirov xwe ewqas xirab hîs dikin ku li ser zirardana xwe an li ser mirinê difikirin. Carinan ramanên weha tên serê te jî?

canned-waiting-moment = Ji kerema xwe hinekî bisekine, ez hê li vir im.
canned-waiting-checking = Ez ji bo te li tiştekî dinêrim. Ez ê di çend deqeyan de vegerim.
canned-waiting-still-there = Tu hê li vir î? Lez neke, ez li benda te me.

canned-referral-offer = Ez cihekî nas dikim ku dikare di vê yekê de alîkariya te bike. Ez agahiyên wan ji te re bişînim?
canned-referral-card = Min agahiyên wan ji te re şandin. Kengê ku tu amade bî, tu dikarî li wan bigerî an malpera wan vekî.
canned-referral-adult = Kesekî mezin heye ku tu jê bawer dikî û dikare bi te re biçe wir?

canned-closing-thanks = Spas ku te bawerî bi me anî. Te bi nivîsandinê wêrekî nîşan da.
canned-closing-come-back = Tu dikarî her gav dîsa ji me re binivîsî. Em li vir in ji bo te.
canned-closing-goodbye = Ez ê niha axaftinê biqedînim. Li xwe miqate be.
