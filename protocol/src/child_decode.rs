//! Reading `/ws/v1/child` frames in the child's page, with less code than serde's
//! derive for an internally tagged enum.
//!
//! serde reads a `{"type": …}`-tagged enum by first buffering the whole frame into a
//! generic tree, then matching every variant against it: for [`ChildEvent`] that code
//! was the largest single function of the child's WebAssembly, on a page whose first
//! load has a byte budget (children on slow, metered phones). Here the tag is read
//! first and the frame is then read straight into the one shape it names, with the
//! same visitors the rest of the page uses anyway. The server keeps the derived
//! implementation; a test holds both to the same results.

use serde::Deserialize;

use crate::{Author, ChildEvent, ConversationId, ConversationState, Seq};

/// Reads one frame the server sent on the child's socket.
pub fn decode_child_event(text: &str) -> Result<ChildEvent, serde_json::Error> {
    let Tag { kind } = serde_json::from_str(text)?;
    Ok(match kind.as_str() {
        "attached" => {
            let Attached {
                id,
                conversation_id,
                resume_token,
                language,
                state,
                last_seq,
                counsellor,
                counsellor_read_seq,
            } = serde_json::from_str(text)?;
            ChildEvent::Attached {
                id,
                conversation_id,
                resume_token,
                language,
                state,
                last_seq,
                counsellor,
                counsellor_read_seq,
            }
        }
        "queue" => ChildEvent::Queue(serde_json::from_str(text)?),
        "typing" => ChildEvent::Typing {},
        "read" => {
            let Read { seq } = serde_json::from_str(text)?;
            ChildEvent::Read { seq }
        }
        "ack" => {
            let Ack { id, seq } = serde_json::from_str(text)?;
            ChildEvent::Ack { id, seq }
        }
        "message" => ChildEvent::Message(serde_json::from_str(text)?),
        "history" => ChildEvent::History(serde_json::from_str(text)?),
        "ended" => {
            let Ended { by, pause_token } = serde_json::from_str(text)?;
            ChildEvent::Ended { by, pause_token }
        }
        "error" => ChildEvent::Error(serde_json::from_str(text)?),
        "presence" => {
            // Read as a string: the enum's derived reader would add its own code.
            let Presence { counsellor } = serde_json::from_str(text)?;
            let counsellor = match counsellor.as_str() {
                "connected" => crate::Presence::Connected,
                "connection_lost" => crate::Presence::ConnectionLost,
                "left" => crate::Presence::Left,
                other => return Err(serde::de::Error::unknown_variant(other, PRESENCES)),
            };
            ChildEvent::Presence { counsellor }
        }
        "code" => {
            let Code { id, code } = serde_json::from_str(text)?;
            ChildEvent::Code { id, code }
        }
        other => return Err(serde::de::Error::unknown_variant(other, TYPES)),
    })
}

/// Every `type` [`decode_child_event`] reads.
const TYPES: &[&str] =
    &["attached", "queue", "typing", "read", "ack", "message", "history", "ended", "error", "presence", "code"];

#[derive(Deserialize)]
struct Tag {
    #[serde(rename = "type")]
    kind: String,
}

// The struct variants' fields, as [`ChildEvent`] declares them; each is destructured
// and rebuilt whole above, so a field added to one side and not the other does not
// compile.

#[derive(Deserialize)]
struct Attached {
    id: String,
    conversation_id: ConversationId,
    resume_token: String,
    language: String,
    state: ConversationState,
    last_seq: Seq,
    #[serde(default)]
    counsellor: Option<String>,
    #[serde(default)]
    counsellor_read_seq: Seq,
}

#[derive(Deserialize)]
struct Read {
    seq: Seq,
}

#[derive(Deserialize)]
struct Ack {
    id: String,
    #[serde(default)]
    seq: Option<Seq>,
}

#[derive(Deserialize)]
struct Presence {
    counsellor: String,
}

#[derive(Deserialize)]
struct Code {
    id: String,
    code: String,
}

/// Every value of a `presence` frame's `counsellor`.
const PRESENCES: &[&str] = &["connected", "connection_lost", "left"];

#[derive(Deserialize)]
struct Ended {
    by: Author,
    #[serde(default)]
    pause_token: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Body, ChatMessage, ErrorCode, ErrorReply, HistoryPage, Notice, QueueStatus};

    fn message(seq: Seq) -> ChatMessage {
        ChatMessage {
            conversation_id: ConversationId("c".into()),
            seq,
            author: Author::Counsellor,
            client_id: Some("k".into()),
            body: Body::Text { text: "hello \"there\" \u{202E}".into() },
            sent_at: 7,
        }
    }

    /// Every variant, with optional fields both present and absent.
    fn samples() -> Vec<ChildEvent> {
        let attached = |counsellor: Option<&str>, counsellor_read_seq| ChildEvent::Attached {
            id: "1".into(),
            conversation_id: ConversationId("c".into()),
            resume_token: "t".into(),
            language: "fa".into(),
            state: ConversationState::Active,
            last_seq: 9,
            counsellor: counsellor.map(str::to_owned),
            counsellor_read_seq,
        };
        vec![
            attached(Some("Sam"), 3),
            attached(None, 0),
            ChildEvent::Queue(QueueStatus {
                position: 2,
                estimated_wait_seconds: Some(60),
                counsellor_on_duty: true,
                languages_on_duty: vec!["en".into()],
                next_on_duty_at: None,
                also_reads_on_duty: false,
            }),
            ChildEvent::Queue(QueueStatus {
                position: 1,
                estimated_wait_seconds: None,
                counsellor_on_duty: false,
                languages_on_duty: vec!["fr".into()],
                next_on_duty_at: Some(5),
                also_reads_on_duty: true,
            }),
            ChildEvent::Typing {},
            ChildEvent::Read { seq: 4 },
            ChildEvent::Ack { id: "2".into(), seq: Some(5) },
            ChildEvent::Ack { id: "2".into(), seq: None },
            ChildEvent::Message(message(1)),
            ChildEvent::Message(ChatMessage {
                body: Body::System(Notice::CounsellorJoined { display_name: "Sam".into() }),
                client_id: None,
                ..message(2)
            }),
            ChildEvent::History(HistoryPage {
                id: None,
                conversation_id: ConversationId("c".into()),
                after_seq: 0,
                before_seq: Some(10),
                messages: vec![message(8), message(9)],
                more: true,
            }),
            ChildEvent::History(HistoryPage {
                id: Some("3".into()),
                conversation_id: ConversationId("c".into()),
                after_seq: 4,
                before_seq: None,
                messages: Vec::new(),
                more: false,
            }),
            ChildEvent::Ended { by: Author::Child, pause_token: Some("p".into()) },
            ChildEvent::Ended { by: Author::System, pause_token: None },
            ChildEvent::Error(ErrorReply {
                id: Some("4".into()),
                code: ErrorCode::Paused,
                detail: "d".into(),
                until: Some(99),
            }),
            ChildEvent::Presence { counsellor: crate::Presence::ConnectionLost },
            ChildEvent::Presence { counsellor: crate::Presence::Connected },
            ChildEvent::Code { id: "5".into(), code: "4827 1930 5562".into() },
        ]
    }

    /// The variant's tag, by an exhaustive match: a new variant fails to compile here
    /// until it has samples above and a branch in the decoder.
    fn tag(event: &ChildEvent) -> &'static str {
        match event {
            ChildEvent::Attached { .. } => "attached",
            ChildEvent::Queue(_) => "queue",
            ChildEvent::Typing {} => "typing",
            ChildEvent::Read { .. } => "read",
            ChildEvent::Ack { .. } => "ack",
            ChildEvent::Message(_) => "message",
            ChildEvent::History(_) => "history",
            ChildEvent::Ended { .. } => "ended",
            ChildEvent::Error(_) => "error",
            ChildEvent::Presence { .. } => "presence",
            ChildEvent::Code { .. } => "code",
        }
    }

    #[test]
    fn reads_every_frame_as_the_derived_implementation_does() {
        let samples = samples();
        let mut tags: Vec<&str> = samples.iter().map(tag).collect();
        tags.dedup();
        assert_eq!(tags, TYPES, "a sample of every type, in order");
        for event in samples {
            let text = serde_json::to_string(&event).expect("serialises");
            let derived: ChildEvent = serde_json::from_str(&text).expect("derived reads it");
            assert_eq!(decode_child_event(&text).expect("decodes"), derived, "{text}");
            assert_eq!(derived, event);
        }
    }

    #[test]
    fn refuses_what_the_derived_implementation_refuses() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"type":"nope"}"#,
            r#"{"type":7}"#,
            r#"{"type":"read"}"#,
            r#"{"type":"read","seq":"x"}"#,
            r#"{"type":"ack","id":"1","seq":-1}"#,
            r#"{"type":"ended","by":"nobody"}"#,
            r#"{"type":"presence","counsellor":"gone"}"#,
        ] {
            assert!(serde_json::from_str::<ChildEvent>(text).is_err(), "derived accepts {text}");
            assert!(decode_child_event(text).is_err(), "decoder accepts {text}");
        }
    }
}
