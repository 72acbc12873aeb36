## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = دەتەوێت دواتر بگەڕێیتەوە؟ بە کۆدی گەڕانەوە دەتوانیت ئەم گفتوگۆیە دووبارە بخوێنیتەوە.
codes-take-button = کۆدی گەڕانەوە وەربگرە
codes-your-code = کۆدی گەڕانەوەکەت
codes-write-down = بینووسە یان لە بیرت بێت. ئێمە لە هیچ شوێنێک هەڵیناگرین و ناتوانین دووبارە پیشانت بدەینەوە.
codes-secret = بە نهێنی بیهێڵەوە: هەر کەسێک هەیبێت دەتوانێت گفتوگۆکانت بخوێنێتەوە.
codes-what-for = بەم کۆدە دەتوانیت بگەڕێیتەوە: بۆ لای هەمان ڕاوێژکار ئەگەر لێرە بێت، بۆ خوێندنەوەی گفتوگۆکانت، یان بۆ سڕینەوەی هەموو شتێک.
codes-done-button = نووسیمەوە. کۆدەکە بشارەوە

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = دەتوانیت لە جیاتی چاوەڕوانی نامەیەک بەجێ بهێڵیت
codes-leave-body = ئەوەی دەتەوێت پێمان بڵێیت لە خوارەوە بینووسە و بینێرە. پاشان «نامەکەم بەجێ بهێڵە» دابگرە. کەسێک دواتر وەڵامت دەداتەوە.
codes-leave-button = نامەکەم بەجێ بهێڵە
codes-left-heading = نامەکەت بەجێ هێڵرا
codes-left-body = ڕاوێژکارێک دەیخوێنێتەوە و وەڵامت دەداتەوە.
codes-left-come-back = بە کۆدی گەڕانەوەکەت وەرەوە بۆ خوێندنەوەی وەڵامەکە.
codes-left-add = هێشتا دەتوانیت لە خوارەوە شتی تر زیاد بکەیت.

# Coming back with a code, on the first screen.
codes-have-code-button = کۆدی گەڕانەوەم هەیە
codes-back-heading = بەخێربێیتەوە
codes-back-body = ئەو کۆدی گەڕانەوەیە بنووسە کە وەرتگرت. ١٢ ژمارەی هەیە.
codes-code-label = کۆدی گەڕانەوە
codes-open-button = گفتوگۆکانم بکەرەوە
codes-back-button = گەڕانەوە
codes-case-heading = گفتوگۆ پێشووەکانت
codes-case-body = دەست لە گفتوگۆیەک بدە بۆ ئەوەی دووبارە بیخوێنیتەوە.
codes-case-empty = هیچ گفتوگۆیەک نییە بۆ پیشاندان.
codes-chat-with = ڕاوێژکار: { $name }
codes-chat-unanswered = هێشتا وەڵام نەدراوەتەوە
codes-chat-left-message = نامەیەک کە بەجێت هێشت
codes-chat-not-kept = ئیتر هەڵنەگیراوە
codes-chat-now-button = ئێستا گفتوگۆ بکە
codes-read-heading = گفتوگۆیەکی پێشوو
codes-back-to-list-button = گەڕانەوە بۆ گفتوگۆکانم
codes-erase-button = هەموو شتێک بسڕەوە
codes-erase-heading = هەموو شتێک بسڕدرێتەوە؟
codes-erase-body = هەموو گفتوگۆکانت لەگەڵ ئێمە دەسڕدرێنەوە و کۆدی گەڕانەوەکەت ئیتر کار ناکات. کەس ناتوانێت بیانگەڕێنێتەوە.
codes-erase-yes-button = بەڵێ، هەموو شتێک بسڕەوە
codes-erase-no-button = نەخێر، گفتوگۆکانم بهێڵەوە
codes-erased-heading = هەموو شتێک سڕایەوە
codes-erased-body = گفتوگۆکانت سڕانەوە و کۆدی گەڕانەوەکەت ئیتر کار ناکات.
codes-erased-button = گەڕانەوە بۆ سەرەتا

codes-error-wrong = ئەم کۆدە کار ناکات. ژمارەکان بپشکنە و دووبارە هەوڵ بدەرەوە.
codes-error-too-many = کۆدی هەڵەی زۆر. لەم کاتەدا دووبارە هەوڵ بدەرەوە: { $time }
codes-error-chat-live = گفتوگۆیەک هێشتا بەردەوامە. سەرەتا کۆتایی پێ بهێنە، پاشان دەتوانیت هەموو شتێک بسڕیتەوە.
