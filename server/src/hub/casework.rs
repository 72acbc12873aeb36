//! Casework requests from staff on a conversation they hold: risk (and the alert an
//! imminent risk raises), private notes, transfers, canned answers, referrals and
//! wrap-ups; and coordinators acknowledging alerts.

use bridgeline_protocol::{
    taxonomy, Author, Body, ConversationId, ConversationState, ErrorCode, NoteKind, NoteView, ReleaseReason, RiskAlert,
    RiskLevel, StaffEvent, TransferTarget, WrapUp,
};
use fluent_bundle::{FluentArgs, FluentValue};

use super::history::{AuditedRead, Endpoint, PageRequest};
use super::{ConnId, Hub, RequestError};
use crate::routing::Priority;
use crate::secrets::{new_id, unix_millis};
use crate::store::casework::{NewReferral, NewTransfer, TransferKind};
use crate::store::staff::{Role, StaffRecord};

/// Upper bound on a note's or a referral reason's text, as for chat messages.
const MAX_NOTE_BYTES: usize = bridgeline_protocol::MAX_TEXT_BYTES;

/// Fluent ids of canned answers start with this; the next part is the purpose.
pub const CANNED_PREFIX: &str = "canned-";

/// The purposes canned answers are grouped by, in the order the console shows them.
pub const CANNED_PURPOSES: [&str; 5] = ["greeting", "safety", "waiting", "referral", "closing"];

fn ack(id: String) -> StaffEvent {
    StaffEvent::Ack { id, seq: None }
}

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
        self.own_live_conversation(staff_id, conversation).await?;
        self.store.set_risk(conversation, level).await?;
        let language = match self.conversations.get_mut(conversation) {
            Some(live) => {
                live.risk = level;
                live.language.clone()
            }
            None => return Err(RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended")),
        };
        tracing::info!(%conversation, staff = %staff_id, level = level.as_str(), "risk level set");
        self.send_to_staff_conn(conn, &ack(id));
        self.send_to_staff(staff_id, &StaffEvent::Risk { conversation_id: conversation.clone(), level });
        if level == RiskLevel::Imminent {
            let (alert_id, new) = self.store.raise_alert(&new_id()?, conversation, staff_id, unix_millis()).await?;
            if new {
                let raised_by = self.display_name(staff_id);
                let alert = RiskAlert {
                    alert_id,
                    conversation_id: conversation.clone(),
                    language,
                    raised_by,
                    raised_at: unix_millis(),
                    acknowledged_by: None,
                };
                tracing::warn!(%conversation, staff = %staff_id, "imminent risk: alerting coordinators");
                self.send_to_alert_receivers(&StaffEvent::Alert(alert));
            }
        }
        Ok(())
    }

    pub(super) async fn acknowledge_alert(
        &mut self,
        conn: ConnId,
        record: &StaffRecord,
        id: String,
        alert_id: &str,
    ) -> Result<(), RequestError> {
        if !self.store.acknowledge_alert(alert_id, &record.id, unix_millis()).await? {
            return Err(RequestError::refused(ErrorCode::InvalidField, "no such open alert"));
        }
        self.send_to_staff_conn(conn, &ack(id));
        self.send_to_alert_receivers(&StaffEvent::AlertAcknowledged {
            alert_id: alert_id.to_owned(),
            by: record.display_name.clone(),
        });
        Ok(())
    }

    fn send_to_alert_receivers(&self, event: &StaffEvent) {
        for (staff, online) in &self.staff {
            if Self::receives_alerts(&online.record) {
                self.send_to_staff(staff, event);
            }
        }
    }

    pub(super) async fn add_note(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        text: &str,
    ) -> Result<(), RequestError> {
        self.own_conversation_or_wrap_up(staff_id, conversation).await?;
        let text = checked_text(text)?;
        let now = unix_millis();
        self.store.add_note(&new_id()?, conversation, staff_id, NoteKind::Note, text, now).await?;
        self.send_to_staff_conn(conn, &ack(id));
        let note = NoteView {
            conversation_id: conversation.clone(),
            kind: NoteKind::Note,
            author: self.display_name(staff_id),
            text: text.to_owned(),
            created_at: now,
        };
        self.send_to_staff(staff_id, &StaffEvent::Note(note));
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
        self.own_live_conversation(staff_id, conversation).await?;
        let note = checked_text(note)?;
        let Some(live) = self.conversations.get(conversation) else {
            return Err(RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"));
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
        let now_unix = unix_millis();
        let transfer_id = new_id()?;
        let note_id = new_id()?;
        let appended = self
            .store
            .transfer_conversation(
                &NewTransfer {
                    id: &transfer_id,
                    note_id: &note_id,
                    conversation,
                    from_staff: staff_id,
                    kind,
                    target: &target_id,
                    note,
                    now: now_unix,
                },
                priority.0,
            )
            .await?;
        let now = self.now();
        self.router.release(staff_id, conversation, now);
        tracing::info!(%conversation, from = %staff_id, to = %target_id, ?kind, "conversation transferred");
        self.send_to_staff_conn(conn, &ack(id));
        // The sender and the child read the notice; then the chat leaves the sender.
        self.publish(appended.message);
        self.send_to_staff(
            staff_id,
            &StaffEvent::Released { conversation_id: conversation.clone(), reason: ReleaseReason::Transferred },
        );
        match kind {
            TransferKind::Language => {
                if let Some(live) = self.conversations.get_mut(conversation) {
                    live.language = target_id.clone();
                }
                self.back_to_queue(conversation, priority.max(Priority::RETURNING), now);
                self.send_queue_status_now(conversation);
            }
            TransferKind::Counsellor | TransferKind::Coordinator => {
                self.hand_over(conversation, &target_id).await?;
            }
        }
        Ok(())
    }

    /// Gives a transferred conversation to `receiver`: their console gets it with its
    /// notes and its newest page of history, and the child is told who is there now.
    pub(super) async fn hand_over(
        &mut self,
        conversation: &ConversationId,
        receiver: &str,
    ) -> Result<(), RequestError> {
        let display_name = self.display_name(receiver);
        let notes = self.store.notes(conversation).await?;
        self.router.assign(receiver, conversation.clone());
        let now = self.now();
        let Some(live) = self.conversations.get_mut(conversation) else { return Ok(()) };
        live.counsellor = Some((receiver.to_owned(), display_name.clone()));
        live.answered_at = Some(now);
        let mut assigned = live.assigned_view(conversation, &self.bus);
        assigned.notes = notes;
        self.send_to_staff(receiver, &StaffEvent::Assigned(assigned));
        self.tell_counsellor_child_presence(conversation);
        // Live from here, after `assigned` (and with no read mark yet); what was
        // published before is in the page, which ends before the notice below.
        self.bus.set_counsellor(conversation, Some(receiver));
        // The page ends just before the joined notice, which everyone gets live: each
        // message reaches the receiver once, whichever comes first.
        let joined = Body::System(bridgeline_protocol::Notice::CounsellorJoined { display_name });
        let appended = self.store.append_message(conversation, Author::System, None, &joined, unix_millis()).await?;
        self.send_history_page(
            Endpoint::Staff,
            self.staff_outboxes(receiver),
            PageRequest {
                id: None,
                conversation: conversation.clone(),
                after_seq: 0,
                before_seq: Some(appended.message.seq),
            },
            Some(AuditedRead { staff_id: receiver.to_owned(), action: "read_on_transfer" }),
        );
        self.publish(appended.message);
        self.tell_counsellor_who_observes(conversation);
        Ok(())
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
        self.own_live_conversation(staff_id, conversation).await?;
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
        let appended =
            self.store.append_message(conversation, Author::Counsellor, Some(&id), &body, unix_millis()).await?;
        self.send_to_staff_conn(conn, &StaffEvent::Ack { id, seq: Some(appended.message.seq) });
        if !appended.duplicate {
            self.publish(appended.message);
        }
        Ok(())
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
        self.own_live_conversation(staff_id, conversation).await?;
        let reason = checked_text(reason)?;
        let service = self
            .store
            .service_by_id(service_id)
            .await?
            .ok_or_else(|| RequestError::refused(ErrorCode::UnknownService, "no service has this id"))?;
        let language = self.conversations.get(conversation).map(|live| live.language.clone()).unwrap_or_default();
        let card = crate::directory::seed::translated_referral_card(&service, &language, &self.catalog);
        let appended = self
            .store
            .add_referral(&NewReferral {
                id: &new_id()?,
                conversation,
                staff_id,
                card: &card,
                reason,
                child_agreed,
                client_id: &id,
                now: unix_millis(),
            })
            .await?;
        self.send_to_staff_conn(conn, &StaffEvent::Ack { id, seq: Some(appended.message.seq) });
        if !appended.duplicate {
            tracing::info!(%conversation, service = %service_id, "referral sent");
            self.publish(appended.message);
        }
        Ok(())
    }

    /// Stores the wrap-up of an ended conversation this staff member held last.
    pub(super) async fn save_wrap_up(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        wrap_up: WrapUp,
    ) -> Result<(), RequestError> {
        let Some(record) = self.store.conversation_by_id(conversation).await? else {
            return Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not yours"));
        };
        if record.counsellor_id.as_deref() != Some(staff_id) {
            return Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not yours"));
        }
        if record.state != ConversationState::Ended {
            return Err(RequestError::refused(ErrorCode::InvalidField, "wrap up a chat after it has ended"));
        }
        if wrap_up.categories.is_empty() || wrap_up.categories.len() > 20 {
            return Err(RequestError::refused(ErrorCode::InvalidField, "give between 1 and 20 categories"));
        }
        if !wrap_up.categories.iter().all(|code| taxonomy::is_valid(code)) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "unknown category"));
        }
        self.store.save_wrap_up(conversation, staff_id, &wrap_up, unix_millis()).await?;
        if let Some(pending) = self.pending_wrap_ups.get_mut(staff_id) {
            pending.remove(conversation);
        }
        self.hold_for_wrap_ups(staff_id);
        self.send_to_staff_conn(conn, &ack(id));
        self.send_to_staff(staff_id, &StaffEvent::WrappedUp { conversation_id: conversation.clone() });
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

    /// Refuses unless the conversation is live and this staff member's, or ended with
    /// them as its last holder (notes may still be added during the wrap-up).
    async fn own_conversation_or_wrap_up(
        &self,
        staff_id: &str,
        conversation: &ConversationId,
    ) -> Result<(), RequestError> {
        match self.owner_of(conversation).await? {
            Some((owner, _)) if owner == staff_id => Ok(()),
            _ => Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")),
        }
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
