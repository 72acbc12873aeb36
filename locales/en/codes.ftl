## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Want to come back later? A return code lets you read this chat again.
codes-take-button = Get a return code
codes-your-code = Your return code
codes-write-down = Write it down or remember it. We do not save it anywhere, and we cannot show it to you again.
codes-secret = Keep it secret: anyone who has it can read your chats.
codes-what-for = With it you can come back: to the same counsellor if they are here, to read your chats again, or to erase everything.
codes-done-button = I have it. Hide the code

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = You can leave a message instead
codes-leave-body = Write what you want to tell us below and send it. Then press “Leave my message”. A counsellor will answer it later.
codes-leave-button = Leave my message
codes-left-heading = Your message is left
codes-left-body = A counsellor will read it and answer.
codes-left-come-back = Come back with your return code to read the answer.
codes-left-add = You can still add more below.

# Coming back with a code, on the first screen.
codes-have-code-button = I have a return code
codes-back-heading = Welcome back
codes-back-body = Type the return code you got before. It has 12 digits.
codes-code-label = Return code
codes-open-button = Open my chats
codes-back-button = Back
codes-case-heading = Your earlier chats
codes-case-body = Tap a chat to read it again.
codes-case-empty = There are no chats to show.
codes-chat-with = with { $name }
codes-chat-unanswered = not answered yet
codes-chat-left-message = a message you left
codes-chat-not-kept = no longer kept
codes-chat-now-button = Chat now
codes-read-heading = An earlier chat
codes-back-to-list-button = Back to my chats
codes-erase-button = Erase everything
codes-erase-heading = Erase everything?
codes-erase-body = All your chats with us will be deleted, and your return code will stop working. Nobody can bring them back.
codes-erase-yes-button = Yes, erase everything
codes-erase-no-button = No, keep my chats
codes-erased-heading = Everything is erased
codes-erased-body = Your chats are deleted and your return code does not work any more.
codes-erased-button = Back to the start

codes-error-wrong = This code does not work. Please check the digits and try again.
codes-error-too-many = Too many wrong codes. You can try again on { $time }.
codes-error-chat-live = A chat is still going on. End it first, then you can erase everything.
