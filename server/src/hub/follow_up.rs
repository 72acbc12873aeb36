//! The second half of the hub's writes: what it announces once the writer made a
//! start, an accept or an end durable, or undoes when it could not.
//!
//! The hub decides at once (a chat is the socket's, the router gives a child to a
//! counsellor) and queues the write without waiting for the disk; the writer stores it
//! in its next group commit, in the order the hub queued it, and hands the outcome
//! back here. Nothing is announced before it is durable.

use bridgeline_protocol::{ChildEvent, StaffEvent};

use super::{EndReply, FollowUp, Hub, RequestError};
use crate::store::writes::{Refused, Written};
use crate::writer::Persisted;

impl Hub {
    pub(super) async fn follow_up(&mut self, persisted: Persisted) {
        let (follow_up, outcome) = match persisted {
            Persisted::Write { follow_up, outcome } => (follow_up, outcome),
            Persisted::Task(continuation) => return continuation.run(self).await,
        };
        match (follow_up, outcome) {
            (FollowUp::Started { conn, id, resume_token, conversation }, Ok(Ok(Written::Created))) => {
                self.started(conn, id, resume_token, &conversation);
                self.joined_with_handover(conn, &conversation).await;
            }
            (FollowUp::Started { conn, id, conversation, .. }, outcome) => {
                self.not_started(conn, &conversation);
                self.handovers.join_failed(conn);
                let error = failure(outcome, "start");
                self.send_to_child_conn(conn, &ChildEvent::Error(error.into_reply(&id)));
            }
            (FollowUp::Accepted { conn, id, staff_id, conversation }, Ok(Ok(Written::Assigned(appended, notes)))) => {
                self.accepted(conn, id, &staff_id, *appended, notes);
                // A returning child: their earlier contacts follow the chat.
                if self.conversations.get(&conversation).is_some_and(|live| live.returning) {
                    self.send_earlier_contacts(&staff_id, &conversation).await;
                    self.send_handover_context(&staff_id, &conversation).await;
                }
            }
            (FollowUp::Accepted { conn, id, staff_id, conversation }, outcome) => {
                self.not_accepted(&staff_id, &conversation);
                let error = match outcome {
                    Ok(Err(Refused::Ended)) => {
                        RequestError::refused(bridgeline_protocol::ErrorCode::OfferGone, "the conversation has ended")
                    }
                    outcome => failure(outcome, "accept"),
                };
                self.send_to_staff_conn(conn, &StaffEvent::Error(error.into_reply(&id)));
            }
            (FollowUp::Ended { by, reply }, Ok(Ok(Written::Ended(appended)))) => {
                let conversation = appended.message.conversation_id.clone();
                self.ended(&conversation, by, *appended, None);
                match reply {
                    Some(EndReply::Child { conn, id }) => {
                        self.send_to_child_conn(conn, &ChildEvent::Ack { id, seq: None });
                    }
                    Some(EndReply::Staff { conn, id }) => {
                        self.send_to_staff_conn(conn, &StaffEvent::Ack { id, seq: None });
                    }
                    None => {}
                }
            }
            (FollowUp::Ended { reply, .. }, outcome) => {
                let error = match outcome {
                    Ok(Err(Refused::Ended)) => RequestError::refused(
                        bridgeline_protocol::ErrorCode::ConversationEnded,
                        "the conversation has ended",
                    ),
                    outcome => failure(outcome, "end"),
                };
                match reply {
                    Some(EndReply::Child { conn, id }) => {
                        self.send_to_child_conn(conn, &ChildEvent::Error(error.into_reply(&id)));
                    }
                    Some(EndReply::Staff { conn, id }) => {
                        self.send_to_staff_conn(conn, &StaffEvent::Error(error.into_reply(&id)));
                    }
                    None => tracing::error!(%error, "a chat could not be ended"),
                }
            }
        }
    }
}

/// Why a hub write did not happen, as the client hears it.
fn failure(outcome: Result<Result<Written, Refused>, RequestError>, what: &'static str) -> RequestError {
    match outcome {
        Err(error) => error,
        Ok(Ok(written)) => {
            tracing::error!(?written, what, "the writer answered another write");
            RequestError::Internal("the writer answered another write")
        }
        Ok(Err(refused)) => {
            tracing::warn!(?refused, what, "a hub write was refused");
            RequestError::refused(bridgeline_protocol::ErrorCode::ConversationEnded, "the conversation has ended")
        }
    }
}
