## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] তোমার ভাষায় কথা বলেন এমন কেউ এলে, লাইনে প্রথম পালা তোমার।
   *[other] তোমার ভাষায় কথা বলেন এমন কেউ এলে, লাইনে তোমার জায়গা: { $position }
}
queue-unstaffed-unknown = তোমার ভাষায় কথা বলেন এমন কেউ কখন এখানে থাকবেন, আমরা এখনও জানি না।
queue-unstaffed-reader = তুমি পড়তে পারো এমন অন্য একটি ভাষায় কথা বলেন এমন কেউ এখানে আছেন, তিনি হয়তো তোমাকে উত্তর দেবেন।
presence-counsellor-connection-lost = { $name }-এর সংযোগ বিচ্ছিন্ন হয়েছে। এখানেই থাকো: কয়েক মিনিটের মধ্যে ফিরে না এলে, পরের কাউন্সেলর তোমাকে উত্তর দেবেন।
