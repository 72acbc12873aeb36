//! What the child's page writes: its frames ([`ChildRequest`]) and its unsent messages
//! (kept in session storage), byte for byte as `serde_json` writes them (members in
//! declared order, no spaces, the same escapes), so the server reads the same frames.

use bridgeline_protocol::{ChildRequest, Intake, SurveyAnswers, SurveyQuestion};

/// A message written but not yet acknowledged, as the page keeps it across a reload.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub id: String,
    pub text: String,
}

/// A JSON object being written.
struct Object {
    out: String,
}

impl Object {
    fn new() -> Self {
        Object { out: String::from("{") }
    }

    fn key(&mut self, key: &str) -> &mut String {
        if self.out.len() > 1 {
            self.out.push(',');
        }
        push_string(&mut self.out, key);
        self.out.push(':');
        &mut self.out
    }

    fn text(mut self, key: &str, value: &str) -> Self {
        push_string(self.key(key), value);
        self
    }

    fn number(mut self, key: &str, value: u64) -> Self {
        self.key(key).push_str(&value.to_string());
        self
    }

    fn texts<'a>(mut self, key: &str, values: impl IntoIterator<Item = &'a str>) -> Self {
        push_list(self.key(key), values);
        self
    }

    fn raw(mut self, key: &str, json: &str) -> Self {
        self.key(key).push_str(json);
        self
    }

    fn end(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// A string as serde_json escapes it: `"` and `\`, the short escapes for control
/// characters that have one, `\u00XX` (lower-case hex) for the other control
/// characters; everything else as it is.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            control if control < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let byte = control as u8;
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(byte >> 4)]));
                out.push(char::from(HEX[usize::from(byte & 0xf)]));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

fn push_list<'a>(out: &mut String, values: impl IntoIterator<Item = &'a str>) {
    out.push('[');
    for (index, value) in values.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        push_string(out, value);
    }
    out.push(']');
}

fn intake(intake: &Intake) -> String {
    let mut object = Object::new();
    if !intake.topics.is_empty() {
        object = object.texts("topics", intake.topics.iter().map(|topic| topic.as_str()));
    }
    if let Some(band) = intake.age_band {
        object = object.text("age_band", band.as_str());
    }
    if let Some(country) = &intake.country {
        object = object.text("country", country);
    }
    object.end()
}

/// The survey's answers: the questions answered, in declared order.
fn survey(answers: &SurveyAnswers) -> String {
    let mut object = Object::new();
    for question in SurveyQuestion::ALL {
        if let Some(answer) = answers.get(question) {
            object = object.text(question.as_str(), answer.as_str());
        }
    }
    object.end()
}

/// A frame for `/ws/v1/child`.
pub fn child_request(request: &ChildRequest) -> String {
    let frame = |kind: &str, id: &str| Object::new().text("type", kind).text("id", id);
    match request {
        ChildRequest::Start { id, language, also_reads, intake: answers, return_code } => {
            let object = frame("start", id)
                .text("language", language)
                .texts("also_reads", also_reads.iter().map(String::as_str))
                .raw("intake", &intake(answers));
            match return_code {
                Some(code) => object.text("return_code", code),
                None => object,
            }
        }
        ChildRequest::Resume { id, resume_token, last_seq } => {
            frame("resume", id).text("resume_token", resume_token).number("last_seq", *last_seq)
        }
        ChildRequest::Send { id, text } => frame("send", id).text("text", text),
        ChildRequest::End { id } => frame("end", id),
        ChildRequest::ChangeLanguage { id, language } => frame("change_language", id).text("language", language),
        ChildRequest::Typing { id } => frame("typing", id),
        ChildRequest::Read { id, seq } => frame("read", id).number("seq", *seq),
        ChildRequest::Rate { id, rating } => frame("rate", id).text("rating", rating.as_str()),
        ChildRequest::Survey { id, answers } => frame("survey", id).raw("answers", &survey(answers)),
        ChildRequest::History { id, conversation_id, after_seq, before_seq } => {
            let object = match conversation_id {
                Some(conversation) => frame("history", id).text("conversation_id", &conversation.0),
                None => frame("history", id),
            };
            let object = object.number("after_seq", *after_seq);
            match before_seq {
                Some(before) => object.number("before_seq", *before),
                None => object,
            }
        }
        ChildRequest::Leave { id } => frame("leave", id),
        ChildRequest::TakeCode { id } => frame("take_code", id),
        ChildRequest::ForgetMe { id, code } => frame("forget_me", id).text("code", code),
        ChildRequest::LeaveMessage { id } => frame("leave_message", id),
        ChildRequest::OpenCase { id, code } => frame("open_case", id).text("code", code),
        ChildRequest::HandoverConsent { id, consent_id, answer } => {
            frame("handover_consent", id).text("consent_id", consent_id).text("answer", answer.as_str())
        }
        ChildRequest::JoinHandover { id, token } => frame("join_handover", id).text("token", token),
    }
    .end()
}

/// The unsent messages, as a JSON array of `{"id", "text"}`.
pub fn pending(pending: &[Pending]) -> String {
    let mut out = String::from("[");
    for (index, message) in pending.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        out.push_str(&Object::new().text("id", &message.id).text("text", &message.text).end());
    }
    out.push(']');
    out
}

/// Reads back what [`pending`] wrote; `None` if it is not that.
pub fn read_pending<J: crate::Json>(value: &J) -> Option<Vec<Pending>> {
    use crate::json::{list, required, string};
    list(value, |message| {
        Some(Pending { id: required(message, "id", string)?, text: required(message, "text", string)? })
    })
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::handovers::ConsentAnswer;
    use bridgeline_protocol::{AgeBand, ConversationId, Rating, SurveyAnswer, Topic};

    use super::*;
    use crate::json::parsed;

    /// Text with everything an escape exists for, and what needs none.
    const TRICKY: &str =
        "\"quoted\" back\\slash\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} / é 中 \u{202E} \u{2028} 😀 </script>";

    fn samples() -> Vec<ChildRequest> {
        vec![
            ChildRequest::Start {
                id: "1".into(),
                language: "en".into(),
                also_reads: vec![],
                intake: Intake::default(),
                return_code: None,
            },
            ChildRequest::Start {
                id: TRICKY.into(),
                language: "uk".into(),
                also_reads: vec!["ru".into(), "pl".into()],
                intake: Intake {
                    topics: vec![Topic::Family, Topic::Online],
                    age_band: Some(AgeBand::From13To15),
                    country: Some("DE".into()),
                },
                return_code: None,
            },
            ChildRequest::Start {
                id: "2".into(),
                language: "ar".into(),
                also_reads: vec!["en".into()],
                intake: Intake { topics: vec![], age_band: None, country: Some("UA".into()) },
                return_code: Some("4827 1930 5562".into()),
            },
            ChildRequest::Resume { id: "3".into(), resume_token: "tok".into(), last_seq: 0 },
            ChildRequest::Resume { id: "3".into(), resume_token: "tok".into(), last_seq: u64::MAX },
            ChildRequest::Send { id: "4".into(), text: TRICKY.into() },
            ChildRequest::End { id: "5".into() },
            ChildRequest::ChangeLanguage { id: "6".into(), language: "fr".into() },
            ChildRequest::Typing { id: "7".into() },
            ChildRequest::Read { id: "8".into(), seq: 42 },
            ChildRequest::Rate { id: "9".into(), rating: Rating::Helped },
            ChildRequest::Rate { id: "9".into(), rating: Rating::Somewhat },
            ChildRequest::Rate { id: "9".into(), rating: Rating::NotHelped },
            ChildRequest::Survey { id: "12".into(), answers: SurveyAnswers::default() },
            ChildRequest::Survey {
                id: "12".into(),
                answers: SurveyAnswers {
                    listened: Some(SurveyAnswer::Yes),
                    next_steps: Some(SurveyAnswer::NotSure),
                    come_back: Some(SurveyAnswer::No),
                },
            },
            ChildRequest::Survey {
                id: "12".into(),
                answers: SurveyAnswers { listened: None, next_steps: None, come_back: Some(SurveyAnswer::Yes) },
            },
            ChildRequest::History { id: "10".into(), conversation_id: None, after_seq: 0, before_seq: Some(17) },
            ChildRequest::History { id: "10".into(), conversation_id: None, after_seq: 3, before_seq: None },
            ChildRequest::History {
                id: "10".into(),
                conversation_id: Some(ConversationId(TRICKY.into())),
                after_seq: 0,
                before_seq: None,
            },
            ChildRequest::Leave { id: "11".into() },
            ChildRequest::TakeCode { id: "13".into() },
            ChildRequest::ForgetMe { id: "14".into(), code: TRICKY.into() },
            ChildRequest::LeaveMessage { id: "15".into() },
            ChildRequest::OpenCase { id: "16".into(), code: "4827 1930 5562".into() },
            ChildRequest::HandoverConsent { id: "17".into(), consent_id: TRICKY.into(), answer: ConsentAnswer::Yes },
            ChildRequest::HandoverConsent {
                id: "17".into(),
                consent_id: "4f1c".into(),
                answer: ConsentAnswer::SummaryOnly,
            },
            ChildRequest::HandoverConsent { id: "17".into(), consent_id: "4f1c".into(), answer: ConsentAnswer::No },
            ChildRequest::JoinHandover { id: "18".into(), token: TRICKY.into() },
        ]
    }

    /// Exhaustive: a new request type fails to compile here until it has a sample.
    fn kind(request: &ChildRequest) -> &'static str {
        match request {
            ChildRequest::Start { .. } => "start",
            ChildRequest::Resume { .. } => "resume",
            ChildRequest::Send { .. } => "send",
            ChildRequest::End { .. } => "end",
            ChildRequest::ChangeLanguage { .. } => "change_language",
            ChildRequest::Typing { .. } => "typing",
            ChildRequest::Read { .. } => "read",
            ChildRequest::Rate { .. } => "rate",
            ChildRequest::Survey { .. } => "survey",
            ChildRequest::History { .. } => "history",
            ChildRequest::Leave { .. } => "leave",
            ChildRequest::TakeCode { .. } => "take_code",
            ChildRequest::ForgetMe { .. } => "forget_me",
            ChildRequest::LeaveMessage { .. } => "leave_message",
            ChildRequest::OpenCase { .. } => "open_case",
            ChildRequest::HandoverConsent { .. } => "handover_consent",
            ChildRequest::JoinHandover { .. } => "join_handover",
        }
    }

    #[test]
    fn writes_every_frame_byte_for_byte_as_serde_json() {
        let samples = samples();
        let mut kinds: Vec<&str> = samples.iter().map(kind).collect();
        kinds.dedup();
        assert_eq!(kinds, ChildRequest::TYPES, "a sample of every type, in order");
        for request in samples {
            let written = child_request(&request);
            assert_eq!(written, serde_json::to_string(&request).unwrap());
            assert_eq!(serde_json::from_str::<ChildRequest>(&written).unwrap(), request);
        }
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_does() {
        let all: String = (0u8..0x80).map(char::from).collect();
        let request = ChildRequest::Send { id: "x".into(), text: all };
        assert_eq!(child_request(&request), serde_json::to_string(&request).unwrap());
    }

    #[test]
    fn unsent_messages_round_trip() {
        let messages =
            vec![Pending { id: "a".into(), text: TRICKY.into() }, Pending { id: "b".into(), text: String::new() }];
        let written = pending(&messages);
        let as_serde: Vec<serde_json::Value> =
            messages.iter().map(|message| serde_json::json!({"id": message.id, "text": message.text})).collect();
        assert_eq!(written, serde_json::to_string(&as_serde).unwrap());
        assert_eq!(read_pending(&parsed(&written)), Some(messages));
        assert_eq!(pending(&[]), "[]");
        assert_eq!(read_pending(&parsed(r#"[{"id":"a"}]"#)), None);
    }
}
