//! Handing a child's case to a partner helpline in another country (see
//! `docs/protocol.md`, "Handovers to partner helplines", and `docs/partners.md` for
//! the server-to-server side).
//!
//! The child is asked first, in their language, on their page: they see with whom and
//! what would be shared, and may say no. Only a coordinator may send a case in
//! imminent danger without that consent, with a reason, and the child is told.
//! The summary is written for a reader in another language: its categories and risk
//! are codes the partner's console shows in its own language; its free texts are
//! short and plain.

use serde::{Deserialize, Serialize};

use crate::{Author, ConversationId, ErrorCode, RiskLevel, UnixMillis};

/// The most bytes a summary's free text (each of its three) may hold.
pub const MAX_SUMMARY_TEXT_BYTES: usize = 4_000;

/// The most bytes a reason (declining, or sending without consent) may hold.
pub const MAX_REASON_BYTES: usize = 1_000;

/// The child's answer to "may we pass your case to …?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentAnswer {
    /// The summary, and the chat itself if it was asked for.
    Yes,
    /// The summary, but not the chat.
    SummaryOnly,
    No,
}

impl ConsentAnswer {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::SummaryOnly => "summary_only",
            Self::No => "no",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "yes" => Some(Self::Yes),
            "summary_only" => Some(Self::SummaryOnly),
            "no" => Some(Self::No),
            _ => None,
        }
    }

    /// Whether a handover may be sent on this answer, and with the chat.
    pub fn allows(self, transcript_asked: bool) -> (bool, bool) {
        match self {
            Self::Yes => (true, transcript_asked),
            Self::SummaryOnly => (true, false),
            Self::No => (false, false),
        }
    }
}

/// A partner helpline as staff choose it in the handover form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerView {
    pub name: String,
    pub countries: Vec<String>,
    pub languages: Vec<String>,
}

/// To the child: a counsellor asks whether the case may go to a partner helpline.
/// Answered with `handover_consent`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentQuestion {
    pub consent_id: String,
    /// The partner helpline's name, as configured here.
    pub partner: String,
    /// The countries it serves (ISO 3166 alpha-2).
    pub countries: Vec<String>,
    /// Whether the counsellor would also send the chat itself.
    pub transcript: bool,
}

/// To the counsellor: a consent question and, once the child answered, the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentView {
    pub conversation_id: ConversationId,
    pub consent_id: String,
    pub partner: String,
    pub transcript: bool,
    pub asked_at: UnixMillis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<ConsentAnswer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<UnixMillis>,
}

/// What a handover tells the partner about the child. Categories are the wrap-up
/// taxonomy's keys and the risk a level, so the partner reads them in its own
/// language; the texts are the counsellor's, written for a reader in another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverSummary {
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub risk: RiskLevel,
    /// The languages the child reads, the chat's first.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Where the child is now (ISO 3166 alpha-2), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub what_happened: String,
    pub child_wants: String,
    /// What this helpline already did.
    #[serde(default)]
    pub done_so_far: String,
    /// The services the child was referred to, by name.
    #[serde(default)]
    pub referrals: Vec<String>,
}

impl HandoverSummary {
    /// Checks the form: the two texts that say why are not blank, no text is over
    /// [`MAX_SUMMARY_TEXT_BYTES`] or holds control characters, and the codes look like
    /// codes.
    pub fn validate(&self) -> Result<(), ErrorCode> {
        for text in [&self.what_happened, &self.child_wants] {
            if text.trim().is_empty() {
                return Err(ErrorCode::InvalidField);
            }
        }
        for text in [&self.what_happened, &self.child_wants, &self.done_so_far] {
            if text.len() > MAX_SUMMARY_TEXT_BYTES {
                return Err(ErrorCode::TooLong);
            }
            if crate::text::forbidden_control(text).is_some() {
                return Err(ErrorCode::ControlCharacter);
            }
        }
        let code = |text: &String, max: usize, punctuation: &[u8]| {
            !text.is_empty()
                && text.len() <= max
                && text.bytes().all(|byte| byte.is_ascii_alphanumeric() || punctuation.contains(&byte))
        };
        // A category may be a sub-category (`violence.bullying`, as wrap-ups store it).
        let lists_ok = self.categories.len() <= 20
            && self.categories.iter().all(|category| code(category, 60, b"_-."))
            && !self.languages.is_empty()
            && self.languages.len() <= 10
            && self.languages.iter().all(|language| code(language, 12, b"_-"))
            && self.referrals.len() <= 20
            && self.referrals.iter().all(|name| !name.trim().is_empty() && name.len() <= 200);
        let country_ok = self
            .country
            .as_ref()
            .is_none_or(|country| country.len() == 2 && country.bytes().all(|byte| byte.is_ascii_uppercase()));
        if lists_ok && country_ok {
            Ok(())
        } else {
            Err(ErrorCode::InvalidField)
        }
    }
}

/// Checks a reason (declining a handover, or sending one without consent).
pub fn validate_reason(reason: &str) -> Result<(), ErrorCode> {
    if reason.trim().is_empty() {
        Err(ErrorCode::InvalidField)
    } else if reason.len() > MAX_REASON_BYTES {
        Err(ErrorCode::TooLong)
    } else if crate::text::forbidden_control(reason).is_some() {
        Err(ErrorCode::ControlCharacter)
    } else {
        Ok(())
    }
}

/// Where a handover this helpline sent stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HandoverStatus {
    /// Being sent to the partner.
    Sending,
    /// The partner could not be reached or refused it; it may be sent again.
    Failed,
    /// The partner has it and will answer.
    Delivered,
    Accepted,
    Declined,
    /// Accepted, and the child's page went on with the partner's counsellor.
    Transferred,
}

impl HandoverStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sending => "sending",
            Self::Failed => "failed",
            Self::Delivered => "delivered",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
            Self::Transferred => "transferred",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Sending, Self::Failed, Self::Delivered, Self::Accepted, Self::Declined, Self::Transferred]
            .into_iter()
            .find(|status| status.as_str() == text)
    }
}

/// A handover this helpline sent, as the console of whoever sent it sees it, after
/// `send_handover` and whenever its status changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingHandover {
    pub handover_id: String,
    pub conversation_id: ConversationId,
    pub partner: String,
    pub sent_at: UnixMillis,
    pub status: HandoverStatus,
    /// Whether the chat itself went with the summary.
    pub transcript: bool,
    /// Sent by a coordinator without the child's consent (imminent risk).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub without_consent: bool,
    /// Accepted or declined: the partner's staff member, by display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Declined: why; failed: what went wrong, in English, for staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// How the child agreed to a handover that arrived.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HandoverConsent {
    /// The child said yes on their page, asked in `language`.
    Child { language: String, answered_at: UnixMillis },
    /// A coordinator sent it without consent because the child is in imminent danger.
    ImminentRisk { reason: String },
}

/// One line of a transcript sent with a handover.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranscriptLine {
    pub author: Author,
    pub text: String,
    pub sent_at: UnixMillis,
}

/// A handover a partner sent this helpline, as its staff see it until someone
/// answers it (and, once accepted, beside the chat it became).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncomingHandover {
    pub handover_id: String,
    /// The partner helpline's name, as configured here.
    pub partner: String,
    pub received_at: UnixMillis,
    /// The language the chat was in (the summary's first).
    pub language: String,
    pub summary: HandoverSummary,
    pub consent: HandoverConsent,
    /// The chat, only if the child agreed to send it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transcript: Vec<TranscriptLine>,
    /// Whether the child was still in the chat when it was sent: accepting then can
    /// bring them straight to the one who accepts.
    pub child_in_chat: bool,
}

/// To the child: their case was sent to a partner helpline (with their consent, or
/// without it by a coordinator because they are in danger).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverNotice {
    pub partner: String,
    pub countries: Vec<String>,
    pub consented: bool,
    pub transcript: bool,
}

/// To the child: the partner accepted. The page connects to `socket_url` and sends
/// `join_handover` with `token` (once, within ten minutes), and goes on there with the
/// partner's counsellor. Should that fail, `page_url` and `return_code` reach the
/// partner by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoverTransfer {
    pub partner: String,
    pub socket_url: String,
    pub token: String,
    pub page_url: String,
    pub return_code: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary() -> HandoverSummary {
        HandoverSummary {
            categories: vec!["migration".into()],
            risk: RiskLevel::Medium,
            languages: vec!["ar".into(), "en".into()],
            country: Some("IT".into()),
            what_happened: "Travelling alone, separated from an older brother in Milan.".into(),
            child_wants: "To find the brother.".into(),
            done_so_far: String::new(),
            referrals: vec!["116 000".into()],
        }
    }

    #[test]
    fn a_summary_says_why_in_plain_bounded_text_with_codes() {
        assert_eq!(summary().validate(), Ok(()));
        let sub_category = HandoverSummary {
            categories: vec!["migration.unaccompanied".into(), "mental-health.self-harm".into()],
            ..summary()
        };
        assert_eq!(sub_category.validate(), Ok(()), "wrap-up codes, sub-categories included");
        assert_eq!(
            HandoverSummary { languages: vec!["a.b".into()], ..summary() }.validate(),
            Err(ErrorCode::InvalidField)
        );
        assert_eq!(HandoverSummary { child_wants: " ".into(), ..summary() }.validate(), Err(ErrorCode::InvalidField));
        let long = "x".repeat(MAX_SUMMARY_TEXT_BYTES + 1);
        assert_eq!(HandoverSummary { done_so_far: long, ..summary() }.validate(), Err(ErrorCode::TooLong));
        assert_eq!(
            HandoverSummary { country: Some("it".into()), ..summary() }.validate(),
            Err(ErrorCode::InvalidField)
        );
        assert_eq!(HandoverSummary { languages: vec![], ..summary() }.validate(), Err(ErrorCode::InvalidField));
        assert_eq!(
            HandoverSummary { categories: vec!["<b>".into()], ..summary() }.validate(),
            Err(ErrorCode::InvalidField)
        );
        assert_eq!(
            HandoverSummary { what_happened: "a\u{0}b".into(), ..summary() }.validate(),
            Err(ErrorCode::ControlCharacter)
        );
    }

    #[test]
    fn only_yes_lets_the_chat_go_and_no_lets_nothing_go() {
        assert_eq!(ConsentAnswer::Yes.allows(true), (true, true));
        assert_eq!(ConsentAnswer::Yes.allows(false), (true, false));
        assert_eq!(ConsentAnswer::SummaryOnly.allows(true), (true, false));
        assert_eq!(ConsentAnswer::No.allows(true), (false, false));
        for answer in [ConsentAnswer::Yes, ConsentAnswer::SummaryOnly, ConsentAnswer::No] {
            assert_eq!(ConsentAnswer::parse(answer.as_str()), Some(answer));
        }
    }

    #[test]
    fn statuses_and_consents_read_back() {
        for status in [
            HandoverStatus::Sending,
            HandoverStatus::Failed,
            HandoverStatus::Delivered,
            HandoverStatus::Accepted,
            HandoverStatus::Declined,
            HandoverStatus::Transferred,
        ] {
            assert_eq!(HandoverStatus::parse(status.as_str()), Some(status));
        }
        let consent = HandoverConsent::ImminentRisk { reason: "threatened tonight".into() };
        let json = serde_json::to_value(&consent).unwrap();
        assert_eq!(json["kind"], "imminent_risk");
        assert_eq!(serde_json::from_value::<HandoverConsent>(json).unwrap(), consent);
        assert_eq!(validate_reason(" "), Err(ErrorCode::InvalidField));
        assert_eq!(validate_reason("no capacity in Farsi tonight"), Ok(()));
    }
}
