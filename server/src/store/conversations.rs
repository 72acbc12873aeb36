//! Conversations and the state changes that come with a system message.
//!
//! A state change and the system message that announces it are written in one
//! transaction, so that a replay after a crash never shows one without the other.

use bridgeline_protocol::{Author, Body, ConversationId, ConversationState, Notice};
use sqlx::Row;

use super::messages::{append_in, Appended};
use super::{non_negative, split_list, Store, StoreError, StoreResult};

/// A conversation as stored.
#[derive(Debug, Clone)]
pub struct ConversationRecord {
    pub id: ConversationId,
    pub language: String,
    pub also_reads: Vec<String>,
    pub priority: u8,
    pub state: ConversationState,
    pub counsellor_id: Option<String>,
    pub queued_at: i64,
    pub ended_by: Option<Author>,
}

/// A conversation to create.
#[derive(Debug, Clone)]
pub struct NewConversation<'a> {
    pub id: &'a ConversationId,
    pub resume_token_hash: &'a str,
    pub language: &'a str,
    pub also_reads: &'a [String],
    pub now: i64,
}

const COLUMNS: &str = "id, language, also_reads, priority, state, counsellor_id, queued_at, ended_by";

fn parse_state(text: &str) -> StoreResult<ConversationState> {
    match text {
        "waiting" => Ok(ConversationState::Waiting),
        "active" => Ok(ConversationState::Active),
        "ended" => Ok(ConversationState::Ended),
        other => Err(StoreError::Corrupt(format!("unknown conversation state {other:?}"))),
    }
}

pub(crate) fn author_str(author: Author) -> &'static str {
    match author {
        Author::Child => "child",
        Author::Counsellor => "counsellor",
        Author::System => "system",
    }
}

pub(crate) fn parse_author(text: &str) -> StoreResult<Author> {
    match text {
        "child" => Ok(Author::Child),
        "counsellor" => Ok(Author::Counsellor),
        "system" => Ok(Author::System),
        other => Err(StoreError::Corrupt(format!("unknown author {other:?}"))),
    }
}

fn conversation_from_row(row: &sqlx::sqlite::SqliteRow) -> StoreResult<ConversationRecord> {
    let state: String = row.try_get("state")?;
    let also_reads: String = row.try_get("also_reads")?;
    let priority: i64 = row.try_get("priority")?;
    let ended_by: Option<String> = row.try_get("ended_by")?;
    Ok(ConversationRecord {
        id: ConversationId(row.try_get("id")?),
        language: row.try_get("language")?,
        also_reads: split_list(&also_reads),
        priority: u8::try_from(non_negative(priority, "priority")?).unwrap_or(u8::MAX),
        state: parse_state(&state)?,
        counsellor_id: row.try_get("counsellor_id")?,
        queued_at: row.try_get("queued_at")?,
        ended_by: ended_by.as_deref().map(parse_author).transpose()?,
    })
}

impl Store {
    pub async fn create_conversation(&self, new: &NewConversation<'_>) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO conversations (id, resume_token_hash, language, also_reads, priority, state, created_at, queued_at)
             VALUES ($1, $2, $3, $4, 0, 'waiting', $5, $5)",
        )
        .bind(&new.id.0)
        .bind(new.resume_token_hash)
        .bind(new.language)
        .bind(new.also_reads.join(","))
        .bind(new.now)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn conversation_by_resume_hash(
        &self,
        resume_token_hash: &str,
    ) -> StoreResult<Option<ConversationRecord>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM conversations WHERE resume_token_hash = $1"
        )))
        .bind(resume_token_hash)
        .fetch_optional(self.pool())
        .await?;
        row.map(|row| conversation_from_row(&row)).transpose()
    }

    pub async fn conversation_by_id(&self, id: &ConversationId) -> StoreResult<Option<ConversationRecord>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {COLUMNS} FROM conversations WHERE id = $1")))
            .bind(&id.0)
            .fetch_optional(self.pool())
            .await?;
        row.map(|row| conversation_from_row(&row)).transpose()
    }

    /// Every conversation not yet ended, oldest in the queue first: what the hub
    /// rebuilds its queue and assignments from at start.
    pub async fn open_conversations(&self) -> StoreResult<Vec<ConversationRecord>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM conversations WHERE state <> 'ended' ORDER BY queued_at, id"
        )))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(conversation_from_row).collect()
    }

    /// Gives a waiting conversation to a counsellor and announces it.
    pub async fn assign_conversation(
        &self,
        id: &ConversationId,
        staff_id: &str,
        display_name: &str,
        now: i64,
    ) -> StoreResult<Appended> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE conversations SET state = 'active', counsellor_id = $1, assigned_at = $2 WHERE id = $3")
            .bind(staff_id)
            .bind(now)
            .bind(&id.0)
            .execute(&mut *tx)
            .await?;
        let notice = Body::System(Notice::CounsellorJoined { display_name: display_name.to_owned() });
        let appended = append_in(&mut tx, id, Author::System, None, &notice, now).await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Ends a conversation and announces who ended it.
    pub async fn end_conversation(&self, id: &ConversationId, by: Author, now: i64) -> StoreResult<Appended> {
        let mut tx = self.pool().begin().await?;
        sqlx::query("UPDATE conversations SET state = 'ended', ended_at = $1, ended_by = $2 WHERE id = $3")
            .bind(now)
            .bind(author_str(by))
            .bind(&id.0)
            .execute(&mut *tx)
            .await?;
        let notice = match by {
            Author::Counsellor => Notice::EndedByCounsellor,
            Author::Child => Notice::EndedByChild,
            Author::System => Notice::LeftQueue,
        };
        let appended = append_in(&mut tx, id, Author::System, None, &Body::System(notice), now).await?;
        tx.commit().await?;
        Ok(appended)
    }
}
