## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = اگر چاہو تو تین سوال اور
survey-note = تم انہیں چھوڑ سکتے ہو۔ کسی کو پتا نہیں چلے گا کہ کون سے جواب تمہارے ہیں۔
survey-listened = کیا تمہیں لگا کہ ہم نے تمہاری بات سنی؟
survey-next-steps = کیا تمہیں پتا ہے کہ آگے کیا کر سکتے ہو؟
survey-come-back = کیا تم پھر ہم سے بات کرو گے؟
survey-yes = ہاں
survey-not-sure = پتا نہیں
survey-no = نہیں
survey-send = جواب بھیجو
survey-skip = چھوڑو
survey-thanks = جوابوں کا شکریہ۔
