//! The bodies partner helplines send each other about handovers (`docs/partners.md`),
//! and the checks a received one must pass. Pure.

use bridgeline_protocol::handovers::{validate_reason, HandoverConsent, HandoverSummary, TranscriptLine};
use serde::{Deserialize, Serialize};

/// The most lines of transcript a handover may carry (the newest, when a chat is
/// longer).
pub const MAX_TRANSCRIPT_LINES: usize = 2_000;

/// The largest handover body taken: the most lines of the longest messages, with room
/// for the summary and JSON escapes.
pub const MAX_HANDOVER_BYTES: usize = 24 * 1024 * 1024;

/// `POST /api/v1/partners/handovers`: a helpline hands a child's case over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverRequest {
    /// The sender's id for this handover, random; answers name it.
    pub handover_id: String,
    pub language: String,
    pub summary: HandoverSummary,
    pub consent: HandoverConsent,
    /// Only when the child agreed to share the chat.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<TranscriptLine>,
    pub child_in_chat: bool,
}

/// Why a received handover was refused (400 with this code).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("the handover id must be 16 to 64 letters, digits, '-' or '_'")]
    Id,
    #[error("the summary is incomplete or malformed")]
    Summary,
    #[error("the language is not a language code")]
    Language,
    #[error("the consent's reason is blank or too long")]
    Reason,
    #[error("a transcript needs the child's consent, and at most 2000 lines of chat text")]
    Transcript,
    #[error("the decision is not `accepted` with a token and a return code, or `declined` with a reason")]
    Decision,
}

impl Invalid {
    pub fn code(self) -> &'static str {
        match self {
            Self::Id => "invalid_id",
            Self::Summary => "invalid_summary",
            Self::Language => "invalid_language",
            Self::Reason => "invalid_reason",
            Self::Transcript => "invalid_transcript",
            Self::Decision => "invalid_decision",
        }
    }
}

/// Whether an id someone else made is one this helpline will store and send back.
pub fn valid_id(id: &str) -> bool {
    (16..=64).contains(&id.len()) && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"-_".contains(&byte))
}

/// `it`, `ti`, `pt-BR`: the form of a language code.
pub fn valid_language(code: &str) -> bool {
    let (base, region) = code.split_once('-').unwrap_or((code, ""));
    (2..=3).contains(&base.len())
        && base.bytes().all(|byte| byte.is_ascii_lowercase())
        && (region.is_empty() || (region.len() == 2 && region.bytes().all(|byte| byte.is_ascii_uppercase())))
}

impl HandoverRequest {
    /// Checks a handover a partner sent, before anything of it is stored.
    pub fn validate(&self) -> Result<(), Invalid> {
        if !valid_id(&self.handover_id) {
            return Err(Invalid::Id);
        }
        self.summary.validate().map_err(|_| Invalid::Summary)?;
        if !valid_language(&self.language) || !self.summary.languages.iter().all(|code| valid_language(code)) {
            return Err(Invalid::Language);
        }
        match &self.consent {
            HandoverConsent::Child { language, .. } if !valid_language(language) => return Err(Invalid::Language),
            HandoverConsent::ImminentRisk { reason } => {
                validate_reason(reason).map_err(|_| Invalid::Reason)?;
                // Without the child's consent, the chat itself never goes.
                if !self.transcript.is_empty() {
                    return Err(Invalid::Transcript);
                }
            }
            HandoverConsent::Child { .. } => {}
        }
        let lines_ok = self.transcript.len() <= MAX_TRANSCRIPT_LINES
            && self.transcript.iter().all(|line| bridgeline_protocol::validate_text(&line.text).is_ok());
        if lines_ok {
            Ok(())
        } else {
            Err(Invalid::Transcript)
        }
    }
}

/// `POST /api/v1/partners/handovers/{id}/answer`: the partner that received handover
/// `{id}` accepts or declines it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum HandoverAnswer {
    /// `token` lets the child's page join the chat of `decided_by` once (10 minutes);
    /// `return_code` opens the case at the partner by hand.
    Accepted {
        decided_by: String,
        token: String,
        return_code: String,
    },
    Declined {
        decided_by: String,
        reason: String,
    },
}

impl HandoverAnswer {
    pub fn validate(&self) -> Result<(), Invalid> {
        let name_ok = |name: &str| !name.trim().is_empty() && name.len() <= 200;
        match self {
            Self::Accepted { decided_by, token, return_code } => {
                let token_ok = (16..=128).contains(&token.len())
                    && token.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"-_".contains(&byte));
                let code_ok = return_code.len() <= 40 && crate::return_code::ReturnCode::parse(return_code).is_ok();
                if name_ok(decided_by) && token_ok && code_ok {
                    Ok(())
                } else {
                    Err(Invalid::Decision)
                }
            }
            Self::Declined { decided_by, reason } => {
                if name_ok(decided_by) && validate_reason(reason).is_ok() {
                    Ok(())
                } else {
                    Err(Invalid::Decision)
                }
            }
        }
    }
}

/// The partner's WebSocket URL for children, from its base URL: `https://` becomes
/// `wss://`, `http://` (loopback only) `ws://`.
pub fn child_socket_url(base_url: &str) -> String {
    let socket = match base_url.split_once("://") {
        Some(("https", rest)) => format!("wss://{rest}"),
        Some((_, rest)) => format!("ws://{rest}"),
        None => base_url.to_owned(),
    };
    format!("{socket}/ws/v1/child")
}

#[cfg(test)]
mod tests {
    use bridgeline_protocol::{Author, RiskLevel};

    use super::*;

    fn request() -> HandoverRequest {
        HandoverRequest {
            handover_id: "0123456789abcdef0123".into(),
            language: "ar".into(),
            summary: HandoverSummary {
                categories: vec!["migration".into()],
                risk: RiskLevel::Medium,
                languages: vec!["ar".into()],
                country: Some("IT".into()),
                what_happened: "Separated from her brother.".into(),
                child_wants: "To find him.".into(),
                done_so_far: String::new(),
                referrals: vec![],
            },
            consent: HandoverConsent::Child { language: "ar".into(), answered_at: 1 },
            transcript: vec![TranscriptLine { author: Author::Child, text: "مرحبا".into(), sent_at: 1 }],
            child_in_chat: true,
        }
    }

    #[test]
    fn a_chat_goes_only_with_the_childs_consent() {
        assert_eq!(request().validate(), Ok(()));
        let without = HandoverRequest {
            consent: HandoverConsent::ImminentRisk { reason: "threatened tonight".into() },
            ..request()
        };
        assert_eq!(without.validate(), Err(Invalid::Transcript));
        assert_eq!(HandoverRequest { transcript: vec![], ..without }.validate(), Ok(()));
    }

    #[test]
    fn ids_languages_and_summaries_are_checked() {
        assert_eq!(HandoverRequest { handover_id: "short".into(), ..request() }.validate(), Err(Invalid::Id));
        assert_eq!(HandoverRequest { language: "Arabic".into(), ..request() }.validate(), Err(Invalid::Language));
        let blank = HandoverSummary { what_happened: " ".into(), ..request().summary };
        assert_eq!(HandoverRequest { summary: blank, ..request() }.validate(), Err(Invalid::Summary));
        let line = TranscriptLine { author: Author::Child, text: "a\u{0}".into(), sent_at: 1 };
        assert_eq!(HandoverRequest { transcript: vec![line], ..request() }.validate(), Err(Invalid::Transcript));
    }

    #[test]
    fn answers_carry_what_each_decision_needs() {
        let code = crate::return_code::ReturnCode::from_random(&[7; crate::return_code::ReturnCode::RANDOM_BYTES])
            .expect("a code")
            .display();
        let accepted = HandoverAnswer::Accepted {
            decided_by: "Giulia".into(),
            token: "abcdefghijklmnopqrstuvwxyz012345".into(),
            return_code: code.clone(),
        };
        assert_eq!(accepted.validate(), Ok(()));
        let json = serde_json::to_value(&accepted).unwrap();
        assert_eq!(json["decision"], "accepted");
        let mut mistyped: Vec<char> = code.chars().collect();
        let last = mistyped.len() - 1;
        mistyped[last] = if mistyped[last] == '0' { '1' } else { '0' };
        let bad_code = HandoverAnswer::Accepted {
            decided_by: "Giulia".into(),
            token: "abcdefghijklmnopqrstuvwxyz012345".into(),
            return_code: mistyped.into_iter().collect(),
        };
        assert_eq!(bad_code.validate(), Err(Invalid::Decision));
        let declined = HandoverAnswer::Declined { decided_by: "Giulia".into(), reason: " ".into() };
        assert_eq!(declined.validate(), Err(Invalid::Decision));
    }

    #[test]
    fn the_child_socket_follows_the_base_urls_scheme() {
        assert_eq!(child_socket_url("https://chat.example.it/bl"), "wss://chat.example.it/bl/ws/v1/child");
        assert_eq!(child_socket_url("http://127.0.0.1:9000"), "ws://127.0.0.1:9000/ws/v1/child");
    }
}
