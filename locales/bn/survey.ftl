## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = চাইলে আরও তিনটি প্রশ্ন
survey-note = তুমি এগুলো বাদ দিতে পারো। কেউ জানবে না কোন উত্তরগুলো তোমার।
survey-listened = তোমার কি মনে হয়েছে যে আমরা তোমার কথা শুনেছি?
survey-next-steps = তুমি কি জানো এরপর কী করতে পারো?
survey-come-back = তুমি কি আবার আমাদের কাছে আসবে?
survey-yes = হ্যাঁ
survey-not-sure = জানি না
survey-no = না
survey-send = উত্তর পাঠাও
survey-skip = বাদ দাও
survey-thanks = তোমার উত্তরের জন্য ধন্যবাদ।
