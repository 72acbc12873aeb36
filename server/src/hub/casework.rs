//! Casework requests from staff on a conversation they hold: risk (and the alert an
//! imminent risk raises), private notes, transfers, canned answers, referrals and
//! wrap-ups; and coordinators acknowledging alerts.

use bridgeline_protocol::{
    taxonomy, Author, Body, ConversationId, ConversationState, ErrorCode, NoteKind, NoteView, ReleaseReason, RiskAlert,
    RiskLevel, StaffEvent, TransferTarget, WrapUp,
};
use fluent_bundle::{FluentArgs, FluentValue};

use super::history::{AuditedRead, Endpoint, Held, PageRequest};
use super::{ack, ConnId, Hub, RequestError};
use crate::routing::Priority;
use crate::secrets::{new_id, unix_millis};
use crate::store::casework::{NewReferral, NewTransfer, TransferKind};
use crate::store::messages::Appended;
use crate::store::staff::{Role, StaffRecord};
use crate::store::Store;

/// Upper bound on a note's or a referral reason's text, as for chat messages.
const MAX_NOTE_BYTES: usize = bridgeline_protocol::MAX_TEXT_BYTES;

/// Fluent ids of canned answers start with this; the next part is the purpose.
pub const CANNED_PREFIX: &str = "canned-";

/// The purposes canned answers are grouped by, in the order the console shows them.
pub const CANNED_PURPOSES: [&str; 5] = ["greeting", "safety", "waiting", "referral", "closing"];

pub(super) fn checked_text(text: &str) -> Result<&str, RequestError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(RequestError::refused(ErrorCode::EmptyText, "text is empty"))
    } else if trimmed.len() > MAX_NOTE_BYTES {
        Err(RequestError::refused(ErrorCode::TooLong, "text is too long"))
    } else if bridgeline_protocol::text::forbidden_control(trimmed).is_some() {
        Err(RequestError::refused(
            ErrorCode::ControlCharacter,
            "text holds a control character (only newline and tab are allowed)",
        ))
    } else {
        Ok(trimmed)
    }
}

impl Hub {
    pub(super) async fn set_risk(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        level: RiskLevel,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, conversation)?;
        // An imminent risk raises an alert for coordinators, once per conversation.
        let alert_id = (level == RiskLevel::Imminent).then(new_id).transpose()?;
        let task = {
            let (conversation, staff_id) = (conversation.clone(), staff_id.to_owned());
            move |store: Store| async move {
                store.set_risk(&conversation, level).await?;
                match alert_id {
                    Some(alert_id) => {
                        Ok(Some(store.raise_alert(&alert_id, &conversation, &staff_id, unix_millis()).await?))
                    }
                    None => Ok(None),
                }
            }
        };
        let (conversation, staff_id) = (conversation.clone(), staff_id.to_owned());
        self.off_hub(task, move |hub, stored| {
            let alert = match stored {
                Ok(alert) => alert,
                Err(error) => return hub.refuse_staff(conn, &id, error),
            };
            let Some(live) = hub.conversations.get_mut(&conversation) else {
                return hub.refuse_staff(conn, &id, ended());
            };
            live.risk = level;
            let language = live.language.clone();
            tracing::info!(%conversation, staff = %staff_id, level = level.as_str(), "risk level set");
            hub.send_to_staff_conn(conn, &ack(id));
            hub.send_to_staff(&staff_id, &StaffEvent::Risk { conversation_id: conversation.clone(), level });
            if let Some((alert_id, true)) = alert {
                let alert = RiskAlert {
                    alert_id,
                    conversation_id: conversation.clone(),
                    language,
                    raised_by: hub.display_name(&staff_id),
                    raised_at: unix_millis(),
                    acknowledged_by: None,
                };
                tracing::warn!(%conversation, staff = %staff_id, "imminent risk: alerting coordinators");
                hub.send_to_alert_receivers(&StaffEvent::Alert(alert));
            }
        })
        .await;
        Ok(())
    }

    pub(super) async fn acknowledge_alert(
        &mut self,
        conn: ConnId,
        record: &StaffRecord,
        id: String,
        alert_id: &str,
    ) -> Result<(), RequestError> {
        let task = {
            let (alert_id, staff_id) = (alert_id.to_owned(), record.id.clone());
            move |store: Store| async move { Ok(store.acknowledge_alert(&alert_id, &staff_id, unix_millis()).await?) }
        };
        let (alert_id, by) = (alert_id.to_owned(), record.display_name.clone());
        self.off_hub(task, move |hub, stored| match stored {
            Ok(true) => {
                hub.send_to_staff_conn(conn, &ack(id));
                hub.send_to_alert_receivers(&StaffEvent::AlertAcknowledged { alert_id, by });
            }
            Ok(false) => {
                hub.refuse_staff(conn, &id, RequestError::refused(ErrorCode::InvalidField, "no such open alert"));
            }
            Err(error) => hub.refuse_staff(conn, &id, error),
        })
        .await;
        Ok(())
    }

    fn send_to_alert_receivers(&self, event: &StaffEvent) {
        for (staff, online) in &self.staff {
            if Self::receives_alerts(&online.record) {
                self.send_to_staff(staff, event);
            }
        }
    }

    /// A private note on a conversation the staff member holds, or held last (notes
    /// may still be added during the wrap-up: for an ended chat that is checked in the
    /// store, off the hub).
    pub(super) async fn add_note(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        text: &str,
    ) -> Result<(), RequestError> {
        let held = self.held_by(staff_id, conversation)?;
        let text = checked_text(text)?.to_owned();
        let note_id = new_id()?;
        let now = unix_millis();
        let task = {
            let (conversation, staff_id, text) = (conversation.clone(), staff_id.to_owned(), text.clone());
            move |store: Store| async move {
                if matches!(held, Held::CheckStore { .. }) {
                    let record = store.conversation_by_id(&conversation).await?;
                    if record.and_then(|record| record.counsellor_id).as_deref() != Some(staff_id.as_str()) {
                        return Err(not_yours());
                    }
                }
                Ok(store.add_note(&note_id, &conversation, &staff_id, NoteKind::Note, &text, now).await?)
            }
        };
        let (conversation, staff_id) = (conversation.clone(), staff_id.to_owned());
        self.off_hub(task, move |hub, stored| {
            if let Err(error) = stored {
                return hub.refuse_staff(conn, &id, error);
            }
            hub.send_to_staff_conn(conn, &ack(id));
            let note = NoteView {
                conversation_id: conversation,
                kind: NoteKind::Note,
                author: hub.display_name(&staff_id),
                text,
                created_at: now,
            };
            hub.send_to_staff(&staff_id, &StaffEvent::Note(note));
        })
        .await;
        Ok(())
    }

    /// Passes a live conversation on. The child keeps their history (and, into a queue,
    /// their place: ahead of children not yet answered) and is told; whoever takes it
    /// sees the history and the note.
    pub(super) async fn transfer(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        target: TransferTarget,
        note: &str,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, conversation)?;
        let note = checked_text(note)?;
        let Some(live) = self.conversations.get(conversation) else {
            return Err(ended());
        };
        let language = live.language.clone();
        let priority = live.returning_priority();
        let (kind, target_id) = match &target {
            TransferTarget::Counsellor { username } => {
                (TransferKind::Counsellor, self.counsellor_to_hand_to(username, &language, staff_id)?)
            }
            TransferTarget::Coordinator => {
                let receiver = self
                    .staff
                    .iter()
                    .filter(|(staff, online)| online.record.role == Role::Coordinator && *staff != staff_id)
                    .min_by_key(|(staff, _)| (self.assigned_to(staff).len(), (*staff).clone()))
                    .map(|(staff, _)| staff.clone())
                    .ok_or_else(|| RequestError::refused(ErrorCode::TargetUnavailable, "no coordinator is online"))?;
                (TransferKind::Coordinator, receiver)
            }
            TransferTarget::Language { language: other } => {
                if !self.catalog.contains(other) {
                    return Err(RequestError::refused(ErrorCode::UnknownLanguage, "language is not served here"));
                }
                if *other == language {
                    return Err(RequestError::refused(ErrorCode::InvalidField, "the chat is in that language already"));
                }
                (TransferKind::Language, other.clone())
            }
        };
        let plan = Transfer {
            conn,
            id,
            conversation: conversation.clone(),
            asked_by: staff_id.to_owned(),
            holder: staff_id.to_owned(),
            kind,
            target: target_id,
            note: note.to_owned(),
            priority,
            reason: ReleaseReason::Transferred,
        };
        self.carry_out_transfer(plan).await
    }

    /// Carries out a transfer or a reassignment the hub decided: the router moves the
    /// chat at once (so that nobody else is given the receiver's room meanwhile), the
    /// store records it off the hub, and once it is durable everyone is told (or the
    /// router moves it back if it could not be stored).
    pub(super) async fn carry_out_transfer(&mut self, plan: Transfer) -> Result<(), RequestError> {
        let now = self.now();
        self.router.release(&plan.holder, &plan.conversation, now);
        let receiver_name = match plan.kind {
            TransferKind::Language => None,
            TransferKind::Counsellor | TransferKind::Coordinator => {
                self.router.assign(&plan.target, plan.conversation.clone());
                Some(self.display_name(&plan.target))
            }
        };
        let (transfer_id, note_id) = (new_id()?, new_id()?);
        let returning = self.conversations.get(&plan.conversation).is_some_and(|live| live.returning);
        let task = {
            let (conversation, asked_by, target, note) =
                (plan.conversation.clone(), plan.asked_by.clone(), plan.target.clone(), plan.note.clone());
            let (kind, priority) = (plan.kind, plan.priority);
            move |store: Store| async move {
                let now = unix_millis();
                let transfer = NewTransfer {
                    id: &transfer_id,
                    note_id: &note_id,
                    conversation: &conversation,
                    from_staff: &asked_by,
                    kind,
                    target: &target,
                    note: &note,
                    now,
                };
                let notice = store.transfer_conversation(&transfer, priority.0).await?;
                let Some(display_name) = receiver_name else { return Ok((notice, None)) };
                // The receiver's notes and the joined notice, stored before anyone is told.
                let notes = store.notes(&conversation).await?;
                let earlier = if returning { store.earlier_contacts(&conversation).await? } else { Vec::new() };
                let joined =
                    Body::System(bridgeline_protocol::Notice::CounsellorJoined { display_name: display_name.clone() });
                let joined = store.append_message(&conversation, Author::System, None, &joined, now).await?;
                Ok((notice, Some(HandOver { display_name, notes, joined, earlier })))
            }
        };
        self.off_hub(task, move |hub, stored| hub.transferred(plan, stored)).await;
        Ok(())
    }

    fn transferred(&mut self, plan: Transfer, stored: Result<(Appended, Option<HandOver>), RequestError>) {
        let Transfer { conn, id, conversation, holder, kind, target, priority, reason, asked_by, .. } = plan;
        let (notice, hand_over) = match stored {
            Ok(stored) => stored,
            Err(error) => {
                // Nothing was stored: the chat stays where it was.
                let now = self.now();
                if kind != TransferKind::Language {
                    self.router.release(&target, &conversation, now);
                }
                if self.conversations.contains_key(&conversation) {
                    self.router.assign(&holder, conversation.clone());
                }
                return self.refuse_staff(conn, &id, error);
            }
        };
        tracing::info!(%conversation, from = %holder, to = %target, by = %asked_by, ?kind, "conversation transferred");
        self.send_to_staff_conn(conn, &ack(id));
        // The holder and the child read the notice; then the chat leaves the holder.
        self.publish(notice.message);
        self.send_to_staff(&holder, &StaffEvent::Released { conversation_id: conversation.clone(), reason });
        match hand_over {
            None => {
                if let Some(live) = self.conversations.get_mut(&conversation) {
                    live.language = target;
                }
                let now = self.now();
                self.back_to_queue(&conversation, priority.max(Priority::RETURNING), now);
                self.send_queue_status_now(&conversation);
            }
            Some(hand_over) => self.handed_over(&conversation, &target, hand_over),
        }
    }

    /// A transferred conversation is `receiver`'s: their console gets it with its
    /// notes and its newest page of history, and the child is told who is there now.
    fn handed_over(&mut self, conversation: &ConversationId, receiver: &str, hand_over: HandOver) {
        let HandOver { display_name, notes, joined, earlier } = hand_over;
        let now = self.now();
        let Some(live) = self.conversations.get_mut(conversation) else { return };
        live.counsellor = Some((receiver.to_owned(), display_name));
        live.answered_at = Some(now);
        let mut assigned = live.assigned_view(conversation, &self.bus);
        assigned.notes = notes;
        self.send_to_staff(receiver, &StaffEvent::Assigned(assigned));
        if !earlier.is_empty() {
            self.send_to_staff(receiver, &StaffEvent::Case { conversation_id: conversation.clone(), earlier });
        }
        self.tell_counsellor_child_presence(conversation);
        // Live from here, after `assigned` (and with no read mark yet); what was
        // published before is in the page, which ends before the joined notice: that
        // notice everyone gets live, so each message reaches the receiver once.
        self.bus.set_counsellor(conversation, Some(receiver));
        self.send_history_page(
            Endpoint::Staff,
            self.staff_outboxes(receiver),
            PageRequest {
                id: None,
                conversation: conversation.clone(),
                after_seq: 0,
                before_seq: Some(joined.message.seq),
            },
            Some(AuditedRead { staff_id: receiver.to_owned(), action: "read_on_transfer", held: Held::Live }),
        );
        self.publish(joined.message);
        self.tell_counsellor_who_observes(conversation);
    }

    /// Sends a canned answer in the child's language; refused when that language does
    /// not have it yet (the counsellor then writes it themselves).
    pub(super) async fn send_canned(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        key: &str,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, conversation)?;
        if !key.starts_with(CANNED_PREFIX) || !self.catalog.has_message("en", "canned", key) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "no canned answer has this key"));
        }
        let language = self.conversations.get(conversation).map(|live| live.language.clone()).unwrap_or_default();
        let mut args = FluentArgs::new();
        args.set("name", FluentValue::from(self.display_name(staff_id)));
        let text = self.catalog.format_exact(&language, "canned", key, Some(&args)).ok_or_else(|| {
            RequestError::refused(ErrorCode::NotTranslated, "this answer is not in the child's language yet")
        })?;
        let body = Body::Canned { key: key.to_owned(), text };
        let task = {
            let (conversation, client_id) = (conversation.clone(), id.clone());
            move |store: Store| async move {
                Ok(store
                    .append_message(&conversation, Author::Counsellor, Some(&client_id), &body, unix_millis())
                    .await?)
            }
        };
        self.off_hub(task, move |hub, stored| hub.sent_by_staff(conn, id, stored)).await;
        Ok(())
    }

    /// A message the hub stored for a counsellor is durable: acknowledged, then (unless
    /// it was a resend) delivered.
    fn sent_by_staff(&mut self, conn: ConnId, id: String, stored: Result<Appended, RequestError>) {
        match stored {
            Ok(appended) => {
                self.send_to_staff_conn(conn, &StaffEvent::Ack { id, seq: Some(appended.message.seq) });
                if !appended.duplicate {
                    self.publish(appended.message);
                }
            }
            Err(error) => self.refuse_staff(conn, &id, error),
        }
    }

    /// Sends a referral card in the child's language and records the referral.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn refer(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        service_id: &str,
        reason: &str,
        child_agreed: bool,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, conversation)?;
        let reason = checked_text(reason)?.to_owned();
        let language = self.conversations.get(conversation).map(|live| live.language.clone()).unwrap_or_default();
        let referral_id = new_id()?;
        let catalog = self.catalog.clone();
        let task = {
            let (conversation, staff_id, service_id, client_id) =
                (conversation.clone(), staff_id.to_owned(), service_id.to_owned(), id.clone());
            move |store: Store| async move {
                let service = store
                    .service_by_id(&service_id)
                    .await?
                    .ok_or_else(|| RequestError::refused(ErrorCode::UnknownService, "no service has this id"))?;
                let card = crate::directory::seed::translated_referral_card(&service, &language, &catalog);
                let referral = NewReferral {
                    id: &referral_id,
                    conversation: &conversation,
                    staff_id: &staff_id,
                    card: &card,
                    reason: &reason,
                    child_agreed,
                    client_id: &client_id,
                    now: unix_millis(),
                };
                Ok(store.add_referral(&referral).await?)
            }
        };
        let (conversation, service_id) = (conversation.clone(), service_id.to_owned());
        self.off_hub(task, move |hub, stored| {
            if matches!(&stored, Ok(appended) if !appended.duplicate) {
                tracing::info!(%conversation, service = %service_id, "referral sent");
            }
            hub.sent_by_staff(conn, id, stored);
        })
        .await;
        Ok(())
    }

    /// Stores the wrap-up of an ended conversation this staff member held last (which
    /// the store is asked, off the hub).
    pub(super) async fn save_wrap_up(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        wrap_up: WrapUp,
    ) -> Result<(), RequestError> {
        if self.conversations.contains_key(conversation) {
            return Err(match self.held_by(staff_id, conversation) {
                Ok(_) => RequestError::refused(ErrorCode::InvalidField, "wrap up a chat after it has ended"),
                Err(_) => RequestError::refused(ErrorCode::NotYours, "this conversation is not yours"),
            });
        }
        if wrap_up.categories.is_empty() || wrap_up.categories.len() > 20 {
            return Err(RequestError::refused(ErrorCode::InvalidField, "give between 1 and 20 categories"));
        }
        if !wrap_up.categories.iter().all(|code| taxonomy::is_valid(code)) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "unknown category"));
        }
        let task = {
            let (conversation, staff_id) = (conversation.clone(), staff_id.to_owned());
            move |store: Store| async move {
                let Some(record) = store.conversation_by_id(&conversation).await? else {
                    return Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not yours"));
                };
                if record.counsellor_id.as_deref() != Some(staff_id.as_str()) {
                    return Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not yours"));
                }
                if record.state != ConversationState::Ended {
                    return Err(RequestError::refused(ErrorCode::InvalidField, "wrap up a chat after it has ended"));
                }
                Ok(store.save_wrap_up(&conversation, &staff_id, &wrap_up, unix_millis()).await?)
            }
        };
        let (conversation, staff_id) = (conversation.clone(), staff_id.to_owned());
        self.off_hub(task, move |hub, stored| {
            if let Err(error) = stored {
                return hub.refuse_staff(conn, &id, error);
            }
            if let Some(pending) = hub.pending_wrap_ups.get_mut(&staff_id) {
                pending.remove(&conversation);
            }
            hub.hold_for_wrap_ups(&staff_id);
            hub.send_to_staff_conn(conn, &ack(id));
            hub.send_to_staff(&staff_id, &StaffEvent::WrappedUp { conversation_id: conversation });
        })
        .await;
        Ok(())
    }

    /// Notes the wrap-up a staff member owes for a conversation that just ended.
    pub(super) fn owe_wrap_up(&mut self, staff_id: &str, conversation: &ConversationId) {
        if let Some(pending) = self.pending_wrap_ups.get_mut(staff_id) {
            pending.insert(conversation.clone());
        }
        self.hold_for_wrap_ups(staff_id);
    }

    pub(super) fn owes_wrap_up(&self, staff_id: &str) -> bool {
        self.wrap_up_required && self.pending_wrap_ups.get(staff_id).is_some_and(|pending| !pending.is_empty())
    }

    /// When wrap-ups are required, no offers reach a counsellor who owes one.
    pub(super) fn hold_for_wrap_ups(&mut self, staff_id: &str) {
        let held = self.owes_wrap_up(staff_id);
        let actions = self.router.set_held(staff_id, held);
        self.apply(actions);
    }

    /// The counsellor called `username` if they can be handed a chat in `language` now
    /// (online, available, with room, owing no wrap-up), and are not `current_holder`.
    pub(super) fn counsellor_to_hand_to(
        &self,
        username: &str,
        language: &str,
        current_holder: &str,
    ) -> Result<String, RequestError> {
        self.staff
            .iter()
            .find(|(_, online)| online.record.username == username && online.record.role == Role::Counsellor)
            .map(|(staff, _)| staff.clone())
            .filter(|staff| {
                staff != current_holder && self.router.can_take(staff, language) && !self.owes_wrap_up(staff)
            })
            .ok_or_else(|| {
                RequestError::refused(
                    ErrorCode::TargetUnavailable,
                    "that counsellor is not online, not available, full, or does not speak the language",
                )
            })
    }

    fn display_name(&self, staff_id: &str) -> String {
        self.staff.get(staff_id).map(|online| online.record.display_name.clone()).unwrap_or_default()
    }
}

/// A transfer or reassignment decided by the hub, to carry out once it is stored.
pub(super) struct Transfer {
    /// The socket that asked, and its request.
    pub conn: ConnId,
    pub id: String,
    pub conversation: ConversationId,
    /// Who asked (the holder, or a coordinator reassigning), for the record.
    pub asked_by: String,
    /// Who holds the chat until now.
    pub holder: String,
    pub kind: TransferKind,
    /// The receiver's staff id, or the language of the queue.
    pub target: String,
    pub note: String,
    /// The priority the chat keeps in a queue.
    pub priority: Priority,
    /// What the holder's console is told.
    pub reason: ReleaseReason,
}

/// What a person receiving a chat gets, read and stored before they are told.
struct HandOver {
    display_name: String,
    notes: Vec<NoteView>,
    joined: Appended,
    /// A returning child's earlier contacts.
    earlier: Vec<bridgeline_protocol::EarlierContact>,
}

fn ended() -> RequestError {
    RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended")
}

fn not_yours() -> RequestError {
    RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")
}
