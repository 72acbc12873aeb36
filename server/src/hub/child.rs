//! Requests from children: start, resume, send, end, change language, typing, read
//! marks, rating.

use bridgeline_protocol::{
    Author, ChatMessage, ChildEvent, ChildRequest, ConversationId, ConversationState, ErrorCode, Intake, Rating, Seq,
    StaffEvent,
};

use super::history::{Endpoint, PageRequest};
use super::{ConnId, EndReply, FollowUp, Hub, LiveConversation, RequestError};
use crate::routing::Priority;
use crate::secrets::{new_id, new_token, token_hash, unix_millis};
use crate::store::messages::Appended;
use crate::store::writes::{NewConversationRow, Work, WorkKind};

/// Close code sent to a child socket whose conversation was resumed on a newer one
/// (a reloaded or duplicated tab). Clients must not reconnect on it.
pub const CLOSE_RESUMED_ELSEWHERE: u16 = 4001;

/// How many other languages a child may list.
const MAX_ALSO_READS: usize = 8;

impl Hub {
    pub(super) async fn child_request(&mut self, conn: ConnId, request: ChildRequest) {
        let id = request.id().to_owned();
        let result = match request {
            ChildRequest::Start { language, also_reads, intake, return_code: None, .. } => {
                self.child_start(conn, &id, &language, &also_reads, intake, None).await
            }
            // Coming back: the case is found first (off the hub), then the chat starts.
            ChildRequest::Start { language, also_reads, intake, return_code: Some(code), .. } => {
                let asked = id.clone();
                self.find_case(conn, &code, move |hub, found| {
                    Box::pin(async move {
                        let started = match found {
                            Ok(case) => hub.child_start(conn, &asked, &language, &also_reads, intake, Some(case)).await,
                            Err(error) => Err(error),
                        };
                        if let Err(error) = started {
                            hub.refuse_child(conn, &asked, error);
                        }
                    })
                })
                .await
            }
            ChildRequest::TakeCode { .. } => self.take_code(conn, &id).await,
            ChildRequest::ForgetMe { code, .. } => self.forget_me(conn, &id, &code).await,
            ChildRequest::Resume { resume_token, last_seq, .. } => {
                self.child_resume(conn, &id, &resume_token, last_seq).await
            }
            // The socket hands these to the message writer; they never come here.
            ChildRequest::Send { .. } | ChildRequest::Read { .. } => {
                Err(RequestError::Internal("messages and read marks go to the message writer"))
            }
            // The socket counts surveys itself (`crate::ws::survey`).
            ChildRequest::Survey { .. } => Err(RequestError::Internal("surveys are counted by the socket")),
            ChildRequest::End { .. } => self.child_end(conn, &id).await,
            ChildRequest::ChangeLanguage { language, .. } => self.child_change_language(conn, &id, &language).await,
            ChildRequest::Typing { .. } => self.child_typing(conn, &id),
            ChildRequest::Rate { rating, .. } => self.child_rate(conn, &id, rating).await,
            ChildRequest::History { after_seq, before_seq, conversation_id: None, .. } => {
                self.child_history(conn, &id, after_seq, before_seq)
            }
            ChildRequest::History { conversation_id: Some(conversation), after_seq, before_seq, .. } => {
                self.earlier_chat_history(conn, &id, conversation, after_seq, before_seq)
            }
            ChildRequest::Leave { .. } => self.child_leave(conn, &id),
            ChildRequest::LeaveMessage { .. } => self.leave_message(conn, &id).await,
            ChildRequest::OpenCase { code, .. } => self.open_case(conn, &id, &code).await,
            ChildRequest::HandoverConsent { consent_id, answer, .. } => {
                self.child_handover_consent(conn, &id, consent_id, answer).await
            }
            ChildRequest::JoinHandover { token, .. } => self.join_handover(conn, &id, &token).await,
        };
        if let Err(error) = result {
            let reply = error.into_reply(&id);
            self.metrics.count_error_code(reply.code);
            self.send_to_child_conn(conn, &ChildEvent::Error(reply));
        }
    }

    pub(super) fn child_gone(&mut self, conn: ConnId) {
        self.moderation.disconnected(conn);
        self.bus.detach_child(conn);
        self.opened_cases.remove(&conn);
        let Some((_, conversation)) = self.child_conns.remove(&conn) else { return };
        let now = self.now();
        let Some(conversation) = conversation else { return };
        let Some(live) = self.conversations.get_mut(&conversation) else { return };
        if live.child_conn == Some(conn) {
            live.child_conn = None;
            live.detached_since = Some(now);
            if live.state == ConversationState::Waiting && !live.is_left_message_waiting() {
                self.detached(&conversation, now);
            }
            // The counsellor sees the connection lost, within moments.
            self.tell_counsellor_child_presence(&conversation);
        }
    }

    pub(super) fn attached_conversation(&self, conn: ConnId) -> Option<&ConversationId> {
        self.child_conns.get(&conn).and_then(|(_, conversation)| conversation.as_ref())
    }

    pub(super) async fn child_start(
        &mut self,
        conn: ConnId,
        id: &str,
        language: &str,
        also_reads: &[String],
        mut intake: Intake,
        case: Option<crate::store::cases::FoundCase>,
    ) -> Result<(), RequestError> {
        if self.attached_conversation(conn).is_some() {
            return Err(RequestError::refused(ErrorCode::AlreadyStarted, "this socket already has a conversation"));
        }
        intake.validate().map_err(|code| {
            RequestError::refused(code, "intake: country must be an ISO 3166 alpha-2 code, topics at most 12")
        })?;
        intake.topics.sort();
        intake.topics.dedup();
        if !self.catalog.contains(language) {
            return Err(RequestError::refused(ErrorCode::UnknownLanguage, "language is not served here"));
        }
        if also_reads.len() > MAX_ALSO_READS {
            return Err(RequestError::refused(ErrorCode::InvalidField, "too many other languages"));
        }
        if also_reads.iter().any(|other| !self.catalog.contains(other)) {
            return Err(RequestError::refused(ErrorCode::UnknownLanguage, "an other language is not served here"));
        }
        // A confirmed block on this browser (by its pause token or its address): refused,
        // saying until when, and nothing is stored. Nothing about it is logged either.
        if let Some(until) = self.paused_until(conn) {
            tracing::info!("a start was refused: a block is in force");
            return Err(RequestError::Paused { until });
        }
        let conversation = ConversationId(new_id()?);
        let resume_token = new_token()?;
        let now_unix = unix_millis();
        let row = NewConversationRow {
            resume_token_hash: token_hash(&resume_token),
            language: language.to_owned(),
            also_reads: also_reads.to_vec(),
            intake: intake.clone(),
            now: now_unix,
            case_id: case.as_ref().map(|case| case.id.clone()),
        };
        // The chat is this socket's from now, so that its next requests find it (the
        // writer stores them after this); the child is told, and queued, once it is
        // durable (see `started`).
        let work = Work { conversation: conversation.clone(), staff: None, kind: WorkKind::Create(Box::new(row)) };
        self.writer
            .persist(
                work,
                FollowUp::Started { conn, id: id.to_owned(), resume_token, conversation: conversation.clone() },
            )
            .await?;
        self.conversations.insert(
            conversation.clone(),
            LiveConversation {
                language: language.to_owned(),
                state: ConversationState::Waiting,
                counsellor: None,
                child_conn: Some(conn),
                queued_at: now_unix,
                ever_answered: false,
                queue_sent: None,
                detached_since: None,
                answered_at: None,
                intake,
                child_typing_at: None,
                counsellor_typing_at: None,
                risk: bridgeline_protocol::RiskLevel::None,
                also_reads: also_reads.to_vec(),
                observers: std::collections::BTreeSet::new(),
                returning: case.is_some(),
                case: case.as_ref().map(|case| case.id.clone()),
                left_message_at: None,
            },
        );
        // Offered first, once queued, to the counsellor they spoke with (see `started`).
        if let Some(staff) = case.and_then(|case| case.last_counsellor) {
            self.returning_to.insert(conversation.clone(), staff);
        }
        self.bus.open(&conversation, 0, crate::bus::ReadMarks::default());
        if let Some((outbox, attached)) = self.child_conns.get_mut(&conn) {
            *attached = Some(conversation.clone());
            self.bus.attach_child(&conversation, conn, outbox.clone());
        }
        self.moderation.attached(conn, &conversation);
        Ok(())
    }

    /// A start is durable: the child is queued and told.
    pub(super) fn started(&mut self, conn: ConnId, id: String, resume_token: String, conversation: &ConversationId) {
        let Some(live) = self.conversations.get(conversation) else { return };
        let (language, also_reads) = (live.language.clone(), live.also_reads.clone());
        tracing::info!(%conversation, language, "conversation started");
        self.metrics.conversations_started.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let now = self.now();
        self.router.enqueue(conversation.clone(), &language, &also_reads, Priority::NORMAL, now);
        if let Some(staff) = self.returning_to.remove(conversation) {
            let until = self.prefer_until();
            self.router.prefer(conversation, &staff, until);
        }
        self.estimator.record_arrival(&language, now);
        self.send_to_child_conn(
            conn,
            &ChildEvent::Attached {
                id,
                conversation_id: conversation.clone(),
                resume_token,
                language,
                state: ConversationState::Waiting,
                last_seq: 0,
                counsellor: None,
                left_message_at: None,
                next_on_duty_at: None,
                counsellor_read_seq: 0,
            },
        );
        self.send_queue_status_now(conversation);
    }

    /// A start could not be stored: the socket has no chat after all.
    pub(super) fn not_started(&mut self, conn: ConnId, conversation: &ConversationId) {
        self.conversations.remove(conversation);
        self.returning_to.remove(conversation);
        self.bus.close(conversation);
        self.bus.detach_child(conn);
        self.moderation.ended(conversation);
        if let Some((_, attached)) = self.child_conns.get_mut(&conn) {
            *attached = None;
        }
    }

    /// Sends a waiting child their queue status at once (on attach), whether or not it
    /// changed since the last one sent.
    pub(super) fn send_queue_status_now(&mut self, conversation: &ConversationId) {
        let now = self.now();
        let Some(position) = self.router.queue_position(conversation) else { return };
        let Some(live) = self.conversations.get(conversation) else { return };
        let status = self.queue_status(&live.language, &live.also_reads, position, now);
        if let Some(conn) = live.child_conn {
            self.send_to_child_conn(conn, &ChildEvent::Queue(status.clone()));
        }
        if let Some(live) = self.conversations.get_mut(conversation) {
            live.queue_sent = Some(status);
        }
    }

    async fn child_resume(
        &mut self,
        conn: ConnId,
        id: &str,
        resume_token: &str,
        last_seq: Seq,
    ) -> Result<(), RequestError> {
        if self.attached_conversation(conn).is_some() {
            return Err(RequestError::refused(ErrorCode::AlreadyStarted, "this socket already has a conversation"));
        }
        let hash = token_hash(resume_token);
        let bus = self.bus.clone();
        let task = move |store: crate::store::Store| async move {
            let record = store
                .conversation_by_resume_hash(&hash)
                .await?
                .ok_or(RequestError::refused(ErrorCode::InvalidResumeToken, "unknown resume token"))?;
            // The bus knows the last seq of live conversations; only ended ones need asking.
            let stored_last_seq = match bus.last_seq(&record.id) {
                Some(last_seq) => last_seq,
                None => store.last_seq(&record.id).await?,
            };
            Ok((record, stored_last_seq))
        };
        let (id, resume_token) = (id.to_owned(), resume_token.to_owned());
        self.off_hub_async(task, move |hub, found| {
            Box::pin(async move {
                match found {
                    Ok((record, stored_last_seq)) => {
                        let conversation = record.id.clone();
                        hub.child_resumed(conn, &id, &resume_token, last_seq, record, stored_last_seq);
                        if hub.attached_conversation(conn) == Some(&conversation)
                            && hub.conversations.contains_key(&conversation)
                        {
                            hub.after_child_attached(&conversation).await;
                        }
                    }
                    Err(error) => hub.refuse_child(conn, &id, error),
                }
            })
        })
        .await;
        Ok(())
    }

    /// The conversation a `resume` names was found: the socket takes it over.
    fn child_resumed(
        &mut self,
        conn: ConnId,
        id: &str,
        resume_token: &str,
        last_seq: Seq,
        record: crate::store::conversations::ConversationRecord,
        stored_last_seq: Seq,
    ) {
        if !self.child_conns.contains_key(&conn) {
            return;
        }
        let conversation = record.id.clone();

        // A child who left on purpose (or whose page was reloaded) is back: in their
        // place in the queue if waiting, and their counsellor sees them connected again.
        let came_back = self.child_back(&conversation);
        let was_detached = self.conversations.get(&conversation).is_some_and(|live| live.child_conn.is_none());
        // A newer socket takes the conversation over from an older one (a reloaded tab).
        if let Some(live) = self.conversations.get_mut(&conversation) {
            if let Some(previous) = live.child_conn.replace(conn) {
                if previous != conn {
                    if let Some((outbox, attached)) = self.child_conns.get_mut(&previous) {
                        *attached = None;
                        outbox.close(CLOSE_RESUMED_ELSEWHERE, "resumed on another connection");
                    }
                }
            }
            live.detached_since = None;
        }
        if let Some((outbox, attached)) = self.child_conns.get_mut(&conn) {
            *attached = Some(conversation.clone());
            self.bus.attach_child(&conversation, conn, outbox.clone());
        }
        if self.conversations.contains_key(&conversation) {
            self.moderation.attached(conn, &conversation);
        }
        let counsellor = self
            .conversations
            .get(&conversation)
            .and_then(|live| live.counsellor.as_ref())
            .map(|(_, name)| name.clone());
        let counsellor_read_seq =
            self.bus.read_marks(&conversation).map_or(record.counsellor_read_seq, |marks| marks.counsellor);
        let left_message_at = self
            .conversations
            .get(&conversation)
            .filter(|live| live.is_left_message_waiting())
            .and_then(|live| live.left_message_at);
        // No `queue` frame follows for a left message: when someone will be there
        // comes here.
        let next_on_duty_at = left_message_at
            .filter(|_| self.router.staffing(&record.language).on_duty == 0)
            .and_then(|_| self.schedule.next_opening(&record.language, unix_millis()));
        tracing::info!(%conversation, "conversation resumed");
        self.send_to_child_conn(
            conn,
            &ChildEvent::Attached {
                id: id.to_owned(),
                conversation_id: conversation.clone(),
                resume_token: resume_token.to_owned(),
                language: record.language,
                state: record.state,
                last_seq: stored_last_seq,
                counsellor,
                counsellor_read_seq,
                left_message_at,
                next_on_duty_at,
            },
        );
        if let Some(counsellor) = self.counsellor_presence(&conversation) {
            self.send_to_child_conn(conn, &ChildEvent::Presence { counsellor });
        }
        if came_back || was_detached {
            self.tell_counsellor_child_presence(&conversation);
        }
        // The newest page after what the child has; older messages come when asked.
        self.send_history_page(
            Endpoint::Child,
            self.child_conn_outbox(conn),
            PageRequest { id: None, conversation: conversation.clone(), after_seq: last_seq, before_seq: None },
            None,
        );
        if record.state == ConversationState::Ended {
            let by = record.ended_by.unwrap_or(Author::Child);
            self.send_to_child_conn(conn, &ChildEvent::Ended { by, pause_token: None });
        }
        // The queue did not change, so the dispatch loop will not send the status:
        // the returning child needs it now.
        self.send_queue_status_now(&conversation);
    }

    /// One page of the attached conversation's history (ended conversations too: the
    /// child may read back what was said until the page is closed).
    fn child_history(
        &mut self,
        conn: ConnId,
        id: &str,
        after_seq: Seq,
        before_seq: Option<Seq>,
    ) -> Result<(), RequestError> {
        let conversation = self
            .attached_conversation(conn)
            .cloned()
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))?;
        self.send_history_page(
            Endpoint::Child,
            self.child_conn_outbox(conn),
            PageRequest { id: Some(id.to_owned()), conversation, after_seq, before_seq },
            None,
        );
        Ok(())
    }

    /// The live conversation attached to this socket, or why there is none.
    pub(super) fn live_conversation_of(&self, conn: ConnId) -> Result<ConversationId, RequestError> {
        let conversation = self
            .attached_conversation(conn)
            .cloned()
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))?;
        if !self.conversations.contains_key(&conversation) {
            return Err(RequestError::refused(ErrorCode::ConversationEnded, "the conversation has ended"));
        }
        Ok(conversation)
    }

    /// Moves a waiting child to another language's queue. Their place is kept by the
    /// time they joined, and the language they left becomes one they also read.
    async fn child_change_language(&mut self, conn: ConnId, id: &str, language: &str) -> Result<(), RequestError> {
        let conversation = self.live_conversation_of(conn)?;
        if !self.catalog.contains(language) {
            return Err(RequestError::refused(ErrorCode::UnknownLanguage, "language is not served here"));
        }
        let Some((enqueued_at, priority, also_reads)) = self.router.waiting_since(&conversation) else {
            return Err(RequestError::refused(ErrorCode::InvalidField, "only a waiting child can change queue"));
        };
        let previous = self.conversations.get(&conversation).map(|live| live.language.clone()).unwrap_or_default();
        if previous == language {
            self.send_to_child_conn(conn, &ChildEvent::Ack { id: id.to_owned(), seq: None });
            return Ok(());
        }
        // The language left behind is one the child reads; the list stays within its cap.
        let mut also_reads: Vec<String> =
            also_reads.iter().filter(|other| *other != language && **other != previous).cloned().collect();
        also_reads.insert(0, previous);
        also_reads.truncate(MAX_ALSO_READS);
        let task = {
            let (conversation, language, also_reads) = (conversation.clone(), language.to_owned(), also_reads.clone());
            move |store: crate::store::Store| async move {
                Ok(store.change_language(&conversation, &language, &also_reads, unix_millis()).await?)
            }
        };
        let (id, language) = (id.to_owned(), language.to_owned());
        self.off_hub(task, move |hub, stored| match stored {
            Ok(appended) => {
                hub.language_changed(conn, &id, &conversation, &language, also_reads, priority, enqueued_at, appended)
            }
            Err(error) => hub.refuse_child(conn, &id, error),
        })
        .await;
        Ok(())
    }

    /// A change of queue is durable: the child moves, keeping their place.
    #[allow(clippy::too_many_arguments)]
    fn language_changed(
        &mut self,
        conn: ConnId,
        id: &str,
        conversation: &ConversationId,
        language: &str,
        also_reads: Vec<String>,
        priority: Priority,
        enqueued_at: crate::routing::Millis,
        appended: Appended,
    ) {
        // Answered while it was stored: the chat goes on where it is, in the language
        // now stored, and nobody's queue changes.
        if self.router.waiting_since(conversation).is_none() {
            if let Some(live) = self.conversations.get_mut(conversation) {
                live.language = language.to_owned();
                live.also_reads = also_reads;
            }
            self.send_to_child_conn(conn, &ChildEvent::Ack { id: id.to_owned(), seq: None });
            self.publish(appended.message);
            return;
        }
        let conversation = conversation.clone();
        let actions = self.router.leave_queue(&conversation);
        self.apply(actions);
        self.router.enqueue(conversation.clone(), language, &also_reads, priority, enqueued_at);
        // The estimator counts waiting children per language: one fewer in the old
        // queue, one more in the new.
        let now = self.now();
        self.estimator.record_abandoned(also_reads.first().map_or("", String::as_str), now);
        self.estimator.record_arrival(language, now);
        if let Some(live) = self.conversations.get_mut(&conversation) {
            live.language = language.to_owned();
            live.also_reads = also_reads;
            live.queue_sent = None;
        }
        tracing::info!(%conversation, language, "waiting child changed queue");
        self.send_to_child_conn(conn, &ChildEvent::Ack { id: id.to_owned(), seq: None });
        self.publish(appended.message);
        self.send_queue_status_now(&conversation);
    }

    /// Tells the counsellor the child is typing; forwarded at most every
    /// `TYPING_INTERVAL`, never stored.
    fn child_typing(&mut self, conn: ConnId, id: &str) -> Result<(), RequestError> {
        let conversation = self.live_conversation_of(conn)?;
        let now = self.now();
        let forward = match self.conversations.get_mut(&conversation) {
            Some(live) if live.child_typing_at.is_none_or(|at| now.saturating_sub(at) >= super::TYPING_INTERVAL) => {
                live.child_typing_at = Some(now);
                live.counsellor.as_ref().map(|(staff, _)| staff.clone())
            }
            _ => None,
        };
        if let Some(staff) = forward {
            self.send_to_staff(&staff, &StaffEvent::Typing { conversation_id: conversation });
        }
        self.send_to_child_conn(conn, &ChildEvent::Ack { id: id.to_owned(), seq: None });
        Ok(())
    }

    /// Stores the child's rating of a chat that has ended.
    async fn child_rate(&mut self, conn: ConnId, id: &str, rating: Rating) -> Result<(), RequestError> {
        let conversation = self
            .attached_conversation(conn)
            .cloned()
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))?;
        if self.conversations.contains_key(&conversation) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "a chat can be rated once it has ended"));
        }
        let task = {
            let conversation = conversation.clone();
            move |store: crate::store::Store| async move {
                store.rate_conversation(&conversation, rating, unix_millis()).await?;
                Ok(store.conversation_by_id(&conversation).await?.and_then(|record| record.counsellor_id))
            }
        };
        let id = id.to_owned();
        self.off_hub(task, move |hub, stored| match stored {
            Ok(counsellor) => {
                if let Some(staff) = counsellor {
                    hub.send_to_staff(&staff, &StaffEvent::Rated { conversation_id: conversation, rating });
                }
                hub.send_to_child_conn(conn, &ChildEvent::Ack { id, seq: None });
            }
            Err(error) => hub.refuse_child(conn, &id, error),
        })
        .await;
        Ok(())
    }

    async fn child_end(&mut self, conn: ConnId, id: &str) -> Result<(), RequestError> {
        let conversation = self.live_conversation_of(conn)?;
        let reply = EndReply::Child { conn, id: id.to_owned() };
        self.end_conversation(&conversation, Author::Child, Some(reply)).await
    }

    /// Ends a live conversation: the writer stores it; once it is durable the hub frees
    /// the counsellor or the queue place, tells both sides and answers `reply` (see
    /// [`Hub::follow_up`]).
    pub(super) async fn end_conversation(
        &mut self,
        conversation: &ConversationId,
        by: Author,
        reply: Option<EndReply>,
    ) -> Result<(), RequestError> {
        let work =
            Work { conversation: conversation.clone(), staff: None, kind: WorkKind::End { by, now: unix_millis() } };
        self.writer.persist(work, FollowUp::Ended { by, reply }).await
    }

    /// What follows an end once stored: the estimator and the board learn of it, the
    /// queue place or the counsellor is freed, and every side is told. `pause_token`
    /// goes to the child's page with `ended` (a chat ended as abusive).
    pub(super) fn ended(
        &mut self,
        conversation: &ConversationId,
        by: Author,
        appended: Appended,
        pause_token: Option<String>,
    ) {
        let now = self.now();
        let left_message_waiting =
            self.conversations.get(conversation).is_some_and(|live| live.is_left_message_waiting());
        if left_message_waiting {
            // Withdrawn by the child: no longer in the consoles' list, and no queue
            // figure counts it (it left the queue when it was left).
            self.announce_left_message_gone(conversation);
        } else if let Some(live) = self.conversations.get(conversation) {
            match (live.state, live.answered_at) {
                (ConversationState::Active, Some(answered_at)) => {
                    self.estimator.record_chat_ended(&live.language, now.saturating_sub(answered_at), now)
                }
                (ConversationState::Waiting, _) => {
                    self.estimator.record_abandoned(&live.language, now);
                    if !live.ever_answered {
                        self.board.record_abandoned(&live.language, unix_millis());
                    }
                }
                _ => {}
            }
        }
        let actions = self.router.leave_queue(conversation);
        self.apply(actions);
        let counsellor = self.conversations.get(conversation).and_then(|live| live.counsellor.clone());
        if let Some((staff, _)) = &counsellor {
            self.router.release(staff, conversation, now);
        }
        self.publish(appended.message);
        self.bus.close(conversation);
        self.moderation.ended(conversation);
        self.left_children.remove(conversation);
        self.handovers.forget_chat(conversation);
        if let Some(live) = self.conversations.remove(conversation) {
            if let Some(conn) = live.child_conn {
                self.send_to_child_conn(conn, &ChildEvent::Ended { by, pause_token });
            }
            for observer in &live.observers {
                self.send_to_staff(observer, &StaffEvent::Ended { conversation_id: conversation.clone(), by });
            }
        }
        if let Some((staff, _)) = counsellor {
            self.send_to_staff(&staff, &StaffEvent::Ended { conversation_id: conversation.clone(), by });
            self.owe_wrap_up(&staff, conversation);
        }
        tracing::info!(%conversation, ?by, "conversation ended");
    }

    /// Sends a stored message to every socket attached to its conversation: the child's,
    /// and each of the counsellor's and the observers' (see [`crate::bus`]).
    pub(super) fn publish(&mut self, message: ChatMessage) {
        if message.author != Author::System {
            self.metrics.messages.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        self.bus.publish(&message);
    }

    pub(super) fn send_to_child_conn(&self, conn: ConnId, event: &ChildEvent) {
        if let Some((outbox, _)) = self.child_conns.get(&conn) {
            outbox.send(event);
        }
    }
}
