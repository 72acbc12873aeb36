## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] کاتێک کەسێک هات کە بە زمانی تۆ قسە دەکات، تۆ یەکەم کەسی ڕیزەکەیت.
   *[other] کاتێک کەسێک هات کە بە زمانی تۆ قسە دەکات، شوێنت لە ڕیزدا: { $position }
}
queue-unstaffed-unknown = هێشتا نازانین کەی کەسێک لێرە دەبێت کە بە زمانی تۆ قسە بکات.
queue-unstaffed-reader = کەسێک لێرەیە کە بە زمانێکی تر قسە دەکات کە تۆ دەیخوێنیتەوە، و لەوانەیە وەڵامت بداتەوە.
presence-counsellor-connection-lost = پەیوەندیی { $name } پچڕا. لێرە بمێنەوە: ئەگەر لە چەند خولەکێکدا نەگەڕایەوە، ڕاوێژکاری دواتر وەڵامت دەداتەوە.
