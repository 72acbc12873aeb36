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
