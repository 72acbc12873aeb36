# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.
# Draft translation (Arabic), awaiting review by a native speaker.

canned-greeting-welcome = مرحبًا، أنا { $name }. يسعدني أنك كتبت لنا. عمّ تحب أن تتحدث؟
canned-greeting-take-time = خذ وقتك. يمكنك أن تكتب كثيرًا أو قليلًا، كما تريد.
canned-greeting-anonymous = لا داعي أن تخبرني باسمك. ما تكتبه يبقى بيننا، إلا إذا كنت في خطر.

canned-safety-safe-now = هل أنت في أمان الآن؟
canned-safety-hurt = هل آذاك أحد، أو هل أصابك أذى؟
canned-safety-where = هل أنت في مكان تستطيع أن تكتب فيه دون أن يرى أحد ما تكتبه؟
canned-safety-emergency = إذا كنت في خطر الآن، اتصل بالرقم 112. الاتصال مجاني، ويمكنهم إرسال المساعدة بسرعة.
canned-safety-thoughts = أحيانًا يشعر الناس بالسوء لدرجة أنهم يفكرون في إيذاء أنفسهم أو في الموت. هل تأتيك أحيانًا أفكار كهذه؟

canned-waiting-moment = من فضلك انتظر قليلًا، ما زلت هنا.
canned-waiting-checking = أبحث عن شيء من أجلك. سأعود بعد بضع دقائق.
canned-waiting-still-there = هل ما زلت هنا؟ خذ وقتك، أنا في انتظارك.

canned-referral-offer = أعرف مكانًا يمكنه مساعدتك في هذا الأمر. هل أرسل لك معلومات التواصل معهم؟
canned-referral-card = أرسلت لك معلومات التواصل معهم. يمكنك الاتصال بهم أو فتح موقعهم الإلكتروني متى شئت.
canned-referral-adult = هل هناك شخص بالغ تثق به ويمكنه أن يذهب معك إلى هناك؟

canned-closing-thanks = شكرًا لثقتك بنا. كتابتك لنا كانت شجاعة منك.
canned-closing-come-back = يمكنك أن تكتب لنا مرة أخرى في أي وقت. نحن هنا من أجلك.
canned-closing-goodbye = سأنهي المحادثة الآن. اعتنِ بنفسك.
