# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Sorani Kurdish), awaiting review by a native speaker.

canned-greeting-welcome = سڵاو، من { $name }، زۆر خۆشحاڵم کە بۆمان نووسیت. حەز دەکەیت دەربارەی چی قسە بکەین؟
canned-greeting-take-time = پەلە مەکە. دەتوانیت چەندت بوێت بنووسیت، کەم یان زۆر.
canned-greeting-anonymous = پێویست ناکات ناوی خۆتم پێ بڵێیت. ئەوەی دەینووسیت لە نێوان خۆماندا دەمێنێتەوە، مەگەر لە مەترسیدا بیت.

canned-safety-safe-now = ئایا ئێستا سەلامەتیت؟
canned-safety-hurt = ئایا کەسێک ئازاری داویت، یان بریندار بوویت؟
canned-safety-where = ئایا لە شوێنێکدایت کە بتوانیت بنووسیت بەبێ ئەوەی کەس بیبینێت؟
canned-safety-emergency = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە 112 بکە. بەخۆڕاییە، و دەتوانن بە خێرایی یارمەتی بنێرن.
canned-safety-thoughts = هەندێک جار خەڵک ئەوەندە هەستی خراپیان هەیە کە بیر لە ئازاردانی خۆیان یان لە مردن دەکەنەوە. ئایا تۆش هەندێک جار بیری وات بۆ دێت؟

canned-waiting-moment = تکایە کەمێک چاوەڕێ بکە، من هێشتا لێرەم.
canned-waiting-checking = شتێک بۆ تۆ دەپشکنم. چەند خولەکێکی تر دەگەڕێمەوە.
canned-waiting-still-there = هێشتا لێرەیت؟ پەلە مەکە، من چاوەڕێتم.

canned-referral-offer = شوێنێک دەناسم کە دەتوانێت لەم بارەیەوە یارمەتیت بدات. زانیاریی پەیوەندییانت بۆ بنێرم؟
canned-referral-card = زانیاریی پەیوەندییانم بۆ ناردیت. هەر کاتێک ئامادە بوویت، دەتوانیت پەیوەندییان پێوە بکەیت یان ماڵپەڕەکەیان بکەیتەوە.
canned-referral-adult = ئایا کەسێکی گەورە هەیە کە متمانەت پێی هەبێت و بتوانێت لەگەڵت بێتە ئەوێ؟

canned-closing-thanks = سوپاس کە متمانەت پێمان کرد. نووسینت بۆ ئێمە کارێکی ئازایانە بوو.
canned-closing-come-back = هەر کاتێک بتەوێت، دەتوانیت دیسان بۆمان بنووسیت. ئێمە لێرەین بۆ تۆ.
canned-closing-goodbye = ئێستا گفتوگۆکە کۆتایی پێ دەهێنم. ئاگات لە خۆت بێت.
