//! A dropped connection resumes the same conversation with every message in place and
//! none doubled.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::{assert_contiguous, available_counsellor, connected_pair, messages_in, text_of, Client, Scratch};

/// Reads the history page that follows `attached`, and the pages before it, down to
/// `after`: exactly the messages after it up to `last_seq`.
async fn replay(child: &mut Client, after: u64, last_seq: u64) -> Vec<Value> {
    let page = child.expect_page(None).await;
    assert_eq!(page["after_seq"].as_u64(), Some(after));
    let messages = child.read_back(page, json!({"type": "history"})).await;
    assert_contiguous(&messages, after + 1, last_seq);
    messages
}

#[tokio::test]
async fn a_dropped_child_resumes_with_nothing_lost_and_nothing_doubled() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().expect("token").to_owned();
    let conversation = attached["conversation_id"].clone();
    let offer = sam.expect_type("offer").await;
    sam.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    let joined = child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    child.send(json!({"type": "send", "id": "m-1", "text": "first"})).await;
    let first_ack = child.expect("ack", |frame| frame["type"] == "ack" && frame["id"] == "m-1").await;
    sam.expect("first", |frame| text_of(frame) == Some("first")).await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "reply one"})).await;
    let seen = child.expect("reply one", |frame| text_of(frame) == Some("reply one")).await;
    let last_seen = seen["seq"].as_u64().expect("seq");

    // The network drops; the counsellor keeps writing.
    child.drop_connection().await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "reply two"})).await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "reply three"})).await;

    // Reconnect and resume from the last message seen: exactly the missed ones come.
    let mut child = Client::child(&server).await;
    let resumed = child.request(json!({"type": "resume", "resume_token": token, "last_seq": last_seen})).await;
    assert_eq!(resumed["type"], "attached");
    assert_eq!(resumed["conversation_id"], conversation);
    assert_eq!(resumed["state"], "active");
    assert_eq!(resumed["counsellor"], "Sam");
    let last_seq = resumed["last_seq"].as_u64().expect("last_seq");
    let missed = replay(&mut child, last_seen, last_seq).await;
    let texts: Vec<_> = missed.iter().filter_map(text_of).collect();
    assert_eq!(texts, ["reply two", "reply three"]);

    // The page resends a message whose ack it never saw: same seq, not stored twice.
    child.send(json!({"type": "send", "id": "m-1", "text": "first"})).await;
    let again = child.expect("ack", |frame| frame["type"] == "ack" && frame["id"] == "m-1").await;
    assert_eq!(again["seq"], first_ack["seq"]);
    sam.expect_none("a duplicate", Duration::from_millis(500), |frame| text_of(frame) == Some("first")).await;

    // And the chat goes on.
    child.request(json!({"type": "send", "text": "still here"})).await;
    sam.expect("after resume", |frame| text_of(frame) == Some("still here")).await;

    // A full replay from the start has every message exactly once, in order.
    let mut fresh = Client::child(&server).await;
    let resumed = fresh.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    let all = replay(&mut fresh, 0, resumed["last_seq"].as_u64().unwrap()).await;
    let texts: Vec<_> = all.iter().filter_map(text_of).collect();
    assert_eq!(texts, ["first", "reply one", "reply two", "reply three", "still here"]);
    assert_eq!(all[0]["seq"], 1);
    assert!(all.iter().any(|message| message["seq"] == joined["seq"]));

    // The newer socket took over: the older one is closed with 4001 and not fed.
    assert_eq!(child.expect_close().await, Some(4001));
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "to the newest tab"})).await;
    fresh.expect("newest tab", |frame| text_of(frame) == Some("to the newest tab")).await;
}

#[tokio::test]
async fn a_reconnecting_counsellor_gets_their_chats_back() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, cookie) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;
    child.request(json!({"type": "send", "text": "are you there?"})).await;
    sam.drop_connection().await;

    child.request(json!({"type": "send", "text": "hello?"})).await;
    let mut sam = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = sam.expect_type("ready").await;
    assert_eq!(ready["status"], "available", "status survives a reconnect");
    let chats = ready["conversations"].as_array().expect("conversations");
    assert_eq!(chats.len(), 1);
    assert_eq!(chats[0]["conversation_id"], conversation);
    // `sync` is answered with one page of what the console missed.
    let page = sam.request(json!({"type": "sync", "conversation_id": conversation, "after_seq": 0})).await;
    assert_eq!(page["type"], "history");
    assert_eq!(page["conversation_id"], conversation);
    assert_eq!(page["more"], false);
    let texts: Vec<_> = messages_in(&page).iter().filter_map(|message| text_of(message).map(str::to_owned)).collect();
    assert_eq!(texts, ["are you there?", "hello?"]);
    // From a later seq, exactly what came after it.
    let seqs =
        |page: &Value| -> Vec<Value> { messages_in(page).iter().map(|message| message["seq"].clone()).collect() };
    let all = seqs(&page);
    let later = sam.request(json!({"type": "sync", "conversation_id": conversation, "after_seq": all[0]})).await;
    assert_eq!(seqs(&later), all[1..]);
}

#[tokio::test]
async fn an_unknown_resume_token_is_refused() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let mut child = Client::child(&server).await;
    let code = child.refused(json!({"type": "resume", "resume_token": "0".repeat(64), "last_seq": 0})).await;
    assert_eq!(code, "invalid_resume_token");
    // The socket is still usable.
    child.request(json!({"type": "start", "language": "en"})).await;
}

#[tokio::test]
async fn a_child_gone_past_the_grace_period_leaves_the_queue() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&["--abandon-after-secs", "1"]).await;
    let mut gone = Client::child(&server).await;
    let attached = gone.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().unwrap().to_owned();
    gone.drop_connection().await;
    // Back within the grace period, a child keeps their place; this one is not.
    let mut staying = Client::child(&server).await;
    staying.request(json!({"type": "start", "language": "en"})).await;
    assert_eq!(staying.expect_type("queue").await["position"], 2);
    assert_eq!(staying.expect_type("queue").await["position"], 1, "the gone child left the queue");

    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let offer = sam.expect_type("offer").await;
    assert_ne!(offer["conversation_id"], attached["conversation_id"]);

    let mut back = Client::child(&server).await;
    let resumed = back.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    assert_eq!(resumed["state"], "ended");
    // The page and `ended` may come in either order: the page is read off the hub.
    let (mut page, mut ended) = (None, None);
    while page.is_none() || ended.is_none() {
        let frame = back.next().await.expect("a frame");
        match frame["type"].as_str() {
            Some("history") => page = Some(frame),
            Some("ended") => ended = Some(frame),
            _ => {}
        }
    }
    let notices: Vec<_> =
        messages_in(&page.expect("page")).iter().map(|message| message["body"]["notice"].clone()).collect();
    assert_eq!(notices, [json!("left_queue")]);
    assert_eq!(ended.expect("ended")["by"], "system");
}
