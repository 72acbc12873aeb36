//! Messages: appended with the next sequence number, idempotent by client id.

use bridgeline_protocol::{Author, Body, ChatMessage, ConversationId, Seq, HISTORY_PAGE_BYTES, HISTORY_PAGE_MESSAGES};
use sqlx::Row;

use super::conversations::{author_str, parse_author};
use super::writes::{writer_refusal, Refused, Writer};
use super::{non_negative, DbConnection, Store, StoreError, StoreResult};

/// The outcome of an append.
#[derive(Debug, Clone)]
pub struct Appended {
    pub message: ChatMessage,
    /// True when the client id was already stored: nothing new was written.
    pub duplicate: bool,
}

impl Store {
    /// Stores a message durably (committed before this returns) and gives it the next
    /// sequence number. A message whose `client_id` the same author already used in
    /// this conversation is not stored again; the original is returned.
    pub async fn append_message(
        &self,
        conversation: &ConversationId,
        author: Author,
        client_id: Option<&str>,
        body: &Body,
        now: i64,
    ) -> StoreResult<Appended> {
        let mut tx = self.begin_write().await?;
        let appended = append_in(&mut tx, conversation, author, client_id, body, now).await?;
        tx.commit().await?;
        Ok(appended)
    }

    /// Every message of a conversation after `after_seq`, in order.
    pub async fn messages_after(&self, conversation: &ConversationId, after_seq: Seq) -> StoreResult<Vec<ChatMessage>> {
        let after = i64::try_from(after_seq).unwrap_or(i64::MAX);
        let rows = sqlx::query(
            "SELECT seq, author, client_id, body, sent_at FROM messages
             WHERE conversation_id = $1 AND seq > $2 ORDER BY seq",
        )
        .bind(&conversation.0)
        .bind(after)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| message_from_row(conversation, row)).collect()
    }

    /// One page of history: the newest messages with `after < seq < before` (no upper
    /// bound without `before`), cut to a page by [`crate::history::cut_page`]. Reads one
    /// row more than a page, to know whether older ones remain.
    pub async fn history_page(
        &self,
        conversation: &ConversationId,
        after: Seq,
        before: Option<Seq>,
    ) -> StoreResult<crate::history::Page> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        let before = before.map_or(i64::MAX, |before| i64::try_from(before).unwrap_or(i64::MAX));
        let limit = i64::try_from(HISTORY_PAGE_MESSAGES + 1).unwrap_or(i64::MAX);
        let rows = sqlx::query(
            "SELECT seq, author, client_id, body, sent_at FROM messages
             WHERE conversation_id = $1 AND seq > $2 AND seq < $3 ORDER BY seq DESC LIMIT $4",
        )
        .bind(&conversation.0)
        .bind(after)
        .bind(before)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let newest_first =
            rows.iter().map(|row| message_from_row(conversation, row)).collect::<StoreResult<Vec<_>>>()?;
        Ok(crate::history::cut_page(newest_first, HISTORY_PAGE_MESSAGES, HISTORY_PAGE_BYTES))
    }

    /// The highest sequence number stored for a conversation, 0 if none.
    pub async fn last_seq(&self, conversation: &ConversationId) -> StoreResult<Seq> {
        let last: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(last_seq), 0) FROM conversations WHERE id = $1")
            .bind(&conversation.0)
            .fetch_one(self.pool())
            .await?;
        non_negative(last, "seq")
    }
}

/// Appends inside an open transaction, so that state changes can announce themselves
/// atomically. The caller (the hub) has checked that the author may write.
pub(crate) async fn append_in(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    author: Author,
    client_id: Option<&str>,
    body: &Body,
    now: i64,
) -> StoreResult<Appended> {
    if let Some(appended) = already_stored(connection, conversation, author, client_id).await? {
        return Ok(appended);
    }
    let next: Option<i64> =
        sqlx::query_scalar("UPDATE conversations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq")
            .bind(&conversation.0)
            .fetch_optional(&mut *connection)
            .await?;
    let next = next.ok_or_else(|| StoreError::Corrupt(format!("conversation {conversation} is missing")))?;
    insert(connection, conversation, next, author, client_id, body, now).await
}

/// Appends inside an open transaction after checking, in the statement that numbers
/// the message, that `writer` may write to the conversation now. Two statements for a
/// new message (number it, insert it); a resend, found by the idempotency index when
/// the insert does nothing, gives its number back and is answered with the original
/// (also after the chat ended: what was stored stays acknowledged).
pub(crate) async fn append_checked(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    author: Author,
    writer: Writer<'_>,
    client_id: &str,
    body: &Body,
    now: i64,
) -> StoreResult<Result<Appended, Refused>> {
    let next: Option<i64> = match writer {
        Writer::Child => sqlx::query_scalar(
            "UPDATE conversations SET last_seq = last_seq + 1 WHERE id = $1 AND state <> 'ended' RETURNING last_seq",
        )
        .bind(&conversation.0)
        .fetch_optional(&mut *connection)
        .await?,
        Writer::Staff(staff) => {
            sqlx::query_scalar(
                "UPDATE conversations SET last_seq = last_seq + 1
             WHERE id = $1 AND state = 'active' AND counsellor_id = $2 RETURNING last_seq",
            )
            .bind(&conversation.0)
            .bind(staff)
            .fetch_optional(&mut *connection)
            .await?
        }
    };
    let Some(next) = next else {
        // The statement changed nothing: the writer may not write now (read again to say
        // why), unless this is a resend of a message stored before.
        if let Some(appended) = already_stored(connection, conversation, author, Some(client_id)).await? {
            return Ok(Ok(appended));
        }
        let refusal = writer_refusal(connection, conversation, writer).await?;
        return Ok(Err(refusal.unwrap_or(Refused::NotYours)));
    };
    let body_json = serde_json::to_string(body).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    let inserted = sqlx::query(
        "INSERT INTO messages (conversation_id, seq, author, client_id, body, sent_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (conversation_id, author, client_id) DO NOTHING",
    )
    .bind(&conversation.0)
    .bind(next)
    .bind(author_str(author))
    .bind(client_id)
    .bind(&body_json)
    .bind(now)
    .execute(&mut *connection)
    .await?;
    if inserted.rows_affected() == 0 {
        sqlx::query("UPDATE conversations SET last_seq = last_seq - 1 WHERE id = $1")
            .bind(&conversation.0)
            .execute(&mut *connection)
            .await?;
        let appended = already_stored(connection, conversation, author, Some(client_id))
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("a message of {conversation} conflicts but is missing")))?;
        return Ok(Ok(appended));
    }
    let message = ChatMessage {
        conversation_id: conversation.clone(),
        seq: non_negative(next, "seq")?,
        author,
        client_id: Some(client_id.to_owned()),
        body: body.clone(),
        sent_at: now,
    };
    Ok(Ok(Appended { message, duplicate: false }))
}

/// The message this author already stored under `client_id` in this conversation.
async fn already_stored(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    author: Author,
    client_id: Option<&str>,
) -> StoreResult<Option<Appended>> {
    let Some(client_id) = client_id else { return Ok(None) };
    let existing = sqlx::query(
        "SELECT seq, author, client_id, body, sent_at FROM messages
         WHERE conversation_id = $1 AND author = $2 AND client_id = $3",
    )
    .bind(&conversation.0)
    .bind(author_str(author))
    .bind(client_id)
    .fetch_optional(&mut *connection)
    .await?;
    existing.map(|row| Ok(Appended { message: message_from_row(conversation, &row)?, duplicate: true })).transpose()
}

async fn insert(
    connection: &mut DbConnection,
    conversation: &ConversationId,
    seq: i64,
    author: Author,
    client_id: Option<&str>,
    body: &Body,
    now: i64,
) -> StoreResult<Appended> {
    let body_json = serde_json::to_string(body).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    sqlx::query(
        "INSERT INTO messages (conversation_id, seq, author, client_id, body, sent_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&conversation.0)
    .bind(seq)
    .bind(author_str(author))
    .bind(client_id)
    .bind(&body_json)
    .bind(now)
    .execute(&mut *connection)
    .await?;
    let message = ChatMessage {
        conversation_id: conversation.clone(),
        seq: non_negative(seq, "seq")?,
        author,
        client_id: client_id.map(str::to_owned),
        body: body.clone(),
        sent_at: now,
    };
    Ok(Appended { message, duplicate: false })
}

fn message_from_row(conversation: &ConversationId, row: &super::DbRow) -> StoreResult<ChatMessage> {
    let author: String = row.try_get("author")?;
    let author = parse_author(&author)?;
    let body: String = row.try_get("body")?;
    let body: Body = serde_json::from_str(&body).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    let seq: i64 = row.try_get("seq")?;
    Ok(ChatMessage {
        conversation_id: conversation.clone(),
        seq: non_negative(seq, "seq")?,
        author,
        client_id: row.try_get("client_id")?,
        body,
        sent_at: row.try_get("sent_at")?,
    })
}
