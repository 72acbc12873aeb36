## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] وقتی کسی که به زبان تو صحبت می‌کند بیاید، نوبت اول با توست.
   *[other] وقتی کسی که به زبان تو صحبت می‌کند بیاید، جای تو در صف: { $position }
}
queue-unstaffed-unknown = هنوز نمی‌دانیم کسی که به زبان تو صحبت می‌کند کی اینجا خواهد بود.
queue-unstaffed-reader = کسی اینجاست که به زبان دیگری که تو می‌خوانی صحبت می‌کند، و شاید به تو جواب بدهد.
presence-counsellor-connection-lost = اتصال { $name } قطع شد. همین‌جا بمان: اگر تا چند دقیقهٔ دیگر برنگردد، مشاور بعدی به تو جواب می‌دهد.
