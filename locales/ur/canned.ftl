# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Urdu), awaiting review by a native speaker.

canned-greeting-welcome = ہیلو، میرا نام { $name } ہے۔ اچھا ہوا کہ آپ نے ہمیں لکھا۔ بتائیں، کس بارے میں بات کرنی ہے؟
canned-greeting-take-time = آرام سے، جلدی کی کوئی بات نہیں۔ جتنا چاہیں لکھیں، کم یا زیادہ۔
canned-greeting-anonymous = آپ کو مجھے اپنا نام بتانے کی ضرورت نہیں۔ آپ کی لکھی ہوئی بات ہمارے درمیان رہے گی، سوائے اس کے کہ آپ خطرے میں ہوں۔

canned-safety-safe-now = کیا آپ ابھی محفوظ ہیں؟
canned-safety-hurt = کیا کسی نے آپ کو تکلیف پہنچائی ہے، یا آپ کو کوئی چوٹ لگی ہے؟
canned-safety-where = کیا آپ ایسی جگہ پر ہیں جہاں آپ کسی کے دیکھے بغیر لکھ سکیں؟
canned-safety-emergency = اگر آپ ابھی خطرے میں ہیں تو 112 پر کال کریں۔ یہ مفت ہے، اور وہ جلدی مدد بھیج سکتے ہیں۔
canned-safety-thoughts = کبھی کبھی لوگوں کو اتنا برا لگتا ہے کہ وہ خود کو نقصان پہنچانے یا مرنے کے بارے میں سوچتے ہیں۔ کیا آپ کو بھی کبھی ایسے خیال آتے ہیں؟

canned-waiting-moment = براہ کرم ایک لمحہ انتظار کریں، میں ابھی یہیں ہوں۔
canned-waiting-checking = آپ کے لیے ایک بات معلوم کرنی ہے۔ چند منٹ میں دوبارہ بات ہو گی۔
canned-waiting-still-there = کیا آپ ابھی بھی یہاں ہیں؟ آرام سے، مجھے آپ کا انتظار ہے۔

canned-referral-offer = مجھے ایک ایسی جگہ معلوم ہے جو اس بارے میں آپ کی مدد کر سکتی ہے۔ کیا میں ان کی تفصیلات آپ کو بھیج دوں؟
canned-referral-card = ان کی تفصیلات آپ کو بھیج دی گئی ہیں۔ جب آپ کا دل چاہے، انہیں کال کریں یا ان کی ویب سائٹ کھولیں۔
canned-referral-adult = کیا کوئی ایسا بڑا شخص ہے جس پر آپ کو بھروسہ ہو اور جو آپ کے ساتھ وہاں جا سکے؟

canned-closing-thanks = ہم پر بھروسہ کرنے کا شکریہ۔ ہمیں لکھنا بڑی ہمت کی بات تھی۔
canned-closing-come-back = جب بھی چاہیں، ہمیں دوبارہ لکھیں۔ ہم آپ کے لیے یہاں ہیں۔
canned-closing-goodbye = اب بات چیت ختم کرنے کا وقت ہے۔ اپنا خیال رکھیں۔
