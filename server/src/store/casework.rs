//! Casework around a conversation: risk, private notes, transfers, referrals, the
//! wrap-up, imminent-risk alerts and the audit log of transcript reads.
//!
//! A change the child is told about (a transfer, a referral card) is written in one
//! transaction with its system message, as in `conversations.rs`.

use bridgeline_protocol::{
    Author, Body, ConversationId, NoteKind, NoteView, Notice, Outcome, ReferralCard, RiskAlert, RiskLevel, WrapUp,
};
use sqlx::Row;

use super::conversations::release_in;
use super::messages::{append_in, Appended};
use super::{split_list, Store, StoreError, StoreResult};

/// Where a transfer sends a conversation, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferKind {
    Counsellor,
    Language,
    Coordinator,
}

impl TransferKind {
    fn as_str(self) -> &'static str {
        match self {
            TransferKind::Counsellor => "counsellor",
            TransferKind::Language => "language",
            TransferKind::Coordinator => "coordinator",
        }
    }
}

/// A transfer to store: the conversation leaves `from`, with `note` for the next one.
#[derive(Debug, Clone)]
pub struct NewTransfer<'a> {
    pub id: &'a str,
    pub note_id: &'a str,
    pub conversation: &'a ConversationId,
    pub from_staff: &'a str,
    pub kind: TransferKind,
    /// The receiving staff id, or the language code.
    pub target: &'a str,
    pub note: &'a str,
    pub now: i64,
}

/// A referral to store and announce.
#[derive(Debug, Clone)]
pub struct NewReferral<'a> {
    pub id: &'a str,
    pub conversation: &'a ConversationId,
    pub staff_id: &'a str,
    pub card: &'a ReferralCard,
    pub reason: &'a str,
    pub child_agreed: bool,
    /// The counsellor's request id: a resent referral is stored once.
    pub client_id: &'a str,
    pub now: i64,
}

/// A referral as recorded on a conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReferralRecord {
    pub service_id: String,
    pub service_name: String,
    pub reason: String,
    pub child_agreed: bool,
    pub created_at: i64,
}

/// One conversation a staff member handled, for reopening.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HandledConversation {
    pub conversation_id: ConversationId,
    pub language: String,
    pub state: String,
    pub risk: RiskLevel,
    pub queued_at: i64,
    pub ended_at: Option<i64>,
    pub wrapped_up: bool,
}

fn kind_str(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Note => "note",
        NoteKind::Transfer => "transfer",
    }
}

fn parse_kind(text: &str) -> StoreResult<NoteKind> {
    match text {
        "note" => Ok(NoteKind::Note),
        "transfer" => Ok(NoteKind::Transfer),
        other => Err(StoreError::Corrupt(format!("unknown note kind {other:?}"))),
    }
}

impl Store {
    pub async fn set_risk(&self, id: &ConversationId, level: RiskLevel) -> StoreResult<()> {
        sqlx::query("UPDATE conversations SET risk = $1 WHERE id = $2")
            .bind(level.as_str())
            .bind(&id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn add_note(
        &self,
        id: &str,
        conversation: &ConversationId,
        staff_id: &str,
        kind: NoteKind,
        text: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO notes (id, conversation_id, staff_id, kind, text, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(&conversation.0)
        .bind(staff_id)
        .bind(kind_str(kind))
        .bind(text)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every note on a conversation, oldest first, with its writer's display name.
    pub async fn notes(&self, conversation: &ConversationId) -> StoreResult<Vec<NoteView>> {
        let mut connection = self.pool().acquire().await?;
        notes_in(&mut connection, conversation).await
    }
}

/// A conversation's notes, oldest first, read on `connection` (inside the writer's
/// transaction when an accept reads them with the assignment).
pub(crate) async fn notes_in(
    connection: &mut super::DbConnection,
    conversation: &ConversationId,
) -> StoreResult<Vec<NoteView>> {
    {
        let rows = sqlx::query(
            "SELECT n.kind, n.text, n.created_at, s.display_name FROM notes n JOIN staff s ON s.id = n.staff_id
             WHERE n.conversation_id = $1 ORDER BY n.created_at, n.id",
        )
        .bind(&conversation.0)
        .fetch_all(&mut *connection)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(NoteView {
                    conversation_id: conversation.clone(),
                    kind: parse_kind(&row.try_get::<String, _>("kind")?)?,
                    author: row.try_get("display_name")?,
                    text: row.try_get("text")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }
}

impl Store {
    /// Records a transfer with its note, closes the sender's assignment and, for a
    /// transfer to a person, opens theirs; a transfer to a queue puts the conversation
    /// back to waiting at `priority`. Announces it to the child. Refused when the
    /// conversation ended meanwhile.
    pub async fn transfer_conversation(&self, transfer: &NewTransfer<'_>, priority: u8) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        let state: Option<String> = sqlx::query_scalar("SELECT state FROM conversations WHERE id = $1")
            .bind(&transfer.conversation.0)
            .fetch_optional(&mut *tx)
            .await?;
        if state.as_deref().is_none_or(|state| state == "ended") {
            return Err(StoreError::ConversationEnded);
        }
        sqlx::query(
            "INSERT INTO transfers (id, conversation_id, from_staff_id, target_kind, target, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(transfer.id)
        .bind(&transfer.conversation.0)
        .bind(transfer.from_staff)
        .bind(transfer.kind.as_str())
        .bind(transfer.target)
        .bind(transfer.now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO notes (id, conversation_id, staff_id, kind, text, created_at) VALUES ($1, $2, $3, 'transfer', $4, $5)",
        )
        .bind(transfer.note_id)
        .bind(&transfer.conversation.0)
        .bind(transfer.from_staff)
        .bind(transfer.note)
        .bind(transfer.now)
        .execute(&mut *tx)
        .await?;
        release_in(&mut tx, transfer.conversation, transfer.now).await?;
        match transfer.kind {
            TransferKind::Language => {
                sqlx::query(
                    "UPDATE conversations SET state = 'waiting', counsellor_id = NULL, assigned_at = NULL, language = $1,
                            priority = CASE WHEN priority < $2 THEN $2 ELSE priority END
                     WHERE id = $3",
                )
                .bind(transfer.target)
                .bind(i64::from(priority))
                .bind(&transfer.conversation.0)
                .execute(&mut *tx)
                .await?;
            }
            TransferKind::Counsellor | TransferKind::Coordinator => {
                sqlx::query("UPDATE conversations SET counsellor_id = $1, assigned_at = $2 WHERE id = $3")
                    .bind(transfer.target)
                    .bind(transfer.now)
                    .bind(&transfer.conversation.0)
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("INSERT INTO assignments (conversation_id, staff_id, assigned_at) VALUES ($1, $2, $3)")
                    .bind(&transfer.conversation.0)
                    .bind(transfer.target)
                    .bind(transfer.now)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let appended = append_in(
            &mut tx,
            transfer.conversation,
            Author::System,
            None,
            &Body::System(Notice::Transferred),
            transfer.now,
        )
        .await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Records a referral and sends its card to the child, once per `client_id`.
    pub async fn add_referral(&self, referral: &NewReferral<'_>) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        let body = Body::Referral(referral.card.clone());
        let appended = append_in(
            &mut tx,
            referral.conversation,
            Author::Counsellor,
            Some(referral.client_id),
            &body,
            referral.now,
        )
        .await?;
        if !appended.duplicate {
            sqlx::query(
                "INSERT INTO referrals (id, conversation_id, staff_id, service_id, service_name, reason, child_agreed,
                                        created_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(referral.id)
            .bind(&referral.conversation.0)
            .bind(referral.staff_id)
            .bind(&referral.card.service_id)
            .bind(&referral.card.name)
            .bind(referral.reason)
            .bind(i64::from(referral.child_agreed))
            .bind(referral.now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(appended)
    }

    pub async fn referrals(&self, conversation: &ConversationId) -> StoreResult<Vec<ReferralRecord>> {
        let rows = sqlx::query(
            "SELECT service_id, service_name, reason, child_agreed, created_at FROM referrals
             WHERE conversation_id = $1 ORDER BY created_at, id",
        )
        .bind(&conversation.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ReferralRecord {
                    service_id: row.try_get("service_id")?,
                    service_name: row.try_get("service_name")?,
                    reason: row.try_get("reason")?,
                    child_agreed: row.try_get::<i64, _>("child_agreed")? != 0,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// Stores (or corrects) the wrap-up of a conversation.
    pub async fn save_wrap_up(
        &self,
        conversation: &ConversationId,
        staff_id: &str,
        wrap_up: &WrapUp,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO wrap_ups (conversation_id, staff_id, categories, outcome, cross_border, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (conversation_id) DO UPDATE SET staff_id = excluded.staff_id,
                 categories = excluded.categories, outcome = excluded.outcome,
                 cross_border = excluded.cross_border, updated_at = excluded.updated_at",
        )
        .bind(&conversation.0)
        .bind(staff_id)
        .bind(wrap_up.categories.join(","))
        .bind(wrap_up.outcome.as_str())
        .bind(i64::from(wrap_up.cross_border))
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn wrap_up(&self, conversation: &ConversationId) -> StoreResult<Option<WrapUp>> {
        let row = sqlx::query("SELECT categories, outcome, cross_border FROM wrap_ups WHERE conversation_id = $1")
            .bind(&conversation.0)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| {
            let outcome: String = row.try_get("outcome")?;
            Ok(WrapUp {
                categories: split_list(&row.try_get::<String, _>("categories")?),
                outcome: Outcome::parse(&outcome)
                    .ok_or_else(|| StoreError::Corrupt(format!("unknown outcome {outcome:?}")))?,
                cross_border: row.try_get::<i64, _>("cross_border")? != 0,
            })
        })
        .transpose()
    }

    /// Ended conversations this staff member held last and has not wrapped up.
    pub async fn pending_wrap_ups(&self, staff_id: &str) -> StoreResult<Vec<ConversationId>> {
        let rows = sqlx::query(
            "SELECT c.id FROM conversations c
             WHERE c.state = 'ended' AND c.counsellor_id = $1 AND c.purged_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM wrap_ups w WHERE w.conversation_id = c.id)
             ORDER BY c.ended_at, c.id",
        )
        .bind(staff_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| Ok(ConversationId(row.try_get("id")?))).collect()
    }

    /// Whether this staff member was ever given the conversation.
    pub async fn handled_by(&self, conversation: &ConversationId, staff_id: &str) -> StoreResult<bool> {
        let row = sqlx::query("SELECT 1 FROM assignments WHERE conversation_id = $1 AND staff_id = $2 LIMIT 1")
            .bind(&conversation.0)
            .bind(staff_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.is_some())
    }

    /// The conversations a staff member was given since `since`, newest first.
    pub async fn handled_conversations(&self, staff_id: &str, since: i64) -> StoreResult<Vec<HandledConversation>> {
        let rows = sqlx::query(
            "SELECT c.id, c.language, c.state, c.risk, c.queued_at, c.ended_at,
                    CASE WHEN EXISTS (SELECT 1 FROM wrap_ups w WHERE w.conversation_id = c.id) THEN 1 ELSE 0 END
                      AS wrapped_up,
                    MAX(a.assigned_at) AS last_assigned
             FROM assignments a JOIN conversations c ON c.id = a.conversation_id
             WHERE a.staff_id = $1 AND a.assigned_at >= $2 AND c.purged_at IS NULL
             GROUP BY c.id, c.language, c.state, c.risk, c.queued_at, c.ended_at
             ORDER BY last_assigned DESC, c.id",
        )
        .bind(staff_id)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(HandledConversation {
                    conversation_id: ConversationId(row.try_get("id")?),
                    language: row.try_get("language")?,
                    state: row.try_get("state")?,
                    risk: super::conversations::parse_risk(&row.try_get::<String, _>("risk")?)?,
                    queued_at: row.try_get("queued_at")?,
                    ended_at: row.try_get("ended_at")?,
                    wrapped_up: row.try_get::<i64, _>("wrapped_up")? != 0,
                })
            })
            .collect()
    }

    /// Opens an alert for a conversation unless one is open already; returns the open
    /// alert and whether it is new.
    pub async fn raise_alert(
        &self,
        id: &str,
        conversation: &ConversationId,
        staff_id: &str,
        now: i64,
    ) -> StoreResult<(String, bool)> {
        let mut tx = self.begin_write().await?;
        let open: Option<String> = sqlx::query_scalar(
            "SELECT id FROM alerts WHERE conversation_id = $1 AND acknowledged_at IS NULL ORDER BY raised_at LIMIT 1",
        )
        .bind(&conversation.0)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(open) = open {
            return Ok((open, false));
        }
        sqlx::query("INSERT INTO alerts (id, conversation_id, raised_by, raised_at) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(&conversation.0)
            .bind(staff_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok((id.to_owned(), true))
    }

    /// Marks an alert acknowledged; `false` when there is no such open alert.
    pub async fn acknowledge_alert(&self, id: &str, staff_id: &str, now: i64) -> StoreResult<bool> {
        let done = sqlx::query(
            "UPDATE alerts SET acknowledged_by = $1, acknowledged_at = $2 WHERE id = $3 AND acknowledged_at IS NULL",
        )
        .bind(staff_id)
        .bind(now)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Alerts nobody has acknowledged yet, oldest first.
    pub async fn open_alerts(&self) -> StoreResult<Vec<RiskAlert>> {
        let rows = sqlx::query(
            "SELECT a.id, a.conversation_id, a.raised_at, c.language, s.display_name
             FROM alerts a JOIN conversations c ON c.id = a.conversation_id JOIN staff s ON s.id = a.raised_by
             WHERE a.acknowledged_at IS NULL ORDER BY a.raised_at, a.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(RiskAlert {
                    alert_id: row.try_get("id")?,
                    conversation_id: ConversationId(row.try_get("conversation_id")?),
                    language: row.try_get("language")?,
                    raised_by: row.try_get("display_name")?,
                    raised_at: row.try_get("raised_at")?,
                    acknowledged_by: None,
                })
            })
            .collect()
    }

    /// Writes one line of the audit log, of what a staff member did.
    pub async fn audit(
        &self,
        id: &str,
        staff_id: &str,
        action: &str,
        conversation: Option<&ConversationId>,
        detail: &str,
        now: i64,
    ) -> StoreResult<()> {
        self.audit_line(id, Some(staff_id), action, conversation, detail, now).await
    }

    /// Writes one line of the audit log, of what no staff member here did: the child,
    /// or a partner helpline.
    pub async fn audit_unattributed(
        &self,
        id: &str,
        action: &str,
        conversation: Option<&ConversationId>,
        detail: &str,
        now: i64,
    ) -> StoreResult<()> {
        self.audit_line(id, None, action, conversation, detail, now).await
    }

    async fn audit_line(
        &self,
        id: &str,
        staff_id: Option<&str>,
        action: &str,
        conversation: Option<&ConversationId>,
        detail: &str,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO audit_log (id, at, staff_id, action, conversation_id, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(now)
        .bind(staff_id)
        .bind(action)
        .bind(conversation.map(|conversation| conversation.0.as_str()))
        .bind(detail)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

impl Store {
    /// Every contact that joined the queue in `[from, to)`, for reports.
    pub async fn contacts(&self, from: i64, to: i64) -> StoreResult<Vec<crate::reports::Contact>> {
        let rows = sqlx::query(
            "SELECT c.id, c.language, c.queued_at, c.ended_at,
                    (SELECT MIN(a.assigned_at) FROM assignments a WHERE a.conversation_id = c.id) AS first_answered_at,
                    (SELECT w.categories FROM wrap_ups w WHERE w.conversation_id = c.id) AS categories
             FROM conversations c WHERE c.queued_at >= $1 AND c.queued_at < $2 ORDER BY c.queued_at, c.id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        let referrals = sqlx::query(
            "SELECT r.conversation_id, r.service_id FROM referrals r JOIN conversations c ON c.id = r.conversation_id
             WHERE c.queued_at >= $1 AND c.queued_at < $2 ORDER BY r.created_at, r.id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        let mut by_conversation: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        for row in &referrals {
            by_conversation.entry(row.try_get("conversation_id")?).or_default().push(row.try_get("service_id")?);
        }
        rows.iter()
            .map(|row| {
                let id: String = row.try_get("id")?;
                let categories: Option<String> = row.try_get("categories")?;
                Ok(crate::reports::Contact {
                    language: row.try_get("language")?,
                    queued_at: row.try_get("queued_at")?,
                    first_answered_at: row.try_get("first_answered_at")?,
                    ended_at: row.try_get("ended_at")?,
                    categories: categories.as_deref().map(split_list).unwrap_or_default(),
                    referrals: by_conversation.remove(&id).unwrap_or_default(),
                })
            })
            .collect()
    }
}
