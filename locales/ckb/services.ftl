# The EU-wide numbers of the referral directory, as a child reads them on a card.
# Reference: locales/en/services.ftl (its comment says what may and may not be claimed).

service-eu-116111-name = 116 111 – هێڵی یارمەتیی منداڵان
service-eu-116111-description = هێڵێکی یارمەتیی بەخۆڕایی بۆ منداڵان، لە زۆربەی وڵاتانی یەکێتیی ئەورووپا. دەتوانیت دەربارەی هەر شتێک کە نیگەرانت دەکات قسە بکەیت. کاتەکانی کارکردن لە هەر وڵاتێک جیاوازە.

service-eu-116000-name = 116 000 – منداڵانی ون‌بوو
service-eu-116000-description = ژمارەیەکی بەخۆڕایی لە زۆربەی وڵاتانی یەکێتیی ئەورووپا، کاتێک منداڵێک ون دەبێت. پەیوەندی بکە ئەگەر کەسێک ون بووە، یان ئەگەر هەڵاتوویت و پێویستت بە یارمەتییە.

service-eu-112-name = 112 – فریاکەوتن
service-eu-112-description = بەخۆڕایی، شەو و ڕۆژ، لە هەموو وڵاتانی یەکێتیی ئەورووپا. ئەگەر تۆ یان کەسێکی تر ئێستا لە مەترسیدان، پەیوەندی بکە.
