//! Cases: a child's conversations across visits, tied together only by the keyed hash
//! of the return code the child keeps (see `crate::return_code`).

use bridgeline_protocol::{ChildEarlierChat, ConversationId, EarlierContact, NoteView};
use sqlx::Row;

use super::casework::notes_in;
use super::{Store, StoreResult};

/// The name of the key that the codes' hashes are made with.
const CODE_KEY: &str = "return_code";

/// A case found by its code.
#[derive(Debug, Clone)]
pub struct FoundCase {
    pub id: String,
    /// The counsellor of the case's latest answered conversation: offered the child
    /// first when they come back.
    pub last_counsellor: Option<String>,
}

/// What "forget me" did.
#[derive(Debug, Clone, Default)]
pub struct Erased {
    /// The case's conversations, now emptied and no longer tied to each other.
    pub conversations: Vec<ConversationId>,
    /// The staff members who held them, to tell their consoles.
    pub counsellors: Vec<String>,
    /// Messages the child left that nobody had taken: withdrawn (ended) and erased.
    pub withdrawn: Vec<ConversationId>,
}

impl Store {
    /// The key of the codes' hashes: made from `fresh` the first time (by whichever
    /// node is first), read back ever after.
    pub async fn return_code_key(&self, fresh: &[u8], now: i64) -> StoreResult<Vec<u8>> {
        sqlx::query(
            "INSERT INTO server_keys (name, key, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
        )
        .bind(CODE_KEY)
        .bind(fresh)
        .bind(now)
        .execute(self.pool())
        .await?;
        Ok(sqlx::query_scalar("SELECT key FROM server_keys WHERE name = $1")
            .bind(CODE_KEY)
            .fetch_one(self.pool())
            .await?)
    }

    /// Gives the conversation's case a new code (its hash): a conversation without a
    /// case opens one (`new_case_id`); one with a case replaces the code, so that the
    /// old one stops working. The case's id; `None` when the conversation does not
    /// exist.
    pub async fn issue_code(
        &self,
        conversation: &ConversationId,
        code_hash: &str,
        new_case_id: &str,
        now: i64,
    ) -> StoreResult<Option<String>> {
        let mut tx = self.begin_write().await?;
        let case_id = issue_code_in(&mut tx, conversation, code_hash, new_case_id, now).await?;
        tx.commit().await?;
        Ok(case_id)
    }

    /// The chats of the case a code opens, newest first, as the child sees them
    /// (`open_case`); the code's use is recorded. `None` when no valid case has it.
    pub async fn child_case_chats(
        &self,
        code_hash: &str,
        valid_after: i64,
        now: i64,
    ) -> StoreResult<Option<Vec<ChildEarlierChat>>> {
        let mut tx = self.begin_write().await?;
        let Some(id) = valid_case(&mut tx, code_hash, valid_after).await? else { return Ok(None) };
        sqlx::query("UPDATE cases SET last_used_at = $1 WHERE id = $2").bind(now).bind(&id).execute(&mut *tx).await?;
        let rows = sqlx::query(
            "SELECT c.id, c.created_at, c.ended_at, c.state, c.purged_at, c.left_message_at, s.display_name
             FROM conversations c LEFT JOIN staff s ON s.id = c.counsellor_id
             WHERE c.case_id = $1 ORDER BY c.created_at DESC, c.id",
        )
        .bind(&id)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        rows.iter()
            .map(|row| {
                let state: String = row.try_get("state")?;
                Ok(ChildEarlierChat {
                    conversation_id: ConversationId(row.try_get("id")?),
                    started_at: row.try_get("created_at")?,
                    ended_at: row.try_get("ended_at")?,
                    state: super::conversations::parse_state(&state)?,
                    counsellor: row.try_get("display_name")?,
                    left_message: row.try_get::<Option<i64>, _>("left_message_at")?.is_some(),
                    transcript_kept: row.try_get::<Option<i64>, _>("purged_at")?.is_none(),
                })
            })
            .collect::<StoreResult<Vec<_>>>()
            .map(Some)
    }

    /// The case a code opens, if the code was used or issued since `valid_after` (the
    /// retention cutoff); its use is recorded.
    pub async fn case_by_code(&self, code_hash: &str, valid_after: i64, now: i64) -> StoreResult<Option<FoundCase>> {
        let mut tx = self.begin_write().await?;
        let Some(id) = valid_case(&mut tx, code_hash, valid_after).await? else { return Ok(None) };
        sqlx::query("UPDATE cases SET last_used_at = $1 WHERE id = $2").bind(now).bind(&id).execute(&mut *tx).await?;
        let last_counsellor: Option<String> = sqlx::query_scalar(
            "SELECT counsellor_id FROM conversations
             WHERE case_id = $1 AND counsellor_id IS NOT NULL ORDER BY created_at DESC LIMIT 1",
        )
        .bind(&id)
        .fetch_optional(&mut *tx)
        .await?
        .flatten();
        // A case a partner handed over, before its first chat here: whoever accepted it.
        let last_counsellor = match last_counsellor {
            Some(counsellor) => Some(counsellor),
            None => sqlx::query_scalar("SELECT decided_by FROM handovers_in WHERE case_id = $1")
                .bind(&id)
                .fetch_optional(&mut *tx)
                .await?
                .flatten(),
        };
        tx.commit().await?;
        Ok(Some(FoundCase { id, last_counsellor }))
    }

    /// The case's other conversations, newest first, as a counsellor sees them: when,
    /// with whom, the wrap-up, the notes and the referrals (transcripts are read page
    /// by page, audited).
    pub async fn earlier_contacts(&self, conversation: &ConversationId) -> StoreResult<Vec<EarlierContact>> {
        let mut connection = self.pool().acquire().await?;
        let rows = sqlx::query(
            "SELECT c.id, c.created_at, c.ended_at, c.purged_at, s.display_name
             FROM conversations c
             JOIN conversations this ON this.case_id = c.case_id AND this.id = $1
             LEFT JOIN staff s ON s.id = c.counsellor_id
             WHERE c.id <> $1
             ORDER BY c.created_at DESC",
        )
        .bind(&conversation.0)
        .fetch_all(&mut *connection)
        .await?;
        let mut earlier = Vec::with_capacity(rows.len());
        for row in rows {
            let id = ConversationId(row.try_get("id")?);
            let wrap_up = self.wrap_up(&id).await?;
            let referrals: Vec<String> =
                sqlx::query_scalar("SELECT service_name FROM referrals WHERE conversation_id = $1 ORDER BY created_at")
                    .bind(&id.0)
                    .fetch_all(&mut *connection)
                    .await?;
            let notes: Vec<NoteView> = notes_in(&mut connection, &id).await?;
            earlier.push(EarlierContact {
                conversation_id: id,
                started_at: row.try_get("created_at")?,
                ended_at: row.try_get("ended_at")?,
                counsellor: row.try_get("display_name")?,
                transcript_kept: row.try_get::<Option<i64>, _>("purged_at")?.is_none(),
                wrap_up,
                notes,
                referrals,
            });
        }
        Ok(earlier)
    }

    /// Whether two conversations belong to one case.
    pub async fn same_case(&self, one: &ConversationId, other: &ConversationId) -> StoreResult<bool> {
        let shared: Option<i64> = sqlx::query_scalar(
            "SELECT 1 FROM conversations a JOIN conversations b ON a.case_id = b.case_id
             WHERE a.id = $1 AND b.id = $2 AND a.case_id IS NOT NULL",
        )
        .bind(&one.0)
        .bind(&other.0)
        .fetch_optional(self.pool())
        .await?;
        Ok(shared.is_some())
    }

    /// "Forget me": every conversation of the case the code opens is emptied as the
    /// retention purge empties it (messages, notes, free-text reasons), no longer tied to the others or to anything the child could show, and
    /// the case with its code hash is deleted; one audit line says that a case was
    /// erased, and how many conversations, nothing more. `None` when no valid case has
    /// this code; the conversations of a case with a live one are not touched
    /// (`Some` with nothing erased is never returned: see [`CaseLive`]).
    pub async fn forget_case(
        &self,
        code_hash: &str,
        valid_after: i64,
        audit_id: &str,
        now: i64,
    ) -> StoreResult<Option<Result<Erased, CaseLive>>> {
        let mut tx = self.begin_write().await?;
        let Some(id) = valid_case(&mut tx, code_hash, valid_after).await? else { return Ok(None) };
        let rows =
            sqlx::query("SELECT id, state, counsellor_id, left_message_at FROM conversations WHERE case_id = $1")
                .bind(&id)
                .fetch_all(&mut *tx)
                .await?;
        let mut erased = Erased::default();
        for row in &rows {
            let state: String = row.try_get("state")?;
            let conversation = ConversationId(row.try_get("id")?);
            // A message nobody has taken is no live chat: the child may withdraw it.
            let left_waiting = state == "waiting"
                && row.try_get::<Option<i64>, _>("left_message_at")?.is_some()
                && row.try_get::<Option<String>, _>("counsellor_id")?.is_none();
            if left_waiting {
                erased.withdrawn.push(conversation.clone());
            } else if state != "ended" {
                return Ok(Some(Err(CaseLive)));
            }
            erased.conversations.push(conversation);
            if let Some(counsellor) = row.try_get::<Option<String>, _>("counsellor_id")? {
                if !erased.counsellors.contains(&counsellor) {
                    erased.counsellors.push(counsellor);
                }
            }
        }
        sqlx::query(
            "UPDATE conversations SET state = 'ended', ended_at = $2, ended_by = 'child'
             WHERE case_id = $1 AND state = 'waiting'",
        )
        .bind(&id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let of_case = "SELECT id FROM conversations WHERE case_id = $1";
        for statement in [
            format!("DELETE FROM messages WHERE conversation_id IN ({of_case})"),
            format!("DELETE FROM notes WHERE conversation_id IN ({of_case})"),
            format!("UPDATE referrals SET reason = '' WHERE conversation_id IN ({of_case})"),
            format!("UPDATE abuse_reports SET reason = '' WHERE conversation_id IN ({of_case})"),
            format!("UPDATE audit_log SET conversation_id = NULL WHERE conversation_id IN ({of_case})"),
            // What a partner sent about the child goes with the case.
            "UPDATE handovers_in SET summary = 'null', transcript = NULL, case_id = NULL, token_hash = NULL
             WHERE case_id = $1"
                .to_owned(),
        ] {
            sqlx::query(sqlx::AssertSqlSafe(statement)).bind(&id).execute(&mut *tx).await?;
        }
        sqlx::query(
            "UPDATE conversations SET case_id = NULL, purged_at = $2, resume_token_hash = 'erased:' || id
             WHERE case_id = $1",
        )
        .bind(&id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM cases WHERE id = $1").bind(&id).execute(&mut *tx).await?;
        sqlx::query(
            "INSERT INTO audit_log (id, at, staff_id, action, conversation_id, detail)
             VALUES ($1, $2, NULL, 'case_erased', NULL, $3)",
        )
        .bind(audit_id)
        .bind(now)
        .bind(format!("{} conversations", erased.conversations.len()))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(Ok(erased)))
    }
}

/// Gives the conversation's case a new code: see [`Store::issue_code`].
pub(crate) async fn issue_code_in(
    connection: &mut super::DbConnection,
    conversation: &ConversationId,
    code_hash: &str,
    new_case_id: &str,
    now: i64,
) -> StoreResult<Option<String>> {
    let case: Option<Option<String>> = sqlx::query_scalar("SELECT case_id FROM conversations WHERE id = $1")
        .bind(&conversation.0)
        .fetch_optional(&mut *connection)
        .await?;
    Ok(Some(match case {
        None => return Ok(None),
        Some(Some(case_id)) => {
            sqlx::query("UPDATE cases SET code_hash = $1, last_used_at = $2 WHERE id = $3")
                .bind(code_hash)
                .bind(now)
                .bind(&case_id)
                .execute(&mut *connection)
                .await?;
            case_id
        }
        Some(None) => {
            sqlx::query("INSERT INTO cases (id, code_hash, created_at, last_used_at) VALUES ($1, $2, $3, $3)")
                .bind(new_case_id)
                .bind(code_hash)
                .bind(now)
                .execute(&mut *connection)
                .await?;
            sqlx::query("UPDATE conversations SET case_id = $1 WHERE id = $2")
                .bind(new_case_id)
                .bind(&conversation.0)
                .execute(&mut *connection)
                .await?;
            new_case_id.to_owned()
        }
    }))
}

/// The case a code hash opens, if the code was issued or used since `valid_after`.
async fn valid_case(
    connection: &mut super::DbConnection,
    code_hash: &str,
    valid_after: i64,
) -> StoreResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT id FROM cases WHERE code_hash = $1 AND last_used_at >= $2")
        .bind(code_hash)
        .bind(valid_after)
        .fetch_optional(connection)
        .await?)
}

/// A case with a conversation not yet ended cannot be erased: the chat ends first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseLive;
