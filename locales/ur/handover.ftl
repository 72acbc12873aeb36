## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = تمہارے لیے ایک سوال
handover-ask-body = { $counsellor } تمہارے بارے میں مدد کی لائن { $partner } کو بتانا چاہتے ہیں۔ یہ لائن کسی دوسرے ملک میں بچوں کی مدد کرتی ہے ({ $countries })۔
handover-ask-summary = انہیں اس کا ایک مختصر خلاصہ ملے گا جو تم نے ہمیں بتایا۔
handover-ask-summary-chat = انہیں اس کا ایک مختصر خلاصہ ملے گا جو تم نے ہمیں بتایا، اور یہ بات چیت بھی۔
handover-ask-no = تم انکار کر سکتے ہو۔ اگر تم انکار کرو گے تو یہاں کچھ نہیں بدلے گا: ہم بات کرتے رہیں گے۔
handover-yes-button = ہاں
handover-summary-only-button = ہاں، مگر ہماری بات چیت نہیں
handover-no-button = نہیں

# After the answer, until the case is sent.
handover-answered-yes = تم نے «ہاں» کہا۔
handover-answered-summary-only = تم نے «ہاں» کہا، مگر ہماری بات چیت کے لیے نہیں۔
handover-answered-no = تم نے «نہیں» کہا۔ ہم یہاں بات کرتے رہیں گے۔
handover-change-hint = جب تک یہ بھیجا نہیں جاتا، تم اپنا جواب بدل سکتے ہو۔
handover-change-button = میرا جواب بدلو

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = جو تم نے ہمیں بتایا وہ مدد کی لائن { $partner } کو بھیج دیا گیا ({ $countries })۔
handover-sent-worried = ہم نے تم سے پوچھے بغیر بھیجا، کیونکہ ہمیں تمہاری حفاظت کی فکر ہے۔
handover-sent-summary = انہیں ایک مختصر خلاصہ ملا۔
handover-sent-summary-chat = انہیں ایک مختصر خلاصہ اور یہ بات چیت ملی۔

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = تمہیں مدد کی لائن { $partner } سے جوڑا جا رہا ہے…
handover-connected = اب تم مدد کی لائن { $partner } سے بات کر رہے ہو۔
handover-failed-heading = { $partner } کے ساتھ بات جاری رکھو
handover-failed-body = ہم تمہیں نہیں جوڑ سکے۔ نیچے دیے گئے لنک سے ان کا صفحہ کھولو اور آگے بڑھنے کے لیے وہاں یہ کوڈ لکھو۔
handover-failed-link = { $partner } کا صفحہ کھولو
