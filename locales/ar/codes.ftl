## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = هل تريد أن تعود لاحقًا؟ برمز العودة يمكنك أن تقرأ هذه المحادثة مرة أخرى.
codes-take-button = احصل على رمز عودة
codes-your-code = رمز العودة الخاص بك
codes-write-down = اكتبه أو احفظه في ذهنك. نحن لا نحفظه في أي مكان، ولا يمكننا أن نريك إياه مرة أخرى.
codes-secret = احفظه سرًّا: أي شخص معه هذا الرمز يستطيع أن يقرأ محادثاتك.
codes-what-for = به يمكنك أن تعود: إلى الشخص نفسه إن كان موجودًا، أو لتقرأ محادثاتك مرة أخرى، أو لتمسح كل شيء.
codes-done-button = حفظته. أخفِ الرمز

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = يمكنك أن تترك رسالة بدل الانتظار
codes-leave-body = اكتب في الأسفل ما تريد أن تقوله لنا وأرسله. ثم اضغط «اترك رسالتي». سيردّ عليك أحد من فريقنا لاحقًا.
codes-leave-button = اترك رسالتي
codes-left-heading = تُركت رسالتك
codes-left-body = سيقرؤها أحد من فريق المساعدة ويردّ عليك.
codes-left-come-back = عُد برمز العودة لتقرأ الرد.
codes-left-add = ما زال بإمكانك أن تضيف المزيد في الأسفل.

# Coming back with a code, on the first screen.
codes-have-code-button = معي رمز عودة
codes-back-heading = أهلًا بعودتك
codes-back-body = اكتب رمز العودة الذي حصلت عليه. فيه 12 رقمًا.
codes-code-label = رمز العودة
codes-open-button = افتح محادثاتي
codes-back-button = رجوع
codes-case-heading = محادثاتك السابقة
codes-case-body = اضغط على محادثة لتقرأها مرة أخرى.
codes-case-empty = لا توجد محادثات لعرضها.
codes-chat-with = مع { $name }
codes-chat-unanswered = لم يُرَدّ عليها بعد
codes-chat-left-message = رسالة تركتها
codes-chat-not-kept = لم تعد محفوظة
codes-chat-now-button = تحدّث الآن
codes-read-heading = محادثة سابقة
codes-back-to-list-button = العودة إلى محادثاتي
codes-erase-button = امسح كل شيء
codes-erase-heading = هل تريد مسح كل شيء؟
codes-erase-body = ستُحذف كل محادثاتك معنا، ولن يعمل رمز العودة بعد ذلك. لا أحد يستطيع أن يعيدها.
codes-erase-yes-button = نعم، امسح كل شيء
codes-erase-no-button = لا، أبقِ محادثاتي
codes-erased-heading = تم مسح كل شيء
codes-erased-body = حُذفت محادثاتك، ولم يعد رمز العودة يعمل.
codes-erased-button = العودة إلى البداية

codes-error-wrong = هذا الرمز لا يعمل. تحقّق من الأرقام وحاول مرة أخرى.
codes-error-too-many = أدخلت رموزًا خاطئة كثيرة. يمكنك أن تحاول مرة أخرى في هذا الوقت: { $time }
codes-error-chat-live = ما زالت هناك محادثة جارية. أنهِها أولًا، ثم يمكنك أن تمسح كل شيء.
