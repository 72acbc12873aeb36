//! Conversations and the state changes that come with a system message.
//!
//! A state change and the system message that announces it are written in one
//! transaction, so that a replay after a crash never shows one without the other.

use bridgeline_protocol::{
    AgeBand, Author, Body, ConversationId, ConversationState, Intake, Notice, Rating, RiskLevel, Seq, Topic,
};
use sqlx::Row;

use super::messages::{append_in, Appended};
use super::writes::Refused;
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
    pub intake: Intake,
    pub child_read_seq: Seq,
    pub counsellor_read_seq: Seq,
    pub risk: RiskLevel,
    pub ended_at: Option<i64>,
    /// When the retention purge emptied it, if it did.
    pub purged_at: Option<i64>,
    /// The case a return code ties it to, if any.
    pub case_id: Option<String>,
    /// When the child left it as a message, if they did (it stays set once taken).
    pub left_message_at: Option<i64>,
    /// The child came back with a return code: an earlier chat of its case exists.
    pub returning: bool,
}

/// A conversation to create.
#[derive(Debug, Clone)]
pub struct NewConversation<'a> {
    pub id: &'a ConversationId,
    pub resume_token_hash: &'a str,
    pub language: &'a str,
    pub also_reads: &'a [String],
    pub intake: &'a Intake,
    pub now: i64,
    /// The case of a child who came back with a return code.
    pub case_id: Option<&'a str>,
}

const COLUMNS: &str =
    "id, language, also_reads, priority, state, counsellor_id, queued_at, ended_by, topics, age_band, \
country, child_read_seq, counsellor_read_seq, risk, ended_at, purged_at, case_id, left_message_at, \
CASE WHEN EXISTS (SELECT 1 FROM conversations earlier WHERE earlier.case_id = conversations.case_id \
AND earlier.created_at < conversations.created_at) THEN 1 ELSE 0 END AS came_back";

pub(crate) fn parse_state(text: &str) -> StoreResult<ConversationState> {
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

fn conversation_from_row(row: &super::DbRow) -> StoreResult<ConversationRecord> {
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
        intake: intake_from_row(row)?,
        child_read_seq: non_negative(row.try_get("child_read_seq")?, "child_read_seq")?,
        counsellor_read_seq: non_negative(row.try_get("counsellor_read_seq")?, "counsellor_read_seq")?,
        risk: parse_risk(&row.try_get::<String, _>("risk")?)?,
        ended_at: row.try_get("ended_at")?,
        purged_at: row.try_get("purged_at")?,
        case_id: row.try_get("case_id")?,
        left_message_at: row.try_get("left_message_at")?,
        returning: row.try_get::<i64, _>("came_back")? != 0,
    })
}

pub(crate) fn parse_risk(text: &str) -> StoreResult<RiskLevel> {
    RiskLevel::parse(text).ok_or_else(|| StoreError::Corrupt(format!("unknown risk level {text:?}")))
}

fn intake_from_row(row: &super::DbRow) -> StoreResult<Intake> {
    let topics: String = row.try_get("topics")?;
    let topics = split_list(&topics)
        .iter()
        .map(|name| {
            Topic::ALL
                .into_iter()
                .find(|topic| topic.as_str() == name)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown topic {name:?}")))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let age_band: Option<String> = row.try_get("age_band")?;
    let age_band = age_band
        .map(|band| AgeBand::parse(&band).ok_or_else(|| StoreError::Corrupt(format!("unknown age band {band:?}"))))
        .transpose()?;
    Ok(Intake { topics, age_band, country: row.try_get("country")? })
}

/// Which side's read mark to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    Child,
    Counsellor,
}

impl Store {
    pub async fn create_conversation(&self, new: &NewConversation<'_>) -> StoreResult<()> {
        let mut connection = self.pool().acquire().await?;
        create_in(&mut connection, new).await
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
        let mut tx = self.begin_write().await?;
        let appended = assign_in(&mut tx, id, staff_id, display_name, now)
            .await?
            .map_err(|_| StoreError::Corrupt(format!("conversation {id} is not waiting")))?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Ends a conversation and announces who ended it.
    pub async fn end_conversation(&self, id: &ConversationId, by: Author, now: i64) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        let appended = end_in(&mut tx, id, by, now).await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Records the child's rating of an ended conversation.
    pub async fn rate_conversation(&self, id: &ConversationId, rating: Rating, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE conversations SET rating = $1, rated_at = $2 WHERE id = $3 AND state = 'ended'")
            .bind(rating.as_str())
            .bind(now)
            .bind(&id.0)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Moves a waiting conversation to another language's queue and announces it. Its
    /// place (`queued_at`) stays as it was.
    pub async fn change_language(
        &self,
        id: &ConversationId,
        language: &str,
        also_reads: &[String],
        now: i64,
    ) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE conversations SET language = $1, also_reads = $2 WHERE id = $3 AND state = 'waiting'")
            .bind(language)
            .bind(also_reads.join(","))
            .bind(&id.0)
            .execute(&mut *tx)
            .await?;
        let notice = Body::System(Notice::LanguageChanged { language: language.to_owned() });
        let appended = append_in(&mut tx, id, Author::System, None, &notice, now).await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Gives an active conversation back to the queue (its counsellor is gone), at
    /// `priority`, keeping its original place by arrival time, and announces it.
    pub async fn requeue_conversation(&self, id: &ConversationId, priority: u8, now: i64) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        sqlx::query(
            "UPDATE conversations SET state = 'waiting', counsellor_id = NULL, assigned_at = NULL,
                    priority = CASE WHEN priority < $1 THEN $1 ELSE priority END
             WHERE id = $2 AND state = 'active'",
        )
        .bind(i64::from(priority))
        .bind(&id.0)
        .execute(&mut *tx)
        .await?;
        release_in(&mut tx, id, now).await?;
        let appended = append_in(&mut tx, id, Author::System, None, &Body::System(Notice::CounsellorLeft), now).await?;
        tx.commit().await?;
        Ok(appended)
    }
}

/// Ends a conversation and announces who ended it, inside an open transaction (an end
/// can come with other records, e.g. an abuse report). A conversation that has ended
/// already is not ended twice.
pub(crate) async fn end_in(
    connection: &mut super::DbConnection,
    id: &ConversationId,
    by: Author,
    now: i64,
) -> StoreResult<Appended> {
    end_checked_in(connection, id, by, now).await?.map_err(|_| StoreError::ConversationEnded)
}

/// [`end_in`], saying so when the conversation has ended already (or does not exist).
pub(crate) async fn end_checked_in(
    connection: &mut super::DbConnection,
    id: &ConversationId,
    by: Author,
    now: i64,
) -> StoreResult<Result<Appended, Refused>> {
    let ended = sqlx::query(
        "UPDATE conversations SET state = 'ended', ended_at = $1, ended_by = $2 WHERE id = $3 AND state <> 'ended'",
    )
    .bind(now)
    .bind(author_str(by))
    .bind(&id.0)
    .execute(&mut *connection)
    .await?;
    if ended.rows_affected() == 0 {
        return Ok(Err(Refused::Ended));
    }
    release_in(&mut *connection, id, now).await?;
    let notice = match by {
        Author::Counsellor => Notice::EndedByCounsellor,
        Author::Child => Notice::EndedByChild,
        Author::System => Notice::LeftQueue,
    };
    Ok(Ok(append_in(&mut *connection, id, Author::System, None, &Body::System(notice), now).await?))
}

/// Inserts a new waiting conversation.
pub(crate) async fn create_in(connection: &mut super::DbConnection, new: &NewConversation<'_>) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO conversations (id, resume_token_hash, language, also_reads, priority, state, created_at, queued_at,
                                    topics, age_band, country, case_id)
         VALUES ($1, $2, $3, $4, 0, 'waiting', $5, $5, $6, $7, $8, $9)",
    )
    .bind(&new.id.0)
    .bind(new.resume_token_hash)
    .bind(new.language)
    .bind(new.also_reads.join(","))
    .bind(new.now)
    .bind(new.intake.topics.iter().map(|topic| topic.as_str()).collect::<Vec<_>>().join(","))
    .bind(new.intake.age_band.map(AgeBand::as_str))
    .bind(new.intake.country.as_deref())
    .bind(new.case_id)
    .execute(&mut *connection)
    .await?;
    Ok(())
}

/// Gives a waiting conversation to a counsellor and announces it; refused when it is
/// no longer waiting (it ended meanwhile).
pub(crate) async fn assign_in(
    connection: &mut super::DbConnection,
    id: &ConversationId,
    staff_id: &str,
    display_name: &str,
    now: i64,
) -> StoreResult<Result<Appended, Refused>> {
    let assigned = sqlx::query(
        "UPDATE conversations SET state = 'active', counsellor_id = $1, assigned_at = $2 WHERE id = $3 AND state = 'waiting'",
    )
    .bind(staff_id)
    .bind(now)
    .bind(&id.0)
    .execute(&mut *connection)
    .await?;
    if assigned.rows_affected() == 0 {
        return Ok(Err(Refused::Ended));
    }
    sqlx::query("INSERT INTO assignments (conversation_id, staff_id, assigned_at) VALUES ($1, $2, $3)")
        .bind(&id.0)
        .bind(staff_id)
        .bind(now)
        .execute(&mut *connection)
        .await?;
    let notice = Body::System(Notice::CounsellorJoined { display_name: display_name.to_owned() });
    Ok(Ok(append_in(connection, id, Author::System, None, &notice, now).await?))
}

/// Closes the open assignment of a conversation, if any: its holder let it go.
pub(crate) async fn release_in(connection: &mut super::DbConnection, id: &ConversationId, now: i64) -> StoreResult<()> {
    sqlx::query("UPDATE assignments SET released_at = $1 WHERE conversation_id = $2 AND released_at IS NULL")
        .bind(now)
        .bind(&id.0)
        .execute(&mut *connection)
        .await?;
    Ok(())
}
