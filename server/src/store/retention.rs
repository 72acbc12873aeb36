//! The retention purge: transcripts, notes and free-text reasons of conversations that
//! ended before the cutoff are deleted; the conversation rows stay, emptied, so that
//! the anonymous counts of reports survive. Each purge is written to the audit log.
//! Return codes unused since the cutoff stop working (their cases are deleted).

use super::{Store, StoreResult};

/// What one purge deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Purged {
    pub conversations: u64,
    pub messages: u64,
    pub notes: u64,
}

impl Store {
    /// Purges every ended conversation whose end is before `cutoff`, in one
    /// transaction, and records the purge (as Bridgeline, not a staff member) when it
    /// deleted anything.
    pub async fn purge_before(&self, cutoff: i64, audit_id: &str, now: i64) -> StoreResult<Purged> {
        let mut tx = self.begin_write().await?;
        // Return codes unused since the cutoff stop working: their cases go, and
        // their ended chats are no longer tied together (a live one keeps its case
        // until a later purge).
        sqlx::query(
            "UPDATE conversations SET case_id = NULL
             WHERE state = 'ended' AND case_id IN (SELECT id FROM cases WHERE last_used_at < $1)",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "DELETE FROM cases WHERE last_used_at < $1
             AND NOT EXISTS (SELECT 1 FROM conversations WHERE conversations.case_id = cases.id)",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
        // What partners sent about children goes as their chats do: a handover answered
        // before the cutoff keeps only what reports count (partner, country, status).
        sqlx::query(
            "UPDATE handovers_in SET summary = 'null', transcript = NULL, token_hash = NULL
             WHERE received_at < $1 AND status <> 'delivered' AND summary <> 'null'",
        )
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
        let due = "SELECT id FROM conversations WHERE state = 'ended' AND ended_at < $1 AND purged_at IS NULL";
        let conversations = sqlx::query(due).bind(cutoff).fetch_all(&mut *tx).await?.len();
        if conversations == 0 {
            // Nothing more to do, and nothing worth a line in the audit log every hour.
            tx.commit().await?;
            return Ok(Purged::default());
        }
        let messages =
            sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM messages WHERE conversation_id IN ({due})")))
                .bind(cutoff)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        let notes = sqlx::query(sqlx::AssertSqlSafe(format!("DELETE FROM notes WHERE conversation_id IN ({due})")))
            .bind(cutoff)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE referrals SET reason = '' WHERE conversation_id IN ({due})")))
            .bind(cutoff)
            .execute(&mut *tx)
            .await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE abuse_reports SET reason = '' WHERE conversation_id IN ({due})"
        )))
        .bind(cutoff)
        .execute(&mut *tx)
        .await?;
        // The resume token cannot open the conversation any more.
        sqlx::query(
            "UPDATE conversations SET purged_at = $2, resume_token_hash = 'purged:' || id
             WHERE state = 'ended' AND ended_at < $1 AND purged_at IS NULL",
        )
        .bind(cutoff)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let purged = Purged { conversations: conversations as u64, messages, notes };
        sqlx::query(
            "INSERT INTO audit_log (id, at, staff_id, action, conversation_id, detail)
             VALUES ($1, $2, NULL, 'retention_purge', NULL, $3)",
        )
        .bind(audit_id)
        .bind(now)
        .bind(format!(
            "ended before {cutoff}: {} conversations, {} messages, {} notes",
            purged.conversations, purged.messages, purged.notes
        ))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(purged)
    }
}
