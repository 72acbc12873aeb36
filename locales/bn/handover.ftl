## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = তোমার জন্য একটা প্রশ্ন
handover-ask-body = { $counsellor } { $partner } নামের সাহায্যের লাইনকে তোমার কথা জানাতে চান। এই লাইন অন্য একটা দেশে শিশুদের সাহায্য করে ({ $countries })।
handover-ask-summary = তারা পাবে তুমি আমাদের যা বলেছ তার একটা ছোট সারাংশ।
handover-ask-summary-chat = তারা পাবে তুমি আমাদের যা বলেছ তার একটা ছোট সারাংশ, আর এই চ্যাটটা।
handover-ask-no = তুমি ‘না’ বলতে পারো। ‘না’ বললে এখানে কিছুই বদলাবে না: আমরা কথা চালিয়ে যাব।
handover-yes-button = হ্যাঁ
handover-summary-only-button = হ্যাঁ, কিন্তু আমাদের চ্যাট নয়
handover-no-button = না

# After the answer, until the case is sent.
handover-answered-yes = তুমি ‘হ্যাঁ’ বলেছ।
handover-answered-summary-only = তুমি ‘হ্যাঁ’ বলেছ, কিন্তু আমাদের চ্যাটের জন্য নয়।
handover-answered-no = তুমি ‘না’ বলেছ। আমরা এখানে কথা চালিয়ে যাচ্ছি।
handover-change-hint = পাঠানোর আগে পর্যন্ত তুমি তোমার উত্তর বদলাতে পারো।
handover-change-button = আমার উত্তর বদলাও

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = তুমি আমাদের যা বলেছ, তা { $partner } নামের সাহায্যের লাইনে পাঠানো হয়েছে ({ $countries })।
handover-sent-worried = তোমাকে জিজ্ঞেস না করেই আমরা এটা পাঠিয়েছি, কারণ তোমার নিরাপত্তা নিয়ে আমরা চিন্তিত।
handover-sent-summary = তারা একটা ছোট সারাংশ পেয়েছে।
handover-sent-summary-chat = তারা একটা ছোট সারাংশ আর এই চ্যাটটা পেয়েছে।

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = তোমাকে { $partner } নামের সাহায্যের লাইনের সঙ্গে যুক্ত করছি…
handover-connected = এখন তুমি { $partner } নামের সাহায্যের লাইনের সঙ্গে কথা বলছ।
handover-failed-heading = { $partner } নামের সাহায্যের লাইনে কথা চালিয়ে যাও
handover-failed-body = আমরা তোমাকে যুক্ত করতে পারিনি। নিচের লিংক দিয়ে ওদের পাতা খোলো, আর চালিয়ে যেতে সেখানে এই কোডটা লেখো।
handover-failed-link = { $partner } নামের সাহায্যের লাইনের পাতা খোলো
