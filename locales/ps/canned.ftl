# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Pashto), awaiting review by a native speaker.

canned-greeting-welcome = سلام، زه { $name } یم. ښه دی چې موږ ته دې ولیکل. غواړې د څه په اړه خبرې وکړو؟
canned-greeting-take-time = بېړه مه کوه. څومره چې غواړې، لږ یا ډېر، لیکلی شې.
canned-greeting-anonymous = اړتیا نشته چې خپل نوم راته ووایې. څه چې لیکې، زموږ ترمنځ پاتې کېږي، مګر دا چې ته په خطر کې یې.

canned-safety-safe-now = ایا همدا اوس په امن کې یې؟
canned-safety-hurt = ایا چا درته زیان رسولی دی، یا کوم ځای دې ټپي دی؟
canned-safety-where = ایا په داسې ځای کې یې چې لیکلی شې او هېڅوک یې نه ویني؟
canned-safety-emergency = که همدا اوس په خطر کې یې، 112 ته زنګ ووهه. وړیا دی، او ژر مرسته درلېږلی شي.
canned-safety-thoughts = کله کله خلک دومره خپه وي چې ځان ته د زیان رسولو یا د مړینې په اړه فکر کوي. ایا ته هم کله کله داسې فکرونه لرې؟

canned-waiting-moment = مهرباني وکړه لږ صبر وکړه، زه لا دلته یم.
canned-waiting-checking = ستا لپاره یو شی ګورم. څو دقیقې وروسته بېرته راځم.
canned-waiting-still-there = ایا لا دلته یې؟ بېړه مه کوه، زه ستا انتظار کوم.

canned-referral-offer = یو ځای پېژنم چې په دې کې له تا سره مرسته کولی شي. ایا د هغوی معلومات درولېږم؟
canned-referral-card = د هغوی معلومات مې درولېږل. هر وخت چې وغواړې، هغوی ته زنګ وهلی شې یا د هغوی ویب پاڼه پرانیستلی شې.
canned-referral-adult = ایا کوم لوی کس شته چې پر هغه باور لرې او له تا سره هلته تللی شي؟

canned-closing-thanks = مننه چې پر موږ دې باور وکړ. لیکل دې د زړورتیا کار و.
canned-closing-come-back = هر وخت چې وغواړې، بیا موږ ته لیکلی شې. موږ ستا لپاره دلته یو.
canned-closing-goodbye = اوس خبرې ختموم. د ځان پام کوه.
