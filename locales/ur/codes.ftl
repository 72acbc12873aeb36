## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = کیا تم بعد میں واپس آنا چاہتے ہو؟ واپسی کوڈ سے تم یہ بات چیت دوبارہ پڑھ سکتے ہو۔
codes-take-button = واپسی کوڈ لو
codes-your-code = تمہارا واپسی کوڈ
codes-write-down = اسے لکھ لو یا یاد کر لو۔ ہم اسے کہیں محفوظ نہیں کرتے اور تمہیں دوبارہ نہیں دکھا سکتے۔
codes-secret = اسے راز رکھو: جس کے پاس یہ ہو وہ تمہاری بات چیت پڑھ سکتا ہے۔
codes-what-for = اس سے تم واپس آ سکتے ہو: اسی کونسلر کے پاس اگر وہ یہاں ہو، اپنی بات چیت دوبارہ پڑھنے، یا سب کچھ مٹانے کے لیے۔
codes-done-button = میں نے لکھ لیا۔ کوڈ چھپاؤ

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = تم انتظار کے بجائے پیغام چھوڑ سکتے ہو
codes-leave-body = نیچے لکھو جو تم ہمیں بتانا چاہتے ہو اور بھیج دو۔ پھر «میرا پیغام چھوڑو» دباؤ۔ کوئی تمہیں بعد میں جواب دے گا۔
codes-leave-button = میرا پیغام چھوڑو
codes-left-heading = تمہارا پیغام چھوڑ دیا گیا
codes-left-body = ایک کونسلر اسے پڑھ کر جواب دے گا۔
codes-left-come-back = جواب پڑھنے کے لیے اپنے واپسی کوڈ کے ساتھ واپس آؤ۔
codes-left-add = تم نیچے اب بھی اور لکھ سکتے ہو۔

# Coming back with a code, on the first screen.
codes-have-code-button = میرے پاس واپسی کوڈ ہے
codes-back-heading = واپسی پر خوش آمدید
codes-back-body = وہ واپسی کوڈ لکھو جو تمہیں ملا تھا۔ اس میں 12 ہندسے ہیں۔
codes-code-label = واپسی کوڈ
codes-open-button = میری بات چیت کھولو
codes-back-button = واپس
codes-case-heading = تمہاری پچھلی بات چیت
codes-case-body = کسی بات چیت پر ٹیپ کرو تاکہ اسے دوبارہ پڑھ سکو۔
codes-case-empty = دکھانے کے لیے کوئی بات چیت نہیں ہے۔
codes-chat-with = کونسلر: { $name }
codes-chat-unanswered = ابھی جواب نہیں ملا
codes-chat-left-message = ایک پیغام جو تم نے چھوڑا
codes-chat-not-kept = اب محفوظ نہیں
codes-chat-now-button = ابھی بات کرو
codes-read-heading = ایک پچھلی بات چیت
codes-back-to-list-button = میری بات چیت پر واپس
codes-erase-button = سب کچھ مٹا دو
codes-erase-heading = سب کچھ مٹا دیں؟
codes-erase-body = ہمارے ساتھ تمہاری ساری بات چیت مٹا دی جائے گی، اور تمہارا واپسی کوڈ کام کرنا بند کر دے گا۔ کوئی اسے واپس نہیں لا سکتا۔
codes-erase-yes-button = ہاں، سب کچھ مٹا دو
codes-erase-no-button = نہیں، میری بات چیت رہنے دو
codes-erased-heading = سب کچھ مٹ گیا
codes-erased-body = تمہاری بات چیت مٹ گئی اور تمہارا واپسی کوڈ اب کام نہیں کرتا۔
codes-erased-button = شروع پر واپس

codes-error-wrong = یہ کوڈ کام نہیں کرتا۔ ہندسے دیکھو اور دوبارہ کوشش کرو۔
codes-error-too-many = بہت سے غلط کوڈ۔ اس وقت دوبارہ کوشش کرو: { $time }
codes-error-chat-live = ایک بات چیت ابھی جاری ہے۔ پہلے اسے ختم کرو، پھر تم سب کچھ مٹا سکتے ہو۔
