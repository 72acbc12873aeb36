## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] جب آپ کی زبان بولنے والا کوئی آئے گا، تو لائن میں پہلی باری آپ کی ہوگی۔
   *[other] جب آپ کی زبان بولنے والا کوئی آئے گا، تو لائن میں آپ کی جگہ: { $position }
}
queue-unstaffed-unknown = ہمیں ابھی معلوم نہیں کہ آپ کی زبان بولنے والا کوئی کب یہاں ہوگا۔
queue-unstaffed-reader = یہاں کوئی ہے جو ایک اور زبان بولتا ہے جو آپ پڑھ سکتے ہیں، اور وہ آپ کو جواب دے سکتا ہے۔
presence-counsellor-connection-lost = { $name } کا کنکشن ٹوٹ گیا۔ یہیں رہیں: اگر وہ چند منٹ میں واپس نہ آئیں تو اگلا کونسلر آپ کو جواب دے گا۔
