# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Urdu), awaiting review by a native speaker.

canned-greeting-welcome = ہیلو، میرا نام { $name } ہے۔ اچھا ہوا کہ تم نے ہمیں لکھا۔ بتاؤ، کس بارے میں بات کرنی ہے؟
canned-greeting-take-time = آرام سے، جلدی کی کوئی بات نہیں۔ جتنا چاہو لکھو، کم یا زیادہ۔
canned-greeting-anonymous = تمہیں مجھے اپنا نام بتانے کی ضرورت نہیں۔ تمہاری لکھی ہوئی بات ہمارے درمیان رہے گی، سوائے اس کے کہ تم خطرے میں ہو۔

canned-safety-safe-now = کیا تم ابھی محفوظ ہو؟
canned-safety-hurt = کیا کسی نے تمہیں تکلیف پہنچائی ہے، یا تمہیں کوئی چوٹ لگی ہے؟
canned-safety-where = کیا تم ایسی جگہ پر ہو جہاں تم کسی کے دیکھے بغیر لکھ سکو؟
canned-safety-emergency = اگر تم ابھی خطرے میں ہو تو 112 پر کال کرو۔ یہ مفت ہے، اور وہ جلدی مدد بھیج سکتے ہیں۔
canned-safety-thoughts = کبھی کبھی لوگوں کو اتنا برا لگتا ہے کہ وہ خود کو نقصان پہنچانے یا مرنے کے بارے میں سوچتے ہیں۔ کیا تمہیں بھی کبھی ایسے خیال آتے ہیں؟

canned-waiting-moment = ایک لمحہ انتظار کرو، میں ابھی یہیں ہوں۔
canned-waiting-checking = تمہارے لیے ایک بات معلوم کرنی ہے۔ چند منٹ میں دوبارہ بات ہو گی۔
canned-waiting-still-there = کیا تم ابھی بھی یہاں ہو؟ آرام سے، مجھے تمہارا انتظار ہے۔

canned-referral-offer = مجھے ایک ایسی جگہ معلوم ہے جو اس بارے میں تمہاری مدد کر سکتی ہے۔ کیا میں ان کی تفصیلات تمہیں بھیج دوں؟
canned-referral-card = ان کی تفصیلات تمہیں بھیج دی گئی ہیں۔ جب تمہارا دل چاہے، انہیں کال کرو یا ان کی ویب سائٹ کھولو۔
canned-referral-adult = کیا کوئی ایسا بڑا شخص ہے جس پر تمہیں بھروسہ ہو اور جو تمہارے ساتھ وہاں جا سکے؟

canned-closing-thanks = ہم پر بھروسہ کرنے کا شکریہ۔ ہمیں لکھنا بڑی ہمت کی بات تھی۔
canned-closing-come-back = جب بھی چاہو، ہمیں دوبارہ لکھو۔ ہم تمہارے لیے یہاں ہیں۔
canned-closing-goodbye = اب بات چیت ختم کرنے کا وقت ہے۔ اپنا خیال رکھنا۔
