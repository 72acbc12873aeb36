//! What two nodes say over their link: one WebSocket from each follower to the leader,
//! carrying JSON text frames. Sockets are named by the follower's own connection id.

use std::net::IpAddr;

use bridgeline_protocol::UnixMillis;
use serde::{Deserialize, Serialize};

use crate::hub::HandoverEvent;
use crate::metrics::Present;

/// The largest frame on a link: a history page or a handover, wrapped.
pub const LINK_MAX_BYTES: usize = 16 * 1024 * 1024;

/// From a follower to the leader.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Up {
    /// A child's socket opened on the follower.
    OpenChild { conn: u64, address: Option<IpAddr>, pause_token: Option<String> },
    /// A staff socket opened with the session whose token hashes to `token_hash`; the
    /// leader checks the session itself.
    OpenStaff { conn: u64, token_hash: String },
    /// A text frame from the client.
    Frame { conn: u64, text: String },
    /// A frame the follower's socket could not pass on as text (see [`Refused`]).
    Refused { conn: u64, why: Refused },
    /// The client's socket closed.
    Gone { conn: u64 },
    /// A question only the hub can answer; the answer comes back as [`Down::Answer`].
    Ask { request: u64, ask: Ask },
    /// An admin changed or disabled this account.
    StaffChanged { staff_id: String },
    /// An admin changed the settings: the leader reads them again.
    SettingsChanged,
    /// A partner helpline's request, already stored by the follower.
    Handover(HandoverEvent),
}

/// Why a client's frame did not come through as text.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refused {
    Binary,
    TooBig,
    InvalidUtf8,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
pub enum Ask {
    /// Whether chats from this browser are paused (see `crate::blocks`).
    PausedUntil { address: Option<IpAddr>, pause_token: Option<String> },
    /// The queues and chats for `/metrics`.
    Present,
}

/// From the leader to a follower.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Down {
    /// A frame for the client's socket, as the client receives it.
    Frame {
        conn: u64,
        text: String,
    },
    /// Close the client's socket with this code and reason.
    Close {
        conn: u64,
        code: u16,
        reason: String,
    },
    Answer {
        request: u64,
        answer: Answer,
    },
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Answer {
    PausedUntil { until: Option<UnixMillis> },
    Present { present: Present },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_read_back_as_written() {
        let up = Up::OpenChild { conn: 7, address: Some([192, 0, 2, 1].into()), pause_token: None };
        let text = serde_json::to_string(&up).expect("serialises");
        assert_eq!(text, r#"{"t":"open_child","conn":7,"address":"192.0.2.1","pause_token":null}"#);
        assert!(matches!(serde_json::from_str(&text), Ok(Up::OpenChild { conn: 7, .. })));
        let down = Down::Answer { request: 3, answer: Answer::PausedUntil { until: Some(5) } };
        let text = serde_json::to_string(&down).expect("serialises");
        assert!(matches!(
            serde_json::from_str(&text),
            Ok(Down::Answer { request: 3, answer: Answer::PausedUntil { until: Some(5) } })
        ));
        let refused = serde_json::to_string(&Up::Refused { conn: 1, why: Refused::TooBig }).expect("serialises");
        assert_eq!(refused, r#"{"t":"refused","conn":1,"why":"too_big"}"#);
    }
}
