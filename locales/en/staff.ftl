# Strings of the counsellor console.

staff-page-title = Bridgeline – counsellor
staff-login-heading = Sign in
staff-login-username = Username
staff-login-password = Password
staff-login-button = Sign in
staff-login-failed = Wrong username or password.
staff-logout-button = Sign out

staff-status-label = Status
staff-status-available = Available
staff-status-busy = Busy
staff-status-away = Away

staff-offers-heading = Children waiting for you
staff-offer-summary = Language: { $language } · waiting { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
staff-offer-accept = Accept
staff-offer-decline = Decline
staff-no-offers = No child is waiting for you right now.

staff-chats-heading = Your chats
staff-no-chats = No open chats.
staff-chat-language = Language: { $language }
staff-chat-child-label = Child
staff-chat-you-label = You
staff-chat-ended = This chat has ended.
staff-chat-close = Close
staff-connection-lost = Connection lost. Reconnecting…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } joined the chat.
staff-notice-ended-by-child = The child ended the chat.
staff-notice-ended-by-counsellor = You ended the chat.
staff-notice-left-queue = The child was disconnected too long and left the queue.
staff-notice-language-changed = The child moved to the { $language } queue.
staff-page-loading = Loading…
staff-message-input-label = Your message
staff-send-button = Send
staff-end-button = End chat
staff-chat-child-typing = The child is writing…
staff-chat-status-read = Read
staff-notice-counsellor-left = You were disconnected too long; the child went back to the queue.

# The offer card: what the child said before the chat.
staff-offer-topics = Topics: { $topics }
staff-offer-age = Age: { $age }
staff-offer-country = Country: { $country }
staff-offer-sound = Sound for new offers
staff-shortcuts-help = Alt+1…9: go to a chat · Alt+↑/↓: previous or next chat · Alt+A: accept the first offer
staff-topic-family = family
staff-topic-friends = friends
staff-topic-bullying = bullying
staff-topic-violence = violence
staff-topic-feelings = feelings, mental health
staff-topic-body = body and health
staff-topic-school = school or work
staff-topic-love = love and sexuality
staff-topic-online = online
staff-topic-migration = migration, asylum
staff-topic-missing = missing, ran away
staff-topic-other = other
staff-age-under-10 = under 10
staff-age-10-12 = 10–12
staff-age-13-15 = 13–15
staff-age-16-17 = 16–17
staff-age-18-plus = 18 or older
