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
