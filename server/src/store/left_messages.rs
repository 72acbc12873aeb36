//! Messages children leave while nobody who speaks their language is on duty: the
//! conversation stays `waiting` but out of the queue (`left_message_at` set) until a
//! counsellor takes it, which is an ordinary assignment (see `assign_in`).

use bridgeline_protocol::ConversationId;

use super::cases::issue_code_in;
use super::{Store, StoreResult};

/// Why a conversation could not be left as a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotLeft {
    /// It has ended, or a counsellor holds it.
    NotWaiting,
}

/// A message left: its case (the code's) and since when it waits.
#[derive(Debug, Clone)]
pub struct Left {
    pub case_id: String,
    pub left_at: i64,
}

impl Store {
    /// Leaves a waiting conversation nobody holds as a message, and gives its case a
    /// new code (`code_hash`; a conversation without a case opens `new_case_id`), in
    /// one transaction. Leaving it again keeps the first time.
    pub async fn leave_message(
        &self,
        conversation: &ConversationId,
        code_hash: &str,
        new_case_id: &str,
        now: i64,
    ) -> StoreResult<Result<Left, NotLeft>> {
        let mut tx = self.begin_write().await?;
        let left_at: Option<i64> = sqlx::query_scalar(
            "UPDATE conversations SET left_message_at = COALESCE(left_message_at, $1)
             WHERE id = $2 AND state = 'waiting' AND counsellor_id IS NULL
             RETURNING left_message_at",
        )
        .bind(now)
        .bind(&conversation.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(left_at) = left_at else { return Ok(Err(NotLeft::NotWaiting)) };
        let Some(case_id) = issue_code_in(&mut tx, conversation, code_hash, new_case_id, now).await? else {
            return Ok(Err(NotLeft::NotWaiting));
        };
        tx.commit().await?;
        Ok(Ok(Left { case_id, left_at }))
    }
}
