//! Abusive contacts in the hub: a chat ended as abusive, coordinators' decisions, the
//! `start` of a blocked browser refused, blocks running out. The policy is
//! `crate::blocks` (pure); this carries it out with the store and the sockets.
//!
//! The network address of a child's socket is held here in memory only, from the
//! handshake until the socket closes, and for a live conversation until it ends (what
//! a report marks, if the child's connection dropped just before). It is never stored,
//! never logged, never sent: a report turns it into a keyed hash at once.

use std::collections::HashMap;
use std::net::IpAddr;

use bridgeline_protocol::blocks::BlocksView;
use bridgeline_protocol::{Author, ConversationId, ErrorCode, StaffEvent, UnixMillis};

use super::{ack, ConnId, Hub, RequestError};
use crate::blocks::{block_length, BlockBook, Ended, REVIEW_WINDOW};
use crate::routing::Millis;
use crate::secrets::{new_id, new_token, random_key, token_hash, unix_millis};
use crate::store::blocks::{Decision, NewReport};
use crate::store::staff::StaffRecord;

/// What the hub holds about abusive contacts.
#[derive(Default)]
pub(super) struct Moderation {
    book: BlockBook,
    /// Each open child socket's network address.
    conn_addresses: HashMap<ConnId, IpAddr>,
    /// The SHA-256 of the pause token each open child socket's handshake carried, for
    /// the few that carry one.
    conn_tokens: HashMap<ConnId, String>,
    /// The address each live conversation's child last wrote from.
    conversation_addresses: HashMap<ConversationId, IpAddr>,
    /// Ends not yet written to the store (it failed); retried at the next chance.
    unsaved_ends: Vec<Ended>,
    /// Whether ends are being written now (the next ones wait for that write).
    ends_in_flight: bool,
}

impl Moderation {
    pub(super) fn connected(&mut self, conn: ConnId, address: Option<IpAddr>, pause_token: Option<&str>) {
        if let Some(address) = address {
            self.conn_addresses.insert(conn, address);
        }
        if let Some(pause_token) = pause_token {
            self.conn_tokens.insert(conn, token_hash(pause_token));
        }
    }

    /// The open socket's network address (memory only), for throttling wrong codes.
    pub(super) fn address_of(&self, conn: ConnId) -> Option<IpAddr> {
        self.conn_addresses.get(&conn).copied()
    }

    pub(super) fn disconnected(&mut self, conn: ConnId) {
        self.conn_addresses.remove(&conn);
        self.conn_tokens.remove(&conn);
    }

    /// Until when new chats are paused for a browser at `address` keeping
    /// `pause_token`; `None` for almost everyone. (For rendering the child's page.)
    pub(super) fn paused_until(&self, address: Option<IpAddr>, pause_token: Option<&str>) -> Option<UnixMillis> {
        let token_hash = pause_token.map(token_hash);
        self.book.paused_until(token_hash.as_deref(), address, unix_millis())
    }

    /// The socket `conn` is now the child's of `conversation`.
    pub(super) fn attached(&mut self, conn: ConnId, conversation: &ConversationId) {
        if let Some(address) = self.conn_addresses.get(&conn) {
            self.conversation_addresses.insert(conversation.clone(), *address);
        }
    }

    /// The conversation ended: its address is forgotten.
    pub(super) fn ended(&mut self, conversation: &ConversationId) {
        self.conversation_addresses.remove(conversation);
    }

    /// For `/metrics`: blocks in force and address keys alive.
    pub(super) fn gauges(&self) -> (u64, u64) {
        let now = unix_millis();
        (self.book.blocks_in_force(now) as u64, self.book.keys_alive() as u64)
    }
}

impl Hub {
    /// Until when new chats from the browser on `conn` are paused; `None` for almost
    /// everyone.
    pub(super) fn paused_until(&self, conn: ConnId) -> Option<UnixMillis> {
        let token_hash = self.moderation.conn_tokens.get(&conn).map(String::as_str);
        let address = self.moderation.conn_addresses.get(&conn).copied();
        self.moderation.book.paused_until(token_hash, address, unix_millis())
    }

    /// The holder of a live chat ends it as abusive: the child reads only that the
    /// counsellor ended it (their page receives a pause token to keep), and the
    /// coordinators get a report to decide on.
    pub(super) async fn end_as_abusive(
        &mut self,
        conn: ConnId,
        staff_id: &str,
        id: String,
        conversation: &ConversationId,
        reason: &str,
    ) -> Result<(), RequestError> {
        self.own_live_conversation(staff_id, conversation)?;
        let reason = super::casework::checked_text(reason)?.to_owned();
        // A token only for a page that is there to receive it.
        let child_here = self.conversations.get(conversation).is_some_and(|live| live.child_conn.is_some());
        let token = if child_here { Some(new_token()?) } else { None };
        let token_hash = token.as_deref().map(token_hash);
        let report_id = new_id()?;
        let audit_id = new_id()?;
        let fresh_secret = random_key::<32>()?;
        let now = unix_millis();
        let task = {
            let (conversation, staff_id, report_id, token_hash) =
                (conversation.clone(), staff_id.to_owned(), report_id.clone(), token_hash.clone());
            move |store: crate::store::Store| async move {
                let appended = store
                    .end_as_abusive(&NewReport {
                        id: &report_id,
                        conversation: &conversation,
                        staff_id: &staff_id,
                        reason: &reason,
                        token_hash: token_hash.as_deref(),
                        now,
                        lapses_at: now.saturating_add(REVIEW_WINDOW),
                        audit_id: &audit_id,
                    })
                    .await?;
                Ok((appended, store.blocks_view().await?))
            }
        };
        let conversation = conversation.clone();
        self.off_hub(task, move |hub, stored| {
            let (appended, view) = match stored {
                Ok(stored) => stored,
                Err(error) => return hub.refuse_staff(conn, &id, error),
            };
            let address = hub.moderation.conversation_addresses.get(&conversation).copied();
            hub.moderation.book.report(&report_id, token_hash, address, now, fresh_secret);
            hub.board.record_abusive(now);
            hub.ended(&conversation, Author::Counsellor, appended, token);
            hub.send_to_staff_conn(conn, &ack(id));
            tracing::info!(%conversation, report = %report_id, "chat ended as abusive; the report waits for a coordinator");
            hub.push_blocks_view(view);
        })
        .await;
        Ok(())
    }

    /// A coordinator confirms a pending report: new chats from that browser are paused
    /// for `duration_seconds` (a day if absent).
    pub(super) async fn confirm_report(
        &mut self,
        conn: ConnId,
        coordinator: &StaffRecord,
        id: String,
        report_id: &str,
        duration_seconds: Option<u64>,
    ) -> Result<(), RequestError> {
        let length = block_length(duration_seconds)
            .map_err(|_| RequestError::refused(ErrorCode::InvalidField, "duration_seconds: 1 to 604800"))?;
        let now = unix_millis();
        if !self.moderation.book.is_pending(report_id, now) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "no pending report has this id"));
        }
        let until = now.saturating_add(length);
        let by = coordinator.id.clone();
        self.decide(conn, id, coordinator, report_id, now, DecisionKind::Confirm { until }, move |hub, report_id, _| {
            if let Err(error) = hub.moderation.book.confirm(report_id, length, now) {
                tracing::error!(report = %report_id, %error, "a stored confirmation is not in the block book");
            }
            tracing::info!(report = %report_id, %by, until, "abuse report confirmed: block in force");
        })
        .await
    }

    /// A coordinator rejects a pending report: nothing is blocked, the browser's marks
    /// go, and the board no longer counts it.
    pub(super) async fn reject_report(
        &mut self,
        conn: ConnId,
        coordinator: &StaffRecord,
        id: String,
        report_id: &str,
    ) -> Result<(), RequestError> {
        let now = unix_millis();
        if !self.moderation.book.is_pending(report_id, now) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "no pending report has this id"));
        }
        let by = coordinator.id.clone();
        self.decide(conn, id, coordinator, report_id, now, DecisionKind::Reject, move |hub, report_id, reported_at| {
            if let Err(error) = hub.moderation.book.reject(report_id) {
                tracing::error!(report = %report_id, %error, "a stored rejection is not in the block book");
            }
            if let Some(reported_at) = reported_at {
                hub.board.forget_abusive(reported_at);
            }
            tracing::info!(report = %report_id, %by, "abuse report rejected");
        })
        .await
    }

    /// A coordinator lifts a block in force before its time.
    pub(super) async fn lift_block(
        &mut self,
        conn: ConnId,
        coordinator: &StaffRecord,
        id: String,
        report_id: &str,
    ) -> Result<(), RequestError> {
        let now = unix_millis();
        if !self.moderation.book.is_blocked(report_id, now) {
            return Err(RequestError::refused(ErrorCode::InvalidField, "no block in force has this id"));
        }
        let by = coordinator.id.clone();
        self.decide(conn, id, coordinator, report_id, now, DecisionKind::Lift, move |hub, report_id, _| {
            if let Err(error) = hub.moderation.book.lift(report_id) {
                tracing::error!(report = %report_id, %error, "a stored lift is not in the block book");
            }
            tracing::info!(report = %report_id, %by, "block lifted");
        })
        .await
    }

    /// Stores a coordinator's decision off the hub (refused when the report is no
    /// longer open in the store), then `applied` updates the hub's memory, the
    /// coordinator gets the `ack`, and every coordinator the reports and blocks as they
    /// are after it. `applied` also gets, for a rejection, when the report was made.
    #[allow(clippy::too_many_arguments)]
    async fn decide(
        &mut self,
        conn: ConnId,
        id: String,
        coordinator: &StaffRecord,
        report_id: &str,
        now: UnixMillis,
        kind: DecisionKind,
        applied: impl FnOnce(&mut Hub, &str, Option<UnixMillis>) + Send + 'static,
    ) -> Result<(), RequestError> {
        let (report_id, staff_id, audit_id) = (report_id.to_owned(), coordinator.id.clone(), new_id()?);
        let task = {
            let report_id = report_id.clone();
            move |store: crate::store::Store| async move {
                let decision = Decision { report_id: &report_id, staff_id: &staff_id, now, audit_id: &audit_id };
                let stored = match kind {
                    DecisionKind::Confirm { until } => store.confirm_report(&decision, until).await?,
                    DecisionKind::Reject => store.reject_report(&decision).await?,
                    DecisionKind::Lift => store.lift_block(&decision).await?,
                };
                let reported_at = match kind {
                    DecisionKind::Reject => store.report_time(&report_id).await?,
                    DecisionKind::Confirm { .. } | DecisionKind::Lift => None,
                };
                Ok((stored, reported_at, store.blocks_view().await?))
            }
        };
        self.off_hub(task, move |hub, stored| match stored {
            Ok((true, reported_at, view)) => {
                applied(hub, &report_id, reported_at);
                hub.send_to_staff_conn(conn, &ack(id));
                hub.push_blocks_view(view);
            }
            Ok((false, _, _)) => {
                hub.refuse_staff(conn, &id, RequestError::refused(ErrorCode::InvalidField, kind.not_open()))
            }
            Err(error) => hub.refuse_staff(conn, &id, error),
        })
        .await;
        Ok(())
    }

    /// Marks the reports whose browser is matched by address too (the hub alone knows).
    pub(super) fn with_paused_browsers(&self, mut view: BlocksView) -> BlocksView {
        for report in view.pending.iter_mut().chain(view.active.iter_mut()) {
            report.by_address = self.moderation.book.has_address_mark(&report.report_id);
        }
        view
    }

    /// Sends the reports and blocks to every coordinator and admin online.
    fn push_blocks_view(&self, view: BlocksView) {
        let event = StaffEvent::Blocks(self.with_paused_browsers(view));
        for (staff, online) in &self.staff {
            if Self::receives_alerts(&online.record) {
                self.send_to_staff(staff, &event);
            }
        }
    }

    /// When the next pending report or block ends, on the hub's clock.
    pub(super) fn next_block_end(&self) -> Option<Millis> {
        let end = self.moderation.book.next_end()?;
        let ahead = end.saturating_sub(unix_millis()).max(0);
        Some(self.now().saturating_add(u64::try_from(ahead).unwrap_or(u64::MAX)))
    }

    /// Ends the reports that lapsed and the blocks that ran out: their marks and keys
    /// go from memory at once, their rows from the store (off the hub; ends whose
    /// deletion failed are tried again with the next ones).
    pub(super) async fn expire_blocks(&mut self) {
        let now = unix_millis();
        let ended = self.moderation.book.expire(now);
        if ended.is_empty() && (self.moderation.unsaved_ends.is_empty() || self.moderation.ends_in_flight) {
            return;
        }
        self.moderation.unsaved_ends.extend(ended);
        if self.moderation.ends_in_flight {
            return;
        }
        let audit_ids: Result<Vec<String>, _> = self.moderation.unsaved_ends.iter().map(|_| new_id()).collect();
        let Ok(audit_ids) = audit_ids else {
            tracing::error!("no randomness for audit ids; ended blocks stay stored for now");
            return;
        };
        let ends = std::mem::take(&mut self.moderation.unsaved_ends);
        self.moderation.ends_in_flight = true;
        self.off_hub(
            move |store| async move {
                let written = store.end_blocks(&ends, &audit_ids, now).await;
                let view = match &written {
                    Ok(()) => Some(store.blocks_view().await?),
                    Err(_) => None,
                };
                Ok((ends, written, view))
            },
            |hub, outcome| {
                hub.moderation.ends_in_flight = false;
                match outcome {
                    Ok((ends, Ok(()), view)) => {
                        tracing::info!(ended = ends.len(), "abuse reports lapsed or blocks ended");
                        if let Some(view) = view {
                            hub.push_blocks_view(view);
                        }
                    }
                    Ok((ends, Err(error), _)) => {
                        tracing::error!(%error, "could not delete ended blocks; will retry");
                        hub.moderation.unsaved_ends.extend(ends);
                    }
                    Err(error) => tracing::error!(%error, "could not read the abuse reports"),
                }
            },
        )
        .await;
    }

    /// After a restart: the pending reports and blocks from the store (matching by
    /// token only: the address keys died with the previous process), and today's
    /// abusive contacts for the board.
    pub(super) async fn load_blocks(&mut self) -> Result<(), crate::store::StoreError> {
        for open in self.store.open_blocks().await? {
            self.moderation.book.restore(&open.report_id, open.token_hash, open.stage, open.ends_at);
        }
        let wall = unix_millis();
        for reported_at in self.store.abusive_contacts_since(self.board.start_of_day(wall)).await? {
            self.board.record_abusive(reported_at);
        }
        Ok(())
    }
}

/// Which decision a coordinator made.
#[derive(Clone, Copy)]
enum DecisionKind {
    Confirm { until: UnixMillis },
    Reject,
    Lift,
}

impl DecisionKind {
    /// Why it is refused when its report is not open (any more) in the store.
    fn not_open(self) -> &'static str {
        match self {
            DecisionKind::Confirm { .. } | DecisionKind::Reject => "no pending report has this id",
            DecisionKind::Lift => "no block in force has this id",
        }
    }
}
