# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Bengali), awaiting review by a native speaker.

canned-greeting-welcome = হ্যালো, আমি { $name }। তুমি আমাদের লিখেছ বলে আমি খুশি। তুমি কী নিয়ে কথা বলতে চাও?
canned-greeting-take-time = তাড়াহুড়ো কোরো না। তুমি যতটা চাও, বেশি বা কম, লিখতে পারো।
canned-greeting-anonymous = আমাকে তোমার নাম বলতে হবে না। তুমি যা লেখো, তা আমাদের মধ্যেই থাকবে, যদি না তুমি বিপদে থাকো।

canned-safety-safe-now = তুমি কি এখন নিরাপদে আছ?
canned-safety-hurt = কেউ কি তোমাকে আঘাত করেছে, বা তুমি কি কোথাও ব্যথা পেয়েছ?
canned-safety-where = তুমি কি এমন কোথাও আছ, যেখানে কেউ না দেখে তুমি লিখতে পারো?
canned-safety-emergency = তুমি যদি এখন বিপদে থাকো, 112-এ ফোন করো। এতে কোনো টাকা লাগে না, আর ওরা তাড়াতাড়ি সাহায্য পাঠাতে পারে।
canned-safety-thoughts = কখনো কখনো মানুষের এত খারাপ লাগে যে তারা নিজেকে আঘাত করার বা মরে যাওয়ার কথা ভাবে। তোমার মনেও কি কখনো এমন চিন্তা আসে?

canned-waiting-moment = একটু অপেক্ষা করো, আমি এখনও এখানে আছি।
canned-waiting-checking = আমি তোমার জন্য একটা জিনিস দেখে নিচ্ছি। কয়েক মিনিটের মধ্যে ফিরে আসব।
canned-waiting-still-there = তুমি কি এখনও আছ? তাড়াহুড়ো কোরো না, আমি অপেক্ষা করছি।

canned-referral-offer = আমি এমন একটা জায়গা চিনি, যারা এ ব্যাপারে তোমাকে সাহায্য করতে পারে। আমি কি ওদের যোগাযোগের তথ্য তোমাকে পাঠাব?
canned-referral-card = আমি তোমাকে ওদের যোগাযোগের তথ্য পাঠিয়েছি। তুমি যখন তৈরি থাকবে, ওদের ফোন করতে পারো বা ওদের ওয়েবসাইট খুলতে পারো।
canned-referral-adult = এমন কোনো বড় মানুষ কি আছেন, যাঁকে তুমি বিশ্বাস করো আর যিনি তোমার সাথে সেখানে যেতে পারেন?

canned-closing-thanks = আমাদের বিশ্বাস করে এটা বলার জন্য ধন্যবাদ। তুমি লিখে অনেক সাহস দেখিয়েছ।
canned-closing-come-back = তুমি যেকোনো সময় আবার আমাদের লিখতে পারো। আমরা তোমার পাশে আছি।
canned-closing-goodbye = আমি এখন চ্যাটটা শেষ করছি। নিজের খেয়াল রেখো।
