## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] کله چې څوک راشي چې ستا په ژبه خبرې کوي، په کتار کې به ستا وار لومړی وي.
   *[other] کله چې څوک راشي چې ستا په ژبه خبرې کوي، په کتار کې ستا ځای: { $position }
}
queue-unstaffed-unknown = موږ لا نه پوهېږو چې څوک به کله دلته وي چې ستا په ژبه خبرې کوي.
queue-unstaffed-reader = دلته یو څوک شته چې په بله داسې ژبه خبرې کوي چې ته یې لوستلای شې، او ښايي ځواب درکړي.
presence-counsellor-connection-lost = د { $name } اړیکه پرې شوه. همدلته پاتې شه: که په څو دقیقو کې بېرته رانشي، بل مشاور به ځواب درکړي.
