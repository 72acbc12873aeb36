//! Sending history pages without holding up the hub.
//!
//! The hub decides who may read which range (it knows who holds and observes each
//! live chat; for an ended one, the task checks in the store who held it last); a task
//! of its own then writes the audit line, reads the page and queues it for the
//! reader's sockets. Live messages keep flowing meanwhile; the reader merges
//! both by `seq`. A page is one frame whatever the chat's length, so a long history
//! never makes its reader look slow.
//!
//! Reads wait their turn ([`CONCURRENT_READS`] at a time), so that a client asking for
//! page after page cannot take every database connection from the live chats; a read
//! whose readers have all gone by its turn is skipped.

use bridgeline_protocol::{ChildEvent, ConversationId, HistoryPage, Seq, StaffEvent};

use super::{Hub, Outbox, RequestError};
use crate::secrets::{new_id, unix_millis};

/// History pages read from the database at once; the rest wait. Small against the
/// pool's connections, which live chats need too.
pub(super) const CONCURRENT_READS: usize = 3;

/// Which page to read and where it goes.
pub(super) struct PageRequest {
    /// The request this answers; `None` for a page sent unasked.
    pub id: Option<String>,
    pub conversation: ConversationId,
    pub after_seq: Seq,
    pub before_seq: Option<Seq>,
}

/// The staff member whose read is written to the audit log before the page is read,
/// and as what.
pub(super) struct AuditedRead {
    pub staff_id: String,
    pub action: &'static str,
    pub held: Held,
}

/// How the reader's right to the transcript is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Held {
    /// The hub knows they hold the live chat.
    Live,
    /// The chat is not live: the read checks in the store that they held it last, or
    /// that it is an earlier contact of a returning child's chat they hold now (one of
    /// `via_case`).
    CheckStore { via_case: Vec<ConversationId> },
}

/// Which endpoint's frames the page goes out as.
#[derive(Clone, Copy)]
pub(super) enum Endpoint {
    Child,
    Staff,
}

impl Endpoint {
    fn send_page(self, outbox: &Outbox, page: HistoryPage) {
        match self {
            Endpoint::Child => outbox.send(&ChildEvent::History(page)),
            Endpoint::Staff => outbox.send(&StaffEvent::History(page)),
        };
    }

    fn send_error(self, outbox: &Outbox, reply: bridgeline_protocol::ErrorReply) {
        match self {
            Endpoint::Child => outbox.send(&ChildEvent::Error(reply)),
            Endpoint::Staff => outbox.send(&StaffEvent::Error(reply)),
        };
    }
}

impl Hub {
    /// Reads one page off the hub's task and queues it for `readers`. A failed read is
    /// answered with `internal` when it answers a request, and logged either way.
    pub(super) fn send_history_page(
        &self,
        endpoint: Endpoint,
        readers: Vec<Outbox>,
        request: PageRequest,
        audit: Option<AuditedRead>,
    ) {
        if readers.is_empty() {
            return;
        }
        let store = self.store.clone();
        let metrics = self.metrics.clone();
        let turns = self.history_reads.clone();
        tokio::spawn(async move {
            // The semaphore is never closed; if it were, reading at once is still right.
            let _turn = turns.acquire_owned().await.ok();
            if readers.iter().all(Outbox::is_closed) {
                return;
            }
            let read = async {
                if let Some((audit, via_case)) = audit.as_ref().and_then(|audit| match &audit.held {
                    Held::CheckStore { via_case } => Some((audit, via_case)),
                    Held::Live => None,
                }) {
                    let record = store.conversation_by_id(&request.conversation).await?;
                    let held_last =
                        record.and_then(|record| record.counsellor_id).as_deref() == Some(audit.staff_id.as_str());
                    let mut earlier_contact = false;
                    for live in via_case {
                        if !held_last && store.same_case(live, &request.conversation).await? {
                            earlier_contact = true;
                            break;
                        }
                    }
                    if !held_last && !earlier_contact {
                        return Err(RequestError::refused(
                            bridgeline_protocol::ErrorCode::NotYours,
                            "this conversation is not assigned to you",
                        ));
                    }
                }
                if let Some(audit) = &audit {
                    // No log line, no read: a staff read of a transcript is always audited.
                    store
                        .audit(
                            &new_id()?,
                            &audit.staff_id,
                            audit.action,
                            Some(&request.conversation),
                            "",
                            unix_millis(),
                        )
                        .await?;
                }
                Ok::<_, RequestError>(
                    store.history_page(&request.conversation, request.after_seq, request.before_seq).await?,
                )
            };
            match read.await {
                Ok(page) => {
                    let page = HistoryPage {
                        id: request.id,
                        conversation_id: request.conversation,
                        after_seq: request.after_seq,
                        before_seq: request.before_seq,
                        messages: page.messages,
                        more: page.more,
                    };
                    for outbox in &readers {
                        endpoint.send_page(outbox, page.clone());
                    }
                }
                Err(error) => {
                    let conversation = &request.conversation;
                    if !matches!(error, RequestError::Refused { .. }) {
                        tracing::error!(%conversation, %error, "could not read a history page");
                    }
                    if let Some(id) = request.id {
                        let reply = error.into_reply(&id);
                        metrics.count_error_code(reply.code);
                        for outbox in &readers {
                            endpoint.send_error(outbox, reply.clone());
                        }
                    }
                }
            }
        });
    }

    /// Every socket of a staff member, for a page that all their consoles should have
    /// (a chat just assigned, or observed).
    pub(super) fn staff_outboxes(&self, staff: &str) -> Vec<Outbox> {
        let Some(online) = self.staff.get(staff) else { return Vec::new() };
        online.conns.iter().filter_map(|conn| self.staff_conns.get(conn).map(|(outbox, _)| outbox.clone())).collect()
    }

    pub(super) fn staff_conn_outbox(&self, conn: super::ConnId) -> Vec<Outbox> {
        self.staff_conns.get(&conn).map(|(outbox, _)| outbox.clone()).into_iter().collect()
    }

    pub(super) fn child_conn_outbox(&self, conn: super::ConnId) -> Vec<Outbox> {
        self.child_conns.get(&conn).map(|(outbox, _)| outbox.clone()).into_iter().collect()
    }
}
