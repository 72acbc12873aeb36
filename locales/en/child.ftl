# Strings a child sees. Plain words a ten-year-old understands.
# This is the reference locale: every other locale must have the same messages
# with the same variables.

page-title = Bridgeline – talk to someone
page-loading = Loading…
page-needs-javascript = This page needs JavaScript to work. If you are in danger now, call 112.

quick-exit-button = Quick exit
    .title = Leave this page now (Escape key)

language-switcher-label = Language

intro-heading = Talk to someone who listens
intro-body = You can write to us in your own language. You do not have to tell us your name. What you write stays between you and the counsellor.
intro-start-button = Start chatting

danger-heading = In danger right now?
danger-body = Call 112. It is free, and they can help straight away.

queue-heading = Waiting for a counsellor
queue-position-announcement = { $position ->
    [1] You are next in line.
   *[other] Your place in line: { $position }
}
queue-waiting-body = Please wait here. You can already write what you want to talk about.

chat-counsellor-label = Counsellor
chat-you-label = You
chat-message-input-label = Your message
chat-message-input-placeholder = Write here…
chat-send-button = Send
chat-end-button = End chat
chat-status-sending = Sending…
chat-status-delivered = Delivered

notice-counsellor-joined = { $name } is here to talk with you.
notice-ended-by-child = You ended the chat.
notice-ended-by-counsellor = The counsellor ended the chat.
notice-left-queue = You were away for a while, so you left the line. You can start a new chat.

ended-heading = The chat has ended
ended-body = Thank you for writing to us. You can come back any time.
ended-new-chat-button = Start a new chat

connection-reconnecting = Connection lost. Trying again…

error-too-long = Your message is too long. Please make it shorter.
error-unknown-language = We cannot chat in this language yet. Please choose another one.
error-generic = Something went wrong. Please try again.
