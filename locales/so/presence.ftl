## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Marka uu yimaado qof ku hadla luqaddaada, adiga ayaa ugu horreeya safka.
   *[other] Marka uu yimaado qof ku hadla luqaddaada, kaalintaada safka: { $position }
}
queue-unstaffed-unknown = Weli ma naqaanno goorta uu halkan joogi doono qof ku hadla luqaddaada.
queue-unstaffed-reader = Halkan waxaa jooga qof ku hadla luqad kale oo aad akhrin karto, wuuna kuu jawaabi karaa.
presence-counsellor-connection-lost = Xiriirka { $name } wuu go'ay. Halkan joog: haddii uusan ku soo laaban dhowr daqiiqo gudahood, la-taliyaha xiga ayaa kuu jawaabi doona.
