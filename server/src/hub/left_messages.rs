//! Messages children leave while nobody who speaks their language is on duty.
//!
//! A left message is a waiting conversation taken out of the queue: the child's
//! `leave_message` parks it (and gives them a return code), it waits in the list every
//! console that may take it shows, however long, and a counsellor's
//! `take_left_message` makes it their chat as an `accept` would. Nothing ends it but
//! that chat's end or the child's "forget me"; no grace period runs while it waits.

use bridgeline_protocol::{ChildEvent, ConversationId, ConversationState, ErrorCode, LeftMessage, StaffEvent};

use super::{ConnId, Hub, LiveConversation, RequestError};
use crate::secrets::{new_id, unix_millis};
use crate::store::left_messages::NotLeft;
use crate::store::staff::StaffRecord;
use crate::store::Store;

impl LiveConversation {
    /// A message the child left that nobody holds now: out of the queue, in the list.
    pub(super) fn is_left_message_waiting(&self) -> bool {
        self.left_message_at.is_some() && self.counsellor.is_none() && self.state == ConversationState::Waiting
    }

    /// Whether a staff member speaks a language the child can read.
    fn readable_by(&self, staff: &StaffRecord) -> bool {
        staff.languages.iter().any(|language| language == &self.language || self.also_reads.contains(language))
    }

    fn left_message_view(&self, conversation: &ConversationId) -> Option<LeftMessage> {
        Some(LeftMessage {
            conversation_id: conversation.clone(),
            language: self.language.clone(),
            also_reads: self.also_reads.clone(),
            intake: self.intake.clone(),
            left_at: self.left_message_at?,
            returning: self.returning,
        })
    }
}

impl Hub {
    /// `leave_message`: decided here, stored off the hub with the code; the child gets
    /// the code and the consoles the message only once it is durable. Until then the
    /// chat is out of the queue, so that nobody is offered it meanwhile.
    pub(super) async fn leave_message(&mut self, conn: ConnId, id: &str) -> Result<(), RequestError> {
        let conversation = self.live_conversation_of(conn)?;
        let Some(live) = self.conversations.get(&conversation) else {
            return Err(RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"));
        };
        if live.state != ConversationState::Waiting || live.counsellor.is_some() {
            return Err(RequestError::refused(ErrorCode::InvalidField, "a counsellor has joined: chat with them"));
        }
        if self.bus.last_seq(&conversation).unwrap_or(0) == 0 {
            return Err(RequestError::refused(
                ErrorCode::InvalidField,
                "write the message first (send), then leave it",
            ));
        }
        let was_left = live.left_message_at.is_some();
        let place = self
            .router
            .waiting_since(&conversation)
            .map(|(enqueued_at, priority, also_reads)| (enqueued_at, priority, also_reads.to_vec()));
        if place.is_some() {
            let actions = self.router.leave_queue(&conversation);
            self.apply(actions);
            self.queue_dirty = true;
        }
        self.leaving_message.insert(conversation.clone());
        let code = super::cases::new_code()?;
        let hash = code.keyed_hash(self.codes.key());
        let case_id = new_id()?;
        let task = {
            let conversation = conversation.clone();
            move |store: Store| async move { Ok(store.leave_message(&conversation, &hash, &case_id, unix_millis()).await?) }
        };
        let id = id.to_owned();
        self.off_hub(task, move |hub, stored| {
            hub.leaving_message.remove(&conversation);
            match stored {
                Ok(Ok(left)) => {
                    let Some(live) = hub.conversations.get_mut(&conversation) else {
                        let ended = RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended");
                        hub.refuse_child(conn, &id, ended);
                        return;
                    };
                    live.case = Some(left.case_id);
                    live.left_message_at = Some(left.left_at);
                    live.queue_sent = None;
                    // Out of the queue for the wait estimates too (the board leaves it
                    // out of the service level: it is neither answered nor abandoned).
                    if place.is_some() {
                        let (language, now) = (live.language.clone(), hub.now());
                        hub.estimator.record_abandoned(&language, now);
                    }
                    hub.board_dirty = true;
                    tracing::info!(%conversation, "a child left a message");
                    hub.send_to_child_conn(conn, &ChildEvent::Code { id, code: code.display() });
                    if !was_left {
                        hub.announce_left_message(&conversation);
                    }
                }
                refused => {
                    // Not left: the child keeps their place in the queue.
                    if let (Some((enqueued_at, priority, also_reads)), Some(live)) =
                        (place, hub.conversations.get(&conversation))
                    {
                        if live.state == ConversationState::Waiting && live.counsellor.is_none() {
                            let language = live.language.clone();
                            hub.router.enqueue(conversation.clone(), &language, &also_reads, priority, enqueued_at);
                            hub.queue_dirty = true;
                        }
                    }
                    let error = match refused {
                        Ok(Err(NotLeft::NotWaiting)) => {
                            RequestError::refused(ErrorCode::InvalidField, "a counsellor has joined: chat with them")
                        }
                        Err(error) => error,
                        Ok(Ok(_)) => RequestError::Internal("unreachable"),
                    };
                    hub.refuse_child(conn, &id, error);
                }
            }
        })
        .await;
        Ok(())
    }

    /// `take_left_message`: the chat becomes the staff member's as after an `accept`
    /// (stored by the writer, announced once durable: see `accepted`).
    pub(super) async fn take_left_message(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: ConversationId,
    ) -> Result<(), RequestError> {
        let Some(staff) = self.staff.get(staff_id).map(|online| online.record.clone()) else {
            return Err(RequestError::Internal("a staff socket without its staff member"));
        };
        let Some(live) = self.conversations.get(&conversation).filter(|live| live.is_left_message_waiting()) else {
            return Err(RequestError::refused(ErrorCode::NotYours, "no left message waits with this id"));
        };
        if !live.readable_by(&staff) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "you do not speak a language this child reads"));
        }
        if self.left_being_taken.contains(&conversation) {
            return Err(RequestError::refused(ErrorCode::OfferGone, "someone else took this message first"));
        }
        self.left_being_taken.insert(conversation.clone());
        self.router.assign(staff_id, conversation.clone());
        self.persist_assignment(conn, id, staff_id, conversation).await
    }

    /// Whether an accept (or its failure) was of a left message; it is no longer being
    /// taken either way.
    pub(super) fn left_message_taken(&mut self, conversation: &ConversationId) -> bool {
        self.left_being_taken.remove(conversation)
    }

    /// The left messages this staff member may take, oldest first.
    pub(super) fn left_messages_for(&self, staff: &StaffRecord) -> Vec<LeftMessage> {
        let mut messages: Vec<LeftMessage> = self
            .conversations
            .iter()
            .filter(|(_, live)| live.is_left_message_waiting() && live.readable_by(staff))
            .filter_map(|(conversation, live)| live.left_message_view(conversation))
            .collect();
        messages.sort_by(|one, other| {
            (one.left_at, &one.conversation_id.0).cmp(&(other.left_at, &other.conversation_id.0))
        });
        messages
    }

    /// Tells every console that may take it that a message was left.
    pub(super) fn announce_left_message(&self, conversation: &ConversationId) {
        let Some(live) = self.conversations.get(conversation) else { return };
        let Some(message) = live.left_message_view(conversation) else { return };
        let event = StaffEvent::LeftMessage { message };
        for (staff_id, online) in &self.staff {
            if live.readable_by(&online.record) {
                self.send_to_staff(staff_id, &event);
            }
        }
    }

    /// Tells every console that may have listed it that a left message no longer
    /// waits (taken, withdrawn or erased). Call while the conversation is still known.
    pub(super) fn announce_left_message_gone(&self, conversation: &ConversationId) {
        let Some(live) = self.conversations.get(conversation) else { return };
        let event = StaffEvent::LeftMessageGone { conversation_id: conversation.clone() };
        for (staff_id, online) in &self.staff {
            if live.readable_by(&online.record) {
                self.send_to_staff(staff_id, &event);
            }
        }
    }
}
