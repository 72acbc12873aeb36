## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = পরে আবার আসতে চাও? একটা ফেরার কোড থাকলে তুমি এই চ্যাটটা আবার পড়তে পারবে।
codes-take-button = ফেরার কোড নাও
codes-your-code = তোমার ফেরার কোড
codes-write-down = এটা লিখে রাখো বা মনে রাখো। আমরা এটা কোথাও রাখি না, আর তোমাকে আবার দেখাতে পারব না।
codes-secret = এটা গোপন রাখো: যার কাছে এটা থাকবে সে তোমার চ্যাট পড়তে পারবে।
codes-what-for = এটা দিয়ে তুমি ফিরে আসতে পারো: একই কাউন্সেলরের কাছে যদি তিনি থাকেন, তোমার চ্যাট আবার পড়তে, বা সব মুছে ফেলতে।
codes-done-button = লিখে রেখেছি। কোড লুকাও

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = অপেক্ষা না করে তুমি একটা বার্তা রেখে যেতে পারো
codes-leave-body = নিচে লেখো তুমি আমাদের কী বলতে চাও, আর পাঠাও। তারপর “আমার বার্তা রেখে যাও” চাপো। পরে কেউ তোমাকে উত্তর দেবে।
codes-leave-button = আমার বার্তা রেখে যাও
codes-left-heading = তোমার বার্তা রাখা হয়েছে
codes-left-body = একজন কাউন্সেলর এটা পড়ে উত্তর দেবেন।
codes-left-come-back = উত্তর পড়তে তোমার ফেরার কোড নিয়ে আবার এসো।
codes-left-add = তুমি এখনও নিচে আরও লিখতে পারো।

# Coming back with a code, on the first screen.
codes-have-code-button = আমার কাছে ফেরার কোড আছে
codes-back-heading = আবার স্বাগতম
codes-back-body = তুমি যে ফেরার কোড পেয়েছিলে সেটা লেখো। এতে 12টা সংখ্যা আছে।
codes-code-label = ফেরার কোড
codes-open-button = আমার চ্যাটগুলো খোলো
codes-back-button = ফিরে যাও
codes-case-heading = তোমার আগের চ্যাটগুলো
codes-case-body = আবার পড়তে একটা চ্যাটে চাপ দাও।
codes-case-empty = দেখানোর মতো কোনো চ্যাট নেই।
codes-chat-with = কাউন্সেলর: { $name }
codes-chat-unanswered = এখনও উত্তর দেওয়া হয়নি
codes-chat-left-message = তোমার রেখে যাওয়া একটা বার্তা
codes-chat-not-kept = আর রাখা নেই
codes-chat-now-button = এখন চ্যাট করো
codes-read-heading = আগের একটা চ্যাট
codes-back-to-list-button = আমার চ্যাটগুলোতে ফিরে যাও
codes-erase-button = সব মুছে ফেলো
codes-erase-heading = সব মুছে ফেলবে?
codes-erase-body = আমাদের সঙ্গে তোমার সব চ্যাট মুছে যাবে, আর তোমার ফেরার কোড আর কাজ করবে না। কেউ এগুলো ফিরিয়ে আনতে পারবে না।
codes-erase-yes-button = হ্যাঁ, সব মুছে ফেলো
codes-erase-no-button = না, আমার চ্যাট রেখে দাও
codes-erased-heading = সব মুছে ফেলা হয়েছে
codes-erased-body = তোমার চ্যাটগুলো মুছে গেছে, আর তোমার ফেরার কোড আর কাজ করে না।
codes-erased-button = শুরুতে ফিরে যাও

codes-error-wrong = এই কোড কাজ করছে না। সংখ্যাগুলো দেখে আবার চেষ্টা করো।
codes-error-too-many = অনেকগুলো ভুল কোড। এই সময়ে আবার চেষ্টা করো: { $time }
codes-error-chat-live = একটা চ্যাট এখনও চলছে। আগে সেটা শেষ করো, তারপর সব মুছতে পারবে।
