//! Whether the other side of a chat is there: the counsellor sees the child's
//! connection (`presence` on the staff socket), the child the counsellor's (`presence`
//! on the child socket). See "Presence" in `docs/protocol.md`.

use serde::{Deserialize, Serialize};

/// The other side's connection to a chat, as the server knows it now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// A socket of theirs is attached to the chat.
    #[default]
    Connected,
    /// Their socket dropped without saying goodbye (network, a phone asleep, a crash):
    /// the server keeps their place for the grace period, and they may come back.
    ConnectionLost,
    /// They left on purpose (the child's quick exit, or the page closed: a `leave`
    /// frame). A waiting child is out of the queue at once; coming back (a reload)
    /// within the grace period puts them back in their place.
    Left,
}
