//! Requests from counsellors: status, accept, decline, send, end, sync and history.

use std::collections::HashSet;

use bridgeline_protocol::{
    AssignedConversation, Author, ChildEvent, ConversationId, ConversationState, ErrorCode, Seq, StaffEvent,
    StaffRequest, StaffStatus,
};

use super::history::{AuditedRead, Endpoint, PageRequest};
use super::{ConnId, EndReply, FollowUp, Hub, OnlineStaff, Outbox, RequestError};
use crate::secrets::unix_millis;
use crate::store::messages::Appended;
use crate::store::staff::StaffRecord;
use crate::store::writes::{Work, WorkKind};

impl Hub {
    pub(super) async fn staff_connected(&mut self, conn: ConnId, record: StaffRecord, outbox: Outbox) {
        let now = self.now();
        let staff_id = record.id.clone();
        self.staff_conns.insert(conn, (outbox.clone(), staff_id.clone()));
        self.bus.staff_socket_opened(&staff_id, conn, outbox.clone());
        let online = self
            .staff
            .entry(staff_id.clone())
            .or_insert_with(|| OnlineStaff { record: record.clone(), conns: HashSet::new() });
        online.record = record.clone();
        online.conns.insert(conn);
        let first_socket = online.conns.len() == 1;
        self.staff_gone_since.remove(&staff_id);
        if Self::is_counsellor(&record) {
            let mut actions = self.router.connect(&staff_id, &record.languages, record.max_chats, now);
            // The stored status is the latest (every change is written), also after a
            // restart, when the router knows nobody's.
            actions.extend(self.router.set_status(&staff_id, record.status));
            self.apply(actions);
        }
        let mut conversations = self.assigned_to(&staff_id);
        match self.load_casework(&staff_id, &mut conversations).await {
            Ok(()) => {}
            Err(error) => tracing::error!(staff = %staff_id, %error, "could not load notes and wrap-ups"),
        }
        let board_receiver = Self::receives_alerts(&record);
        let alerts = if board_receiver {
            self.store.open_alerts().await.unwrap_or_else(|error| {
                tracing::error!(%error, "could not load open alerts");
                Vec::new()
            })
        } else {
            Vec::new()
        };
        let offer = self
            .router
            .offer_of(&staff_id)
            .and_then(|(conversation, expires_at)| self.offer_event(&conversation, expires_at, now));
        outbox.send(&StaffEvent::Ready {
            username: record.username,
            display_name: record.display_name,
            role: record.role.as_protocol(),
            languages: record.languages,
            max_chats: record.max_chats,
            status: self.router.status(&staff_id).unwrap_or(StaffStatus::Away),
            conversations,
            offer,
            wrap_up_required: self.wrap_up_required,
            alerts,
        });
        // Whether each child is there, then (the counsellor is back) tell the children.
        self.send_child_presences(conn, &staff_id);
        if first_socket {
            self.tell_children_counsellor_presence(&staff_id);
        }
        if board_receiver {
            outbox.send(&StaffEvent::Board(self.board_snapshot_with_trends()));
            self.send_blocks_view(conn).await;
        }
        tracing::info!(staff = %staff_id, "staff socket ready");
    }

    /// Closes every socket of a staff member (policy violation: their account
    /// changed); each then goes through `staff_gone` as usual.
    pub(super) fn close_staff_sockets(&mut self, staff_id: &str) {
        let Some(online) = self.staff.get(staff_id) else { return };
        for conn in &online.conns {
            if let Some((outbox, _)) = self.staff_conns.get(conn) {
                outbox.close(crate::ws::CLOSE_POLICY, "account changed");
            }
        }
        tracing::info!(staff = %staff_id, "account changed: sockets closed");
    }

    pub(super) fn staff_gone(&mut self, conn: ConnId) {
        let Some((_, staff_id)) = self.staff_conns.remove(&conn) else { return };
        self.bus.staff_socket_closed(&staff_id, conn);
        let last_socket = match self.staff.get_mut(&staff_id) {
            Some(online) => {
                online.conns.remove(&conn);
                online.conns.is_empty()
            }
            None => false,
        };
        if last_socket {
            self.staff.remove(&staff_id);
            self.pending_wrap_ups.remove(&staff_id);
            self.stop_all_observing(&staff_id);
            let actions = self.router.disconnect(&staff_id);
            self.apply(actions);
            if !self.assigned_to(&staff_id).is_empty() {
                self.staff_gone_since.insert(staff_id.clone(), self.now());
                // Their children see the connection lost, within moments.
                self.tell_children_counsellor_presence(&staff_id);
            }
            tracing::info!(staff = %staff_id, "counsellor offline");
        }
    }

    pub(super) async fn staff_request(&mut self, conn: ConnId, request: StaffRequest) {
        let id = request.id().to_owned();
        let Some((_, staff_id)) = self.staff_conns.get(&conn).cloned() else { return };
        let Some(record) = self.staff.get(&staff_id).map(|online| online.record.clone()) else { return };
        let result = match request {
            // Taking children from the queue is a counsellor's job; coordinators and
            // admins hold only chats transferred to them.
            StaffRequest::SetStatus { .. } | StaffRequest::Accept { .. } | StaffRequest::Decline { .. }
                if !Self::is_counsellor(&record) =>
            {
                Err(RequestError::refused(ErrorCode::Forbidden, "only counsellors take children from the queue"))
            }
            StaffRequest::AcknowledgeAlert { id, alert_id } => {
                if Self::receives_alerts(&record) {
                    self.acknowledge_alert(conn, &record, id, &alert_id).await
                } else {
                    Err(RequestError::refused(ErrorCode::Forbidden, "only coordinators and admins handle alerts"))
                }
            }
            StaffRequest::Observe { .. } | StaffRequest::StopObserving { .. } | StaffRequest::Reassign { .. }
                if !Self::receives_alerts(&record) =>
            {
                Err(RequestError::refused(ErrorCode::Forbidden, "only coordinators and admins supervise chats"))
            }
            StaffRequest::Observe { id, conversation_id } => self.observe(conn, &record, id, &conversation_id).await,
            StaffRequest::StopObserving { id, conversation_id } => {
                self.stop_observing(conn, &record, id, &conversation_id)
            }
            StaffRequest::Reassign { id, conversation_id, username, note } => {
                self.reassign(conn, &record, id, &conversation_id, &username, &note).await
            }
            // Abuse reports are decided by coordinators and admins.
            StaffRequest::ConfirmReport { .. } | StaffRequest::RejectReport { .. } | StaffRequest::LiftBlock { .. }
                if !Self::receives_alerts(&record) =>
            {
                Err(RequestError::refused(ErrorCode::Forbidden, "only coordinators and admins decide on abuse reports"))
            }
            StaffRequest::ConfirmReport { id, report_id, duration_seconds } => {
                self.confirm_report(conn, &record, id, &report_id, duration_seconds).await
            }
            StaffRequest::RejectReport { id, report_id } => self.reject_report(conn, &record, id, &report_id).await,
            StaffRequest::LiftBlock { id, report_id } => self.lift_block(conn, &record, id, &report_id).await,
            // Whoever holds the chat, as for `end`.
            StaffRequest::EndAsAbusive { id, conversation_id, reason } => {
                self.end_as_abusive(conn, &staff_id, id, &conversation_id, &reason).await
            }
            StaffRequest::History { id, conversation_id, after_seq, before_seq } => {
                self.staff_history(conn, &staff_id, id, &conversation_id, after_seq, before_seq).await
            }
            request => self.counsellor_request(conn, &staff_id, request).await,
        };
        if let Err(error) = result {
            let reply = error.into_reply(&id);
            self.metrics.count_error_code(reply.code);
            self.send_to_staff_conn(conn, &StaffEvent::Error(reply));
        }
    }

    async fn counsellor_request(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        request: StaffRequest,
    ) -> Result<(), RequestError> {
        match request {
            StaffRequest::SetStatus { id, status } => {
                self.store.set_staff_status(staff_id, status).await?;
                if let Some(online) = self.staff.get_mut(staff_id) {
                    online.record.status = status;
                }
                let actions = self.router.set_status(staff_id, status);
                self.apply(actions);
                self.send_to_staff_conn(conn, &ack(id, None));
                self.send_to_staff(staff_id, &StaffEvent::Status { status });
                Ok(())
            }
            StaffRequest::Accept { id, conversation_id } => self.accept(conn, staff_id, id, conversation_id).await,
            StaffRequest::Decline { id, conversation_id } => {
                let now = self.now();
                let actions = self
                    .router
                    .decline(staff_id, &conversation_id, now)
                    .map_err(|_| RequestError::refused(ErrorCode::OfferGone, "this offer is no longer open"))?;
                self.apply(actions);
                self.send_to_staff_conn(conn, &ack(id, None));
                Ok(())
            }
            // The socket hands these to the message writer; they never come here.
            StaffRequest::Send { .. } | StaffRequest::Read { .. } => {
                Err(RequestError::Internal("messages and read marks go to the message writer"))
            }
            StaffRequest::End { id, conversation_id } => {
                self.own_live_conversation(staff_id, &conversation_id).await?;
                let reply = EndReply::Staff { conn, id };
                self.end_conversation(&conversation_id, Author::Counsellor, Some(reply)).await
            }
            StaffRequest::Sync { id, conversation_id, after_seq } => {
                self.sync(conn, staff_id, id, &conversation_id, after_seq).await
            }
            StaffRequest::Typing { id, conversation_id } => {
                self.own_live_conversation(staff_id, &conversation_id).await?;
                self.counsellor_typing(&conversation_id);
                self.send_to_staff_conn(conn, &ack(id, None));
                Ok(())
            }
            StaffRequest::SetRisk { id, conversation_id, level } => {
                self.set_risk(conn, staff_id, id, &conversation_id, level).await
            }
            StaffRequest::AddNote { id, conversation_id, text } => {
                self.add_note(conn, staff_id, id, &conversation_id, &text).await
            }
            StaffRequest::Transfer { id, conversation_id, target, note } => {
                self.transfer(conn, staff_id, id, &conversation_id, target, &note).await
            }
            StaffRequest::SendCanned { id, conversation_id, key } => {
                self.send_canned(conn, staff_id, id, &conversation_id, &key).await
            }
            StaffRequest::Refer { id, conversation_id, service_id, reason, child_agreed } => {
                self.refer(conn, staff_id, id, &conversation_id, &service_id, &reason, child_agreed).await
            }
            StaffRequest::WrapUp { id, conversation_id, wrap_up } => {
                self.save_wrap_up(conn, staff_id, id, &conversation_id, wrap_up).await
            }
            // Answered before this is reached; kept for an exhaustive match.
            StaffRequest::AcknowledgeAlert { .. }
            | StaffRequest::Observe { .. }
            | StaffRequest::StopObserving { .. }
            | StaffRequest::Reassign { .. }
            | StaffRequest::ConfirmReport { .. }
            | StaffRequest::RejectReport { .. }
            | StaffRequest::LiftBlock { .. }
            | StaffRequest::EndAsAbusive { .. }
            | StaffRequest::History { .. } => {
                Err(RequestError::refused(ErrorCode::Forbidden, "only coordinators and admins do this"))
            }
        }
    }

    /// Tells the child the counsellor is typing; at most every `TYPING_INTERVAL`.
    fn counsellor_typing(&mut self, conversation: &ConversationId) {
        let now = self.now();
        let child = match self.conversations.get_mut(conversation) {
            Some(live)
                if live.counsellor_typing_at.is_none_or(|at| now.saturating_sub(at) >= super::TYPING_INTERVAL) =>
            {
                live.counsellor_typing_at = Some(now);
                live.child_conn
            }
            _ => None,
        };
        if let Some(conn) = child {
            self.send_to_child_conn(conn, &ChildEvent::Typing {});
        }
    }

    /// Takes the offered child: decided here (the router gives the chat to the
    /// counsellor), stored by the writer, announced once durable (see `accepted`).
    async fn accept(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: ConversationId,
    ) -> Result<(), RequestError> {
        let now = self.now();
        // Said plainly: a child who left on purpose is no longer there to be answered.
        if self.child_left(&conversation) {
            return Err(RequestError::refused(ErrorCode::ChildLeft, "the child left; they are no longer waiting"));
        }
        self.router
            .accept(staff_id, &conversation, now)
            .map_err(|_| RequestError::refused(ErrorCode::OfferGone, "this child is no longer offered to you"))?;
        let display_name =
            self.staff.get(staff_id).map(|online| online.record.display_name.clone()).unwrap_or_default();
        let kind = WorkKind::Assign { staff_id: staff_id.to_owned(), display_name, now: unix_millis() };
        let work = Work { conversation: conversation.clone(), staff: None, kind };
        let follow_up =
            FollowUp::Accepted { conn, id, staff_id: staff_id.to_owned(), conversation: conversation.clone() };
        if let Err(error) = self.writer.persist(work, follow_up).await {
            self.not_accepted(staff_id, &conversation);
            return Err(error);
        }
        Ok(())
    }

    /// An accept could not be stored: the child gets their place in the queue back.
    pub(super) fn not_accepted(&mut self, staff_id: &str, conversation: &ConversationId) {
        let now = self.now();
        self.router.release(staff_id, conversation, now);
        if let Some(live) = self.conversations.get(conversation) {
            let language = live.language.clone();
            self.router.enqueue(conversation.clone(), &language, &[], crate::routing::Priority::NORMAL, 0);
        }
    }

    /// An accept is durable: the counsellor gets the chat, its notes and its history,
    /// and everyone the joined notice.
    pub(super) fn accepted(
        &mut self,
        conn: ConnId,
        id: String,
        staff_id: &str,
        appended: Appended,
        notes: Vec<bridgeline_protocol::NoteView>,
    ) {
        let now = self.now();
        let conversation = appended.message.conversation_id.clone();
        let display_name =
            self.staff.get(staff_id).map(|online| online.record.display_name.clone()).unwrap_or_default();
        let Some(live) = self.conversations.get_mut(&conversation) else {
            self.send_to_staff_conn(
                conn,
                &StaffEvent::Error(
                    RequestError::refused(ErrorCode::OfferGone, "the conversation has ended").into_reply(&id),
                ),
            );
            return;
        };
        live.state = ConversationState::Active;
        live.counsellor = Some((staff_id.to_owned(), display_name));
        live.queue_sent = None;
        live.answered_at = Some(now);
        let waited_millis = unix_millis().saturating_sub(live.queued_at);
        let waited = u64::try_from(waited_millis).unwrap_or(0);
        let first_answer = !live.ever_answered;
        live.ever_answered = true;
        let mut assigned = live.assigned_view(&conversation, &self.bus);
        assigned.last_seq = appended.message.seq;
        assigned.notes = notes;
        let language = live.language.clone();
        self.estimator.record_answered(&language, waited, now);
        if first_answer {
            self.board.record_answered(&language, waited_millis, unix_millis());
            self.metrics.observe_wait(waited);
        }
        tracing::info!(%conversation, staff = %staff_id, "conversation accepted");
        self.send_to_staff_conn(conn, &ack(id, None));
        self.send_to_staff(staff_id, &StaffEvent::Assigned(assigned));
        self.tell_counsellor_child_presence(&conversation);
        // From here the counsellor receives the chat's messages live. Whatever was
        // published before comes in the page: what the child wrote while waiting (and,
        // after a requeue, the chat so far), up to the joined notice unless the message
        // writer published past it meanwhile (then a message may come both ways).
        let published = self.bus.set_counsellor(&conversation, Some(staff_id)).unwrap_or(0);
        self.send_history_page(
            Endpoint::Staff,
            self.staff_outboxes(staff_id),
            PageRequest {
                id: None,
                conversation: conversation.clone(),
                after_seq: 0,
                before_seq: Some(appended.message.seq.max(published.saturating_add(1))),
            },
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "read_on_accept" }),
        );
        self.publish(appended.message);
    }

    async fn sync(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        after_seq: Seq,
    ) -> Result<(), RequestError> {
        // Ended conversations may be read too: the console catches up on them.
        if !matches!(self.owner_of(conversation).await?, Some((owner, _)) if owner == staff_id) {
            return Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you"));
        }
        self.send_history_page(
            Endpoint::Staff,
            self.staff_conn_outbox(conn),
            PageRequest { id: Some(id), conversation: conversation.clone(), after_seq, before_seq: None },
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "sync" }),
        );
        Ok(())
    }

    /// One page of a conversation's history, for the counsellor who holds or held it
    /// (audited as a transcript read) or a supervisor observing it now (whose
    /// observation is audited already).
    pub(super) async fn staff_history(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        after_seq: Seq,
        before_seq: Option<Seq>,
    ) -> Result<(), RequestError> {
        let observing = self.conversations.get(conversation).is_some_and(|live| live.observers.contains(staff_id));
        let audit = if observing {
            None
        } else if matches!(self.owner_of(conversation).await?, Some((owner, _)) if owner == staff_id) {
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "read_history" })
        } else {
            return Err(RequestError::refused(
                ErrorCode::NotYours,
                "this conversation is not yours, nor observed by you",
            ));
        };
        self.send_history_page(
            Endpoint::Staff,
            self.staff_conn_outbox(conn),
            PageRequest { id: Some(id), conversation: conversation.clone(), after_seq, before_seq },
            audit,
        );
        Ok(())
    }

    /// The counsellor a conversation is (or was) assigned to, and whether it is still
    /// live; `None` when it has no counsellor or does not exist.
    pub(super) async fn owner_of(&self, conversation: &ConversationId) -> Result<Option<(String, bool)>, RequestError> {
        if let Some(live) = self.conversations.get(conversation) {
            return Ok(live.counsellor.as_ref().map(|(owner, _)| (owner.clone(), true)));
        }
        let record = self.store.conversation_by_id(conversation).await?;
        Ok(record.and_then(|record| record.counsellor_id).map(|owner| (owner, false)))
    }

    /// Refuses unless the conversation is live and assigned to this counsellor.
    pub(super) async fn own_live_conversation(
        &self,
        staff_id: &str,
        conversation: &ConversationId,
    ) -> Result<(), RequestError> {
        match self.owner_of(conversation).await? {
            Some((owner, true)) if owner == staff_id => Ok(()),
            Some((owner, false)) if owner == staff_id => {
                Err(RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"))
            }
            _ => Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")),
        }
    }

    pub(super) fn assigned_to(&self, staff_id: &str) -> Vec<AssignedConversation> {
        let mut assigned: Vec<AssignedConversation> = self
            .conversations
            .iter()
            .filter(|(_, live)| live.counsellor.as_ref().is_some_and(|(owner, _)| owner == staff_id))
            .map(|(conversation, live)| live.assigned_view(conversation, &self.bus))
            .collect();
        assigned.sort_by(|a, b| a.conversation_id.cmp(&b.conversation_id));
        assigned
    }

    /// Adds notes, risk and wrap-up state to the live conversations of a staff member
    /// and appends the ended ones still owing a wrap-up, so that a reloaded console
    /// shows both.
    async fn load_casework(
        &mut self,
        staff_id: &str,
        conversations: &mut Vec<AssignedConversation>,
    ) -> Result<(), RequestError> {
        for assigned in conversations.iter_mut() {
            assigned.notes = self.store.notes(&assigned.conversation_id).await?;
        }
        let pending = self.store.pending_wrap_ups(staff_id).await?;
        for conversation in &pending {
            let Some(record) = self.store.conversation_by_id(conversation).await? else { continue };
            conversations.push(AssignedConversation {
                conversation_id: conversation.clone(),
                language: record.language,
                state: ConversationState::Ended,
                last_seq: self.store.last_seq(conversation).await?,
                child_read_seq: record.child_read_seq,
                intake: record.intake,
                risk: record.risk,
                notes: self.store.notes(conversation).await?,
                wrapped_up: false,
            });
        }
        self.pending_wrap_ups.insert(staff_id.to_owned(), pending.into_iter().collect());
        self.hold_for_wrap_ups(staff_id);
        Ok(())
    }

    pub(super) fn send_to_staff_conn(&self, conn: ConnId, event: &StaffEvent) {
        if let Some((outbox, _)) = self.staff_conns.get(&conn) {
            outbox.send(event);
        }
    }
}

fn ack(id: String, seq: Option<Seq>) -> StaffEvent {
    StaffEvent::Ack { id, seq }
}
