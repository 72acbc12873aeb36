# Ready answers a counsellor can send. The child receives each one in the child's own
# language; the counsellor reads it in theirs. Ids: canned-<purpose>-<name>, where the
# purpose is greeting, safety, waiting, referral or closing. { $name } is the
# counsellor's display name.

canned-greeting-welcome = Hello, I am { $name }. I am glad you wrote to us. What would you like to talk about?
canned-greeting-take-time = Take your time. You can write as much or as little as you want.
canned-greeting-anonymous = You do not have to tell me your name. What you write stays between us, unless you are in danger.

canned-safety-safe-now = Are you safe right now?
canned-safety-hurt = Has someone hurt you, or are you hurt?
canned-safety-where = Are you somewhere where you can write without anyone seeing?
canned-safety-emergency = If you are in danger right now, call 112. It is free, and they can send help quickly.
canned-safety-thoughts = Sometimes people feel so bad that they think about hurting themselves or about dying. Do you sometimes have thoughts like that?

canned-waiting-moment = Please wait a moment, I am still here.
canned-waiting-checking = I am checking something for you. I will be back in a few minutes.
canned-waiting-still-there = Are you still there? Take your time, I am waiting.

canned-referral-offer = I know a place that can help you with this. May I send you their details?
canned-referral-card = I sent you their details. You can call them or open their website whenever you are ready.
canned-referral-adult = Is there an adult you trust who could go there with you?

canned-closing-thanks = Thank you for trusting us with this. You were brave to write.
canned-closing-come-back = You can write to us again at any time. We are here for you.
canned-closing-goodbye = I am going to end the chat now. Take care of yourself.
