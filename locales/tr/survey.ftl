## After the chat: up to three optional questions, one tap each, skippable
## (see "survey" in docs/protocol.md). The answers are counted, never kept one by one.

survey-heading = İstersen üç soru daha
survey-note = Bunları geçebilirsin. Hangi cevapların senin olduğunu kimse bilmeyecek.
survey-listened = Seni dinlediğimizi hissettin mi?
survey-next-steps = Bundan sonra ne yapabileceğini biliyor musun?
survey-come-back = Bize yine yazar mısın?
survey-yes = Evet
survey-not-sure = Emin değilim
survey-no = Hayır
survey-send = Cevaplarımı gönder
survey-skip = Geç
survey-thanks = Cevapların için teşekkürler.
