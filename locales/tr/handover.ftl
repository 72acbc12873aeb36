## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = Sana bir soru
handover-ask-body = { $counsellor }, { $partner } adlı yardım hattına senden bahsetmek istiyor. Bu yardım hattı başka bir ülkedeki çocuklara yardım ediyor ({ $countries }).
handover-ask-summary = Bize anlattıklarının kısa bir özetini alırlar.
handover-ask-summary-chat = Bize anlattıklarının kısa bir özetini ve bu sohbeti alırlar.
handover-ask-no = Hayır diyebilirsin. Hayır dersen burada hiçbir şey değişmez: konuşmaya devam ederiz.
handover-yes-button = Evet
handover-summary-only-button = Evet, ama sohbetimiz değil
handover-no-button = Hayır

# After the answer, until the case is sent.
handover-answered-yes = Evet dedin.
handover-answered-summary-only = Evet dedin, ama sohbetimiz için değil.
handover-answered-no = Hayır dedin. Burada konuşmaya devam ediyoruz.
handover-change-hint = Gönderilene kadar cevabını değiştirebilirsin.
handover-change-button = Cevabımı değiştir

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = Bize anlattıkların { $partner } adlı yardım hattına gönderildi ({ $countries }).
handover-sent-worried = Sana sormadan gönderdik, çünkü güvenliğin için endişeleniyoruz.
handover-sent-summary = Kısa bir özet aldılar.
handover-sent-summary-chat = Kısa bir özet ve bu sohbeti aldılar.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Seni { $partner } adlı yardım hattına bağlıyoruz…
handover-connected = Artık { $partner } ile konuşuyorsun.
handover-failed-heading = { $partner } ile devam et
handover-failed-body = Seni bağlayamadık. Aşağıdaki bağlantıyla onların sayfasını aç ve devam etmek için bu kodu orada yaz.
handover-failed-link = { $partner } sayfasını aç
