//! Coming back days later (issue 12), with the server's clock really moved: the first
//! visit runs on today's clock, then the server is stopped and started again with its
//! clock days ahead (libfaketime preloaded: wall and monotonic clocks alike), as a
//! helpline's server would be running on the day the child comes back.

mod support;

use serde_json::{json, Value};
use support::{available_counsellor, connected_pair, Client, Scratch, Server};

const DAY_MILLIS: i64 = 86_400_000;

/// The first visit: a message, a code taken, the end and the wrap-up. Returns the code
/// and when the chat started (its first message), on the server's clock.
async fn first_visit(server: &Server, counsellor: &mut Client) -> (String, i64) {
    let (mut child, conversation) = connected_pair(server, counsellor, "en").await;
    let ack = child.request(json!({"type": "send", "text": "they took my papers"})).await;
    let sent = child.expect("my message", |frame| frame["type"] == "message" && frame["seq"] == ack["seq"]).await;
    let code = child.request(json!({"type": "take_code"})).await["code"].as_str().expect("a code").to_owned();
    child.request(json!({"type": "end"})).await;
    counsellor.expect("ended", |frame| frame["type"] == "ended" && frame["conversation_id"] == conversation).await;
    counsellor
        .request(json!({"type": "wrap_up", "conversation_id": conversation,
            "wrap_up": {"categories": ["migration"], "outcome": "supported", "cross_border": false}}))
        .await;
    child.close().await;
    (code, sent["sent_at"].as_i64().expect("sent_at"))
}

fn sent_at(frame: &Value) -> i64 {
    frame["sent_at"].as_i64().expect("sent_at")
}

#[tokio::test]
async fn three_days_later_the_child_is_offered_first_to_the_same_counsellor_who_sees_the_earlier_contact() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    scratch.add_user("basel", "en", 3);
    let mut server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (code, first_sent_at) = first_visit(&server, &mut amira).await;
    drop(amira);
    server.kill();

    // Three days later: Basel signs in first (idle longest: a stranger would go to him).
    let server = scratch.start_days_later(3, &[]).await;
    let (mut basel, _) = available_counsellor(&server, "basel").await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;

    // The child reads the earlier chat, then chats again.
    let mut child = Client::child(&server).await;
    let earlier = child.request(json!({"type": "open_case", "code": code})).await;
    let chats = earlier["chats"].as_array().expect("chats");
    assert_eq!(chats.len(), 1, "{earlier}");
    assert_eq!(chats[0]["counsellor"], "Amira");
    let attached = child.request(json!({"type": "start", "language": "en", "return_code": code})).await;
    let conversation = attached["conversation_id"].clone();
    let offer = amira
        .expect("the returning child's offer", |frame| {
            frame["type"] == "offer" && frame["conversation_id"] == conversation
        })
        .await;
    assert_eq!(offer["returning"], true, "{offer}");
    basel
        .expect_none("an offer of the returning child", std::time::Duration::from_millis(500), |frame| {
            frame["type"] == "offer"
        })
        .await;
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    let joined = child.expect("the joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    let case = amira.expect("the case", |frame| frame["type"] == "case").await;
    let earlier = &case["earlier"][0];
    assert_eq!(earlier["wrap_up"]["categories"], json!(["migration"]), "{case}");
    // The server's clock moved: the new chat is three days after the first.
    let apart = sent_at(&joined) - first_sent_at;
    assert!((3 * DAY_MILLIS..4 * DAY_MILLIS).contains(&apart), "{apart} ms apart");
    assert!(earlier["started_at"].as_i64().expect("started_at") <= first_sent_at, "{case}");
}

#[tokio::test]
async fn past_the_retention_period_the_code_no_longer_opens_anything() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let mut server = scratch.start(&["--retention-days", "30"]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (code, _) = first_visit(&server, &mut amira).await;
    drop(amira);
    server.kill();

    // 31 days later: the purge at start empties the chat and deletes the case.
    let server = scratch.start_days_later(31, &["--retention-days", "30"]).await;
    let mut child = Client::child(&server).await;
    assert_eq!(child.refused(json!({"type": "open_case", "code": code})).await, "wrong_code");
    assert_eq!(child.refused(json!({"type": "start", "language": "en", "return_code": code})).await, "wrong_code");
    // The purge runs beside the serving, from the start: it is done within moments.
    let pool = support::open_database(&server.database).await;
    let deadline = std::time::Instant::now() + support::WAIT;
    loop {
        let left: i64 = sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM cases) + (SELECT COUNT(*) FROM messages)")
            .fetch_one(&pool)
            .await
            .expect("query");
        if left == 0 {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the case and the transcript are still there: {left} rows");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
