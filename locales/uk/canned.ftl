# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Ukrainian), awaiting review by a native speaker.

canned-greeting-welcome = Привіт, мене звати { $name }. Добре, що ти нам пишеш. Про що ти хочеш поговорити?
canned-greeting-take-time = Не поспішай. Можеш писати стільки, скільки хочеш, — багато чи мало.
canned-greeting-anonymous = Тобі не треба казати мені своє ім’я. Те, що ти пишеш, залишиться між нами, якщо тільки ти не в небезпеці.

canned-safety-safe-now = Ти зараз у безпеці?
canned-safety-hurt = Хтось зробив тобі боляче? У тебе щось болить?
canned-safety-where = Ти зараз там, де можеш писати так, щоб ніхто не бачив?
canned-safety-emergency = Якщо ти зараз у небезпеці, телефонуй на 112. Це безкоштовно, і допомогу можуть швидко надіслати.
canned-safety-thoughts = Іноді людям так погано, що вони думають про те, щоб зашкодити собі або померти. У тебе іноді бувають такі думки?

canned-waiting-moment = Зачекай, будь ласка, хвилинку. Я тут.
canned-waiting-checking = Я дещо перевіряю для тебе. Повернуся за кілька хвилин.
canned-waiting-still-there = Ти ще тут? Не поспішай, я чекаю.

canned-referral-offer = Я знаю місце, де тобі можуть із цим допомогти. Можна надіслати тобі їхні контакти?
canned-referral-card = Їхні контакти вже в чаті. Ти можеш зателефонувати їм або відкрити їхній сайт, коли захочеш.
canned-referral-adult = Чи є доросла людина, якій ти довіряєш і яка могла б піти туди з тобою?

canned-closing-thanks = Дякуємо, що довіряєш нам. Написати нам — це сміливий крок.
canned-closing-come-back = Ти можеш написати нам знову будь-коли. Ми тут для тебе.
canned-closing-goodbye = Зараз я завершу розмову. Бережи себе.
