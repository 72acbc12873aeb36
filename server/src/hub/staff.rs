//! Requests from counsellors: status, accept, decline, send, end, sync and history.

use std::collections::HashSet;

use bridgeline_protocol::{
    AssignedConversation, Author, ChildEvent, ConversationId, ConversationState, ErrorCode, Seq, StaffEvent,
    StaffRequest, StaffStatus,
};

use super::history::{AuditedRead, Endpoint, Held, PageRequest};
use super::{ConnId, EndReply, FollowUp, Hub, OnlineStaff, Outbox, RequestError};
use crate::secrets::unix_millis;
use crate::store::messages::Appended;
use crate::store::staff::StaffRecord;
use crate::store::writes::{Work, WorkKind};

impl Hub {
    /// A console connected: what it shows besides the hub's memory (notes, chats
    /// owing a wrap-up, open alerts, blocks) is read off the hub first; the console is
    /// then ready (see `staff_ready`). Its socket reads nothing before that.
    pub(super) async fn staff_connected(&mut self, conn: ConnId, record: StaffRecord, outbox: Outbox) {
        let staff_id = record.id.clone();
        let live: Vec<(ConversationId, bool)> = self
            .assigned_to(&staff_id)
            .into_iter()
            .map(|assigned| {
                let returning = self.conversations.get(&assigned.conversation_id).is_some_and(|live| live.returning);
                (assigned.conversation_id, returning)
            })
            .collect();
        let board_receiver = Self::receives_alerts(&record);
        self.off_hub(
            move |store| load_console(store, staff_id, live, board_receiver),
            move |hub, loaded| {
                let loaded = loaded.unwrap_or_else(|error| {
                    tracing::error!(staff = %record.id, %error, "could not load notes, wrap-ups and alerts");
                    ConsoleLoad::default()
                });
                hub.staff_ready(conn, record, outbox, loaded);
            },
        )
        .await;
    }

    fn staff_ready(&mut self, conn: ConnId, record: StaffRecord, outbox: Outbox, loaded: ConsoleLoad) {
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
        let ConsoleLoad {
            mut notes,
            owing_wrap_up,
            alerts,
            blocks,
            earlier,
            partners,
            handover_contexts,
            handover_consents,
            handovers,
        } = loaded;
        let mut conversations = self.assigned_to(&staff_id);
        for assigned in &mut conversations {
            assigned.notes = notes.remove(&assigned.conversation_id).unwrap_or_default();
        }
        let pending = owing_wrap_up.iter().map(|ended| ended.conversation_id.clone()).collect();
        conversations.extend(owing_wrap_up);
        self.pending_wrap_ups.insert(staff_id.clone(), pending);
        self.hold_for_wrap_ups(&staff_id);
        let board_receiver = Self::receives_alerts(&record);
        let offer = self
            .router
            .offer_of(&staff_id)
            .and_then(|(conversation, expires_at)| self.offer_event(&conversation, expires_at, now));
        let left_messages = self.left_messages_for(&record);
        let incoming_handovers = self.incoming_for(&record);
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
            left_messages,
            partners,
            incoming_handovers,
            handover_consents,
            handovers,
        });
        for (conversation_id, earlier) in earlier {
            outbox.send(&StaffEvent::Case { conversation_id, earlier });
        }
        for (conversation_id, handover) in handover_contexts {
            outbox.send(&StaffEvent::HandoverContext { conversation_id, handover });
        }
        // Whether each child is there, then (the counsellor is back) tell the children.
        self.send_child_presences(conn, &staff_id);
        if first_socket {
            self.tell_children_counsellor_presence(&staff_id);
        }
        if board_receiver {
            outbox.send(&StaffEvent::Board(self.board_snapshot_with_trends()));
            if let Some(blocks) = blocks {
                outbox.send(&StaffEvent::Blocks(self.with_paused_browsers(blocks)));
            }
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
            StaffRequest::TakeLeftMessage { id, conversation_id } => {
                self.take_left_message(conn, &staff_id, id, conversation_id).await
            }
            StaffRequest::AskHandoverConsent { id, conversation_id, partner, transcript } => {
                self.ask_handover_consent(conn, &staff_id, id, conversation_id, partner, transcript).await
            }
            StaffRequest::SendHandover {
                id,
                conversation_id,
                partner,
                summary,
                consent_id,
                transcript,
                without_consent_reason,
            } => {
                self.send_handover(
                    conn,
                    &record,
                    id,
                    conversation_id,
                    partner,
                    summary,
                    consent_id,
                    transcript,
                    without_consent_reason,
                )
                .await
            }
            StaffRequest::AnswerHandover { id, handover_id, accept, reason } => {
                self.answer_handover(conn, &record, id, handover_id, accept, reason).await
            }
            request => self.counsellor_request(conn, &staff_id, request).await,
        };
        match result {
            Ok(()) => {}
            Err(RequestError::NotLive(conversation)) => self.refuse_not_live(conn, id, &staff_id, conversation).await,
            Err(error) => self.refuse_staff(conn, &id, error),
        }
    }

    /// Refuses a request on a conversation that is not live: `conversation_ended` to
    /// the counsellor who held it last, `not_yours` to anyone else (read off the hub).
    async fn refuse_not_live(&mut self, conn: ConnId, id: String, staff_id: &str, conversation: ConversationId) {
        let staff_id = staff_id.to_owned();
        self.off_hub(
            move |store| async move { Ok(store.conversation_by_id(&conversation).await?) },
            move |hub, record| {
                let error = match record {
                    Ok(Some(record)) if record.counsellor_id.as_deref() == Some(staff_id.as_str()) => {
                        RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended")
                    }
                    Ok(_) => RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you"),
                    Err(error) => error,
                };
                hub.refuse_staff(conn, &id, error);
            },
        )
        .await;
    }

    async fn counsellor_request(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        request: StaffRequest,
    ) -> Result<(), RequestError> {
        match request {
            StaffRequest::SetStatus { id, status } => {
                let staff = staff_id.to_owned();
                self.off_hub(
                    {
                        let staff = staff.clone();
                        move |store| async move { Ok(store.set_staff_status(&staff, status).await?) }
                    },
                    move |hub, stored| match stored {
                        Ok(()) => hub.status_set(conn, id, &staff, status),
                        Err(error) => hub.refuse_staff(conn, &id, error),
                    },
                )
                .await;
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
                self.own_live_conversation(staff_id, &conversation_id)?;
                let reply = EndReply::Staff { conn, id };
                self.end_conversation(&conversation_id, Author::Counsellor, Some(reply)).await
            }
            StaffRequest::Sync { id, conversation_id, after_seq } => {
                self.sync(conn, staff_id, id, &conversation_id, after_seq).await
            }
            StaffRequest::Typing { id, conversation_id } => {
                self.own_live_conversation(staff_id, &conversation_id)?;
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
            | StaffRequest::History { .. }
            | StaffRequest::TakeLeftMessage { .. } => {
                Err(RequestError::refused(ErrorCode::Forbidden, "only coordinators and admins do this"))
            }
            // Answered before this is reached; kept for an exhaustive match.
            StaffRequest::AskHandoverConsent { .. }
            | StaffRequest::SendHandover { .. }
            | StaffRequest::AnswerHandover { .. } => Err(RequestError::Internal("handovers are handled before")),
        }
    }

    /// A status change is durable: the router and every console of the counsellor
    /// follow it.
    fn status_set(&mut self, conn: ConnId, id: String, staff_id: &str, status: StaffStatus) {
        if let Some(online) = self.staff.get_mut(staff_id) {
            online.record.status = status;
        }
        let actions = self.router.set_status(staff_id, status);
        self.apply(actions);
        self.send_to_staff_conn(conn, &ack(id, None));
        self.send_to_staff(staff_id, &StaffEvent::Status { status });
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
        self.persist_assignment(conn, id, staff_id, conversation).await
    }

    /// Stores a chat given to `staff_id` (an accept, or a left message taken) by the
    /// writer; it is announced once durable (see `accepted`), or handed back if it
    /// cannot be stored (`not_accepted`).
    pub(super) async fn persist_assignment(
        &mut self,
        conn: ConnId,
        id: String,
        staff_id: &str,
        conversation: ConversationId,
    ) -> Result<(), RequestError> {
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
        // A left message stays in the list, for whoever takes it next.
        if self.left_message_taken(conversation) {
            return;
        }
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
        let left_message = self.left_message_taken(&conversation);
        if left_message {
            self.announce_left_message_gone(&conversation);
        }
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
        // Taking a left message is no answer from the queue: the service level and the
        // wait estimates leave it out.
        let first_answer = !live.ever_answered && !left_message;
        live.ever_answered = true;
        let mut assigned = live.assigned_view(&conversation, &self.bus);
        assigned.last_seq = appended.message.seq;
        assigned.notes = notes;
        let language = live.language.clone();
        if !left_message {
            self.estimator.record_answered(&language, waited, now);
        }
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
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "read_on_accept", held: Held::Live }),
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
        // Ended conversations may be read too: the console catches up on them (the
        // read checks in the store that this counsellor held it last).
        let held = self.held_by(staff_id, conversation)?;
        self.send_history_page(
            Endpoint::Staff,
            self.staff_conn_outbox(conn),
            PageRequest { id: Some(id), conversation: conversation.clone(), after_seq, before_seq: None },
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "sync", held }),
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
        } else {
            let mut held = self.held_by(staff_id, conversation).map_err(|_| {
                RequestError::refused(ErrorCode::NotYours, "this conversation is not yours, nor observed by you")
            })?;
            // An ended chat may also be an earlier contact of a returning child's chat
            // this counsellor holds now: the read checks that in the store.
            if let Held::CheckStore { via_case } = &mut held {
                via_case.extend(
                    self.conversations
                        .iter()
                        .filter(|(_, live)| {
                            live.case.is_some() && live.counsellor.as_ref().is_some_and(|(owner, _)| owner == staff_id)
                        })
                        .map(|(live, _)| live.clone()),
                );
            }
            Some(AuditedRead { staff_id: staff_id.to_owned(), action: "read_history", held })
        };
        self.send_history_page(
            Endpoint::Staff,
            self.staff_conn_outbox(conn),
            PageRequest { id: Some(id), conversation: conversation.clone(), after_seq, before_seq },
            audit,
        );
        Ok(())
    }

    /// Refuses unless the conversation is live and assigned to this counsellor. A
    /// conversation the hub no longer holds is [`RequestError::NotLive`]: whether it
    /// ended in this counsellor's hands is read off the hub before answering.
    pub(super) fn own_live_conversation(
        &self,
        staff_id: &str,
        conversation: &ConversationId,
    ) -> Result<(), RequestError> {
        match self.conversations.get(conversation) {
            Some(live) if live.counsellor.as_ref().is_some_and(|(owner, _)| owner == staff_id) => Ok(()),
            Some(_) => Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")),
            None => Err(RequestError::NotLive(conversation.clone())),
        }
    }

    /// Whether a staff member may read a conversation as the counsellor who holds it:
    /// `Live` when the hub knows they hold it now, `Ended` when it is not live and the
    /// reader must check in the store that they held it last; refused when it is live
    /// in someone else's hands.
    pub(super) fn held_by(&self, staff_id: &str, conversation: &ConversationId) -> Result<Held, RequestError> {
        match self.conversations.get(conversation) {
            Some(live) if live.counsellor.as_ref().is_some_and(|(owner, _)| owner == staff_id) => Ok(Held::Live),
            Some(_) => Err(RequestError::refused(ErrorCode::NotYours, "this conversation is not assigned to you")),
            None => Ok(Held::CheckStore { via_case: Vec::new() }),
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

    pub(super) fn send_to_staff_conn(&self, conn: ConnId, event: &StaffEvent) {
        if let Some((outbox, _)) = self.staff_conns.get(&conn) {
            outbox.send(event);
        }
    }
}

fn ack(id: String, seq: Option<Seq>) -> StaffEvent {
    StaffEvent::Ack { id, seq }
}

/// What a console shows that the hub does not keep in memory, read off the hub when it
/// connects.
#[derive(Default)]
struct ConsoleLoad {
    /// Notes of the live chats the staff member holds.
    notes: std::collections::HashMap<ConversationId, Vec<bridgeline_protocol::NoteView>>,
    /// Ended chats they still owe a wrap-up for, so that a reloaded console shows them.
    owing_wrap_up: Vec<AssignedConversation>,
    /// Open imminent-risk alerts, for coordinators and admins.
    alerts: Vec<bridgeline_protocol::RiskAlert>,
    /// Reports and blocks, for coordinators and admins.
    blocks: Option<bridgeline_protocol::blocks::BlocksView>,
    /// The earlier contacts of returning children's live chats.
    earlier: Vec<(ConversationId, Vec<bridgeline_protocol::EarlierContact>)>,
    /// The partner helplines a case can be handed to.
    partners: Vec<bridgeline_protocol::handovers::PartnerView>,
    /// What partners sent with the live chats they handed over.
    handover_contexts: Vec<(ConversationId, bridgeline_protocol::handovers::IncomingHandover)>,
    /// Consent questions and handovers sent of the chats listed in `ready`.
    handover_consents: Vec<bridgeline_protocol::handovers::ConsentView>,
    handovers: Vec<bridgeline_protocol::handovers::OutgoingHandover>,
}

async fn load_console(
    store: crate::store::Store,
    staff_id: String,
    live: Vec<(ConversationId, bool)>,
    board_receiver: bool,
) -> Result<ConsoleLoad, RequestError> {
    let mut loaded = ConsoleLoad::default();
    for (conversation, returning) in live {
        let notes = store.notes(&conversation).await?;
        if returning {
            let earlier = store.earlier_contacts(&conversation).await?;
            if !earlier.is_empty() {
                loaded.earlier.push((conversation.clone(), earlier));
            }
            if let Some(handover) = store.handover_of(&conversation).await? {
                loaded.handover_contexts.push((conversation.clone(), handover));
            }
        }
        loaded.notes.insert(conversation, notes);
    }
    loaded.partners = super::handovers::partner_views(&store).await?;
    for conversation in store.pending_wrap_ups(&staff_id).await? {
        let Some(record) = store.conversation_by_id(&conversation).await? else { continue };
        loaded.owing_wrap_up.push(AssignedConversation {
            last_seq: store.last_seq(&conversation).await?,
            notes: store.notes(&conversation).await?,
            conversation_id: conversation,
            language: record.language,
            state: ConversationState::Ended,
            child_read_seq: record.child_read_seq,
            intake: record.intake,
            risk: record.risk,
            wrapped_up: false,
        });
    }
    let listed: Vec<ConversationId> = loaded
        .notes
        .keys()
        .cloned()
        .chain(loaded.owing_wrap_up.iter().map(|ended| ended.conversation_id.clone()))
        .collect();
    for conversation in &listed {
        let (consents, sent) = store.handovers_of_chat(conversation).await?;
        loaded.handover_consents.extend(consents);
        loaded.handovers.extend(sent);
    }
    if board_receiver {
        loaded.alerts = store.open_alerts().await?;
        loaded.blocks = Some(store.blocks_view().await?);
    }
    Ok(loaded)
}
