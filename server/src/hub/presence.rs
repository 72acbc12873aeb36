//! Presence: whether each side of a chat is there, told to the other side within
//! moments. A child's socket that drops keeps its grace period (`abandon_after` while
//! waiting) and the counsellor sees `connection_lost`; a child who leaves on purpose
//! (`leave`: the quick exit, the page closed) is out of the queue at once and the
//! counsellor sees `left`. A counsellor whose last socket drops shows as
//! `connection_lost` to their children until they come back or their grace period
//! ends (then `counsellor_left` requeues the chat, as before).
//!
//! A page that is reloaded also says `leave` (the browser cannot tell a reload from a
//! close), so leaving keeps the child's place aside: a `resume` within the grace period
//! puts them back where they were, by arrival time and priority.

use bridgeline_protocol::{ChildEvent, ConversationId, ConversationState, Presence, StaffEvent};

use super::{ConnId, Hub, RequestError};
use crate::routing::{Millis, Priority};

/// Where a waiting child stood when they left: where they go back to on a `resume`.
#[derive(Debug, Clone)]
pub(super) struct LeftPlace {
    /// When they entered the queue (hub clock): their place by arrival.
    enqueued_at: Millis,
    priority: Priority,
    also_reads: Vec<String>,
}

impl Hub {
    /// `leave`: the child goes on purpose. The socket is detached from the chat (its
    /// next requests get `no_conversation`); a waiting child leaves the queue now, any
    /// offer of them is withdrawn, and the counsellor holding the chat sees `left`. The
    /// conversation itself ends when the grace period runs out with nobody back (as for
    /// a dropped connection), or when the counsellor ends it.
    pub(super) fn child_leave(&mut self, conn: ConnId, id: &str) -> Result<(), RequestError> {
        let conversation = self.attached_conversation(conn).cloned().ok_or(RequestError::refused(
            bridgeline_protocol::ErrorCode::NoConversation,
            "start or resume a conversation first",
        ))?;
        // Detached first, so that nothing the socket still sends reaches the chat.
        self.bus.detach_child(conn);
        if let Some((_, attached)) = self.child_conns.get_mut(&conn) {
            *attached = None;
        }
        let now = self.now();
        let is_this_socket = self.conversations.get(&conversation).is_some_and(|live| live.child_conn == Some(conn));
        if is_this_socket {
            let place = self.router.waiting_since(&conversation).map(|(enqueued_at, priority, also_reads)| LeftPlace {
                enqueued_at,
                priority,
                also_reads: also_reads.to_vec(),
            });
            if place.is_some() {
                let actions = self.router.leave_queue(&conversation);
                self.apply(actions);
                self.queue_dirty = true;
            }
            let waiting = if let Some(live) = self.conversations.get_mut(&conversation) {
                live.child_conn = None;
                live.detached_since = Some(now);
                live.state == ConversationState::Waiting
            } else {
                false
            };
            if waiting {
                self.detached(&conversation, now);
            }
            self.left_children.insert(conversation.clone(), place);
            self.board_dirty = true;
            tracing::info!(%conversation, "child left on purpose");
            self.tell_counsellor_child_presence(&conversation);
        }
        self.send_to_child_conn(conn, &ChildEvent::Ack { id: id.to_owned(), seq: None });
        Ok(())
    }

    /// A chat whose child left goes back to a queue (its counsellor passed it on, or did
    /// not come back): the child's place is kept aside instead of offered. Returns
    /// whether it was.
    pub(super) fn keep_place_aside(
        &mut self,
        conversation: &ConversationId,
        also_reads: &[String],
        priority: Priority,
        now: Millis,
    ) -> bool {
        let Some(place) = self.left_children.get_mut(conversation) else { return false };
        *place = Some(LeftPlace { enqueued_at: now, priority, also_reads: also_reads.to_vec() });
        true
    }

    /// Whether the child of a live conversation left on purpose (and has not come back).
    pub(super) fn child_left(&self, conversation: &ConversationId) -> bool {
        self.left_children.contains_key(conversation)
    }

    /// A child came back (`resume`) after leaving on purpose: a waiting child goes back
    /// to their place in the queue. Returns whether they had left.
    pub(super) fn child_back(&mut self, conversation: &ConversationId) -> bool {
        let Some(place) = self.left_children.remove(conversation) else { return false };
        let Some(live) = self.conversations.get(conversation) else { return true };
        if let (ConversationState::Waiting, Some(place)) = (live.state, place) {
            let language = live.language.clone();
            self.router.enqueue(conversation.clone(), &language, &place.also_reads, place.priority, place.enqueued_at);
            self.queue_dirty = true;
            self.board_dirty = true;
        }
        true
    }

    /// The child's presence in a live conversation, as its counsellor sees it.
    pub(super) fn child_presence(&self, conversation: &ConversationId) -> Presence {
        if self.child_left(conversation) {
            Presence::Left
        } else if self.conversations.get(conversation).is_some_and(|live| live.child_conn.is_some()) {
            Presence::Connected
        } else {
            Presence::ConnectionLost
        }
    }

    /// Tells the staff member holding the conversation (every socket of theirs) whether
    /// its child is there now.
    pub(super) fn tell_counsellor_child_presence(&self, conversation: &ConversationId) {
        let Some(live) = self.conversations.get(conversation) else { return };
        let Some((staff, _)) = &live.counsellor else { return };
        let event =
            StaffEvent::Presence { conversation_id: conversation.clone(), child: self.child_presence(conversation) };
        self.send_to_staff(staff, &event);
    }

    /// After `ready`: the presence of the child of every live chat this socket's staff
    /// member holds.
    pub(super) fn send_child_presences(&self, conn: ConnId, staff_id: &str) {
        let mut held: Vec<&ConversationId> = self
            .conversations
            .iter()
            .filter(|(_, live)| live.counsellor.as_ref().is_some_and(|(owner, _)| owner == staff_id))
            .map(|(conversation, _)| conversation)
            .collect();
        held.sort();
        for conversation in held {
            let event = StaffEvent::Presence {
                conversation_id: conversation.clone(),
                child: self.child_presence(conversation),
            };
            self.send_to_staff_conn(conn, &event);
        }
    }

    /// The counsellor's presence as the child of a live conversation sees it: connected
    /// while any socket of theirs is open.
    pub(super) fn counsellor_presence(&self, conversation: &ConversationId) -> Option<Presence> {
        let live = self.conversations.get(conversation)?;
        let (staff, _) = live.counsellor.as_ref()?;
        Some(if self.staff.contains_key(staff) { Presence::Connected } else { Presence::ConnectionLost })
    }

    /// Tells the children of every live chat a counsellor holds whether the counsellor
    /// is there now (their last socket closed, or one opened again).
    pub(super) fn tell_children_counsellor_presence(&self, staff_id: &str) {
        for (conversation, live) in &self.conversations {
            if live.counsellor.as_ref().is_none_or(|(owner, _)| owner != staff_id) {
                continue;
            }
            let (Some(conn), Some(counsellor)) = (live.child_conn, self.counsellor_presence(conversation)) else {
                continue;
            };
            self.send_to_child_conn(conn, &ChildEvent::Presence { counsellor });
        }
    }
}
