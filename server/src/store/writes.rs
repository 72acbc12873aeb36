//! What the message writer stores in group commits: chat messages and read marks,
//! the writes that come with every message. Each is checked in the statement that
//! makes it (the writer may write to that conversation now), so that no decision
//! rests on memory that may be stale, on this node or another.

use bridgeline_protocol::{Author, Body, ConversationId, Intake, NoteView, Seq};

use super::casework::notes_in;
use super::conversations::{assign_in, create_in, end_checked_in, NewConversation};
use super::messages::{append_checked, Appended};
use super::{non_negative, DbConnection, Store, StoreResult};

/// Who writes: the check made before a message is numbered or a mark is moved.
#[derive(Debug, Clone, Copy)]
pub enum Writer<'a> {
    /// A child, on their own conversation: it must not have ended.
    Child,
    /// A staff member: the conversation must be active and held by them.
    Staff(&'a str),
}

/// Why a write stored nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// No such conversation (a staff writer is told `NotYours` instead).
    Unknown,
    /// The conversation has ended (and was the writer's, for staff).
    Ended,
    /// A staff writer does not hold the conversation.
    NotYours,
    /// A read mark beyond the last message.
    Beyond,
}

/// One write for [`Store::write_batch`].
#[derive(Debug, Clone)]
pub struct Work {
    pub conversation: ConversationId,
    /// The staff member writing, `None` for the child.
    pub staff: Option<String>,
    pub kind: WorkKind,
}

#[derive(Debug, Clone)]
pub enum WorkKind {
    /// A message, idempotent by `client_id` for its author.
    Message { author: Author, client_id: String, body: Body, now: i64 },
    /// The writer has seen every message up to `seq`.
    Read { seq: Seq },
    /// The hub: a child starts a conversation.
    Create(Box<NewConversationRow>),
    /// The hub: a counsellor accepted the waiting child.
    Assign { staff_id: String, display_name: String, now: i64 },
    /// The hub: the conversation ends.
    End { by: Author, now: i64 },
}

impl WorkKind {
    /// The hub's writes each run in a savepoint: one that fails is rolled back alone,
    /// and the hub is told, while the rest of the batch commits.
    fn is_the_hubs(&self) -> bool {
        matches!(self, Self::Create(_) | Self::Assign { .. } | Self::End { .. })
    }
}

/// A new conversation's row, owned (see [`NewConversation`]).
#[derive(Debug, Clone)]
pub struct NewConversationRow {
    pub resume_token_hash: String,
    pub language: String,
    pub also_reads: Vec<String>,
    pub intake: Intake,
    pub now: i64,
    pub case_id: Option<String>,
}

/// What a write did.
#[derive(Debug, Clone)]
pub enum Written {
    Message(Box<Appended>),
    /// The writer's read mark, when it moved on; `None` when it was already there.
    Read(Option<Seq>),
    Created,
    /// The joined notice, and the notes the chat brings (from an earlier counsellor).
    Assigned(Box<Appended>, Vec<NoteView>),
    /// The ended notice.
    Ended(Box<Appended>),
}

/// One write's outcome: done, refused, or (a hub write only) failed alone.
pub type Outcome = StoreResult<Result<Written, Refused>>;

/// The message writer's own connection, held for as long as it runs: a batch never
/// waits for a pooled connection behind history readers or reports.
#[derive(Debug)]
pub struct WriteConnection {
    pub(super) connection: sqlx::pool::PoolConnection<super::Db>,
    pub(super) engine: super::Engine,
}

impl Store {
    /// Takes a connection out of the pool for the message writer.
    /// On SQLite its commits never checkpoint (see [`super::checkpoint`]).
    pub async fn write_connection(&self) -> StoreResult<WriteConnection> {
        let mut connection = self.pool().acquire().await?;
        if self.engine() == super::Engine::Sqlite {
            sqlx::query(super::checkpoint::NO_CHECKPOINT_IN_COMMIT).execute(&mut *connection).await?;
        }
        Ok(WriteConnection { connection, engine: self.engine() })
    }
}

impl WriteConnection {
    /// Stores many writes in one transaction: one commit, one fsync for all (group
    /// commit). Each is checked on its own; a refused one stores nothing and does not
    /// hold the others back.
    pub async fn write_batch(&mut self, batch: &[Work]) -> StoreResult<Vec<Outcome>> {
        let mut tx = sqlx::Connection::begin_with(&mut *self.connection, self.engine.begin_batch_sql()).await?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for work in batch {
            if work.kind.is_the_hubs() {
                let mut savepoint = sqlx::Connection::begin(&mut *tx).await?;
                let outcome = write_one(&mut savepoint, work).await;
                if outcome.is_ok() {
                    savepoint.commit().await?;
                } else {
                    savepoint.rollback().await?;
                }
                outcomes.push(outcome);
            } else {
                outcomes.push(Ok(write_one(&mut tx, work).await?));
            }
        }
        tx.commit().await?;
        Ok(outcomes)
    }
}

async fn write_one(connection: &mut DbConnection, work: &Work) -> Outcome {
    let writer = work.staff.as_deref().map_or(Writer::Child, Writer::Staff);
    let conversation = &work.conversation;
    Ok(match &work.kind {
        WorkKind::Message { author, client_id, body, now } => {
            append_checked(connection, conversation, *author, writer, client_id, body, *now)
                .await?
                .map(|appended| Written::Message(Box::new(appended)))
        }
        WorkKind::Read { seq } => mark_read_checked(connection, conversation, writer, *seq).await?.map(Written::Read),
        WorkKind::Create(row) => {
            let new = NewConversation {
                id: conversation,
                resume_token_hash: &row.resume_token_hash,
                language: &row.language,
                also_reads: &row.also_reads,
                intake: &row.intake,
                now: row.now,
                case_id: row.case_id.as_deref(),
            };
            create_in(connection, &new).await?;
            Ok(Written::Created)
        }
        WorkKind::Assign { staff_id, display_name, now } => {
            match assign_in(connection, conversation, staff_id, display_name, *now).await? {
                Ok(appended) => Ok(Written::Assigned(Box::new(appended), notes_in(connection, conversation).await?)),
                Err(refused) => Err(refused),
            }
        }
        WorkKind::End { by, now } => end_checked_in(connection, conversation, *by, *now)
            .await?
            .map(|appended| Written::Ended(Box::new(appended))),
    })
}

/// Raises the writer's read mark to `seq` if the writer may, `seq` is not beyond the
/// last message, and the mark is lower (marks only go up, so late ones are harmless).
async fn mark_read_checked(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    writer: Writer<'_>,
    seq: Seq,
) -> StoreResult<Result<Option<Seq>, Refused>> {
    let seq = i64::try_from(seq).unwrap_or(i64::MAX);
    let moved: Option<i64> = match writer {
        Writer::Child => {
            sqlx::query_scalar(
                "UPDATE conversations SET child_read_seq = $2
                 WHERE id = $1 AND state <> 'ended' AND last_seq >= $2 AND child_read_seq < $2
                 RETURNING child_read_seq",
            )
            .bind(&conversation.0)
            .bind(seq)
            .fetch_optional(&mut *connection)
            .await?
        }
        Writer::Staff(staff) => {
            sqlx::query_scalar(
                "UPDATE conversations SET counsellor_read_seq = $2
                 WHERE id = $1 AND state = 'active' AND counsellor_id = $3 AND last_seq >= $2
                   AND counsellor_read_seq < $2
                 RETURNING counsellor_read_seq",
            )
            .bind(&conversation.0)
            .bind(seq)
            .bind(staff)
            .fetch_optional(&mut *connection)
            .await?
        }
    };
    if let Some(moved) = moved {
        return Ok(Ok(Some(non_negative(moved, "read seq")?)));
    }
    // Nothing moved: refused, or already there.
    if let Some(refusal) = writer_refusal(connection, conversation, writer).await? {
        return Ok(Err(refusal));
    }
    let last_seq: i64 = sqlx::query_scalar("SELECT last_seq FROM conversations WHERE id = $1")
        .bind(&conversation.0)
        .fetch_one(&mut *connection)
        .await?;
    Ok(if seq > last_seq { Err(Refused::Beyond) } else { Ok(None) })
}

impl Store {
    /// Why `staff` (or the child, for `None`) may not write to the conversation now,
    /// if they may not: asked before saying that what they wrote is itself wrong, so
    /// that a stranger's bad text is refused as a stranger's.
    pub async fn writer_refusal(
        &self,
        conversation: &ConversationId,
        staff: Option<&str>,
    ) -> StoreResult<Option<Refused>> {
        let mut connection = self.pool().acquire().await?;
        writer_refusal(&mut connection, conversation, staff.map_or(Writer::Child, Writer::Staff)).await
    }
}

/// Why `writer` may not write to the conversation now, from its state and holder.
pub(crate) async fn writer_refusal(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    writer: Writer<'_>,
) -> StoreResult<Option<Refused>> {
    let row: Option<(String, Option<String>)> =
        sqlx::query_as("SELECT state, counsellor_id FROM conversations WHERE id = $1")
            .bind(&conversation.0)
            .fetch_optional(&mut *connection)
            .await?;
    Ok(refusal_for(row, writer))
}

/// The rule itself: a child writes until their chat ends; staff write to an active
/// chat they hold (a chat they held and that ended is `Ended`, any other `NotYours`).
fn refusal_for(row: Option<(String, Option<String>)>, writer: Writer<'_>) -> Option<Refused> {
    match (row, writer) {
        (None, Writer::Child) => Some(Refused::Unknown),
        (None, Writer::Staff(_)) => Some(Refused::NotYours),
        (Some((state, _)), Writer::Child) => (state == "ended").then_some(Refused::Ended),
        (Some((state, owner)), Writer::Staff(staff)) => match (owner.as_deref() == Some(staff), state.as_str()) {
            (true, "active") => None,
            (true, "ended") => Some(Refused::Ended),
            _ => Some(Refused::NotYours),
        },
    }
}
