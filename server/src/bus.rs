//! The bus between whoever stores a message and whoever holds the sockets: for each
//! live conversation, which sockets receive its messages, and the last `seq` delivered.
//!
//! The hub decides who is in a conversation (the child's socket, the counsellor, the
//! observers) and keeps the routes here up to date; the message writer publishes each
//! message once it is committed, without passing through the hub's task. Publishing is
//! a short critical section over in-memory maps: no I/O, no waiting on a socket (an
//! [`Outbox`] never blocks).
//!
//! On several nodes, each node's bus holds the routes of the sockets it holds, and a
//! message committed elsewhere is published here when its notification arrives.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

use bridgeline_protocol::{ChatMessage, ChildEvent, ConversationId, Seq, StaffEvent};

use crate::hub::{ConnId, Outbox};
use crate::routing::StaffId;
use crate::store::conversations::Reader;

/// Who receives one live conversation's messages.
#[derive(Debug, Default)]
struct Route {
    last_seq: Seq,
    /// Each side's read mark (see [`Bus::read_moved`]).
    child_read_seq: Seq,
    counsellor_read_seq: Seq,
    child: Option<(ConnId, Outbox)>,
    counsellor: Option<StaffId>,
    observers: BTreeSet<StaffId>,
}

#[derive(Debug, Default)]
struct Routes {
    conversations: HashMap<ConversationId, Route>,
    /// Each child socket's conversation, kept after the conversation ends (a child may
    /// still read and rate it) until the socket closes or another takes it over.
    children: HashMap<ConnId, ConversationId>,
    /// Every open staff socket, by staff member.
    staff: HashMap<StaffId, Vec<(ConnId, Outbox)>>,
}

/// Both sides' read marks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadMarks {
    pub child: Seq,
    pub counsellor: Seq,
}

/// Shared by the hub, the message writer and the sockets.
#[derive(Debug, Default)]
pub struct Bus {
    routes: Mutex<Routes>,
}

impl Bus {
    fn routes(&self) -> MutexGuard<'_, Routes> {
        // A panic while holding the lock leaves maps that are still consistent (every
        // update is a single insert or remove), so a poisoned lock is used as it is.
        self.routes.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A conversation goes live (started, or rebuilt at start) with `last_seq` and
    /// the read marks stored.
    pub fn open(&self, conversation: &ConversationId, last_seq: Seq, read: ReadMarks) {
        let mut routes = self.routes();
        let route = routes.conversations.entry(conversation.clone()).or_default();
        route.last_seq = route.last_seq.max(last_seq);
        route.child_read_seq = route.child_read_seq.max(read.child);
        route.counsellor_read_seq = route.counsellor_read_seq.max(read.counsellor);
    }

    /// Both sides' read marks in a live conversation.
    pub fn read_marks(&self, conversation: &ConversationId) -> Option<ReadMarks> {
        let routes = self.routes();
        let route = routes.conversations.get(conversation)?;
        Some(ReadMarks { child: route.child_read_seq, counsellor: route.counsellor_read_seq })
    }

    /// A read mark moved on (stored): the other side is told. Observers are not.
    pub fn read_moved(&self, conversation: &ConversationId, reader: Reader, seq: Seq) {
        let mut routes = self.routes();
        let routes = &mut *routes;
        let Some(route) = routes.conversations.get_mut(conversation) else { return };
        match reader {
            Reader::Child => {
                route.child_read_seq = route.child_read_seq.max(seq);
                let event = StaffEvent::Read { conversation_id: conversation.clone(), seq };
                let sockets = route.counsellor.as_ref().and_then(|staff| routes.staff.get(staff));
                for (_, outbox) in sockets.into_iter().flatten() {
                    outbox.send(&event);
                }
            }
            Reader::Counsellor => {
                route.counsellor_read_seq = route.counsellor_read_seq.max(seq);
                if let Some((_, outbox)) = &route.child {
                    outbox.send(&ChildEvent::Read { seq });
                }
            }
        }
    }

    /// The conversation ended: nobody receives its messages any more.
    pub fn close(&self, conversation: &ConversationId) {
        self.routes().conversations.remove(conversation);
    }

    /// The last `seq` published in a live conversation.
    pub fn last_seq(&self, conversation: &ConversationId) -> Option<Seq> {
        self.routes().conversations.get(conversation).map(|route| route.last_seq)
    }

    /// The conversation the child on `conn` writes to, if any (it may have ended).
    pub fn child_conversation(&self, conn: ConnId) -> Option<ConversationId> {
        self.routes().children.get(&conn).cloned()
    }

    /// The child's socket `conn` now receives the conversation's messages (start or
    /// resume); a socket it took over from no longer does.
    pub fn attach_child(&self, conversation: &ConversationId, conn: ConnId, outbox: Outbox) {
        let mut routes = self.routes();
        if let Some(route) = routes.conversations.get_mut(conversation) {
            if let Some((previous, _)) = route.child.replace((conn, outbox)) {
                if previous != conn {
                    routes.children.remove(&previous);
                }
            }
        }
        routes.children.insert(conn, conversation.clone());
    }

    /// The child's socket closed.
    pub fn detach_child(&self, conn: ConnId) {
        let mut routes = self.routes();
        let Some(conversation) = routes.children.remove(&conn) else { return };
        if let Some(route) = routes.conversations.get_mut(&conversation) {
            if route.child.as_ref().is_some_and(|(attached, _)| *attached == conn) {
                route.child = None;
            }
        }
    }

    /// Who holds the conversation now (`None`: back in a queue). Returns the last `seq`
    /// published before the change: a new holder receives every later one live, and
    /// reads the earlier ones in a page. A new holder has read nothing yet.
    pub fn set_counsellor(&self, conversation: &ConversationId, counsellor: Option<&str>) -> Option<Seq> {
        let mut routes = self.routes();
        let route = routes.conversations.get_mut(conversation)?;
        // A counsellor taking the chat over from another has read nothing yet.
        if route.counsellor.is_some() && counsellor.is_some() && route.counsellor.as_deref() != counsellor {
            route.counsellor_read_seq = 0;
        }
        route.counsellor = counsellor.map(str::to_owned);
        Some(route.last_seq)
    }

    pub fn add_observer(&self, conversation: &ConversationId, staff: &str) {
        if let Some(route) = self.routes().conversations.get_mut(conversation) {
            route.observers.insert(staff.to_owned());
        }
    }

    pub fn remove_observer(&self, conversation: &ConversationId, staff: &str) {
        if let Some(route) = self.routes().conversations.get_mut(conversation) {
            route.observers.remove(staff);
        }
    }

    pub fn staff_socket_opened(&self, staff: &str, conn: ConnId, outbox: Outbox) {
        self.routes().staff.entry(staff.to_owned()).or_default().push((conn, outbox));
    }

    pub fn staff_socket_closed(&self, staff: &str, conn: ConnId) {
        let mut routes = self.routes();
        if let Some(sockets) = routes.staff.get_mut(staff) {
            sockets.retain(|(open, _)| *open != conn);
            if sockets.is_empty() {
                routes.staff.remove(staff);
            }
        }
    }

    /// Delivers a stored message to every socket of its conversation: the child's,
    /// and each socket of the counsellor and of every observer. Returns false when the
    /// conversation is not live here.
    pub fn publish(&self, message: &ChatMessage) -> bool {
        let (Ok(child_frame), Ok(staff_frame)) = (
            serde_json::to_string(&ChildEvent::Message(message.clone())),
            serde_json::to_string(&StaffEvent::Message(message.clone())),
        ) else {
            tracing::error!("a message did not serialise");
            return false;
        };
        let mut routes = self.routes();
        let routes = &mut *routes;
        let Some(route) = routes.conversations.get_mut(&message.conversation_id) else { return false };
        route.last_seq = route.last_seq.max(message.seq);
        if let Some((_, outbox)) = &route.child {
            outbox.send_frame(child_frame);
        }
        for staff in route.counsellor.iter().chain(&route.observers) {
            for (_, outbox) in routes.staff.get(staff).into_iter().flatten() {
                outbox.send_frame(staff_frame.clone());
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hub::{outbox, OutFrame, OutboxReceiver};
    use bridgeline_protocol::{Author, Body};

    fn message(conversation: &ConversationId, seq: Seq) -> ChatMessage {
        ChatMessage {
            conversation_id: conversation.clone(),
            seq,
            author: Author::Child,
            client_id: None,
            body: Body::Text { text: format!("m{seq}") },
            sent_at: 0,
        }
    }

    fn received(receiver: &mut OutboxReceiver) -> Vec<String> {
        let mut frames = Vec::new();
        while let Ok(OutFrame::Text(text)) = receiver.frames.try_recv() {
            frames.push(text);
        }
        frames
    }

    #[test]
    fn a_message_reaches_the_child_the_counsellor_and_observers_only() {
        let bus = Bus::default();
        let chat = ConversationId("c1".into());
        let other = ConversationId("c2".into());
        bus.open(&chat, 3, ReadMarks::default());
        bus.open(&other, 0, ReadMarks::default());
        let (child, mut child_rx) = outbox();
        let (counsellor, mut counsellor_rx) = outbox();
        let (counsellor_tab, mut counsellor_tab_rx) = outbox();
        let (observer, mut observer_rx) = outbox();
        let (stranger, mut stranger_rx) = outbox();
        bus.attach_child(&chat, 1, child);
        bus.staff_socket_opened("s1", 2, counsellor);
        bus.staff_socket_opened("s1", 3, counsellor_tab);
        bus.staff_socket_opened("s2", 4, observer);
        bus.staff_socket_opened("s3", 5, stranger);
        bus.set_counsellor(&chat, Some("s1"));
        bus.add_observer(&chat, "s2");

        assert!(bus.publish(&message(&chat, 4)));
        assert_eq!(bus.last_seq(&chat), Some(4));
        for receiver in [&mut child_rx, &mut counsellor_rx, &mut counsellor_tab_rx, &mut observer_rx] {
            let frames = received(receiver);
            assert_eq!(frames.len(), 1);
            assert!(frames[0].contains("\"m4\""), "{frames:?}");
        }
        assert!(received(&mut stranger_rx).is_empty());

        bus.remove_observer(&chat, "s2");
        bus.staff_socket_closed("s1", 3);
        bus.publish(&message(&chat, 5));
        assert_eq!(received(&mut counsellor_rx).len(), 1);
        assert!(received(&mut counsellor_tab_rx).is_empty());
        assert!(received(&mut observer_rx).is_empty());
    }

    #[test]
    fn a_newer_child_socket_takes_over_and_an_ended_chat_has_no_route() {
        let bus = Bus::default();
        let chat = ConversationId("c1".into());
        bus.open(&chat, 0, ReadMarks::default());
        let (old, mut old_rx) = outbox();
        let (new, mut new_rx) = outbox();
        bus.attach_child(&chat, 1, old);
        bus.attach_child(&chat, 2, new);
        assert_eq!(bus.child_conversation(1), None);
        assert_eq!(bus.child_conversation(2), Some(chat.clone()));
        bus.publish(&message(&chat, 1));
        assert!(received(&mut old_rx).is_empty());
        assert_eq!(received(&mut new_rx).len(), 1);

        // The old socket closing does not detach the new one.
        bus.detach_child(1);
        bus.publish(&message(&chat, 2));
        assert_eq!(received(&mut new_rx).len(), 1);

        bus.close(&chat);
        assert!(!bus.publish(&message(&chat, 3)));
        assert_eq!(bus.last_seq(&chat), None);
        // The child can still be told which conversation it had.
        assert_eq!(bus.child_conversation(2), Some(chat));
    }
}
