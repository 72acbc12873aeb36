# Strings a child sees. Plain words a ten-year-old understands.
# This is the reference locale: every other locale must have the same messages
# with the same variables.

page-title = Bridgeline – talk to someone
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Notes
page-loading = Loading…
page-needs-javascript = This page needs JavaScript to work. If you are in danger now, call 112.

quick-exit-button = Quick exit
    .title = Leave this page now (Escape key)

language-switcher-label = Language

intro-heading = Talk to someone who listens
intro-body = You can write to us in your own language. You do not have to tell us your name. What you write stays between you and the counsellor.
intro-quick-exit-hint = If someone comes, press Escape or “Quick exit”. This page closes at once.
intro-start-button = Start chatting

# Optional questions before the chat. Every one can be left out.
intake-heading = Before we start
intake-body = These questions help us find the right person for you. You can skip them.
intake-skip-button = Skip and start chatting
intake-continue-button = Start chatting
intake-topic-question = What is it about? You can choose more than one.
intake-age-question = How old are you?
intake-languages-question = Can you also read other languages?
intake-country-question = Which country are you in now?
intake-country-none = I don’t want to say

topic-family = Family
topic-friends = Friends
topic-bullying = Bullying
topic-violence = Someone hurts me
topic-feelings = Feelings and worries
topic-body = Body and health
topic-school = School or work
topic-love = Love and sex
topic-online = Something online
topic-migration = Papers, asylum, being new here
topic-missing = Someone is missing, or I ran away
topic-other = Something else

age-under-10 = Under 10
age-10-12 = 10 to 12
age-13-15 = 13 to 15
age-16-17 = 16 or 17
age-18-plus = 18 or older

danger-heading = In danger right now?
danger-body = Call 112. It is free, and they can help straight away.
danger-call-button = Call 112

queue-heading = Waiting for a counsellor
queue-position-announcement = { $position ->
    [1] You are next in line.
   *[other] Your place in line: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Waiting time: about { $minutes } minute
   *[other] Waiting time: about { $minutes } minutes
}
queue-estimate-soon = Waiting time: less than a minute
queue-estimate-unknown = We cannot say yet how long it will take.
queue-waiting-body = Please wait here. You can already write what you want to talk about.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Right now, no counsellor who speaks your language is here.
no-counsellor-next = Someone will be here again on { $time }.
no-counsellor-stay = You can stay in line. We will answer as soon as someone comes.
no-counsellor-other-languages = Counsellors who speak these languages are here now:
no-counsellor-switch-button = Chat in { $language }
no-counsellor-phone = You can also call the child helpline for free:

chat-counsellor-label = Counsellor
chat-you-label = You
chat-message-input-label = Your message
chat-message-input-placeholder = Write here…
chat-send-button = Send
chat-end-button = End chat
# A long chat shows its newest messages first; this loads the ones before.
chat-earlier-button = Show earlier messages
chat-status-sending = Sending…
chat-status-delivered = Delivered
chat-status-read = Read
chat-counsellor-typing = { $name } is writing…

notice-counsellor-joined = { $name } is here to talk with you.
notice-ended-by-child = You ended the chat.
notice-ended-by-counsellor = The counsellor ended the chat.
notice-left-queue = You were away for a while, so you left the line. You can start a new chat.
notice-language-changed = You are now waiting for a counsellor who speaks { $language }.
notice-counsellor-left = Your counsellor had to leave. You are back in line, and you go before new chats.
notice-transferred = Your counsellor is passing your chat to someone else who can help. They can read what you wrote. Please stay here.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = A place that can help you
referral-call = Call { $phone }
referral-website = Open their website
referral-always-open = Open day and night
referral-hours = Open: { $hours }

ended-heading = The chat has ended
ended-body = Thank you for writing to us. You can come back any time.
ended-new-chat-button = Start a new chat

rating-question = Did this chat help you?
rating-helped = Yes
rating-somewhat = A little
rating-not-helped = No
rating-thanks = Thank you for telling us.

connection-reconnecting = Connection lost. Trying again…
connection-elsewhere = This chat is now open in another window or tab.

error-too-long = Your message is too long. Please make it shorter.
error-unknown-language = We cannot chat in this language yet. Please choose another one.
error-generic = Something went wrong. Please try again.

## Hostile input

error-control-character = Your message has a hidden character that cannot be sent. Please delete it and try again.
## Paused (blocked) page
# Shown instead of the chat while chats from this browser are paused (a coordinator
# confirmed that a chat from it was abusive). Never say why: no blame, only when the
# child can write again; the phone line and 112 are shown below it.
paused-heading = The chat is paused for now
paused-body = You can write to us again on { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Quick exit closes this page, but your browser’s history can still show that you were here. To leave no trace, open this page in a private window.
