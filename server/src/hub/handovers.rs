//! Handovers to partner helplines in the hub (see `docs/protocol.md`, "Handovers to
//! partner helplines", and `docs/partners.md`).
//!
//! Sending side: the counsellor asks the child (`ask_handover_consent`), the child
//! answers on their page, the counsellor sends (`send_handover`); the summary, and the
//! chat only if the child agreed to it, go to the partner in a signed request. The
//! partner's answer comes back in another; an acceptance while the child is still in
//! the chat moves the child's page to the partner (`handover_transfer`).
//!
//! Receiving side: a handover that arrives waits, listed in the consoles of those who
//! may answer it, until someone accepts or declines it; an acceptance opens a case here
//! with a return code, and a one-time token with which the child's page joins.
//!
//! Requests to partners never run on the hub's task: they are spawned, and what they
//! bring back comes in as a [`HandoverEvent`] command. Store work goes off the hub as
//! always ([`Hub::off_hub`]).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use bridgeline_protocol::handovers::{
    validate_reason, ConsentAnswer, ConsentQuestion, ConsentView, HandoverConsent, HandoverNotice, HandoverStatus,
    HandoverSummary, HandoverTransfer, IncomingHandover, PartnerView,
};
use bridgeline_protocol::{Author, ChildEvent, ConversationId, ConversationState, ErrorCode, RiskLevel, StaffEvent};
use tokio::sync::mpsc;

use super::{ack, ConnId, Hub, Queued, RequestError};
use crate::partners::client::PartnerClient;
use crate::partners::wire::{HandoverAnswer, HandoverRequest};
use crate::partners::Partner;
use crate::secrets::{new_id, new_token, token_hash, unix_millis};
use crate::store::handovers::{NewOutgoing, ReceivedHandover, Redeemed, SentHandover, StatusChange};
use crate::store::staff::StaffRecord;
use crate::store::Store;

/// How long the child's page has to join the partner's chat with its token.
const JOIN_TOKEN_MILLIS: i64 = 10 * 60 * 1000;

/// When an answer to the sending helpline is tried again if it could not be delivered.
const ANSWER_RETRIES: [Duration; 4] =
    [Duration::ZERO, Duration::from_secs(2), Duration::from_secs(10), Duration::from_secs(30)];

/// What the hub holds for handovers.
pub(super) struct Handovers {
    client: Arc<PartnerClient>,
    /// The hub's own command queue, for what spawned partner requests bring back (weak,
    /// so that the hub still stops when every socket's handle is gone).
    commands: mpsc::WeakSender<Queued>,
    /// Handovers partners sent that nobody answered yet (rebuilt from the store at
    /// start).
    waiting: HashMap<String, IncomingHandover>,
    /// Handovers a staff member is answering, until that is stored: a second answer is
    /// refused (`handover_gone`).
    being_answered: HashSet<String>,
    /// Child sockets joining with a token, until their chat is durable.
    joining: HashMap<ConnId, Redeemed>,
    /// Accepted handovers whose child was away when the answer came: the page is moved
    /// when it comes back.
    transfers: HashMap<ConversationId, HandoverTransfer>,
    /// Each live chat's newest consent question the child has not answered, as the
    /// page shows it: asked again when the page reconnects (rebuilt from the store at
    /// start, so that a resume costs no store read).
    open_questions: HashMap<ConversationId, ConsentQuestion>,
}

impl Handovers {
    pub(super) fn new(client: Arc<PartnerClient>, commands: mpsc::WeakSender<Queued>) -> Self {
        Self {
            client,
            commands,
            waiting: HashMap::new(),
            being_answered: HashSet::new(),
            joining: HashMap::new(),
            transfers: HashMap::new(),
            open_questions: HashMap::new(),
        }
    }

    /// A socket's join did not become a chat (its start could not be stored).
    pub(super) fn join_failed(&mut self, conn: ConnId) {
        self.joining.remove(&conn);
    }

    pub(super) fn rebuild(&mut self, waiting: Vec<IncomingHandover>, open: Vec<(ConversationId, ConsentQuestion)>) {
        self.waiting = waiting.into_iter().map(|handover| (handover.handover_id.clone(), handover)).collect();
        self.open_questions = open.into_iter().collect();
    }

    /// A chat ended: nothing of it waits for the child's page any more.
    pub(super) fn forget_chat(&mut self, conversation: &ConversationId) {
        self.transfers.remove(conversation);
        self.open_questions.remove(conversation);
    }
}

/// What comes back to the hub from partners (through the HTTP endpoints or spawned
/// requests). Followers pass them on to the leader (see `crate::cluster`).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub enum HandoverEvent {
    /// A partner sent a handover; it is stored.
    Arrived(Box<IncomingHandover>),
    /// A handover this helpline sent reached the partner, or could not (`failure`).
    Delivery { handover_id: String, failure: Option<String> },
    /// The partner answered a handover this helpline sent; the answer is stored.
    Answered { handover: Box<SentHandover>, transfer: Option<HandoverTransfer> },
    /// The child joined the partner's chat.
    Transferred { handover: Box<SentHandover> },
}

fn partner_view(partner: &Partner) -> PartnerView {
    PartnerView {
        name: partner.name.clone(),
        countries: partner.countries.clone(),
        languages: partner.languages.clone(),
    }
}

async fn partner_named(store: &Store, name: &str) -> Result<Partner, RequestError> {
    store
        .partners()
        .await?
        .into_iter()
        .find(|partner| partner.name == name)
        .ok_or(RequestError::refused(ErrorCode::UnknownPartner, "no partner helpline has this name"))
}

/// The partners a console offers, read off the hub when it connects.
pub(super) async fn partner_views(store: &Store) -> Result<Vec<PartnerView>, RequestError> {
    Ok(store.partners().await?.iter().map(partner_view).collect())
}

impl Hub {
    /// Whether a staff member may see and answer a handover a partner sent:
    /// coordinators and admins, and counsellors who read one of the child's languages.
    fn may_answer(record: &StaffRecord, handover: &IncomingHandover) -> bool {
        Self::receives_alerts(record)
            || record.languages.iter().any(|language| {
                *language == handover.language || handover.summary.languages.iter().any(|read| read == language)
            })
    }

    /// The waiting handovers a staff member may answer, oldest first (for `ready`).
    pub(super) fn incoming_for(&self, record: &StaffRecord) -> Vec<IncomingHandover> {
        let mut list: Vec<IncomingHandover> =
            self.handovers.waiting.values().filter(|handover| Self::may_answer(record, handover)).cloned().collect();
        list.sort_by(|a, b| (a.received_at, &a.handover_id).cmp(&(b.received_at, &b.handover_id)));
        list
    }

    /// Sends `event` to every console of everyone who may answer `handover`.
    fn tell_answerers(&self, handover: &IncomingHandover, event: &StaffEvent) {
        for online in self.staff.values() {
            if Self::may_answer(&online.record, handover) {
                self.send_to_staff(&online.record.id, event);
            }
        }
    }

    pub(super) async fn handover_event(&mut self, event: HandoverEvent) {
        match event {
            HandoverEvent::Arrived(handover) => {
                tracing::info!(handover = %handover.handover_id, partner = %handover.partner, "a handover arrived");
                self.tell_answerers(&handover, &StaffEvent::IncomingHandover((*handover).clone()));
                self.handovers.waiting.insert(handover.handover_id.clone(), *handover);
            }
            HandoverEvent::Delivery { handover_id, failure } => {
                let status = if failure.is_some() { HandoverStatus::Failed } else { HandoverStatus::Delivered };
                self.off_hub(
                    move |store| async move {
                        let now = unix_millis();
                        let moved = store
                            .move_outgoing(
                                &handover_id,
                                None,
                                &[HandoverStatus::Sending],
                                StatusChange { reason: failure.as_deref(), ..StatusChange::to(status) },
                                now,
                            )
                            .await?;
                        Ok(moved)
                    },
                    |hub, moved| match moved {
                        Ok(Some(sent)) => hub.send_to_staff(&sent.sent_by, &StaffEvent::Handover(sent.view)),
                        // Answered before the delivery was known: the answer says more.
                        Ok(None) => {}
                        Err(error) => tracing::error!(%error, "a handover's delivery could not be stored"),
                    },
                )
                .await;
            }
            HandoverEvent::Answered { handover, transfer } => {
                let SentHandover { view, sent_by } = *handover;
                let conversation = view.conversation_id.clone();
                self.send_to_staff(&sent_by, &StaffEvent::Handover(view));
                if let Some(transfer) = transfer {
                    self.move_child_to_partner(&conversation, transfer).await;
                }
            }
            HandoverEvent::Transferred { handover } => {
                self.send_to_staff(&handover.sent_by, &StaffEvent::Handover(handover.view));
            }
        }
    }

    /// The partner accepted while the chat may still be going: the child's page goes on
    /// with the partner, and the chat here ends. A child away now is moved when they
    /// come back; a chat already over cannot be (the counsellor sees `accepted`).
    async fn move_child_to_partner(&mut self, conversation: &ConversationId, transfer: HandoverTransfer) {
        let Some(live) = self.conversations.get(conversation) else { return };
        match live.child_conn {
            Some(conn) => {
                self.send_to_child_conn(conn, &ChildEvent::HandoverTransfer(transfer));
                tracing::info!(%conversation, "the child's page was moved to a partner");
                if let Err(error) = self.end_conversation(conversation, Author::System, None).await {
                    tracing::error!(%error, %conversation, "a chat handed to a partner could not be ended");
                }
            }
            None => {
                self.handovers.transfers.insert(conversation.clone(), transfer);
            }
        }
    }

    /// After a child's page reattached: a handover accepted while it was away moves it
    /// now; an open consent question is asked again.
    pub(super) async fn after_child_attached(&mut self, conversation: &ConversationId) {
        if let Some(transfer) = self.handovers.transfers.remove(conversation) {
            self.move_child_to_partner(conversation, transfer).await;
            return;
        }
        let question = self.handovers.open_questions.get(conversation);
        let child = self.conversations.get(conversation).and_then(|live| live.child_conn);
        if let (Some(question), Some(conn)) = (question, child) {
            self.send_to_child_conn(conn, &ChildEvent::HandoverConsentAsked(question.clone()));
        }
    }

    /// `ask_handover_consent`: the counsellor holding a live chat asks the child.
    pub(super) async fn ask_handover_consent(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: ConversationId,
        partner: String,
        transcript: bool,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, &conversation)?;
        let language = self.conversations.get(&conversation).map(|live| live.language.clone()).unwrap_or_default();
        let view = ConsentView {
            conversation_id: conversation,
            consent_id: new_id()?,
            partner,
            transcript,
            asked_at: unix_millis(),
            answer: None,
            answered_at: None,
        };
        let asked_by = staff_id.to_owned();
        let audit_id = new_id()?;
        let stored = view.clone();
        self.off_hub(
            move |store| async move {
                let partner = partner_named(&store, &stored.partner).await?;
                store.ask_consent(&stored, &language, &asked_by).await?;
                let detail = format!("partner {}; transcript {}; asked in {language}", partner.name, stored.transcript);
                store
                    .audit(
                        &audit_id,
                        &asked_by,
                        "handover_consent_asked",
                        Some(&stored.conversation_id),
                        &detail,
                        unix_millis(),
                    )
                    .await?;
                Ok(partner)
            },
            move |hub, outcome| match outcome {
                Ok(partner) => {
                    let question = ConsentQuestion {
                        consent_id: view.consent_id.clone(),
                        partner: view.partner.clone(),
                        countries: partner.countries,
                        transcript: view.transcript,
                    };
                    let live = hub.conversations.get(&view.conversation_id);
                    let holder = live.and_then(|live| live.counsellor.clone());
                    if let Some(child) = live.and_then(|live| live.child_conn) {
                        hub.send_to_child_conn(child, &ChildEvent::HandoverConsentAsked(question.clone()));
                    }
                    if live.is_some() {
                        hub.handovers.open_questions.insert(view.conversation_id.clone(), question);
                    }
                    hub.send_to_staff_conn(conn, &ack(id));
                    if let Some((holder, _)) = holder {
                        hub.send_to_staff(&holder, &StaffEvent::HandoverConsent(view));
                    }
                }
                Err(error) => hub.refuse_staff(conn, &id, error),
            },
        )
        .await;
        Ok(())
    }

    /// `handover_consent`: the child answers a question put in their chat.
    pub(super) async fn child_handover_consent(
        &mut self,
        conn: ConnId,
        id: &str,
        consent_id: String,
        answer: ConsentAnswer,
    ) -> Result<(), RequestError> {
        let conversation = self
            .attached_conversation(conn)
            .cloned()
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))?;
        let audit_id = new_id()?;
        let id = id.to_owned();
        self.off_hub(
            move |store| async move {
                let now = unix_millis();
                let answered = store.answer_consent(&conversation, &consent_id, answer, now).await?.ok_or(
                    RequestError::refused(ErrorCode::NoConversation, "no open question of this chat has this id"),
                )?;
                let detail = format!("answer {}", answer.as_str());
                store
                    .audit_unattributed(&audit_id, "handover_consent_answered", Some(&conversation), &detail, now)
                    .await?;
                Ok(answered)
            },
            move |hub, outcome| match outcome {
                Ok(view) => {
                    let answered = |open: &ConsentQuestion| open.consent_id == view.consent_id;
                    if hub.handovers.open_questions.get(&view.conversation_id).is_some_and(answered) {
                        hub.handovers.open_questions.remove(&view.conversation_id);
                    }
                    hub.send_to_child_conn(conn, &ChildEvent::Ack { id, seq: None });
                    let holder = hub.conversations.get(&view.conversation_id).and_then(|live| live.counsellor.clone());
                    if let Some((holder, _)) = holder {
                        hub.send_to_staff(&holder, &StaffEvent::HandoverConsent(view));
                    }
                }
                Err(error) => hub.refuse_child(conn, &id, error),
            },
        )
        .await;
        Ok(())
    }

    /// `send_handover`: checks who sends what on which consent, stores the handover and
    /// sends it to the partner (spawned; its delivery comes back as a command).
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn send_handover(
        &mut self,
        conn: ConnId,
        record: &StaffRecord,
        id: String,
        conversation: ConversationId,
        partner: String,
        summary: HandoverSummary,
        consent_id: Option<String>,
        transcript: bool,
        without_consent_reason: Option<String>,
    ) -> Result<(), RequestError> {
        summary.validate().map_err(|code| RequestError::refused(code, "the summary is incomplete or malformed"))?;
        let Some(live) = self.conversations.get(&conversation) else {
            return Err(RequestError::NotLive(conversation));
        };
        let child_in_chat = live.child_conn.is_some() && live.state == ConversationState::Active;
        let language = live.language.clone();
        match (&consent_id, &without_consent_reason) {
            (Some(_), None) => self.own_live_conversation(&record.id, &conversation)?,
            (None, Some(reason)) => {
                if !Self::receives_alerts(record) {
                    return Err(RequestError::refused(
                        ErrorCode::Forbidden,
                        "only coordinators and admins send without the child's consent",
                    ));
                }
                if live.risk != RiskLevel::Imminent {
                    return Err(RequestError::refused(
                        ErrorCode::NoConsent,
                        "without consent only for a child at imminent risk",
                    ));
                }
                validate_reason(reason)
                    .map_err(|code| RequestError::refused(code, "give the reason in a few words"))?;
                if transcript {
                    return Err(RequestError::refused(ErrorCode::NoConsent, "the chat never goes without consent"));
                }
            }
            _ => {
                return Err(RequestError::refused(
                    ErrorCode::NoConsent,
                    "send with the consent_id of the child's answer, or (coordinators) a reason",
                ))
            }
        }
        let handover_id = new_id()?;
        let audit_id = new_id()?;
        let sent_by = record.id.clone();
        let work = move |store: Store| async move {
            let partner = partner_named(&store, &partner).await?;
            let consent = match &consent_id {
                Some(consent_id) => {
                    let stored = store
                        .consent(consent_id)
                        .await?
                        .filter(|stored| {
                            stored.view.conversation_id == conversation && stored.view.partner == partner.name
                        })
                        .ok_or(RequestError::refused(ErrorCode::NoConsent, "the child was not asked this"))?;
                    let (allowed, transcript_allowed) =
                        stored.view.answer.map_or((false, false), |answer| answer.allows(stored.view.transcript));
                    if !allowed || stored.used || (transcript && !transcript_allowed) {
                        return Err(RequestError::refused(
                            ErrorCode::NoConsent,
                            "the child has not agreed to this (not answered, said no, or not to the chat)",
                        ));
                    }
                    HandoverConsent::Child {
                        language: language.clone(),
                        answered_at: stored.view.answered_at.unwrap_or_default(),
                    }
                }
                None => HandoverConsent::ImminentRisk { reason: without_consent_reason.clone().unwrap_or_default() },
            };
            let mut lines = if transcript { store.transcript(&conversation).await? } else { Vec::new() };
            // A very long chat goes with its newest lines.
            let over = lines.len().saturating_sub(crate::partners::wire::MAX_TRANSCRIPT_LINES);
            lines.drain(..over);
            let country = partner.report_country(&summary);
            let sent = store
                .record_outgoing(
                    &NewOutgoing {
                        id: handover_id.clone(),
                        conversation: conversation.clone(),
                        partner: partner.name.clone(),
                        country,
                        consent_id: consent_id.clone(),
                        without_consent_reason: without_consent_reason.clone(),
                        transcript,
                        sent_by: sent_by.clone(),
                    },
                    unix_millis(),
                )
                .await?;
            let detail = match &without_consent_reason {
                Some(reason) => format!("to {}; without consent (imminent risk): {reason}", partner.name),
                None => format!("to {}; with consent; transcript {transcript}", partner.name),
            };
            store.audit(&audit_id, &sent_by, "handover_sent", Some(&conversation), &detail, unix_millis()).await?;
            let request = HandoverRequest { handover_id, language, summary, consent, transcript: lines, child_in_chat };
            let body =
                serde_json::to_vec(&request).map_err(|_| RequestError::Internal("a handover could not be written"))?;
            Ok((sent, partner, body))
        };
        self.off_hub(work, move |hub, outcome| match outcome {
            Ok((sent, partner, body)) => {
                hub.send_to_staff_conn(conn, &ack(id));
                let conversation = sent.view.conversation_id.clone();
                let notice = HandoverNotice {
                    partner: partner.name.clone(),
                    countries: partner.countries.clone(),
                    consented: !sent.view.without_consent,
                    transcript: sent.view.transcript,
                };
                if let Some(child) = hub.conversations.get(&conversation).and_then(|live| live.child_conn) {
                    hub.send_to_child_conn(child, &ChildEvent::HandoverSent(notice));
                }
                tracing::info!(handover = %sent.view.handover_id, partner = %partner.name, "a handover is being sent");
                hub.deliver_handover(sent.view.handover_id.clone(), partner, body);
                hub.send_to_staff(&sent.sent_by, &StaffEvent::Handover(sent.view));
            }
            Err(error) => hub.refuse_staff(conn, &id, error),
        })
        .await;
        Ok(())
    }

    /// Sends a stored handover to the partner, off the hub; its delivery comes back.
    fn deliver_handover(&self, handover_id: String, partner: Partner, body: Vec<u8>) {
        let client = Arc::clone(&self.handovers.client);
        let commands = self.handovers.commands.clone();
        tokio::spawn(async move {
            let failure = match client.send(&partner, "POST", "/api/v1/partners/handovers", body).await {
                Ok(answer) if (200..300).contains(&answer.status) => None,
                Ok(answer) => Some(format!(
                    "the partner refused it ({}): {}",
                    answer.status,
                    String::from_utf8_lossy(&answer.body).chars().take(300).collect::<String>()
                )),
                Err(error) => Some(error.to_string()),
            };
            if let Some(failure) = &failure {
                tracing::warn!(%handover_id, partner = %partner.name, failure, "a handover could not be delivered");
            }
            if let Some(commands) = commands.upgrade() {
                let event = HandoverEvent::Delivery { handover_id, failure };
                let _ = commands.send((super::Command::Handover(event), None)).await;
            }
        });
    }

    /// `answer_handover`: someone who may answer accepts or declines a waiting handover;
    /// one answer wins. The sending helpline is told (spawned, tried a few times).
    pub(super) async fn answer_handover(
        &mut self,
        conn: ConnId,
        record: &StaffRecord,
        id: String,
        handover_id: String,
        accept: bool,
        reason: Option<String>,
    ) -> Result<(), RequestError> {
        let gone = || RequestError::refused(ErrorCode::HandoverGone, "no handover waits under this id");
        let handover = self.handovers.waiting.get(&handover_id).ok_or_else(gone)?;
        if !Self::may_answer(record, handover) {
            return Err(RequestError::refused(ErrorCode::Forbidden, "you do not read this child's languages"));
        }
        if self.handovers.being_answered.contains(&handover_id) {
            return Err(gone());
        }
        let reason = match (accept, reason) {
            (false, Some(reason)) => {
                validate_reason(&reason).map_err(|code| RequestError::refused(code, "say why in a few words"))?;
                Some(reason)
            }
            (false, None) => return Err(RequestError::refused(ErrorCode::InvalidField, "declining needs a reason")),
            (true, _) => None,
        };
        let code = super::cases::new_code()?;
        let code_hash = code.keyed_hash(self.codes.key());
        let token = new_token()?;
        let case_id = new_id()?;
        let audit_id = new_id()?;
        let staff_id = record.id.clone();
        let display_name = record.display_name.clone();
        self.handovers.being_answered.insert(handover_id.clone());
        let answered_id = handover_id.clone();
        let work = move |store: Store| async move {
            let now = unix_millis();
            let (stored, answer) = if accept {
                let stored = store
                    .accept_incoming(
                        &handover_id,
                        &staff_id,
                        &case_id,
                        &code_hash,
                        &token_hash(&token),
                        now + JOIN_TOKEN_MILLIS,
                        now,
                    )
                    .await?;
                let answer = HandoverAnswer::Accepted { decided_by: display_name, token, return_code: code.display() };
                (stored, answer)
            } else {
                let reason = reason.unwrap_or_default();
                let stored = store.decline_incoming(&handover_id, &staff_id, &reason, now).await?;
                (stored, HandoverAnswer::Declined { decided_by: display_name, reason })
            };
            let ReceivedHandover { view, remote_id } =
                stored.ok_or(RequestError::refused(ErrorCode::HandoverGone, "someone answered it first"))?;
            let partner = partner_named(&store, &view.partner).await?;
            let detail = format!("from {}; {}", partner.name, if accept { "accepted" } else { "declined" });
            store.audit(&audit_id, &staff_id, "handover_answered", None, &detail, now).await?;
            let body =
                serde_json::to_vec(&answer).map_err(|_| RequestError::Internal("an answer could not be written"))?;
            Ok((view, remote_id, partner, body))
        };
        self.off_hub(work, move |hub, outcome| {
            hub.handovers.being_answered.remove(&answered_id);
            match outcome {
                Ok((view, remote_id, partner, body)) => {
                    let status = if accept { HandoverStatus::Accepted } else { HandoverStatus::Declined };
                    hub.handovers.waiting.remove(&answered_id);
                    hub.send_to_staff_conn(conn, &ack(id));
                    hub.tell_answerers(
                        &view,
                        &StaffEvent::IncomingHandoverGone { handover_id: answered_id.clone(), status },
                    );
                    tracing::info!(handover = %answered_id, partner = %partner.name, ?status, "a handover was answered");
                    hub.tell_partner(partner, format!("/api/v1/partners/handovers/{remote_id}/answer"), body);
                }
                Err(error) => hub.refuse_staff(conn, &id, error),
            }
        })
        .await;
        Ok(())
    }

    /// Tells the sending helpline something about its handover, off the hub, trying
    /// again a few times over a minute; a partner still unreachable then is logged.
    fn tell_partner(&self, partner: Partner, path: String, body: Vec<u8>) {
        let client = Arc::clone(&self.handovers.client);
        tokio::spawn(async move {
            for wait in ANSWER_RETRIES {
                tokio::time::sleep(wait).await;
                match client.send(&partner, "POST", &path, body.clone()).await {
                    Ok(answer) if (200..300).contains(&answer.status) => return,
                    // Refused for good: trying again will not help.
                    Ok(answer)
                        if (400..500).contains(&answer.status) && answer.status != 408 && answer.status != 429 =>
                    {
                        tracing::error!(partner = %partner.name, path, status = answer.status, "a partner refused a handover answer");
                        return;
                    }
                    Ok(answer) => {
                        tracing::warn!(partner = %partner.name, status = answer.status, "a handover answer will be sent again")
                    }
                    Err(error) => {
                        tracing::warn!(partner = %partner.name, %error, "a handover answer will be sent again")
                    }
                }
            }
            tracing::error!(partner = %partner.name, path, "a handover answer could not be delivered");
        });
    }

    /// `join_handover` (on the receiving helpline): the child's page comes with the
    /// token of an accepted handover. The chat starts in the handover's case, offered
    /// first to whoever accepted it.
    pub(super) async fn join_handover(&mut self, conn: ConnId, id: &str, token: &str) -> Result<(), RequestError> {
        if self.attached_conversation(conn).is_some() || self.handovers.joining.contains_key(&conn) {
            return Err(RequestError::refused(ErrorCode::AlreadyStarted, "this socket already has a conversation"));
        }
        let hash = token_hash(token);
        let id = id.to_owned();
        self.off_hub_async(
            move |store| async move { Ok(store.redeem_handover_token(&hash, unix_millis()).await?) },
            move |hub, redeemed| {
                Box::pin(async move {
                    let redeemed = match redeemed {
                        Ok(Some(redeemed)) => redeemed,
                        Ok(None) => {
                            return hub.refuse_child(
                                conn,
                                &id,
                                RequestError::refused(
                                    ErrorCode::InvalidHandoverToken,
                                    "this handover token is unknown, used or expired",
                                ),
                            )
                        }
                        Err(error) => return hub.refuse_child(conn, &id, error),
                    };
                    let handover = &redeemed.handover.view;
                    // The chat's language if served here, else the first of the child's
                    // other languages that is.
                    let served: Vec<String> = std::iter::once(&handover.language)
                        .chain(handover.summary.languages.iter())
                        .filter(|language| hub.catalog.contains(language))
                        .cloned()
                        .collect();
                    let Some(language) = served.first().cloned() else {
                        return hub.refuse_child(
                            conn,
                            &id,
                            RequestError::refused(
                                ErrorCode::UnknownLanguage,
                                "none of the child's languages is served here",
                            ),
                        );
                    };
                    let mut also_reads: Vec<String> = served.into_iter().filter(|other| *other != language).collect();
                    also_reads.dedup();
                    let intake = bridgeline_protocol::Intake {
                        country: handover.summary.country.clone(),
                        ..bridgeline_protocol::Intake::default()
                    };
                    let case = crate::store::cases::FoundCase {
                        id: redeemed.case_id.clone(),
                        last_counsellor: Some(redeemed.accepted_by.clone()),
                    };
                    hub.handovers.joining.insert(conn, redeemed);
                    if let Err(error) = hub.child_start(conn, &id, &language, &also_reads, intake, Some(case)).await {
                        hub.handovers.joining.remove(&conn);
                        hub.refuse_child(conn, &id, error);
                    }
                })
            },
        )
        .await;
        Ok(())
    }

    /// A chat joined with a handover token is durable: the handover is done, in this
    /// chat, and the sending helpline is told.
    pub(super) async fn joined_with_handover(&mut self, conn: ConnId, conversation: &ConversationId) {
        let Some(redeemed) = self.handovers.joining.remove(&conn) else { return };
        let joined = conversation.clone();
        self.off_hub(
            move |store| async move {
                store.incoming_joined(&redeemed.handover.view.handover_id, &joined).await?;
                let partner = partner_named(&store, &redeemed.handover.view.partner).await?;
                Ok((partner, redeemed.handover.remote_id))
            },
            |hub, outcome| match outcome {
                Ok((partner, remote_id)) => hub.tell_partner(
                    partner,
                    format!("/api/v1/partners/handovers/{remote_id}/transferred"),
                    b"{}".to_vec(),
                ),
                Err(error) => tracing::error!(%error, "a joined handover could not be recorded"),
            },
        )
        .await;
    }

    /// After `assigned` of a chat of a case (a returning child, or one a partner
    /// handed over): what the partner sent, if a partner did.
    pub(super) async fn send_handover_context(&mut self, staff_id: &str, conversation: &ConversationId) {
        let (staff_id, asked, conversation_id) = (staff_id.to_owned(), conversation.clone(), conversation.clone());
        self.off_hub(
            move |store| async move { Ok(store.handover_of(&asked).await?) },
            move |hub, found| match found {
                Ok(Some(handover)) => {
                    hub.send_to_staff(&staff_id, &StaffEvent::HandoverContext { conversation_id, handover })
                }
                Ok(None) => {}
                Err(error) => tracing::error!(%error, "a handover's context could not be read"),
            },
        )
        .await;
    }
}
