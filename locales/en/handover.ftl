## A child's case handed to a partner helpline in another country (the child's page;
## see "Handovers to partner helplines" in docs/protocol.md). Plain words a
## ten-year-old understands: who asks, to whom, what would go, and that no is fine.

# The question, during the chat. $counsellor is the counsellor's name, $partner the
# other helpline's name, $countries the countries it works in, as a list.
handover-ask-heading = A question for you
handover-ask-body = { $counsellor } would like to tell the helpline { $partner } about you. It helps children in another country ({ $countries }).
handover-ask-summary = They would get a short summary of what you told us.
handover-ask-summary-chat = They would get a short summary of what you told us, and this chat.
handover-ask-no = You can say no. If you say no, nothing changes here: we keep talking.
handover-yes-button = Yes
handover-summary-only-button = Yes, but not our chat
handover-no-button = No

# After the answer, until the case is sent.
handover-answered-yes = You said yes.
handover-answered-summary-only = You said yes, but not our chat.
handover-answered-no = You said no. We keep talking here.
handover-change-hint = You can change your answer until it is sent.
handover-change-button = Change my answer

# The case was sent: a calm line in the chat (the second only when nobody asked the
# child: a coordinator sends a case without consent only when the child is in danger).
handover-sent = What you told us was sent to the helpline { $partner } ({ $countries }).
handover-sent-worried = We sent it without asking you, because we are worried about your safety.
handover-sent-summary = They got a short summary.
handover-sent-summary-chat = They got a short summary and this chat.

# The partner said yes: the chat goes on there, or by hand with its page and code.
handover-connecting = Connecting you to { $partner }…
handover-connected = You are now talking with { $partner }.
handover-failed-heading = Go on with { $partner }
handover-failed-body = We could not connect you. Open their page with the link below and type this code there to go on.
handover-failed-link = Open the page of { $partner }
