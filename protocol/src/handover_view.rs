//! What a staff console knows of handovers to and from partner helplines (see
//! `docs/protocol.md`, "Handovers to partner helplines"), kept as the frames come:
//! per chat, the consent questions put to the child and their answers, and the
//! handovers sent with their status; the handovers partners sent that wait for an
//! answer here; and, beside a chat that came with one, what the partner sent.
//!
//! Also the decisions the console's handover form makes before it sends anything:
//! which partners to suggest first, what the summary starts from, whether the child's
//! answer lets the case go (and the chat with it), and who may send without consent.
//! Pure logic with no I/O, in this crate so that it is tested with the workspace's
//! tests (the console's crate has none of its own).

use crate::handovers::{
    ConsentAnswer, ConsentView, HandoverStatus, HandoverSummary, IncomingHandover, OutgoingHandover, PartnerView,
    MAX_REASON_BYTES, MAX_SUMMARY_TEXT_BYTES,
};
use crate::text::forbidden_control;
use crate::{Body, ChatMessage, ConversationId, Intake, RiskLevel, StaffRole};

/// Everything a console tracks of handovers. Frames are folded in with the `on_*`
/// methods; a frame repeated (after a reconnect) replaces what it repeats, never
/// lists it twice.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Handovers {
    /// The partner helplines a case can go to (`ready.partners`).
    pub partners: Vec<PartnerView>,
    /// Consent questions of the chats this person holds, in the order they were put.
    consents: Vec<ConsentView>,
    /// Handovers this person sent, in the order they were sent.
    outgoing: Vec<OutgoingHandover>,
    /// Handovers partners sent that wait for an answer here, oldest first.
    incoming: Vec<IncomingHandover>,
    /// What came with a chat that began as a handover, by chat.
    contexts: Vec<(ConversationId, IncomingHandover)>,
    /// Requests not answered yet (their buttons wait), by request id.
    pending: Vec<(String, Pending)>,
    /// The last `send_handover` of each chat and partner, to send again after a failure.
    sent: Vec<SentHandover>,
}

/// What a `send_handover` carried, kept to send the same again when delivery failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentHandover {
    /// The handover it became, once its first `handover` frame came.
    pub handover_id: Option<String>,
    pub conversation_id: ConversationId,
    pub partner: String,
    pub summary: HandoverSummary,
    pub consent_id: Option<String>,
    pub transcript: bool,
    pub without_consent_reason: Option<String>,
}

impl Handovers {
    /// `ready`: the partners, and the whole incoming list, replacing what was known.
    /// Answers whose outcome the lost socket never brought are over: the handover is
    /// either listed again (to be answered again) or gone.
    pub fn on_ready(&mut self, partners: Vec<PartnerView>, mut incoming: Vec<IncomingHandover>) {
        self.partners = partners;
        incoming.sort_by(|a, b| incoming_order(a).cmp(&incoming_order(b)));
        incoming.dedup_by(|a, b| a.handover_id == b.handover_id);
        self.incoming = incoming;
        self.pending.clear();
    }

    /// `handover_consent`: a question put, or its answer. A frame older than the one
    /// known (an unanswered question after its answer, or an earlier answer after a
    /// later one) changes nothing.
    pub fn on_consent(&mut self, view: ConsentView) {
        match self.consents.iter_mut().find(|known| known.consent_id == view.consent_id) {
            Some(known) => {
                if answer_order(&view) >= answer_order(known) {
                    *known = view;
                }
            }
            None => {
                let position = self.consents.partition_point(|known| known.asked_at <= view.asked_at);
                self.consents.insert(position, view);
            }
        }
    }

    /// `handover`: a handover sent, or its new status. The first frame of a handover
    /// names what the last request to its partner from its chat became.
    pub fn on_outgoing(&mut self, handover: OutgoingHandover) {
        match self.outgoing.iter_mut().find(|known| known.handover_id == handover.handover_id) {
            Some(known) => *known = handover,
            None => {
                if let Some(sent) = self.sent.iter_mut().find(|sent| {
                    sent.handover_id.is_none()
                        && sent.conversation_id == handover.conversation_id
                        && sent.partner == handover.partner
                }) {
                    sent.handover_id = Some(handover.handover_id.clone());
                }
                let position = self.outgoing.partition_point(|known| known.sent_at <= handover.sent_at);
                self.outgoing.insert(position, handover);
            }
        }
    }

    /// `incoming_handover`: one more waits (or one listed comes again, and replaces it).
    pub fn on_incoming(&mut self, handover: IncomingHandover) {
        self.incoming.retain(|known| known.handover_id != handover.handover_id);
        let position = self.incoming.partition_point(|known| incoming_order(known) < incoming_order(&handover));
        self.incoming.insert(position, handover);
    }

    /// `incoming_handover_gone`: answered (here or elsewhere); whether it was listed.
    pub fn on_incoming_gone(&mut self, handover_id: &str) -> bool {
        let before = self.incoming.len();
        self.incoming.retain(|known| known.handover_id != handover_id);
        self.incoming.len() != before
    }

    /// `handover_context`: what a partner sent, beside the chat it became.
    pub fn on_context(&mut self, conversation_id: ConversationId, handover: IncomingHandover) {
        self.contexts.retain(|(known, _)| *known != conversation_id);
        self.contexts.push((conversation_id, handover));
    }

    /// A chat left this console (closed, passed on): what it held of it goes.
    pub fn forget_chat(&mut self, conversation_id: &ConversationId) {
        self.consents.retain(|known| &known.conversation_id != conversation_id);
        self.outgoing.retain(|known| &known.conversation_id != conversation_id);
        self.contexts.retain(|(known, _)| known != conversation_id);
        self.sent.retain(|known| &known.conversation_id != conversation_id);
    }

    /// The consent questions of a chat, in the order they were put.
    pub fn consents(&self, conversation_id: &ConversationId) -> Vec<ConsentView> {
        self.consents.iter().filter(|known| &known.conversation_id == conversation_id).cloned().collect()
    }

    /// The last question put to a chat's child about `partner`: the one a handover to
    /// that partner goes on.
    pub fn latest_consent(&self, conversation_id: &ConversationId, partner: &str) -> Option<ConsentView> {
        self.consents
            .iter()
            .rev()
            .find(|known| &known.conversation_id == conversation_id && known.partner == partner)
            .cloned()
    }

    /// The handovers sent from a chat, in the order they were sent.
    pub fn outgoing(&self, conversation_id: &ConversationId) -> Vec<OutgoingHandover> {
        self.outgoing.iter().filter(|known| &known.conversation_id == conversation_id).cloned().collect()
    }

    /// The handovers that wait for an answer here, oldest first.
    pub fn incoming(&self) -> &[IncomingHandover] {
        &self.incoming
    }

    /// What came with a chat that began as a handover.
    pub fn context(&self, conversation_id: &ConversationId) -> Option<IncomingHandover> {
        self.contexts.iter().find(|(known, _)| known == conversation_id).map(|(_, handover)| handover.clone())
    }

    /// A request went out; until the server answers it, its button waits.
    pub fn request_sent(&mut self, request_id: String, pending: Pending) {
        self.pending.retain(|(_, known)| *known != pending);
        self.pending.push((request_id, pending));
    }

    /// Whether such a request is on its way.
    pub fn is_pending(&self, pending: &Pending) -> bool {
        self.pending.iter().any(|(_, known)| known == pending)
    }

    /// Whether `request_id` is a handover request on its way.
    pub fn is_request(&self, request_id: &str) -> bool {
        self.pending.iter().any(|(request, _)| request == request_id)
    }

    /// The server answered a request (`ack` or `error`): what it was, if it was one of
    /// these (and it is no longer on its way).
    pub fn request_settled(&mut self, request_id: &str) -> Option<Pending> {
        let position = self.pending.iter().position(|(request, _)| request == request_id)?;
        Some(self.pending.remove(position).1)
    }

    /// A `send_handover` went out: kept (the last per chat and partner) to send again.
    pub fn handover_sent(&mut self, sent: SentHandover) {
        self.sent.retain(|known| !(known.conversation_id == sent.conversation_id && known.partner == sent.partner));
        self.sent.push(sent);
    }

    /// Whether a handover from this chat to `partner` is on its way or taken: neither
    /// failed nor declined. Another is not sent meanwhile.
    pub fn in_flight(&self, conversation_id: &ConversationId, partner: &str) -> bool {
        self.outgoing.iter().any(|known| {
            &known.conversation_id == conversation_id
                && known.partner == partner
                && !matches!(known.status, HandoverStatus::Failed | HandoverStatus::Declined)
        })
    }

    /// Whether the child's answer `consent_id` was used by a handover that did not fail:
    /// the server takes an answer once, so another handover needs the child asked again.
    pub fn consent_used(&self, conversation_id: &ConversationId, partner: &str, consent_id: &str) -> bool {
        let Some(sent) = self.last_sent(conversation_id, partner) else { return false };
        let Some(handover_id) = sent.handover_id.filter(|_| sent.consent_id.as_deref() == Some(consent_id)) else {
            return false;
        };
        self.outgoing.iter().any(|known| known.handover_id == handover_id && known.status != HandoverStatus::Failed)
    }

    /// What was last sent from a chat to a partner.
    pub fn last_sent(&self, conversation_id: &ConversationId, partner: &str) -> Option<SentHandover> {
        self.sent.iter().find(|known| &known.conversation_id == conversation_id && known.partner == partner).cloned()
    }
}

/// A handover request whose answer the console waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// `ask_handover_consent` for a chat.
    Ask(ConversationId),
    /// `send_handover` from a chat.
    Send(ConversationId),
    /// `answer_handover` to a handover that arrived.
    Answer(String),
}

/// Oldest first; the id breaks a tie, so that two consoles show the same order.
fn incoming_order(handover: &IncomingHandover) -> (i64, &str) {
    (handover.received_at, handover.handover_id.as_str())
}

/// How far a consent question has come: unanswered first, then by when it was answered.
fn answer_order(view: &ConsentView) -> (bool, i64) {
    (view.answer.is_some(), view.answered_at.unwrap_or(i64::MIN))
}

/// The partners in the order to offer them for a chat: those who speak the chat's
/// language and serve the child's country, then those who speak the language, then
/// those who serve the country, then the rest; by name within each.
pub fn suggested_partners(partners: &[PartnerView], chat_language: &str, country: Option<&str>) -> Vec<PartnerView> {
    let rank = |partner: &PartnerView| {
        let speaks = partner.languages.iter().any(|language| language == chat_language);
        let serves = country.is_some_and(|country| partner.countries.iter().any(|known| known == country));
        match (speaks, serves) {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (false, false) => 3,
        }
    };
    let mut ordered = partners.to_vec();
    ordered.sort_by(|a, b| (rank(a), &a.name).cmp(&(rank(b), &b.name)));
    ordered
}

/// Whether a partner speaks the chat's language (the form marks those it suggests).
pub fn speaks(partner: &PartnerView, chat_language: &str) -> bool {
    partner.languages.iter().any(|language| language == chat_language)
}

/// The services a chat's child was referred to, by name, from the referral cards among
/// its messages, each once, in the order they were sent.
pub fn referral_names(messages: &[ChatMessage]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for message in messages {
        if let Body::Referral(card) = &message.body {
            if !names.contains(&card.name) {
                names.push(card.name.clone());
            }
        }
    }
    names
}

/// The handover form of one chat as the counsellor left it, kept while they answer
/// other chats. What the chat already says (its language, risk, country, referrals) is
/// not copied in but read when the summary is made, so that a risk raised or a
/// referral made after the form was opened is in the summary sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandoverDraft {
    /// The partner chosen; empty until one is, then the first suggested is meant.
    pub partner: String,
    /// Whether to ask the child for the chat too.
    pub include_chat: bool,
    pub categories: Vec<String>,
    /// A risk other than the chat's, if the counsellor chose one.
    pub risk: Option<RiskLevel>,
    /// Languages the child reads besides the chat's (which always comes first).
    pub extra_languages: Vec<String>,
    /// The country, if the counsellor chose it: `Some("")` for "not known"; `None`
    /// for the one the child gave before the chat.
    pub country: Option<String>,
    pub what_happened: String,
    pub child_wants: String,
    pub done_so_far: String,
    /// Services referred to in the chat that the counsellor left out.
    pub referrals_left_out: Vec<String>,
    /// Services the counsellor added by name (referred to elsewhere, by phone...).
    pub referrals_added: Vec<String>,
    /// Why the case goes without consent (coordinators, imminent danger).
    pub without_consent_reason: String,
}

impl HandoverDraft {
    /// The country the summary gives: the one chosen, else the intake's.
    pub fn country(&self, intake: &Intake) -> Option<String> {
        match &self.country {
            Some(chosen) if chosen.is_empty() => None,
            Some(chosen) => Some(chosen.clone()),
            None => intake.country.clone(),
        }
    }

    /// The services the summary names: those referred to in the chat (`referred`,
    /// see [`referral_names`]) that were not left out, then those added, each once.
    pub fn referrals(&self, referred: &[String]) -> Vec<String> {
        let mut names: Vec<String> =
            referred.iter().filter(|name| !self.referrals_left_out.contains(name)).cloned().collect();
        for name in &self.referrals_added {
            let name = name.trim();
            if !name.is_empty() && !names.iter().any(|known| known == name) {
                names.push(name.to_owned());
            }
        }
        names
    }

    /// The summary to send: the texts as written, with the chat's language first, its
    /// risk unless another was chosen, and its country and referrals as above.
    pub fn summary(
        &self,
        chat_language: &str,
        intake: &Intake,
        chat_risk: RiskLevel,
        referred: &[String],
    ) -> HandoverSummary {
        let mut languages = vec![chat_language.to_owned()];
        for language in &self.extra_languages {
            if !languages.contains(language) {
                languages.push(language.clone());
            }
        }
        HandoverSummary {
            categories: self.categories.clone(),
            risk: self.risk.unwrap_or(chat_risk),
            languages,
            country: self.country(intake),
            what_happened: self.what_happened.clone(),
            child_wants: self.child_wants.clone(),
            done_so_far: self.done_so_far.clone(),
            referrals: self.referrals(referred),
        }
    }
}

/// How a handover may go on a consent question: with its id, and the chat too or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendTerms {
    pub consent_id: String,
    pub transcript: bool,
}

/// Why a consent question does not let a handover go yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotYet {
    /// The child has not answered.
    Waiting,
    /// The child said no.
    Refused,
}

/// Whether the child's answer lets the case go, and with the chat: only on "yes" to a
/// question that asked for the chat does the chat go; "summary only" sends the summary.
pub fn send_terms(consent: &ConsentView) -> Result<SendTerms, NotYet> {
    match consent.answer {
        None => Err(NotYet::Waiting),
        Some(answer) => match answer.allows(consent.transcript) {
            (true, transcript) => Ok(SendTerms { consent_id: consent.consent_id.clone(), transcript }),
            (false, _) => Err(NotYet::Refused),
        },
    }
}

/// Where a consent question stands, as the form says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentState {
    Asked,
    Answered(ConsentAnswer),
}

pub fn consent_state(consent: &ConsentView) -> ConsentState {
    consent.answer.map_or(ConsentState::Asked, ConsentState::Answered)
}

/// Whether this person may send a chat's case without the child's consent: only a
/// coordinator or admin, only while the chat's risk is imminent.
pub fn may_send_without_consent(role: StaffRole, risk: RiskLevel) -> bool {
    role != StaffRole::Counsellor && risk == RiskLevel::Imminent
}

/// A field of the summary form that needs the writer's attention before sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormProblem {
    WhatHappenedBlank,
    ChildWantsBlank,
    /// One of the three texts is longer than the partner takes.
    TooLong,
    NoLanguage,
    /// Sending without consent: the reason is blank or too long.
    ReasonNeeded,
    /// A text holds an invisible control character.
    ControlCharacter,
    /// Something else the server would refuse (a malformed code or service name).
    Invalid,
}

/// What in the summary form must change before it may go, each once, in the form's
/// order. Empty exactly when [`HandoverSummary::validate`] takes it (and the reason,
/// when one is needed, is there and short enough), so that nothing is refused unsaid.
pub fn form_problems(summary: &HandoverSummary, without_consent_reason: Option<&str>) -> Vec<FormProblem> {
    let mut problems = Vec::new();
    if summary.what_happened.trim().is_empty() {
        problems.push(FormProblem::WhatHappenedBlank);
    }
    if summary.child_wants.trim().is_empty() {
        problems.push(FormProblem::ChildWantsBlank);
    }
    if [&summary.what_happened, &summary.child_wants, &summary.done_so_far]
        .iter()
        .any(|text| text.len() > MAX_SUMMARY_TEXT_BYTES)
    {
        problems.push(FormProblem::TooLong);
    }
    if summary.languages.is_empty() {
        problems.push(FormProblem::NoLanguage);
    }
    if let Some(reason) = without_consent_reason {
        if reason.trim().is_empty() || reason.len() > MAX_REASON_BYTES {
            problems.push(FormProblem::ReasonNeeded);
        }
    }
    let texts = [&summary.what_happened, &summary.child_wants, &summary.done_so_far];
    let reason = without_consent_reason.unwrap_or_default();
    if texts.iter().any(|text| forbidden_control(text).is_some()) || forbidden_control(reason).is_some() {
        problems.push(FormProblem::ControlCharacter);
    }
    if problems.is_empty() && summary.validate().is_err() {
        problems.push(FormProblem::Invalid);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::handovers::HandoverConsent;
    use crate::{Author, ReferralCard};

    fn chat() -> ConversationId {
        ConversationId("chat".into())
    }

    fn partner(name: &str, countries: &[&str], languages: &[&str]) -> PartnerView {
        PartnerView {
            name: name.into(),
            countries: countries.iter().map(|code| (*code).to_owned()).collect(),
            languages: languages.iter().map(|code| (*code).to_owned()).collect(),
        }
    }

    fn consent(id: &str, partner: &str, asked_at: i64, answer: Option<(ConsentAnswer, i64)>) -> ConsentView {
        ConsentView {
            conversation_id: chat(),
            consent_id: id.into(),
            partner: partner.into(),
            transcript: true,
            asked_at,
            answer: answer.map(|(answer, _)| answer),
            answered_at: answer.map(|(_, at)| at),
        }
    }

    fn outgoing(id: &str, sent_at: i64, status: HandoverStatus) -> OutgoingHandover {
        OutgoingHandover {
            handover_id: id.into(),
            conversation_id: chat(),
            partner: "Azzurro".into(),
            sent_at,
            status,
            transcript: false,
            without_consent: false,
            decided_by: None,
            reason: None,
        }
    }

    fn incoming(id: &str, received_at: i64) -> IncomingHandover {
        IncomingHandover {
            handover_id: id.into(),
            partner: "Kummer".into(),
            received_at,
            language: "ar".into(),
            summary: HandoverSummary::default(),
            consent: HandoverConsent::Child { language: "ar".into(), answered_at: received_at - 10 },
            transcript: Vec::new(),
            child_in_chat: true,
        }
    }

    fn ids(list: &[IncomingHandover]) -> Vec<&str> {
        list.iter().map(|handover| handover.handover_id.as_str()).collect()
    }

    #[test]
    fn the_latest_answer_to_each_question_is_kept_and_an_older_frame_changes_nothing() {
        let mut handovers = Handovers::default();
        handovers.on_consent(consent("k1", "Azzurro", 1_000, None));
        handovers.on_consent(consent("k2", "Kummer", 2_000, None));
        handovers.on_consent(consent("k1", "Azzurro", 1_000, Some((ConsentAnswer::Yes, 1_500))));
        // The child changes their mind: the later answer replaces the earlier.
        handovers.on_consent(consent("k1", "Azzurro", 1_000, Some((ConsentAnswer::SummaryOnly, 1_700))));
        // A repeated "asked" or an earlier answer, arriving late, is older news.
        handovers.on_consent(consent("k1", "Azzurro", 1_000, None));
        handovers.on_consent(consent("k1", "Azzurro", 1_000, Some((ConsentAnswer::Yes, 1_500))));
        let known = handovers.consents(&chat());
        assert_eq!(known.iter().map(|view| view.consent_id.as_str()).collect::<Vec<_>>(), ["k1", "k2"]);
        assert_eq!(known[0].answer, Some(ConsentAnswer::SummaryOnly));
        assert_eq!(consent_state(&known[0]), ConsentState::Answered(ConsentAnswer::SummaryOnly));
        assert_eq!(consent_state(&known[1]), ConsentState::Asked);
        assert!(handovers.consents(&ConversationId("other".into())).is_empty());
    }

    #[test]
    fn a_handover_goes_on_the_last_question_put_about_its_partner() {
        let mut handovers = Handovers::default();
        handovers.on_consent(consent("k1", "Azzurro", 1_000, Some((ConsentAnswer::No, 1_100))));
        handovers.on_consent(consent("k2", "Kummer", 2_000, Some((ConsentAnswer::Yes, 2_100))));
        handovers.on_consent(consent("k3", "Azzurro", 3_000, None));
        assert_eq!(handovers.latest_consent(&chat(), "Azzurro").map(|view| view.consent_id), Some("k3".into()));
        assert_eq!(handovers.latest_consent(&chat(), "Kummer").map(|view| view.consent_id), Some("k2".into()));
        assert_eq!(handovers.latest_consent(&chat(), "Nobody"), None);
    }

    #[test]
    fn only_a_yes_to_a_question_that_asked_for_the_chat_sends_the_chat() {
        let yes = consent("k", "Azzurro", 1, Some((ConsentAnswer::Yes, 2)));
        assert_eq!(send_terms(&yes), Ok(SendTerms { consent_id: "k".into(), transcript: true }));
        let yes_without_chat = ConsentView { transcript: false, ..yes.clone() };
        assert_eq!(send_terms(&yes_without_chat), Ok(SendTerms { consent_id: "k".into(), transcript: false }));
        let summary_only = consent("k", "Azzurro", 1, Some((ConsentAnswer::SummaryOnly, 2)));
        assert_eq!(send_terms(&summary_only), Ok(SendTerms { consent_id: "k".into(), transcript: false }));
        assert_eq!(send_terms(&consent("k", "Azzurro", 1, Some((ConsentAnswer::No, 2)))), Err(NotYet::Refused));
        assert_eq!(send_terms(&consent("k", "Azzurro", 1, None)), Err(NotYet::Waiting));
    }

    #[test]
    fn only_a_coordinator_or_admin_sends_without_consent_and_only_at_imminent_risk() {
        assert!(may_send_without_consent(StaffRole::Coordinator, RiskLevel::Imminent));
        assert!(may_send_without_consent(StaffRole::Admin, RiskLevel::Imminent));
        assert!(!may_send_without_consent(StaffRole::Counsellor, RiskLevel::Imminent));
        for level in [RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High] {
            assert!(!may_send_without_consent(StaffRole::Coordinator, level));
        }
    }

    #[test]
    fn each_handover_sent_is_listed_once_with_its_latest_status() {
        let mut handovers = Handovers::default();
        handovers.on_outgoing(outgoing("h2", 2_000, HandoverStatus::Sending));
        handovers.on_outgoing(outgoing("h1", 1_000, HandoverStatus::Failed));
        handovers.on_outgoing(outgoing("h2", 2_000, HandoverStatus::Delivered));
        let declined = OutgoingHandover {
            decided_by: Some("Giulia".into()),
            reason: Some("No Arabic speaker before Monday".into()),
            ..outgoing("h2", 2_000, HandoverStatus::Declined)
        };
        handovers.on_outgoing(declined.clone());
        assert_eq!(handovers.outgoing(&chat()), vec![outgoing("h1", 1_000, HandoverStatus::Failed), declined]);
    }

    #[test]
    fn incoming_handovers_are_kept_oldest_first_never_twice_and_leave_once() {
        let mut handovers = Handovers::default();
        handovers.on_ready(vec![partner("Kummer", &["DE"], &["de"])], vec![incoming("b", 2_000), incoming("a", 3_000)]);
        assert_eq!(ids(handovers.incoming()), ["b", "a"]);
        handovers.on_incoming(incoming("c", 1_000));
        handovers.on_incoming(incoming("d", 2_000));
        assert_eq!(ids(handovers.incoming()), ["c", "b", "d", "a"]);
        let mut again = incoming("b", 2_000);
        again.child_in_chat = false;
        handovers.on_incoming(again);
        assert_eq!(ids(handovers.incoming()), ["c", "b", "d", "a"]);
        assert!(!handovers.incoming()[1].child_in_chat);
        assert!(handovers.on_incoming_gone("b"));
        assert!(!handovers.on_incoming_gone("b"));
        assert_eq!(ids(handovers.incoming()), ["c", "d", "a"]);
        // A new `ready` is the whole list again.
        handovers.on_ready(Vec::new(), vec![incoming("a", 3_000), incoming("a", 3_000)]);
        assert_eq!(ids(handovers.incoming()), ["a"]);
        assert!(handovers.partners.is_empty());
    }

    #[test]
    fn a_request_waits_until_the_server_answers_it_once() {
        let mut handovers = Handovers::default();
        handovers.on_ready(Vec::new(), vec![incoming("h", 1_000)]);
        let answer = Pending::Answer("h".into());
        handovers.request_sent("r1".into(), answer.clone());
        handovers.request_sent("r2".into(), Pending::Send(chat()));
        assert!(handovers.is_pending(&answer));
        assert!(handovers.is_request("r1") && !handovers.is_request("other"));
        assert!(!handovers.is_pending(&Pending::Ask(chat())));
        assert_eq!(handovers.request_settled("other"), None);
        assert_eq!(handovers.request_settled("r1"), Some(answer.clone()));
        assert_eq!(handovers.request_settled("r1"), None);
        assert!(!handovers.is_pending(&answer));
        assert!(handovers.is_pending(&Pending::Send(chat())));
        // The same request again replaces the one on its way.
        handovers.request_sent("r3".into(), Pending::Send(chat()));
        assert_eq!(handovers.request_settled("r2"), None);
        // A reconnect forgets requests on their way: the list comes again.
        handovers.on_ready(Vec::new(), vec![incoming("h", 1_000)]);
        assert!(!handovers.is_pending(&Pending::Send(chat())));
    }

    #[test]
    fn an_answer_goes_once_and_a_handover_on_its_way_is_not_sent_twice() {
        let mut handovers = Handovers::default();
        let sent = |consent_id: &str| SentHandover {
            handover_id: None,
            conversation_id: chat(),
            partner: "Azzurro".into(),
            summary: HandoverSummary::default(),
            consent_id: Some(consent_id.into()),
            transcript: false,
            without_consent_reason: None,
        };
        assert!(!handovers.in_flight(&chat(), "Azzurro"));
        handovers.handover_sent(sent("k1"));
        // Sent, not stored yet: the answer is not spent until the handover exists.
        assert!(!handovers.consent_used(&chat(), "Azzurro", "k1"));
        handovers.on_outgoing(outgoing("h1", 1, HandoverStatus::Sending));
        assert_eq!(handovers.last_sent(&chat(), "Azzurro").and_then(|sent| sent.handover_id), Some("h1".into()));
        assert!(handovers.in_flight(&chat(), "Azzurro") && !handovers.in_flight(&chat(), "Kummer"));
        assert!(handovers.consent_used(&chat(), "Azzurro", "k1"));
        assert!(!handovers.consent_used(&chat(), "Azzurro", "k2"));
        // Failed: it may go again on the same answer.
        handovers.on_outgoing(outgoing("h1", 1, HandoverStatus::Failed));
        assert!(!handovers.in_flight(&chat(), "Azzurro"));
        assert!(!handovers.consent_used(&chat(), "Azzurro", "k1"));
        handovers.handover_sent(sent("k1"));
        handovers.on_outgoing(outgoing("h2", 2, HandoverStatus::Sending));
        assert_eq!(handovers.last_sent(&chat(), "Azzurro").and_then(|sent| sent.handover_id), Some("h2".into()));
        // Declined: nothing on its way, but that answer is spent; a new one is needed.
        handovers.on_outgoing(outgoing("h2", 2, HandoverStatus::Declined));
        assert!(!handovers.in_flight(&chat(), "Azzurro"));
        assert!(handovers.consent_used(&chat(), "Azzurro", "k1"));
        // A frame of a handover already known names nothing new.
        handovers.handover_sent(sent("k3"));
        handovers.on_outgoing(outgoing("h2", 2, HandoverStatus::Declined));
        assert_eq!(handovers.last_sent(&chat(), "Azzurro").and_then(|sent| sent.handover_id), None);
    }

    #[test]
    fn a_chat_that_leaves_the_console_takes_its_handovers_with_it() {
        let mut handovers = Handovers::default();
        handovers.on_consent(consent("k", "Azzurro", 1, None));
        handovers.on_outgoing(outgoing("h", 2, HandoverStatus::Sending));
        handovers.on_context(chat(), incoming("in", 3));
        handovers.on_context(chat(), incoming("in2", 4));
        assert_eq!(handovers.context(&chat()).map(|handover| handover.handover_id), Some("in2".into()));
        let sent = SentHandover {
            handover_id: None,
            conversation_id: chat(),
            partner: "Azzurro".into(),
            summary: HandoverSummary::default(),
            consent_id: Some("k".into()),
            transcript: false,
            without_consent_reason: None,
        };
        handovers.handover_sent(sent.clone());
        handovers.handover_sent(SentHandover { transcript: true, ..sent.clone() });
        assert_eq!(handovers.last_sent(&chat(), "Azzurro").map(|sent| sent.transcript), Some(true));
        handovers.forget_chat(&chat());
        assert!(handovers.consents(&chat()).is_empty());
        assert!(handovers.outgoing(&chat()).is_empty());
        assert_eq!(handovers.context(&chat()), None);
        assert_eq!(handovers.last_sent(&chat(), "Azzurro"), None);
    }

    #[test]
    fn partners_who_speak_the_chats_language_come_first() {
        let partners = vec![
            partner("Zeta", &["FR"], &["fr"]),
            partner("Azzurro", &["IT"], &["it", "ar"]),
            partner("Kummer", &["DE"], &["de", "ar"]),
            partner("Beta", &["DE"], &["de"]),
        ];
        let names = |list: Vec<PartnerView>| list.into_iter().map(|partner| partner.name).collect::<Vec<_>>();
        assert_eq!(names(suggested_partners(&partners, "ar", Some("DE"))), ["Kummer", "Azzurro", "Beta", "Zeta"]);
        assert_eq!(names(suggested_partners(&partners, "ar", None)), ["Azzurro", "Kummer", "Beta", "Zeta"]);
        assert_eq!(names(suggested_partners(&partners, "ti", None)), ["Azzurro", "Beta", "Kummer", "Zeta"]);
        assert!(speaks(&partners[1], "ar") && !speaks(&partners[0], "ar"));
    }

    #[test]
    fn the_summary_starts_from_what_the_chat_already_says() {
        let card = |name: &str| ReferralCard {
            service_id: name.to_lowercase(),
            name: name.into(),
            phone: None,
            url: None,
            description: None,
            always_open: true,
            hours: None,
        };
        let message = |seq, body| ChatMessage {
            conversation_id: chat(),
            seq,
            author: Author::Counsellor,
            client_id: None,
            body,
            sent_at: 0,
        };
        let messages = vec![
            message(1, Body::Text { text: "hello".into() }),
            message(2, Body::Referral(card("116 000"))),
            message(3, Body::Referral(card("Caritas"))),
            message(4, Body::Referral(card("116 000"))),
        ];
        let referred = referral_names(&messages);
        assert_eq!(referred, ["116 000", "Caritas"]);
        let intake = Intake { country: Some("IT".into()), ..Intake::default() };
        // Untouched, the form says what the chat says.
        let draft = HandoverDraft::default();
        let summary = draft.summary("ar", &intake, RiskLevel::High, &referred);
        assert_eq!(summary.languages, ["ar"]);
        assert_eq!(summary.country.as_deref(), Some("IT"));
        assert_eq!(summary.risk, RiskLevel::High);
        assert_eq!(summary.referrals, ["116 000", "Caritas"]);
        assert!(summary.what_happened.is_empty() && summary.categories.is_empty());
        // The counsellor's changes win; the chat's language stays first, once.
        let draft = HandoverDraft {
            risk: Some(RiskLevel::Medium),
            extra_languages: vec!["en".into(), "ar".into()],
            country: Some(String::new()),
            referrals_left_out: vec!["Caritas".into()],
            referrals_added: vec![" Red Cross ".into(), "116 000".into(), " ".into()],
            ..HandoverDraft::default()
        };
        let summary = draft.summary("ar", &intake, RiskLevel::High, &referred);
        assert_eq!(summary.languages, ["ar", "en"]);
        assert_eq!(summary.country, None, "\"not known\" overrides what the child said");
        assert_eq!(summary.risk, RiskLevel::Medium);
        assert_eq!(summary.referrals, ["116 000", "Red Cross"]);
        let chosen = HandoverDraft { country: Some("SM".into()), ..HandoverDraft::default() };
        assert_eq!(chosen.country(&intake).as_deref(), Some("SM"));
    }

    #[test]
    fn the_form_says_what_is_missing_and_agrees_with_the_servers_check() {
        let mut summary = HandoverDraft::default().summary("ar", &Intake::default(), RiskLevel::Low, &[]);
        assert_eq!(form_problems(&summary, None), [FormProblem::WhatHappenedBlank, FormProblem::ChildWantsBlank]);
        assert!(summary.validate().is_err());
        summary.what_happened = "Separated from her brother in Milan.".into();
        summary.child_wants = "To find him.".into();
        assert_eq!(form_problems(&summary, None), []);
        assert_eq!(summary.validate(), Ok(()));
        assert_eq!(form_problems(&summary, Some("  ")), [FormProblem::ReasonNeeded]);
        assert_eq!(form_problems(&summary, Some(&"x".repeat(MAX_REASON_BYTES + 1))), [FormProblem::ReasonNeeded]);
        assert_eq!(form_problems(&summary, Some("Threatened tonight")), []);
        summary.done_so_far = "x".repeat(MAX_SUMMARY_TEXT_BYTES + 1);
        assert_eq!(form_problems(&summary, None), [FormProblem::TooLong]);
        summary.done_so_far = "a\u{7}b".into();
        assert_eq!(form_problems(&summary, None), [FormProblem::ControlCharacter]);
        summary.done_so_far.clear();
        assert_eq!(form_problems(&summary, Some("now\u{0}")), [FormProblem::ControlCharacter]);
        // The taxonomy's codes go; anything else the server would refuse is said too.
        summary.categories = vec!["migration.unaccompanied".into()];
        assert_eq!(form_problems(&summary, None), []);
        summary.referrals = vec![" ".into()];
        assert_eq!(form_problems(&summary, None), [FormProblem::Invalid]);
        assert!(summary.validate().is_err());
        summary.referrals.clear();
        summary.languages.clear();
        assert_eq!(form_problems(&summary, None), [FormProblem::NoLanguage]);
    }
}
