//! Coordinators supervising live chats: observing one read-only (logged, and the
//! counsellor sees who observes), and reassigning one to another counsellor.

use bridgeline_protocol::{ConversationId, ErrorCode, ReleaseReason, StaffEvent};

use super::casework::Transfer;
use super::history::{Endpoint, PageRequest};
use super::{ack, ConnId, Hub, RequestError};
use crate::routing::Priority;
use crate::secrets::{new_id, unix_millis};
use crate::store::casework::TransferKind;
use crate::store::staff::StaffRecord;

impl Hub {
    /// A coordinator follows a live chat read-only. Their read is written to the audit
    /// log before anything is shown (no log line, no observation), off the hub.
    pub(super) async fn observe(
        &mut self,
        conn: ConnId,
        observer: &StaffRecord,
        id: String,
        conversation: &ConversationId,
    ) -> Result<(), RequestError> {
        let Some(live) = self.conversations.get(conversation) else {
            return Err(RequestError::refused(ErrorCode::NoConversation, "no live chat has this id"));
        };
        if live.counsellor.as_ref().is_some_and(|(owner, _)| owner == &observer.id) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "this chat is yours already"));
        }
        let audit_id = new_id()?;
        let task = {
            let (conversation, observer) = (conversation.clone(), observer.id.clone());
            move |store: crate::store::Store| async move {
                store.audit(&audit_id, &observer, "observe", Some(&conversation), "", unix_millis()).await?;
                Ok(store.notes(&conversation).await?)
            }
        };
        let (conversation, observer) = (conversation.clone(), observer.id.clone());
        self.off_hub(task, move |hub, stored| {
            let notes = match stored {
                Ok(notes) => notes,
                Err(error) => return hub.refuse_staff(conn, &id, error),
            };
            let Some(live) = hub.conversations.get_mut(&conversation) else {
                return hub.refuse_staff(
                    conn,
                    &id,
                    RequestError::refused(ErrorCode::NoConversation, "no live chat has this id"),
                );
            };
            live.observers.insert(observer.clone());
            let mut view = live.assigned_view(&conversation, &hub.bus);
            view.notes = notes;
            tracing::info!(%conversation, %observer, "chat observed");
            hub.send_to_staff_conn(conn, &ack(id));
            hub.send_to_staff(&observer, &StaffEvent::Observing(view));
            // Live from here; the page below is read later, so nothing falls in between.
            hub.bus.add_observer(&conversation, &observer);
            // The observation itself is audited above; its pages are part of it.
            hub.send_history_page(
                Endpoint::Staff,
                hub.staff_outboxes(&observer),
                PageRequest { id: None, conversation: conversation.clone(), after_seq: 0, before_seq: None },
                None,
            );
            hub.tell_counsellor_who_observes(&conversation);
        })
        .await;
        Ok(())
    }

    pub(super) fn stop_observing(
        &mut self,
        conn: ConnId,
        observer: &StaffRecord,
        id: String,
        conversation: &ConversationId,
    ) -> Result<(), RequestError> {
        let removed = self.conversations.get_mut(conversation).is_some_and(|live| live.observers.remove(&observer.id));
        if !removed {
            return Err(RequestError::refused(ErrorCode::InvalidField, "you do not observe this chat"));
        }
        self.bus.remove_observer(conversation, &observer.id);
        self.send_to_staff_conn(conn, &ack(id));
        self.tell_counsellor_who_observes(conversation);
        Ok(())
    }

    /// A staff member went offline: they observe nothing any more.
    pub(super) fn stop_all_observing(&mut self, staff_id: &str) {
        let watched: Vec<ConversationId> = self
            .conversations
            .iter_mut()
            .filter_map(|(conversation, live)| live.observers.remove(staff_id).then(|| conversation.clone()))
            .collect();
        for conversation in watched {
            self.bus.remove_observer(&conversation, staff_id);
            self.tell_counsellor_who_observes(&conversation);
        }
    }

    /// Sends the holder of a chat the names of those observing it.
    pub(super) fn tell_counsellor_who_observes(&self, conversation: &ConversationId) {
        let Some(live) = self.conversations.get(conversation) else { return };
        let Some((owner, _)) = &live.counsellor else { return };
        let by = live
            .observers
            .iter()
            .filter_map(|observer| self.staff.get(observer).map(|online| online.record.display_name.clone()))
            .collect();
        self.send_to_staff(owner, &StaffEvent::Observed { conversation_id: conversation.clone(), by });
    }

    pub(super) async fn reassign(
        &mut self,
        conn: ConnId,
        coordinator: &StaffRecord,
        id: String,
        conversation: &ConversationId,
        username: &str,
        note: &str,
    ) -> Result<(), RequestError> {
        let note = super::casework::checked_text(note)?;
        let Some(live) = self.conversations.get(conversation) else {
            return Err(RequestError::refused(ErrorCode::NoConversation, "no live chat has this id"));
        };
        let Some((owner, _)) = live.counsellor.clone() else {
            return Err(RequestError::refused(ErrorCode::InvalidField, "nobody holds this chat: it is in the queue"));
        };
        let language = live.language.clone();
        let receiver = self.counsellor_to_hand_to(username, &language, &owner)?;
        let plan = Transfer {
            conn,
            id,
            conversation: conversation.clone(),
            asked_by: coordinator.id.clone(),
            holder: owner,
            kind: TransferKind::Counsellor,
            target: receiver,
            note: note.to_owned(),
            priority: Priority(0),
            reason: ReleaseReason::Reassigned,
        };
        self.carry_out_transfer(plan).await
    }
}
