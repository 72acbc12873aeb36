//! The two dialects the generator speaks: Bridgeline's documented protocol
//! (`docs/protocol.md`) and the bare relay's minimal frames. Building outgoing frames
//! and reading incoming ones into the few events the generator acts on; anything else
//! is `Ignored` (a known frame) or `Unexpected` (counted, never a panic).

use std::borrow::Cow;

use serde::Deserialize;

/// Which server the generator talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Bridgeline,
    Relay,
}

/// The 80 bytes every child sends.
pub const TEXT: &str = "Benchmark message of exactly eighty bytes: the size of a short chat line here...";

/// The id of the child's `start` (Bridgeline) or `join` (relay) request.
pub const START_ID: &str = "start";

/// What an incoming frame means to the generator.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// `ack` (or `attached`) answering the request `id`.
    Answer { id: String },
    /// Bridgeline child: the `counsellor_joined` notice arrived.
    CounsellorJoined,
    /// A chat message written by a child, with the `id` of the send that stored it.
    ChildMessage { client_id: String },
    /// Bridgeline staff: an offer to accept.
    Offer { conversation_id: String },
    /// Bridgeline staff: the first frame after the handshake.
    Ready,
    /// Bridgeline staff: a conversation is now this counsellor's.
    Assigned,
    /// An `error` frame: a protocol error, not a slow answer.
    Error { id: Option<String>, code: String },
    /// A frame the generator knows and does not act on (`queue`, `history`, …).
    Ignored,
    /// Not JSON, or a frame the generator does not know: its type, or `not JSON`.
    Unexpected(String),
}

#[derive(Deserialize)]
struct Incoming<'a> {
    #[serde(rename = "type", borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow, default)]
    id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    code: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    conversation_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    client_id: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    author: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    body: Option<Body<'a>>,
}

#[derive(Deserialize)]
struct Body<'a> {
    #[serde(borrow, default)]
    notice: Option<Cow<'a, str>>,
}

/// Frame types of the child endpoint that need no action.
const CHILD_IGNORED: &[&str] = &["queue", "history", "typing", "read", "ended", "presence"];
/// Frame types of the staff endpoint that need no action.
const STAFF_IGNORED: &[&str] = &[
    "status",
    "offer_withdrawn",
    "history",
    "observed",
    "released",
    "ended",
    "typing",
    "read",
    "risk",
    "note",
    "rated",
    "wrapped_up",
    "presence",
];

/// Reads one incoming text frame.
pub fn parse(text: &str) -> Event {
    let Ok(frame) = serde_json::from_str::<Incoming>(text) else { return Event::Unexpected("not JSON".into()) };
    let id = frame.id.map(Cow::into_owned);
    match frame.kind.as_ref() {
        "ack" | "attached" => match id {
            Some(id) => Event::Answer { id },
            None => Event::Unexpected(format!("{} without id", frame.kind)),
        },
        "error" => Event::Error { id, code: frame.code.map_or_else(|| "?".to_owned(), Cow::into_owned) },
        "message" => {
            let notice = frame.body.as_ref().and_then(|body| body.notice.as_deref());
            if notice == Some("counsellor_joined") {
                return Event::CounsellorJoined;
            }
            match (frame.author.as_deref(), frame.client_id) {
                (Some("child"), Some(client_id)) => Event::ChildMessage { client_id: client_id.into_owned() },
                _ => Event::Ignored,
            }
        }
        "offer" => match frame.conversation_id {
            Some(conversation_id) => Event::Offer { conversation_id: conversation_id.into_owned() },
            None => Event::Unexpected("offer without conversation_id".into()),
        },
        "ready" => Event::Ready,
        "assigned" => Event::Assigned,
        kind if CHILD_IGNORED.contains(&kind) || STAFF_IGNORED.contains(&kind) => Event::Ignored,
        kind => Event::Unexpected(kind.to_owned()),
    }
}

/// The child's first request: `start` in English (Bridgeline), `join` of its chat (relay).
pub fn child_start(dialect: Dialect, chat: u32) -> String {
    match dialect {
        Dialect::Bridgeline => format!(r#"{{"type":"start","id":"{START_ID}","language":"en"}}"#),
        Dialect::Relay => format!(r#"{{"type":"join","id":"{START_ID}","chat":{chat},"role":"child"}}"#),
    }
}

/// A child's chat message with the client id `id`.
pub fn child_send(dialect: Dialect, chat: u32, id: &str) -> String {
    match dialect {
        Dialect::Bridgeline => format!(r#"{{"type":"send","id":"{id}","text":"{TEXT}"}}"#),
        Dialect::Relay => format!(r#"{{"type":"send","id":"{id}","chat":{chat},"text":"{TEXT}"}}"#),
    }
}

/// Bridgeline staff: set the counsellor's status.
pub fn set_status(id: &str, available: bool) -> String {
    let status = if available { "available" } else { "away" };
    format!(r#"{{"type":"set_status","id":"{id}","status":"{status}"}}"#)
}

/// Bridgeline staff: accept an offer. The conversation id comes from the server, so it
/// is written with JSON escaping.
pub fn accept(id: &str, conversation_id: &str) -> String {
    serde_json::json!({ "type": "accept", "id": id, "conversation_id": conversation_id }).to_string()
}

/// Relay: the counsellor joins chat `chat`.
pub fn relay_counsellor_join(chat: u32) -> String {
    format!(r#"{{"type":"join","id":"join-{chat}","chat":{chat},"role":"counsellor"}}"#)
}

/// The client id of a measured send: the step's tag, the child, a counter, and the
/// time the send was scheduled for (microseconds since the run's epoch), so that the
/// answer alone says when it was asked (no table of pending sends).
pub fn send_id(tag: u32, child: u32, counter: u64, scheduled_micros: u64) -> String {
    format!("m{tag}-{child}-{counter}-{scheduled_micros}")
}

/// The tag and scheduled time of a [`send_id`]; `None` for any other id.
pub fn parse_send_id(id: &str) -> Option<(u32, u64)> {
    let rest = id.strip_prefix('m')?;
    let mut parts = rest.split('-');
    let tag = parts.next()?.parse().ok()?;
    let _child: u32 = parts.next()?.parse().ok()?;
    let _counter: u64 = parts.next()?.parse().ok()?;
    let micros = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((tag, micros))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_eighty_bytes() {
        assert_eq!(TEXT.len(), 80);
    }

    #[test]
    fn send_ids_round_trip_and_fit_the_protocol() {
        let id = send_id(7, 1999, 123_456, 987_654_321_000);
        assert!(id.len() <= 64);
        assert_eq!(parse_send_id(&id), Some((7, 987_654_321_000)));
        assert_eq!(parse_send_id("start"), None);
        assert_eq!(parse_send_id("m1-2-3"), None);
        assert_eq!(parse_send_id("m1-2-3-4-5"), None);
        assert_eq!(parse_send_id("mx-2-3-4"), None);
    }

    #[test]
    fn frames_are_read_into_events() {
        assert_eq!(parse(r#"{"type":"ack","id":"m1-2-3-4","seq":5}"#), Event::Answer { id: "m1-2-3-4".into() });
        assert_eq!(
            parse(r#"{"type":"attached","id":"start","conversation_id":"c"}"#),
            Event::Answer { id: "start".into() }
        );
        assert_eq!(
            parse(
                r#"{"type":"message","seq":2,"author":"system","body":{"kind":"system","notice":"counsellor_joined","display_name":"A"}}"#
            ),
            Event::CounsellorJoined
        );
        assert_eq!(
            parse(r#"{"type":"message","seq":3,"author":"child","client_id":"m1","body":{"kind":"text","text":"hi"}}"#),
            Event::ChildMessage { client_id: "m1".into() }
        );
        assert_eq!(
            parse(r#"{"type":"message","author":"counsellor","client_id":"x","body":{"kind":"text"}}"#),
            Event::Ignored
        );
        assert_eq!(
            parse(r#"{"type":"offer","conversation_id":"c1","language":"en"}"#),
            Event::Offer { conversation_id: "c1".into() }
        );
        assert_eq!(
            parse(r#"{"type":"error","id":"m1","code":"not_yours","detail":"x"}"#),
            Event::Error { id: Some("m1".into()), code: "not_yours".into() }
        );
        assert_eq!(
            parse(r#"{"type":"error","code":"malformed"}"#),
            Event::Error { id: None, code: "malformed".into() }
        );
        assert_eq!(parse(r#"{"type":"queue","position":3}"#), Event::Ignored);
        assert_eq!(parse(r#"{"type":"surprise"}"#), Event::Unexpected("surprise".into()));
        assert_eq!(parse("not json"), Event::Unexpected("not JSON".into()));
        assert_eq!(parse(r#"{"type":"ack"}"#), Event::Unexpected("ack without id".into()));
    }

    #[test]
    fn outgoing_frames_are_json() {
        for frame in [
            child_start(Dialect::Bridgeline, 3),
            child_start(Dialect::Relay, 3),
            child_send(Dialect::Bridgeline, 3, "m1-3-0-10"),
            child_send(Dialect::Relay, 3, "m1-3-0-10"),
            set_status("s-1", true),
            accept("a-1", "c\"1"),
            relay_counsellor_join(9),
        ] {
            let value: serde_json::Value = serde_json::from_str(&frame).expect("valid JSON");
            assert!(value["type"].is_string() && value["id"].is_string(), "{frame}");
        }
    }
}
