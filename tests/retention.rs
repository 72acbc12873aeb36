//! The retention policy on the real binary: past the period, transcripts and notes are
//! gone (0 rows), the anonymous conversation rows and wrap-ups stay for reports, the
//! child's token opens nothing, staff cannot reopen it, and each purge is audited.

mod support;

use serde_json::json;

use support::{available_counsellor, connected_pair, http, Client, Scratch};

const DAY: i64 = 24 * 60 * 60 * 1000;

async fn scalar(database: &str, sql: &'static str) -> i64 {
    let pool = support::open_database(database).await;
    let value: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.expect("query");
    pool.close().await;
    value
}

fn purge(scratch: &Scratch, days: &str, as_of: i64) -> String {
    let output = std::process::Command::new(support::binary())
        .args(["retention", "purge", "--database", &scratch.database(), "--retention-days", days])
        .args(["--as-of", &as_of.to_string()])
        .output()
        .expect("run retention purge");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn past_the_retention_period_no_transcript_or_note_is_left() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let mut server = scratch.start(&[]).await;
    let (mut amira, cookie) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "en").await;
    let token = {
        // The token the child's tab keeps, read back through a second socket.
        let mut probe = Client::child(&server).await;
        let attached = probe.request(json!({"type": "start", "language": "en"})).await;
        probe.request(json!({"type": "end"})).await;
        attached["resume_token"].as_str().unwrap().to_owned()
    };
    child.request(json!({"type": "send", "text": "something private"})).await;
    amira.request(json!({"type": "add_note", "conversation_id": conversation, "text": "a private note"})).await;
    amira.request(json!({"type": "end", "conversation_id": conversation})).await;
    let wrap_up = json!({"type": "wrap_up", "conversation_id": conversation,
        "wrap_up": {"categories": ["family"], "outcome": "supported", "cross_border": false}});
    amira.request(wrap_up).await;
    let id = conversation.as_str().unwrap().to_owned();
    assert_eq!(
        http(server.addr, "GET", &format!("/api/v1/conversations/{id}"), &[("Cookie", &cookie)], None).await.status,
        200
    );
    server.kill();

    let now = support_now();
    // Within the period: nothing goes.
    assert!(purge(&scratch, "30", now + 29 * DAY).starts_with("purged 0 conversations"));
    assert!(scalar(&scratch.database(), "SELECT COUNT(*) FROM messages").await > 0);
    // The clock moved past it: everything that ended goes.
    let printed = purge(&scratch, "30", now + 31 * DAY);
    assert!(printed.starts_with("purged 2 conversations"), "{printed}");
    let database = scratch.database();
    assert_eq!(scalar(&database, "SELECT COUNT(*) FROM messages").await, 0);
    assert_eq!(scalar(&database, "SELECT COUNT(*) FROM notes").await, 0);
    assert_eq!(scalar(&database, "SELECT COUNT(*) FROM conversations WHERE purged_at IS NOT NULL").await, 2);
    assert_eq!(scalar(&database, "SELECT COUNT(*) FROM wrap_ups").await, 1, "anonymous counts stay");
    assert_eq!(scalar(&database, "SELECT COUNT(*) FROM audit_log WHERE action = 'retention_purge'").await, 1);
    // Purging again finds nothing more.
    assert!(purge(&scratch, "30", now + 32 * DAY).starts_with("purged 0 conversations"));

    let server = scratch.start(&[]).await;
    let mut child = Client::child(&server).await;
    assert_eq!(
        child.refused(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await,
        "invalid_resume_token"
    );
    let cookie = support::sign_in(&server, "amira").await;
    assert_eq!(
        http(server.addr, "GET", &format!("/api/v1/conversations/{id}"), &[("Cookie", &cookie)], None).await.status,
        404
    );
    let list = http(server.addr, "GET", "/api/v1/conversations", &[("Cookie", &cookie)], None).await;
    assert!(!list.body.contains(&id), "{}", list.body);
}

#[tokio::test]
async fn the_server_purges_at_start_and_keeps_chats_still_open() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let mut server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut ended, ended_id) = connected_pair(&server, &mut amira, "en").await;
    ended.request(json!({"type": "send", "text": "old"})).await;
    ended.request(json!({"type": "end"})).await;
    let (mut open, _) = connected_pair(&server, &mut amira, "en").await;
    open.request(json!({"type": "send", "text": "still talking"})).await;
    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    server.kill();

    // A zero-day policy: whatever ended before the start is past it.
    let _server = scratch.start(&["--retention-days", "0"]).await;
    let database = scratch.database();
    let deadline = std::time::Instant::now() + support::WAIT;
    while scalar(&database, "SELECT COUNT(*) FROM conversations WHERE purged_at IS NOT NULL").await == 0 {
        assert!(std::time::Instant::now() < deadline, "no purge at start");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let pool = support::open_database(&database).await;
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE conversation_id = $1")
        .bind(ended_id.as_str().unwrap())
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(left, 0);
    let kept: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.state = 'active'",
    )
    .fetch_one(&pool)
    .await
    .expect("count");
    assert!(kept >= 2, "an open chat is never purged");
}

fn support_now() -> i64 {
    i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis()).unwrap()
}
