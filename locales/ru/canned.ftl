# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Russian), awaiting review by a native speaker.

canned-greeting-welcome = Привет, меня зовут { $name }. Хорошо, что ты нам пишешь. О чём ты хочешь поговорить?
canned-greeting-take-time = Не торопись. Можешь писать столько, сколько хочешь, — много или мало.
canned-greeting-anonymous = Тебе не нужно говорить мне своё имя. То, что ты пишешь, останется между нами, если только ты не в опасности.

canned-safety-safe-now = Ты сейчас в безопасности?
canned-safety-hurt = Кто-то сделал тебе больно? У тебя что-то болит?
canned-safety-where = Ты сейчас там, где можешь писать так, чтобы никто не видел?
canned-safety-emergency = Если ты сейчас в опасности, звони 112. Это бесплатно, и помощь могут быстро прислать.
canned-safety-thoughts = Иногда людям так плохо, что они думают о том, чтобы причинить себе вред или умереть. У тебя иногда бывают такие мысли?

canned-waiting-moment = Подожди, пожалуйста, минутку. Я здесь.
canned-waiting-checking = Я кое-что проверяю для тебя. Вернусь через несколько минут.
canned-waiting-still-there = Ты ещё здесь? Не торопись, я жду.

canned-referral-offer = Я знаю место, где тебе могут с этим помочь. Можно прислать тебе их контакты?
canned-referral-card = Их контакты теперь у тебя в чате. Ты можешь позвонить им или открыть их сайт, когда захочешь.
canned-referral-adult = Есть ли взрослый человек, которому ты доверяешь и который мог бы пойти туда с тобой?

canned-closing-thanks = Спасибо, что доверяешь нам. Написать нам — это смелый поступок.
canned-closing-come-back = Ты можешь написать нам снова в любое время. Мы здесь для тебя.
canned-closing-goodbye = Сейчас я закончу разговор. Береги себя.
