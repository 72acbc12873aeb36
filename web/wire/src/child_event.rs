//! Frames the server sends on `/ws/v1/child` ([`ChildEvent`]), read from the browser's
//! parse of them. Each struct variant is built whole, so a field added to the protocol
//! and not read here does not compile.

use bridgeline_protocol::handovers::{ConsentQuestion, HandoverNotice, HandoverTransfer};
use bridgeline_protocol::{
    Author, Body, ChatMessage, ChildEarlierChat, ChildEvent, ConversationId, ConversationState, ErrorCode, ErrorReply,
    HistoryPage, Notice, Presence, QueueStatus, ReferralCard,
};

use crate::json::{
    boolean, is_object, list, name_of, optional, or_default, required, signed, string, unsigned, unsigned_32, Json,
};

pub fn read<J: Json>(frame: &J) -> Option<ChildEvent> {
    let field_text = |key| required(frame, key, string);
    Some(match required(frame, "type", string)?.as_str() {
        "attached" => ChildEvent::Attached {
            id: field_text("id")?,
            conversation_id: ConversationId(field_text("conversation_id")?),
            resume_token: field_text("resume_token")?,
            language: field_text("language")?,
            state: required(frame, "state", |state| name_of(state, STATES))?,
            last_seq: required(frame, "last_seq", unsigned)?,
            counsellor: optional(frame, "counsellor", string)?,
            counsellor_read_seq: or_default(frame, "counsellor_read_seq", unsigned)?,
            left_message_at: optional(frame, "left_message_at", signed)?,
            next_on_duty_at: optional(frame, "next_on_duty_at", signed)?,
        },
        "queue" => ChildEvent::Queue(queue_status(frame)?),
        "typing" => ChildEvent::Typing {},
        "read" => ChildEvent::Read { seq: required(frame, "seq", unsigned)? },
        "ack" => ChildEvent::Ack { id: field_text("id")?, seq: optional(frame, "seq", unsigned)? },
        "message" => ChildEvent::Message(message(frame)?),
        "history" => ChildEvent::History(HistoryPage {
            id: optional(frame, "id", string)?,
            conversation_id: ConversationId(field_text("conversation_id")?),
            after_seq: required(frame, "after_seq", unsigned)?,
            before_seq: optional(frame, "before_seq", unsigned)?,
            messages: required(frame, "messages", |messages| list(messages, message))?,
            more: required(frame, "more", boolean)?,
        }),
        "ended" => ChildEvent::Ended {
            by: required(frame, "by", |by| name_of(by, AUTHORS))?,
            pause_token: optional(frame, "pause_token", string)?,
        },
        "error" => ChildEvent::Error(ErrorReply {
            id: optional(frame, "id", string)?,
            code: required(frame, "code", |code| name_of(code, ERROR_CODES))?,
            detail: field_text("detail")?,
            until: optional(frame, "until", signed)?,
        }),
        "presence" => {
            ChildEvent::Presence { counsellor: required(frame, "counsellor", |who| name_of(who, PRESENCES))? }
        }
        "code" => ChildEvent::Code { id: field_text("id")?, code: field_text("code")? },
        "earlier_chats" => ChildEvent::EarlierChats {
            id: field_text("id")?,
            chats: required(frame, "chats", |chats| list(chats, earlier_chat))?,
        },
        "handover_consent_asked" => ChildEvent::HandoverConsentAsked(ConsentQuestion {
            consent_id: field_text("consent_id")?,
            partner: field_text("partner")?,
            countries: required(frame, "countries", |codes| list(codes, string))?,
            transcript: required(frame, "transcript", boolean)?,
        }),
        "handover_sent" => ChildEvent::HandoverSent(HandoverNotice {
            partner: field_text("partner")?,
            countries: required(frame, "countries", |codes| list(codes, string))?,
            consented: required(frame, "consented", boolean)?,
            transcript: required(frame, "transcript", boolean)?,
        }),
        "handover_transfer" => ChildEvent::HandoverTransfer(HandoverTransfer {
            partner: field_text("partner")?,
            socket_url: field_text("socket_url")?,
            token: field_text("token")?,
            page_url: field_text("page_url")?,
            return_code: field_text("return_code")?,
        }),
        _ => return None,
    })
}

const STATES: &[(&str, ConversationState)] = &[
    ("waiting", ConversationState::Waiting),
    ("active", ConversationState::Active),
    ("ended", ConversationState::Ended),
];

const AUTHORS: &[(&str, Author)] =
    &[("child", Author::Child), ("counsellor", Author::Counsellor), ("system", Author::System)];

const PRESENCES: &[(&str, Presence)] =
    &[("connected", Presence::Connected), ("connection_lost", Presence::ConnectionLost), ("left", Presence::Left)];

/// Every error code; `error_codes_are_named_as_serde_names_them` holds it to the enum.
const ERROR_CODES: &[(&str, ErrorCode)] = &[
    ("malformed", ErrorCode::Malformed),
    ("unknown_type", ErrorCode::UnknownType),
    ("invalid_field", ErrorCode::InvalidField),
    ("empty_text", ErrorCode::EmptyText),
    ("too_long", ErrorCode::TooLong),
    ("control_character", ErrorCode::ControlCharacter),
    ("unknown_language", ErrorCode::UnknownLanguage),
    ("not_yours", ErrorCode::NotYours),
    ("no_conversation", ErrorCode::NoConversation),
    ("already_started", ErrorCode::AlreadyStarted),
    ("conversation_ended", ErrorCode::ConversationEnded),
    ("invalid_resume_token", ErrorCode::InvalidResumeToken),
    ("forbidden", ErrorCode::Forbidden),
    ("unauthenticated", ErrorCode::Unauthenticated),
    ("offer_gone", ErrorCode::OfferGone),
    ("not_translated", ErrorCode::NotTranslated),
    ("unknown_service", ErrorCode::UnknownService),
    ("target_unavailable", ErrorCode::TargetUnavailable),
    ("paused", ErrorCode::Paused),
    ("internal", ErrorCode::Internal),
    ("child_left", ErrorCode::ChildLeft),
    ("wrong_code", ErrorCode::WrongCode),
    ("too_many_attempts", ErrorCode::TooManyAttempts),
    ("chat_live", ErrorCode::ChatLive),
    ("not_ended", ErrorCode::NotEnded),
    ("already_answered", ErrorCode::AlreadyAnswered),
    ("unknown_partner", ErrorCode::UnknownPartner),
    ("no_consent", ErrorCode::NoConsent),
    ("handover_gone", ErrorCode::HandoverGone),
    ("invalid_handover_token", ErrorCode::InvalidHandoverToken),
];

fn earlier_chat<J: Json>(value: &J) -> Option<ChildEarlierChat> {
    Some(ChildEarlierChat {
        conversation_id: ConversationId(required(value, "conversation_id", string)?),
        started_at: required(value, "started_at", signed)?,
        ended_at: optional(value, "ended_at", signed)?,
        state: required(value, "state", |state| name_of(state, STATES))?,
        counsellor: optional(value, "counsellor", string)?,
        left_message: required(value, "left_message", boolean)?,
        transcript_kept: required(value, "transcript_kept", boolean)?,
    })
}

fn queue_status<J: Json>(value: &J) -> Option<QueueStatus> {
    Some(QueueStatus {
        position: required(value, "position", unsigned_32)?,
        estimated_wait_seconds: optional(value, "estimated_wait_seconds", unsigned)?,
        counsellor_on_duty: required(value, "counsellor_on_duty", boolean)?,
        languages_on_duty: or_default(value, "languages_on_duty", |codes| list(codes, string))?,
        next_on_duty_at: optional(value, "next_on_duty_at", signed)?,
        also_reads_on_duty: or_default(value, "also_reads_on_duty", boolean)?,
    })
}

fn message<J: Json>(value: &J) -> Option<ChatMessage> {
    if !is_object(value) {
        return None;
    }
    Some(ChatMessage {
        conversation_id: ConversationId(required(value, "conversation_id", string)?),
        seq: required(value, "seq", unsigned)?,
        author: required(value, "author", |author| name_of(author, AUTHORS))?,
        client_id: optional(value, "client_id", string)?,
        body: required(value, "body", body)?,
        sent_at: required(value, "sent_at", signed)?,
    })
}

/// `{"kind": …}`, and for a notice `{"kind": "system", "notice": …}` in the same object.
fn body<J: Json>(value: &J) -> Option<Body> {
    let text = |key| required(value, key, string);
    Some(match required(value, "kind", string)?.as_str() {
        "text" => Body::Text { text: text("text")? },
        "canned" => Body::Canned { key: text("key")?, text: text("text")? },
        "referral" => Body::Referral(ReferralCard {
            service_id: text("service_id")?,
            name: text("name")?,
            phone: optional(value, "phone", string)?,
            url: optional(value, "url", string)?,
            description: optional(value, "description", string)?,
            always_open: required(value, "always_open", boolean)?,
            hours: optional(value, "hours", string)?,
        }),
        "system" => Body::System(match required(value, "notice", string)?.as_str() {
            "counsellor_joined" => Notice::CounsellorJoined { display_name: text("display_name")? },
            "ended_by_child" => Notice::EndedByChild,
            "ended_by_counsellor" => Notice::EndedByCounsellor,
            "left_queue" => Notice::LeftQueue,
            "language_changed" => Notice::LanguageChanged { language: text("language")? },
            "counsellor_left" => Notice::CounsellorLeft,
            "transferred" => Notice::Transferred,
            _ => return None,
        }),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parsed;

    fn message(seq: u64, body: Body) -> ChatMessage {
        ChatMessage {
            conversation_id: ConversationId("c".into()),
            seq,
            author: Author::Counsellor,
            client_id: Some("k".into()),
            body,
            sent_at: 7,
        }
    }

    fn text(text: &str) -> Body {
        Body::Text { text: text.into() }
    }

    /// Every body a message can carry.
    fn bodies() -> Vec<Body> {
        let card = ReferralCard {
            service_id: "s".into(),
            name: "Nummer gegen Kummer".into(),
            phone: Some("116 111".into()),
            url: Some("https://example.org/".into()),
            description: Some("d".into()),
            always_open: false,
            hours: Some("Mo–Fr 14–20".into()),
        };
        vec![
            text("hello \"there\" \u{202E} <b>"),
            Body::Canned { key: "greeting".into(), text: "Hallo".into() },
            Body::Referral(card.clone()),
            Body::Referral(ReferralCard {
                phone: None,
                url: None,
                description: None,
                always_open: true,
                hours: None,
                ..card
            }),
            Body::System(Notice::CounsellorJoined { display_name: "Sam".into() }),
            Body::System(Notice::EndedByChild),
            Body::System(Notice::EndedByCounsellor),
            Body::System(Notice::LeftQueue),
            Body::System(Notice::LanguageChanged { language: "uk".into() }),
            Body::System(Notice::CounsellorLeft),
            Body::System(Notice::Transferred),
        ]
    }

    /// Every variant, with optional fields both present and absent.
    fn samples() -> Vec<ChildEvent> {
        let attached = |counsellor: Option<&str>, counsellor_read_seq, state| ChildEvent::Attached {
            id: "1".into(),
            conversation_id: ConversationId("c".into()),
            resume_token: "t".into(),
            language: "fa".into(),
            state,
            last_seq: 9,
            counsellor: counsellor.map(str::to_owned),
            counsellor_read_seq,
            left_message_at: (state == ConversationState::Waiting).then_some(1_764_000_000_000),
            next_on_duty_at: (counsellor_read_seq == 0 && state == ConversationState::Waiting)
                .then_some(1_764_100_000_000),
        };
        let mut samples = vec![
            attached(Some("Sam"), 3, ConversationState::Active),
            attached(None, 0, ConversationState::Waiting),
            attached(None, 0, ConversationState::Ended),
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
                languages_on_duty: Vec::new(),
                next_on_duty_at: Some(1_764_000_000_000),
                also_reads_on_duty: true,
            }),
            ChildEvent::Typing {},
            ChildEvent::Read { seq: 4 },
            ChildEvent::Ack { id: "2".into(), seq: Some(5) },
            ChildEvent::Ack { id: "2".into(), seq: None },
        ];
        samples.extend(bodies().into_iter().map(|body| ChildEvent::Message(message(1, body))));
        samples.push(ChildEvent::Message(ChatMessage {
            client_id: None,
            author: Author::System,
            ..message(2, text("x"))
        }));
        samples.extend([
            ChildEvent::History(HistoryPage {
                id: None,
                conversation_id: ConversationId("c".into()),
                after_seq: 0,
                before_seq: Some(10),
                messages: bodies().into_iter().map(|body| message(8, body)).collect(),
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
            ChildEvent::Ended { by: Author::Counsellor, pause_token: None },
            ChildEvent::Ended { by: Author::System, pause_token: None },
            ChildEvent::Error(ErrorReply {
                id: Some("4".into()),
                code: ErrorCode::Paused,
                detail: "d".into(),
                until: Some(99),
            }),
            ChildEvent::Error(ErrorReply { id: None, code: ErrorCode::TooLong, detail: String::new(), until: None }),
            ChildEvent::Presence { counsellor: Presence::ConnectionLost },
            ChildEvent::Presence { counsellor: Presence::Connected },
            ChildEvent::Presence { counsellor: Presence::Left },
            ChildEvent::Code { id: "5".into(), code: "4827 1930 5562".into() },
            ChildEvent::EarlierChats { id: "6".into(), chats: Vec::new() },
            ChildEvent::EarlierChats {
                id: "6".into(),
                chats: vec![
                    ChildEarlierChat {
                        conversation_id: ConversationId("b".into()),
                        started_at: 1_764_000_000_000,
                        ended_at: Some(1_764_000_100_000),
                        state: ConversationState::Ended,
                        counsellor: Some("Sam".into()),
                        left_message: true,
                        transcript_kept: true,
                    },
                    ChildEarlierChat {
                        conversation_id: ConversationId("a".into()),
                        started_at: 1_763_000_000_000,
                        ended_at: None,
                        state: ConversationState::Waiting,
                        counsellor: None,
                        left_message: false,
                        transcript_kept: false,
                    },
                ],
            },
            ChildEvent::HandoverConsentAsked(ConsentQuestion {
                consent_id: "4f1c".into(),
                partner: "Telefono Azzurro \"<b>\"".into(),
                countries: vec!["IT".into(), "SM".into()],
                transcript: true,
            }),
            ChildEvent::HandoverConsentAsked(ConsentQuestion {
                consent_id: "4f1d".into(),
                partner: "Linea".into(),
                countries: Vec::new(),
                transcript: false,
            }),
            ChildEvent::HandoverSent(HandoverNotice {
                partner: "Telefono Azzurro".into(),
                countries: vec!["IT".into()],
                consented: true,
                transcript: false,
            }),
            ChildEvent::HandoverSent(HandoverNotice {
                partner: "Telefono Azzurro".into(),
                countries: Vec::new(),
                consented: false,
                transcript: true,
            }),
            ChildEvent::HandoverTransfer(HandoverTransfer {
                partner: "Telefono Azzurro".into(),
                socket_url: "wss://chat.azzurro.example/ws/v1/child".into(),
                token: "Kq3".into(),
                page_url: "https://chat.azzurro.example/".into(),
                return_code: "4827 1930 5562".into(),
            }),
        ]);
        samples
    }

    /// The variant's tag, by an exhaustive match: a new variant fails to compile here
    /// until it has samples above and a branch in the reader.
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
            ChildEvent::EarlierChats { .. } => "earlier_chats",
            ChildEvent::HandoverConsentAsked(_) => "handover_consent_asked",
            ChildEvent::HandoverSent(_) => "handover_sent",
            ChildEvent::HandoverTransfer(_) => "handover_transfer",
        }
    }

    #[test]
    fn reads_every_frame_as_the_derived_implementation_does() {
        let samples = samples();
        let mut tags: Vec<&str> = samples.iter().map(tag).collect();
        tags.dedup();
        let types = [
            "attached",
            "queue",
            "typing",
            "read",
            "ack",
            "message",
            "history",
            "ended",
            "error",
            "presence",
            "code",
            "earlier_chats",
            "handover_consent_asked",
            "handover_sent",
            "handover_transfer",
        ];
        assert_eq!(tags, types, "a sample of every type, in order");
        for event in samples {
            let text = serde_json::to_string(&event).expect("serialises");
            let derived: ChildEvent = serde_json::from_str(&text).expect("derived reads it");
            assert_eq!(derived, event);
            assert_eq!(read(&parsed(&text)), Some(derived), "{text}");
        }
    }

    #[test]
    fn error_codes_are_named_as_serde_names_them() {
        for (name, code) in ERROR_CODES {
            assert_eq!(serde_json::to_value(code).unwrap(), serde_json::Value::String((*name).into()));
        }
        // The exhaustive match: a new code fails to compile here until it is listed.
        for (_, code) in ERROR_CODES {
            match code {
                ErrorCode::Malformed
                | ErrorCode::UnknownType
                | ErrorCode::InvalidField
                | ErrorCode::EmptyText
                | ErrorCode::TooLong
                | ErrorCode::ControlCharacter
                | ErrorCode::UnknownLanguage
                | ErrorCode::NotYours
                | ErrorCode::NoConversation
                | ErrorCode::AlreadyStarted
                | ErrorCode::ConversationEnded
                | ErrorCode::InvalidResumeToken
                | ErrorCode::Forbidden
                | ErrorCode::Unauthenticated
                | ErrorCode::OfferGone
                | ErrorCode::NotTranslated
                | ErrorCode::UnknownService
                | ErrorCode::TargetUnavailable
                | ErrorCode::Paused
                | ErrorCode::Internal
                | ErrorCode::ChildLeft
                | ErrorCode::WrongCode
                | ErrorCode::TooManyAttempts
                | ErrorCode::ChatLive
                | ErrorCode::NotEnded
                | ErrorCode::AlreadyAnswered
                | ErrorCode::UnknownPartner
                | ErrorCode::NoConsent
                | ErrorCode::HandoverGone
                | ErrorCode::InvalidHandoverToken => {}
            }
        }
        let mut names: Vec<&str> = ERROR_CODES.iter().map(|(name, _)| *name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 30, "every code once");
    }

    #[test]
    fn refuses_what_the_derived_implementation_refuses() {
        for text in [
            "[]",
            "{}",
            "7",
            r#"{"type":"nope"}"#,
            r#"{"type":7}"#,
            r#"{"type":"read"}"#,
            r#"{"type":"read","seq":"x"}"#,
            r#"{"type":"read","seq":null}"#,
            r#"{"type":"ack","id":"1","seq":-1}"#,
            r#"{"type":"ack","id":"1","seq":1.5}"#,
            r#"{"type":"ended","by":"nobody"}"#,
            r#"{"type":"presence","counsellor":"gone"}"#,
            r#"{"type":"attached","id":"1","conversation_id":"c","resume_token":"t","language":"en","state":"active","last_seq":1,"counsellor_read_seq":null}"#,
            r#"{"type":"queue","position":1}"#,
            r#"{"type":"queue","position":1,"counsellor_on_duty":true,"languages_on_duty":[1]}"#,
            r#"{"type":"message","conversation_id":"c","seq":1,"author":"child","body":{"kind":"text"},"sent_at":1}"#,
            r#"{"type":"message","conversation_id":"c","seq":1,"author":"child","body":{"kind":"poem","text":"x"},"sent_at":1}"#,
            r#"{"type":"message","conversation_id":"c","seq":1,"author":"child","body":{"kind":"system","notice":"gone"},"sent_at":1}"#,
            r#"{"type":"history","conversation_id":"c","after_seq":0,"messages":[],"more":"yes"}"#,
            r#"{"type":"error","code":"no_such_code","detail":""}"#,
            r#"{"type":"handover_consent_asked","consent_id":"c","partner":"p","countries":"IT","transcript":true}"#,
            r#"{"type":"handover_sent","partner":"p","countries":[],"consented":"yes","transcript":false}"#,
            r#"{"type":"handover_transfer","partner":"p","socket_url":"u","token":"t","page_url":"u"}"#,
        ] {
            assert!(serde_json::from_str::<ChildEvent>(text).is_err(), "derived accepts {text}");
            assert_eq!(read(&parsed(text)), None, "reader accepts {text}");
        }
    }

    #[test]
    fn ignores_unknown_members_as_the_derived_implementation_does() {
        let text = r#"{"type":"read","seq":3,"later":{"x":[1]}}"#;
        assert_eq!(read(&parsed(text)), Some(serde_json::from_str::<ChildEvent>(text).unwrap()));
    }
}
