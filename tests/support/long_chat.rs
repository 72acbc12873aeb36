//! A long chat for the tests that read one back: written straight into the database
//! while the server is killed (10,000 messages through the socket would only test the
//! send path), then read by a new server process, as after a crash.

use serde_json::json;

/// Messages in the long chat.
pub const LONG: u64 = 10_000;

/// Every this many messages, one near the longest allowed, so that pages are also cut
/// by bytes.
pub const LONG_TEXT_EVERY: u64 = 97;

/// The chat's first this many messages are all that long: pages there are cut by bytes
/// (about 32 messages, 128 KiB).
pub const LONG_TEXTS_UNTIL: u64 = 1500;

/// The text of seeded message `seq`, for the protocol tests: pages are cut by count and
/// by bytes.
pub fn seeded_text(seq: u64) -> String {
    if seq.is_multiple_of(LONG_TEXT_EVERY) || seq <= LONG_TEXTS_UNTIL {
        format!("long {seq} {}", "x".repeat(3900))
    } else {
        format!("message {seq}")
    }
}

/// The text of seeded message `seq` for the browser tests: a chat of short lines, as
/// most long chats are (a browser laying out megabytes of text tests the browser).
pub fn short_text(seq: u64) -> String {
    format!("message {seq}")
}

/// Appends messages to `conversation` up to seq [`LONG`], child and counsellor in turn,
/// each with the text `text` gives its seq.
pub async fn fill(database: &str, conversation: &str, text: fn(u64) -> String) {
    let pool = super::open_database(database).await;
    let mut tx = pool.begin().await.expect("begin");
    let last: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM messages WHERE conversation_id = $1")
        .bind(conversation)
        .fetch_one(&mut *tx)
        .await
        .expect("last seq");
    let now = super::second_factor::now_millis();
    for seq in (last as u64 + 1)..=LONG {
        let author = if seq.is_multiple_of(2) { "child" } else { "counsellor" };
        let body = json!({"kind": "text", "text": text(seq)}).to_string();
        sqlx::query("INSERT INTO messages (conversation_id, seq, author, client_id, body, sent_at) VALUES ($1, $2, $3, NULL, $4, $5)")
            .bind(conversation)
            .bind(seq as i64)
            .bind(author)
            .bind(body)
            .bind(now)
            .execute(&mut *tx)
            .await
            .expect("insert a message");
    }
    // The conversation row numbers its messages (`last_seq`): keep it true, as the
    // server does in the same transaction.
    sqlx::query("UPDATE conversations SET last_seq = $1 WHERE id = $2")
        .bind(LONG as i64)
        .bind(conversation)
        .execute(&mut *tx)
        .await
        .expect("number the conversation");
    tx.commit().await.expect("commit");
    pool.close().await;
}
