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
# A long chat shows its newest messages; this (or scrolling to the top) loads the ones before.
staff-chat-earlier = Show earlier messages
staff-chat-log-label = Messages
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
staff-presence-child-connected = The child is connected.
staff-presence-child-connection_lost = The child’s connection was lost. Their place is kept for a few minutes: they may come back.
staff-presence-child-left = The child left the chat page (quick exit or page closed). If they come back soon, you will see it here.
staff-chat-status-read = Read
staff-line-canned = Ready answer
staff-line-referral = Referral sent
staff-notice-counsellor-left = You were disconnected too long; the child went back to the queue.

# The offer card: what the child said before the chat.
staff-offer-topics = Topics: { $topics }
staff-offer-age = Age: { $age }
staff-offer-country = Country: { $country }
staff-offer-sound = Sound for new offers
staff-alert-sound = Sound for new alerts
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
staff-notice-transferred = The chat was passed on to another counsellor.
staff-role-counsellor = Counsellor
staff-role-coordinator = Coordinator
staff-role-admin = Admin

# Risk level of a conversation.
staff-risk-label = Risk
staff-risk-none = none
staff-risk-low = low
staff-risk-medium = medium
staff-risk-high = high
staff-risk-imminent = imminent danger
staff-risk-imminent-confirm = Imminent danger: every coordinator on duty is alerted now.
staff-risk-confirm = Alert the coordinators
staff-risk-cancel = Cancel

# Alerts for coordinators.
staff-alerts-heading = Imminent-risk alerts
staff-alert-summary = { $counsellor } · language: { $language } · since { $time }
staff-alert-acknowledge = I am on it
staff-alert-acknowledged = { $name } is on it

# Private notes.
staff-notes-heading = Private notes
staff-notes-private = Only staff see these notes, never the child.
staff-note-input-label = New note
staff-note-add = Add note
staff-note-transfer = Transfer note from { $name }
staff-no-notes = No notes yet.

# Transfer.
staff-transfer-heading = Transfer
staff-transfer-to-counsellor = To a counsellor (username)
staff-transfer-to-language = To the queue of another language
staff-transfer-to-coordinator = To a coordinator
staff-transfer-note-label = Note for whoever takes over
staff-transfer-button = Transfer
staff-transfer-done = The chat was passed on.

# Canned responses.
staff-canned-heading = Ready answers
staff-canned-search = Search ready answers
staff-canned-send = Send
staff-canned-missing = Not in the child's language yet
staff-canned-purpose-greeting = Greeting
staff-canned-purpose-safety = Safety check
staff-canned-purpose-waiting = Waiting
staff-canned-purpose-referral = Referral
staff-canned-purpose-closing = Closing
staff-canned-coverage-heading = Ready answers missing per language
staff-canned-coverage-complete = complete

# Referral directory.
staff-directory-heading = Refer to a service
staff-directory-country = Country
staff-directory-topic = Topic
staff-directory-language = Language
staff-directory-open-now = Open now
staff-directory-any = any
staff-directory-search = Search
staff-directory-empty = No service matches.
staff-directory-eu-wide = EU-wide
staff-directory-always-open = 24/7
staff-referral-reason = Reason
staff-referral-child-agreed = The child agreed
staff-referral-send = Send to the child

# Wrap-up at the end of a chat.
staff-wrapup-heading = Wrap-up
staff-wrapup-categories = Categories
staff-wrapup-outcome = Outcome
staff-wrapup-cross-border = The case crosses a border
staff-wrapup-save = Save wrap-up
staff-wrapup-saved = Wrap-up saved.
staff-wrapup-required = Finish the wrap-up of your ended chats to receive new offers.
staff-wrapup-pick-one = Pick at least one category.
staff-outcome-supported = Supported
staff-outcome-referred = Referred
staff-outcome-emergency = Emergency services involved
staff-outcome-child_left = The child left
staff-outcome-non_counselling = Not a counselling contact

# Errors the server can return, as the counsellor reads them.
staff-error-generic = That did not work: { $detail }
staff-error-target_unavailable = That person or queue cannot take the chat now.
staff-error-not_translated = This answer is not in the child's language yet.
staff-error-offer_gone = Another counsellor took this child, or the offer ended.
staff-error-child_left = The child left before you accepted: they are no longer waiting.

# Conversations handled earlier.
staff-history-heading = Chats you handled
staff-history-open = Open
staff-history-empty = No earlier chats.
staff-history-audited = Opening a transcript is recorded in the audit log.

# Wrap-up categories (Child Helpline International's taxonomy).
staff-taxonomy-other = unspecified / other
staff-taxonomy-missing = Missing children
staff-taxonomy-missing-abduction-parental = Abduction by a parent
staff-taxonomy-missing-abduction-criminal = Criminal abduction
staff-taxonomy-missing-lost = Lost or unaccounted for
staff-taxonomy-missing-runaway = Runaway
staff-taxonomy-missing-missing-in-migration = Missing in migration
staff-taxonomy-violence = Violence
staff-taxonomy-violence-bullying = Bullying
staff-taxonomy-violence-cyberbullying = Cyberbullying
staff-taxonomy-violence-forced-marriage = Child, early or forced marriage
staff-taxonomy-violence-child-labour = Child labour
staff-taxonomy-violence-fgm = Female genital mutilation
staff-taxonomy-violence-neglect = Neglect
staff-taxonomy-violence-online-sexual-abuse = Online sexual abuse and exploitation
staff-taxonomy-violence-harmful-practices = Other harmful traditional practices
staff-taxonomy-violence-physical = Physical violence
staff-taxonomy-violence-emotional = Psychological or emotional violence
staff-taxonomy-violence-sexual = Sexual violence
staff-taxonomy-mental-health = Mental health
staff-taxonomy-mental-health-substance-use = Addictive behaviour and substance use
staff-taxonomy-mental-health-behaviour = Behavioural problems
staff-taxonomy-mental-health-concerns-about-self = Concerns about self
staff-taxonomy-mental-health-anger = Anger
staff-taxonomy-mental-health-fear-anxiety = Fear and anxiety
staff-taxonomy-mental-health-mood = Mood
staff-taxonomy-mental-health-neurodevelopmental = Neurodevelopmental concerns
staff-taxonomy-mental-health-eating = Eating
staff-taxonomy-mental-health-self-harm = Self-harm
staff-taxonomy-mental-health-suicidal = Suicidal thoughts and attempts
staff-taxonomy-mental-health-traumatic-distress = Traumatic distress
staff-taxonomy-physical-health = Physical health
staff-taxonomy-physical-health-general-medical = General medical
staff-taxonomy-physical-health-nutrition = Nutrition
staff-taxonomy-physical-health-pregnancy = Pregnancy
staff-taxonomy-physical-health-sexual-reproductive = Sexual and reproductive health
staff-taxonomy-physical-health-hiv-aids = HIV/AIDS
staff-taxonomy-services = Access to services
staff-taxonomy-services-education = Education
staff-taxonomy-services-essential-needs = Essential needs
staff-taxonomy-services-healthcare = Healthcare
staff-taxonomy-services-legal = Legal
staff-taxonomy-services-mental-health = Mental health services
staff-taxonomy-services-sexual-health = Sexual health
staff-taxonomy-services-socio-economic = Socio-economic
staff-taxonomy-discrimination = Discrimination and exclusion
staff-taxonomy-discrimination-ethnicity-nationality = Ethnicity or nationality
staff-taxonomy-discrimination-financial = Financial situation
staff-taxonomy-discrimination-gender = Gender
staff-taxonomy-discrimination-gender-identity-orientation = Gender identity or sexual orientation
staff-taxonomy-discrimination-health-disability = Health or disability
staff-taxonomy-discrimination-beliefs = Beliefs
staff-taxonomy-family = Family relationships
staff-taxonomy-peers = Peer relationships
staff-taxonomy-education-occupation = Education and occupation
staff-taxonomy-sexuality = Sexuality
staff-taxonomy-migration = Migration
staff-taxonomy-migration-asylum = Asylum procedure
staff-taxonomy-migration-unaccompanied = Unaccompanied or separated child
staff-taxonomy-migration-guardianship = Guardianship
staff-taxonomy-migration-reception = Reception conditions
staff-taxonomy-migration-family-reunification = Family reunification
staff-taxonomy-migration-age-assessment = Age assessment
staff-taxonomy-non-counselling = Non-counselling contacts
staff-taxonomy-non-counselling-about-helpline = Question about the helpline
staff-taxonomy-non-counselling-parent-carer = Question from a parent or carer
staff-taxonomy-non-counselling-complaint = Complaint
staff-taxonomy-non-counselling-thank-you = Thank you
staff-taxonomy-non-counselling-prank-silent = Prank or silent contact

# The views of coordinators and admins.
staff-views-label = Views
staff-view-board = Live board
staff-view-chats = Your chats
staff-view-reports = History
staff-view-admin = Accounts and settings
staff-chat-passed-to-you = A chat was passed to you: open “Your chats”.
staff-request-failed = The server did not answer. Try again.

# The live board.
staff-board-alerts-heading = Needs action now
staff-board-alert-label = Alert:
staff-board-alert-uncovered = { $waiting ->
    [one] A child is waiting in { $language } and nobody on duty speaks it.
   *[other] { $waiting } children are waiting in { $language } and nobody on duty speaks it.
}
staff-board-alert-long-wait = A child has waited { $minutes } min in { $language }.
staff-board-alert-long-wait-seconds = A child has waited { $seconds } s in { $language }.
staff-board-alert-left-messages = { $waiting ->
    [one] A message left in { $language } has waited { $hours } h for an answer.
   *[other] { $waiting } messages left in { $language } wait for an answer; the oldest for { $hours } h.
}
staff-board-heading = Languages now
staff-board-caption = Updated live. Service level: the share of children answered within { $seconds } s.
staff-board-empty = Nothing to show yet: no child is waiting, no counsellor is signed in and there were no contacts today.
staff-board-language = Language
staff-board-waiting = Waiting
staff-board-longest-wait = Longest wait now (min:s)
staff-board-average-wait = Average wait, last hour (min:s)
staff-board-counsellors = Counsellors
staff-board-chats = Chats in progress
staff-board-last-hour = Last hour
staff-board-today = Today
staff-board-answered = Answered
staff-board-abandoned = Abandoned
staff-board-service-level = Service level
staff-board-chats-heading = Chats going on
staff-board-no-chats = No chat is going on.
staff-board-chat-summary = { $language } · { $counsellor } · child here since { $time }
staff-board-staff-heading = Staff signed in
staff-board-staff-name = Name
staff-board-staff-role = Role
staff-board-staff-load = Chats / most at once
staff-board-staff-languages = Languages

# Observing and reassigning a chat.
staff-observe-button = Observe
staff-observe-heading = Observing: { $language }
staff-observe-heading-held = Observing: { $language } · with { $counsellor }
staff-observe-read-only = Read-only: you cannot write in this chat. The counsellor sees that you are following it; the child does not. Observing is recorded in the audit log.
staff-observe-stop = Stop observing
staff-reassign-heading = Reassign
staff-reassign-username = Counsellor (username)
staff-reassign-note = Note for whoever takes over
staff-reassign-note-required = Write a note for whoever takes over.
staff-reassign-button = Reassign
staff-reassign-done = The chat was reassigned.
staff-chat-counsellor-label = Counsellor
staff-chat-observed-by = { $name } is following this chat (read-only).
staff-chat-reassigned-away = A coordinator passed this chat to a colleague.

# History reports.
staff-report-heading = History
staff-report-from = From
staff-report-to = To
staff-report-by = Per
staff-report-by-day = day
staff-report-by-week = week
staff-report-group = Grouped by
staff-report-group-language = Language
staff-report-group-category = Category
staff-report-show = Show
staff-report-caption-day = Contacts per day, { $from } to { $to }
staff-report-caption-week = Contacts per week (weeks start on Monday), { $from } to { $to }
staff-report-day = Day
staff-report-week = Week of
staff-report-contacts = Contacts
staff-report-wait-p50 = Median wait
staff-report-wait-p90 = Wait, 90th percentile
staff-report-chat-length = Mean chat length
staff-report-referrals = Referrals
staff-report-durations = Waits and chat lengths in minutes:seconds; “–” where there is nothing to measure.
staff-report-no-category = No wrap-up
staff-report-empty = No contacts in this period.
staff-report-chart-alt = Bar chart of answered and abandoned contacts from { $from } to { $to }; the table above has the same figures.
staff-report-download = Download CSV

# Staff accounts and settings (admins).
staff-accounts-heading = Staff accounts
staff-account-new-heading = New account
staff-account-username = Username
staff-account-username-hint = 1 to 64 characters: a–z, 0–9, “.”, “_”, “-”. It cannot be changed later.
staff-account-display-name = Display name
staff-account-role = Role
staff-account-languages = Languages
staff-account-max-chats = Chats at once (1–20)
staff-account-max-chats-value = chats at once: { $count }
staff-account-password = Password
staff-account-password-hint = At least 10 characters.
staff-account-create = Create account
staff-account-created = Account created.
staff-account-edit = Change
staff-account-save = Save changes
staff-account-saved = Account changed; the change applies at once.
staff-account-disable = Disable account
staff-account-enable = Enable account
staff-account-disabled = Account disabled.
staff-account-enabled = Account enabled.
staff-account-is-disabled = disabled
staff-account-reset-password = Reset password
staff-account-new-password = New password
staff-account-set-password = Set new password
staff-account-password-reset = Password changed; every session of that account was ended.
staff-settings-heading = Settings
staff-settings-target = Target answer time (seconds)
staff-settings-target-hint = Children answered within this time count towards the service level. 5 to 3600.
staff-settings-long-wait = Long-wait alert after (seconds)
staff-settings-long-wait-hint = The board raises an alert when a child waits longer than this. 30 to 86400.
staff-settings-retention = Keep transcripts for (days)
staff-settings-retention-hint = After this, the transcripts, notes and reasons of ended chats are deleted; the figures stay for reports. 1 to 3650.
staff-settings-save = Save settings
staff-settings-saved = Settings saved.

## Sign-in security
staff-login-too-many = Too many attempts. Try again at { $time }.
staff-login-expired = That sign-in took too long. Enter your password again.
staff-second-factor-heading = Two-step sign-in
staff-second-factor-code = Code
staff-second-factor-code-hint = The 6-digit code your authenticator app shows now, or one of your recovery codes.
staff-second-factor-wrong = That code is wrong or was already used.
staff-enrol-heading = Set up two-step sign-in
staff-enrol-intro = Your role signs in with a second step: a code from an authenticator app on your phone.
staff-enrol-scan = Scan this QR code with your authenticator app, or type the key below into it.
staff-enrol-qr-alt = QR code holding the key for your authenticator app
staff-enrol-key = Key:
staff-enrol-confirm = Then enter the 6-digit code the app shows
staff-enrol-button = Confirm and sign in
staff-recovery-heading = Your recovery codes
staff-recovery-intro = Each of these codes signs you in once if you lose your phone. Keep them somewhere safe now: they will not be shown again.
staff-recovery-done = I have saved them
staff-recovery-code-used = You signed in with a recovery code. If you lost your phone, ask an admin to reset your two-step sign-in.
staff-account-second-factor-on = two-step sign-in on
staff-account-second-factor-off = no two-step sign-in
staff-account-locked = sign-in locked until { $time }
staff-account-unlock = Unlock sign-in
staff-account-unlocked = Sign-in unlocked.
staff-account-reset-second-factor = Reset two-step sign-in
staff-account-reset-second-factor-hint = For a lost phone: the account's sessions end, and its next sign-in sets up a new authenticator app and new recovery codes.
staff-account-reset-second-factor-button = Reset two-step sign-in now
staff-account-second-factor-reset = Two-step sign-in reset; every session of that account was ended.
staff-settings-second-factor = Counsellors sign in with two steps too
staff-settings-second-factor-hint = Coordinators and admins always do. Counsellors without it set it up at their next sign-in.

## Hostile input

staff-error-control_character = This text holds an invisible control character; remove it and send again.
staff-bidi-control = Hidden text-direction control { $name } ({ $code }): shown here, not applied.
## Abusive contacts
# Ending a chat as abusive, and coordinators deciding on the reports. The child never
# sees any of this: their page only says the chat ended (and later, that chats are paused).
staff-abuse-heading = End as abusive
staff-abuse-hint = For pranks and abuse only. The child reads only that the chat ended; a coordinator decides whether to pause new chats from this browser.
staff-abuse-reason-label = Reason (only coordinators read it)
staff-abuse-button = End chat as abusive
staff-abuse-reported = Chat ended. A coordinator will decide on the report.
staff-blocks-heading = Abusive contacts
staff-blocks-today = Chats ended as abusive today: { $count }
staff-blocks-pending-heading = Reports waiting for a decision
staff-blocks-active-heading = Browsers paused now
staff-blocks-none = None.
staff-blocks-reported = { $language }, reported by { $name }, { $time }
staff-blocks-decide-by = Lapses if nobody decides by { $time }.
staff-blocks-until = Paused until { $time } (confirmed by { $name })
staff-blocks-match-both = Recognised by its browser token and its network address.
staff-blocks-match-token = Recognised by its browser token only.
staff-blocks-match-address = Recognised by its network address only.
staff-blocks-match-none = Nothing recognises this browser (the child had left).
staff-blocks-duration = Pause new chats for
staff-blocks-duration-hour = 1 hour
staff-blocks-duration-day = 1 day
staff-blocks-duration-3-days = 3 days
staff-blocks-duration-week = 7 days
staff-blocks-confirm = Confirm and pause
staff-blocks-reject = Reject
staff-blocks-lift = Lift now
staff-blocks-confirmed = Confirmed: new chats from that browser are paused.
staff-blocks-rejected = Rejected: nothing is paused.
staff-blocks-lifted = Lifted: that browser can start chats again.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = New messages ↓
staff-trends-heading = The last four hours
staff-trends-since = Known since { $time }: the server keeps no figures from before it started.
staff-trends-waiting = Children waiting
staff-trends-longest = Longest wait
staff-trends-summary-waiting = { $language }, children waiting from { $from } to { $to }: at most { $most }, now { $now }.
staff-trends-summary-longest = { $language }, longest wait from { $from } to { $to }: at most { $most }, now { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = Earlier contacts
staff-case-hint = This child came back with their return code: these are their earlier chats. Let the child lead; ask before you bring them up.
staff-case-unanswered = Nobody answered
staff-case-referred = Referred to: { $services }
staff-case-transcript-kept = Transcript kept
staff-case-transcript-purged = Transcript deleted (retention period)
staff-case-read-transcript = Read the transcript
staff-case-hide-transcript = Hide the transcript

## Messages children left while nobody was there
staff-view-left-messages = Messages left
staff-left-messages-heading = Messages left while nobody was there
staff-left-messages-hint = Children wrote these when nobody who speaks their language was on duty. Take one to answer it: the child reads your answer at once if they are still there, or later with their return code.
staff-left-messages-none = No messages are waiting for an answer.
staff-left-message-when = Left { $waited } ago · { $moment }
staff-left-waited-under-a-minute = less than a minute
staff-left-waited-minutes = { $minutes } min
staff-left-waited-hours = { $hours } h { $minutes } min
staff-left-waited-days = { $days } d { $hours } h
staff-left-message-also-reads = Also reads: { $languages }
staff-left-message-returning = Returning child: they have talked with us before.
staff-left-message-take = Take and answer
staff-left-message-taken-elsewhere = Someone else took that message first.
staff-left-message-gone = That message is no longer waiting: someone answered it, or the child erased it.
staff-board-left-messages = Messages left
staff-board-left-messages-cell = { $count }, oldest { $oldest }

## Handovers to partner helplines in other countries
staff-error-unknown_partner = That partner helpline is not configured here any more.
staff-error-no_consent = The child has not agreed to this handover (or agreed to less than it would send).
staff-error-handover_gone = Someone else answered that handover first.
staff-handover-heading = Hand over to a partner helpline
staff-handover-hint = With the child's agreement, send their case to a helpline in another country, so that they do not have to tell their story again.
staff-handover-partner = Partner helpline
staff-handover-partner-option = { $name } ({ $countries }; { $languages })
staff-handover-partners-speaking = Speak { $language }
staff-handover-partners-other = Other partners
staff-handover-include-chat = Include the chat itself
staff-handover-ask = Ask the child
staff-handover-ask-again = Ask the child again
staff-handover-consent-asked = Asked at { $asked }: waiting for the child's answer.
staff-handover-consent-yes = The child said yes at { $answered } (asked at { $asked }).
staff-handover-consent-yes-chat = The child said yes, with the chat, at { $answered } (asked at { $asked }).
staff-handover-consent-summary-only = The child said yes to the summary but not to the chat, at { $answered } (asked at { $asked }).
staff-handover-consent-no = The child said no at { $answered } (asked at { $asked }).
staff-handover-summary-heading = Summary for the partner
staff-handover-write-plainly = Write plainly, in short sentences, without abbreviations or slang: the reader may not know your language well and may translate it.
staff-handover-categories = Categories
staff-handover-risk = Risk
staff-handover-languages = The child's languages
staff-handover-add-language = Add a language
staff-handover-add-language-none = Choose…
staff-handover-remove-language = Remove { $language }
staff-handover-country = Country the child is in
staff-handover-country-unknown = Not known
staff-handover-what-happened = What happened
staff-handover-child-wants = What the child wants
staff-handover-done-so-far = What we already did
staff-handover-referrals = Services the child was referred to
staff-handover-add-referral = Another service, by name
staff-handover-add = Add
staff-handover-problem-what-happened = Say what happened.
staff-handover-problem-child-wants = Say what the child wants.
staff-handover-problem-too-long = A text is too long: each may hold about 4,000 characters.
staff-handover-problem-language = Give at least one language.
staff-handover-problem-reason = Say why this cannot wait for the child's consent.
staff-handover-problem-invalid = Something in the summary cannot be sent as it is: check the categories, languages and services.
staff-handover-ask-first = Ask the child first: the case goes only if they say yes.
staff-handover-waiting-answer = Send once the child has answered yes.
staff-handover-refused = The child said no: nothing goes to this partner.
staff-handover-goes-with-chat = The summary and the chat go.
staff-handover-goes-summary-only = Only the summary goes, not the chat.
staff-handover-on-its-way = Sent: its status is below.
staff-handover-answer-used = That answer was used for a handover already: ask the child again to send once more.
staff-handover-send = Send to { $partner }
staff-handover-without-consent-heading = Send without consent (imminent danger)
staff-handover-without-consent-hint = Only when the child is in imminent danger and the case cannot wait for their consent. The child is told it was sent, the chat itself does not go, and the audit log keeps your reason.
staff-handover-without-consent-reason = Why this cannot wait
staff-handover-without-consent-send = Send without consent
staff-handover-without-consent-confirm = Send this child's case to { $partner } without their consent?
staff-handover-confirm = Yes, send it
staff-handover-cancel = Cancel
staff-handover-sent-heading = Handovers sent
staff-handover-status-sending = Sending to { $partner }…
staff-handover-status-delivered = { $partner } has it and will answer.
staff-handover-status-failed = Not delivered to { $partner }: { $reason }
staff-handover-status-accepted = Accepted by { $partner }.
staff-handover-status-accepted-by = Accepted by { $name } at { $partner }.
staff-handover-status-declined = Declined by { $partner }: { $reason }
staff-handover-status-declined-by = Declined by { $name } at { $partner }: { $reason }
staff-handover-status-transferred = The child went on with { $partner }.
staff-handover-sent-at = Sent at { $time } · { $what }
staff-handover-sent-with-chat = summary and chat
staff-handover-sent-summary-only = summary only
staff-handover-sent-without-consent = without the child's consent
staff-handover-send-again = Send again
staff-view-handovers = Handovers in
staff-handovers-in-heading = Handovers from partner helplines
staff-handovers-in-hint = Partner helplines in other countries send these cases with the child's consent (or, in imminent danger, without it). Accept one to take the case on; decline with a reason the partner reads.
staff-handovers-in-none = No handovers are waiting for an answer.
staff-handover-in-from = From { $partner } · { $language } · { $waited } ago · { $moment }
staff-handover-in-child-in-chat = The child is still in the chat: accept now and they come straight to you.
staff-handover-in-consent-child = The child agreed on their page, asked in { $language }, at { $time }.
staff-handover-in-consent-imminent = Sent without the child's consent, because of imminent danger:
staff-handover-in-risk = Risk: { $risk }
staff-handover-in-categories = Categories: { $categories }
staff-handover-in-languages = Languages: { $languages }
staff-handover-in-country = Country: { $country }
staff-handover-in-referrals = Referred to: { $services }
staff-handover-in-transcript = The chat, as the child agreed to share it (messages: { $count })
staff-handover-in-author-child = Child
staff-handover-in-author-counsellor = Counsellor
staff-handover-in-author-system = Bridgeline
staff-handover-accept = Accept
staff-handover-decline = Decline
staff-handover-decline-reason = Why you decline (the partner reads this)
staff-handover-decline-reason-needed = Say why you decline: the partner needs it to help the child another way.
staff-handover-decline-send = Decline with this reason
staff-handover-accepted = Accepted: the case is yours, and the child comes to you if they are still in the chat.
staff-handover-declined = Declined: the partner is told why.
staff-handover-answered-elsewhere = Someone else answered that handover first.
staff-handover-context-heading = Handed over by { $partner }
staff-handover-context-hint = The child's story as the partner sent it: no need to ask them to tell it again.
staff-handover-context-received = Received at { $time }
