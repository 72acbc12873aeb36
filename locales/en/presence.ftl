## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] When a counsellor who speaks your language comes, you are first in line.
   *[other] When a counsellor who speaks your language comes, your place in line: { $position }
}
queue-unstaffed-unknown = We do not know yet when a counsellor who speaks your language will be here.
queue-unstaffed-reader = A counsellor who speaks another language you read is here and may answer you.
presence-counsellor-connection-lost = { $name } lost the connection. Stay here: if they are not back within a few minutes, the next counsellor will answer you.
