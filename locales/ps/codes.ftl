## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = غواړې چې وروسته بېرته راشې؟ د بېرته راتګ کوډ سره دا خبرې بیا لوستلی شې.
codes-take-button = د بېرته راتګ کوډ واخله
codes-your-code = ستا د بېرته راتګ کوډ
codes-write-down = ویې لیکه یا یې په یاد وساته. موږ یې هېچېرې نه ساتو او بیا یې تاته نشو ښودلی.
codes-secret = پټ یې وساته: هر څوک چې دا ولري ستا خبرې لوستلی شي.
codes-what-for = په دې سره بېرته راتلی شې: همغه مشاور ته که دلته وي، خپلې خبرې بیا لوستلو ته، یا د هر څه پاکولو ته.
codes-done-button = ما ولیکه. کوډ پټ کړه

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = د انتظار پر ځای پیغام پرېښودلی شې
codes-leave-body = لاندې هغه څه ولیکه چې غواړې موږ ته یې ووایې او ویې لېږه. بیا «زما پیغام پرېږده» کېکاږه. یو څوک به وروسته ځواب درکړي.
codes-leave-button = زما پیغام پرېږده
codes-left-heading = ستا پیغام پرېښودل شو
codes-left-body = یو مشاور به یې ولولي او ځواب به درکړي.
codes-left-come-back = د ځواب لوستلو لپاره د خپل بېرته راتګ کوډ سره راشه.
codes-left-add = لاندې لا هم نور څه ورزیاتولی شې.

# Coming back with a code, on the first screen.
codes-have-code-button = زه د بېرته راتګ کوډ لرم
codes-back-heading = ښه راغلې بېرته
codes-back-body = هغه د بېرته راتګ کوډ ولیکه چې تا اخیستی. ۱۲ عددونه لري.
codes-code-label = د بېرته راتګ کوډ
codes-open-button = زما خبرې پرانیزه
codes-back-button = شاته
codes-case-heading = ستا پخوانۍ خبرې
codes-case-body = پر یوې خبرې ټک وهه چې بیا یې ولولې.
codes-case-empty = د ښودلو لپاره هېڅ خبرې نشته.
codes-chat-with = مشاور: { $name }
codes-chat-unanswered = لا ځواب نه دی ورکړل شوی
codes-chat-left-message = یو پیغام چې تا پرېښود
codes-chat-not-kept = نور نه ساتل کېږي
codes-chat-now-button = اوس خبرې وکړه
codes-read-heading = یوه پخوانۍ خبره
codes-back-to-list-button = زما خبرو ته بېرته
codes-erase-button = هر څه پاک کړه
codes-erase-heading = هر څه پاک شي؟
codes-erase-body = زموږ سره ستا ټولې خبرې به پاکې شي، او ستا د بېرته راتګ کوډ به نور کار ونکړي. هېڅوک یې بېرته نشي راوستلی.
codes-erase-yes-button = هو، هر څه پاک کړه
codes-erase-no-button = نه، زما خبرې وساته
codes-erased-heading = هر څه پاک شول
codes-erased-body = ستا خبرې پاکې شوې او ستا د بېرته راتګ کوډ نور کار نه کوي.
codes-erased-button = پیل ته بېرته

codes-error-wrong = دا کوډ کار نه کوي. عددونه وګوره او بیا هڅه وکړه.
codes-error-too-many = ډېر غلط کوډونه. په دې وخت کې بیا هڅه وکړه: { $time }
codes-error-chat-live = یوه خبره لا روانه ده. لومړی یې پای ته ورسوه، بیا هر څه پاکولی شې.
