//! Returning children in the hub: taking a return code, coming back with one (the new
//! chat joins the case, and the counsellor from before is offered it first), "forget
//! me", and the earlier contacts a counsellor sees.
//!
//! Wrong codes are throttled per client address with staff sign-in's policy and keys
//! (`crate::http::client::ClientKeys`): a keyed hash of the address, its key made at
//! start and never stored, remembered in memory only for as long as the throttle
//! needs it.

use std::net::IpAddr;

use bridgeline_protocol::{ChildEvent, ConversationId, ErrorCode, StaffEvent};

use super::off_hub::BoxFuture;
use super::{ConnId, Hub, RequestError};
use crate::http::client::{ClientKey, ClientKeys};
use crate::http::guard::CLIENT_POLICY;
use crate::return_code::{CodeError, ReturnCode};
use crate::routing::Millis;
use crate::secrets::{new_id, random_bytes, random_key, unix_millis, RandomError};
use crate::store::cases::FoundCase;
use crate::store::Store;
use crate::throttle::{Throttle, Verdict};

/// What the hub holds for return codes.
pub(super) struct Codes {
    /// The key of the codes' stored hashes (the same on every start: in the store).
    code_key: Vec<u8>,
    /// Turns addresses into the throttle's keys (a key new at every start).
    addresses: ClientKeys,
    /// Wrong codes per client, as strict as staff sign-in per client address.
    throttle: Throttle<ClientKey>,
    /// The retention period set by flag; an admin's setting, read when needed, wins.
    retention_days: u64,
    /// How long a returning child waits for the counsellor they spoke with before.
    prefer_for: Millis,
}

impl Codes {
    pub(super) async fn load(store: &Store, retention_days: u64, prefer_for: Millis) -> Result<Self, RequestError> {
        let fresh = random_key::<32>()?;
        Ok(Self {
            code_key: store.return_code_key(&fresh, unix_millis()).await?,
            // The socket's address is the client's already (trusted proxies resolved).
            addresses: ClientKeys::new(&[])?,
            throttle: Throttle::new(CLIENT_POLICY),
            retention_days,
            prefer_for,
        })
    }

    /// The key the codes' stored hashes are made with.
    pub(super) fn key(&self) -> &[u8] {
        &self.code_key
    }

    /// A socket without a known address (none in production) counts as one client.
    fn throttle_key(&self, address: Option<IpAddr>) -> ClientKey {
        self.addresses.hash(address.unwrap_or(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)))
    }
}

/// A typed code, checked before it costs an attempt: a mistyped check digit is no
/// guess (anyone can compute it), so it is refused without counting.
fn parse_code(typed: &str) -> Result<ReturnCode, RequestError> {
    ReturnCode::parse(typed).map_err(|error| {
        let detail = match error {
            CodeError::Length => "a return code has twelve digits",
            CodeError::NotADigit => "a return code holds only digits",
            CodeError::Check => "a digit of the return code is mistyped",
        };
        RequestError::refused(ErrorCode::WrongCode, detail)
    })
}

fn wrong_code() -> RequestError {
    RequestError::refused(ErrorCode::WrongCode, "no case has this return code")
}

/// The retention cutoff as of now: a code unused since then no longer works.
async fn valid_after(store: &Store, flag_days: u64, now: i64) -> Result<i64, RequestError> {
    let days = store.settings().await?.retention_days.unwrap_or(flag_days);
    Ok(crate::retention::cutoff(now, days))
}

impl Hub {
    /// Whether this socket's address may try a code now.
    fn may_try_code(&mut self, conn: ConnId) -> Result<ClientKey, RequestError> {
        let address = self.moderation.address_of(conn);
        let key = self.codes.throttle_key(address);
        let now = unix_millis();
        match self.codes.throttle.check(&key, now) {
            Verdict::Allowed => Ok(key),
            Verdict::Wait { retry_after, .. } => Err(RequestError::TooManyAttempts { until: now + retry_after }),
        }
    }

    fn code_tried(&mut self, key: ClientKey, right: bool) {
        if right {
            self.codes.throttle.succeed(&key);
        } else {
            self.codes.throttle.fail(key, unix_millis());
        }
    }

    /// A return code for the attached chat's case (opened now if it has none).
    pub(super) async fn take_code(&mut self, conn: ConnId, id: &str) -> Result<(), RequestError> {
        let conversation = self
            .attached_conversation(conn)
            .cloned()
            .ok_or(RequestError::refused(ErrorCode::NoConversation, "start or resume a conversation first"))?;
        let code = new_code()?;
        let hash = code.keyed_hash(&self.codes.code_key);
        let case_id = new_id()?;
        let task = move |store: Store| async move {
            Ok(store.issue_code(&conversation, &hash, &case_id, unix_millis()).await?)
        };
        let id = id.to_owned();
        let attached = self.attached_conversation(conn).cloned();
        self.off_hub(task, move |hub, issued| match issued {
            Ok(Some(case_id)) => {
                if let Some(live) = attached.and_then(|conversation| hub.conversations.get_mut(&conversation)) {
                    live.case = Some(case_id);
                }
                tracing::info!("a return code was issued");
                hub.send_to_child_conn(conn, &ChildEvent::Code { id, code: code.display() });
            }
            Ok(None) => hub.refuse_child(conn, &id, RequestError::Internal("the conversation is not stored")),
            Err(error) => hub.refuse_child(conn, &id, error),
        })
        .await;
        Ok(())
    }

    /// `start` with a return code: the case is looked up off the hub; the chat then
    /// starts as any other, in that case (see `child_start`).
    pub(super) async fn find_case(
        &mut self,
        conn: ConnId,
        typed: &str,
        then: impl for<'a> FnOnce(&'a mut Hub, Result<FoundCase, RequestError>) -> BoxFuture<'a> + Send + 'static,
    ) -> Result<(), RequestError> {
        let lookup = |store: Store, hash: String, valid_after: i64, now: i64| async move {
            store.case_by_code(&hash, valid_after, now).await
        };
        self.with_code(conn, typed, lookup, then).await
    }

    /// Whatever a typed code opens, looked up off the hub by `lookup` (with the code's
    /// hash, the retention cutoff and now; `None` when no valid case has it): every
    /// request with a code goes through here, so that each is checked, throttled and
    /// counted alike. `then` gets what was found, or `wrong_code`.
    async fn with_code<T, L, F>(
        &mut self,
        conn: ConnId,
        typed: &str,
        lookup: L,
        then: impl for<'a> FnOnce(&'a mut Hub, Result<T, RequestError>) -> BoxFuture<'a> + Send + 'static,
    ) -> Result<(), RequestError>
    where
        T: Send + 'static,
        L: FnOnce(Store, String, i64, i64) -> F + Send + 'static,
        F: std::future::Future<Output = Result<Option<T>, crate::store::StoreError>> + Send + 'static,
    {
        let code = parse_code(typed)?;
        let throttle_key = self.may_try_code(conn)?;
        let hash = code.keyed_hash(&self.codes.code_key);
        let flag_days = self.codes.retention_days;
        let task = move |store: Store| async move {
            let now = unix_millis();
            let cutoff = valid_after(&store, flag_days, now).await?;
            Ok(lookup(store, hash, cutoff, now).await?)
        };
        self.off_hub_async(task, move |hub, found| {
            let found = match found {
                Ok(Some(case)) => {
                    hub.code_tried(throttle_key, true);
                    Ok(case)
                }
                Ok(None) => {
                    hub.code_tried(throttle_key, false);
                    Err(wrong_code())
                }
                Err(error) => Err(error),
            };
            then(hub, found)
        })
        .await;
        Ok(())
    }

    /// How long a returning child waits for the counsellor they spoke with before.
    pub(super) fn prefer_until(&self) -> Millis {
        self.now().saturating_add(self.codes.prefer_for)
    }

    /// "Forget me": erases the case the code opens, if none of its chats is live.
    pub(super) async fn forget_me(&mut self, conn: ConnId, id: &str, typed: &str) -> Result<(), RequestError> {
        let audit_id = new_id()?;
        let lookup = move |store: Store, hash: String, valid_after: i64, now: i64| async move {
            store.forget_case(&hash, valid_after, &audit_id, now).await
        };
        let id = id.to_owned();
        self.with_code(conn, typed, lookup, move |hub, erased| {
            match erased {
                Ok(Ok(erased)) => {
                    tracing::info!(conversations = erased.conversations.len(), "a case was erased by the child");
                    hub.drop_withdrawn(&erased.withdrawn);
                    let event = StaffEvent::CaseErased { conversation_ids: erased.conversations.clone() };
                    for counsellor in &erased.counsellors {
                        hub.send_to_staff(counsellor, &event);
                    }
                    hub.send_to_child_conn(conn, &ChildEvent::Ack { id, seq: None });
                }
                Ok(Err(_live)) => hub.refuse_child(
                    conn,
                    &id,
                    RequestError::refused(ErrorCode::ChatLive, "a chat of this case has not ended; end it first"),
                ),
                Err(error) => hub.refuse_child(conn, &id, error),
            }
            Box::pin(std::future::ready(()))
        })
        .await
    }

    /// Sends a counsellor the earlier contacts of a returning child's chat they now
    /// hold (read off the hub).
    pub(super) async fn send_earlier_contacts(&mut self, staff_id: &str, conversation: &ConversationId) {
        let task = {
            let conversation = conversation.clone();
            move |store: Store| async move { Ok(store.earlier_contacts(&conversation).await?) }
        };
        let (staff_id, conversation) = (staff_id.to_owned(), conversation.clone());
        self.off_hub(task, move |hub, earlier| match earlier {
            Ok(earlier) => {
                // Still theirs: the chat may have moved on meanwhile.
                let holds = hub
                    .conversations
                    .get(&conversation)
                    .is_some_and(|live| live.counsellor.as_ref().is_some_and(|(owner, _)| owner == &staff_id));
                if holds {
                    hub.send_to_staff(&staff_id, &StaffEvent::Case { conversation_id: conversation, earlier });
                }
            }
            Err(error) => tracing::error!(%conversation, %error, "could not read a case's earlier contacts"),
        })
        .await;
    }
}

/// A new random code.
pub(super) fn new_code() -> Result<ReturnCode, RandomError> {
    loop {
        let mut random = [0u8; ReturnCode::RANDOM_BYTES];
        random_bytes(&mut random)?;
        if let Some(code) = ReturnCode::from_random(&random) {
            return Ok(code);
        }
    }
}

impl Hub {
    /// `open_case`: the case's chats, listed to the child, who may then read each with
    /// `history` on this socket.
    pub(super) async fn open_case(&mut self, conn: ConnId, id: &str, typed: &str) -> Result<(), RequestError> {
        let lookup = |store: Store, hash: String, valid_after: i64, now: i64| async move {
            store.child_case_chats(&hash, valid_after, now).await
        };
        let id = id.to_owned();
        self.with_code(conn, typed, lookup, move |hub, found| {
            match found {
                Ok(chats) if hub.child_conns.contains_key(&conn) => {
                    let readable = chats.iter().map(|chat| chat.conversation_id.clone()).collect();
                    hub.opened_cases.insert(conn, readable);
                    hub.send_to_child_conn(conn, &ChildEvent::EarlierChats { id, chats });
                }
                Ok(_) => {}
                Err(error) => hub.refuse_child(conn, &id, error),
            }
            Box::pin(std::future::ready(()))
        })
        .await
    }

    /// A page of a chat of the case this socket opened (`history` with a
    /// `conversation_id`). The child's own: not audited.
    pub(super) fn earlier_chat_history(
        &mut self,
        conn: ConnId,
        id: &str,
        conversation: ConversationId,
        after_seq: bridgeline_protocol::Seq,
        before_seq: Option<bridgeline_protocol::Seq>,
    ) -> Result<(), RequestError> {
        let opened = self.opened_cases.get(&conn).is_some_and(|chats| chats.contains(&conversation));
        if !opened {
            return Err(RequestError::refused(ErrorCode::NotYours, "open the case with its code first"));
        }
        self.send_history_page(
            super::history::Endpoint::Child,
            self.child_conn_outbox(conn),
            super::history::PageRequest { id: Some(id.to_owned()), conversation, after_seq, before_seq },
            None,
        );
        Ok(())
    }

    /// Left messages that "forget me" withdrew: out of the consoles' lists and of the
    /// hub; a page still attached to one is told it ended.
    fn drop_withdrawn(&mut self, withdrawn: &[ConversationId]) {
        for conversation in withdrawn {
            self.announce_left_message_gone(conversation);
            self.bus.close(conversation);
            self.moderation.ended(conversation);
            self.left_children.remove(conversation);
            self.leaving_message.remove(conversation);
            if let Some(live) = self.conversations.remove(conversation) {
                if let Some(conn) = live.child_conn {
                    let by = bridgeline_protocol::Author::Child;
                    self.send_to_child_conn(conn, &ChildEvent::Ended { by, pause_token: None });
                }
            }
            self.board_dirty = true;
        }
    }
}
