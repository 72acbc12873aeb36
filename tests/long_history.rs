//! A 10,000-message chat ([`support::long_chat`]) reaches every reader, on every path,
//! as pages the reader asks for: the child resuming or reloading, the counsellor syncing after a reconnect, a
//! coordinator observing, a transfer, a reassignment, a requeue after the counsellor
//! left, reopening the handled chat (socket and HTTP transcript), and a reader closed
//! as too slow. Each reader walks back page by page to the first message and must see
//! every message exactly once, in order; live messages sent meanwhile arrive as they
//! are written.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::long_chat::{fill, seeded_text, LONG};
use support::{assert_contiguous, available_counsellor, http, messages_in, sign_in, text_of, Client, Scratch, Server};

/// A long chat between a child and Sam, on a freshly restarted server.
struct LongChat {
    /// Holds the database directory for as long as the chat is used.
    _scratch: Scratch,
    server: Server,
    conversation: Value,
    resume_token: String,
}

/// Starts a chat, kills the server, fills the chat up to [`LONG`] messages in the
/// database, and starts a new server with `flags`.
async fn long_chat(flags: &[&str]) -> LongChat {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    scratch.add_user("bashir", "en", 3);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let mut server = scratch.start(flags).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let conversation = attached["conversation_id"].clone();
    let resume_token = attached["resume_token"].as_str().expect("token").to_owned();
    sam.expect_type("offer").await;
    sam.request(json!({"type": "accept", "conversation_id": conversation})).await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    server.kill();
    fill(&scratch.database(), conversation.as_str().expect("id"), seeded_text).await;
    let server = scratch.start(flags).await;
    LongChat { _scratch: scratch, server, conversation, resume_token }
}

/// Checks a read-back range: every seq once, in order, from 1 to at least `last`
/// (notices written since may follow), and each seeded text intact.
fn assert_whole(messages: &[Value], last: u64) {
    let through = messages.last().and_then(|message| message["seq"].as_u64()).unwrap_or(0).max(last);
    assert_contiguous(messages, 1, through);
    for message in messages {
        let seq = message["seq"].as_u64().expect("seq");
        if let Some(text) = text_of(message) {
            assert_eq!(text, seeded_text(seq), "message {seq}");
        }
    }
}

/// A staff socket, signed in, after its `ready`.
async fn staff(server: &Server, username: &str) -> Client {
    let cookie = sign_in(server, username).await;
    let mut client = Client::connect(server, "/ws/v1/staff", Some(&cookie), "staff").await;
    client.expect_type("ready").await;
    client
}

/// Sam's console, reconnected after the restart, holding the long chat again.
async fn sam_back(chat: &LongChat) -> Client {
    let mut sam = staff(&chat.server, "sam").await;
    sam.request(json!({"type": "set_status", "status": "available"})).await;
    sam
}

/// The unasked page that follows `assigned` or `observing` on `client`, read back to
/// the first message.
async fn read_all_after(client: &mut Client, kind: &str, chat: &LongChat) -> Vec<Value> {
    let conversation = chat.conversation.clone();
    let view = client.expect(kind, |frame| frame["type"] == kind && frame["conversation_id"] == conversation).await;
    assert_eq!(view["conversation_id"], chat.conversation);
    let page = client.expect_page(None).await;
    assert_eq!(page["conversation_id"], chat.conversation);
    assert_eq!(page["more"], true, "a long chat comes a page at a time");
    client.read_back(page, json!({"type": "history", "conversation_id": chat.conversation})).await
}

#[tokio::test]
async fn the_child_resumes_and_reloads_a_long_chat_and_live_messages_merge_in() {
    let chat = long_chat(&[]).await;
    let mut sam = sam_back(&chat).await;

    // A reload: the page knows nothing, resumes from 0 and scrolls all the way up,
    // while Sam keeps writing.
    let mut child = Client::child(&chat.server).await;
    let resumed = child.request(json!({"type": "resume", "resume_token": chat.resume_token, "last_seq": 0})).await;
    assert_eq!(resumed["last_seq"], LONG);
    let page = child.expect_page(None).await;
    assert_eq!(page["after_seq"], 0);
    assert_eq!(
        page["messages"].as_array().and_then(|all| all.last()).map(|last| last["seq"].clone()),
        Some(json!(LONG))
    );
    sam.request(json!({"type": "send", "conversation_id": chat.conversation, "text": "live while you scroll"})).await;
    let history = child.read_back(page, json!({"type": "history"})).await;
    assert_whole(&history, LONG);
    let live: Vec<Value> = child.seen.iter().filter(|frame| frame["type"] == "message").cloned().collect();
    assert_eq!(live.len(), 1, "the live message came once, as it was written: {live:?}");
    assert_eq!((live[0]["seq"].as_u64(), text_of(&live[0])), (Some(LONG + 1), Some("live while you scroll")));

    // A dropped connection: resuming from the last seq seen brings only what is new.
    child.drop_connection().await;
    sam.request(json!({"type": "send", "conversation_id": chat.conversation, "text": "missed one"})).await;
    let mut child = Client::child(&chat.server).await;
    child.request(json!({"type": "resume", "resume_token": chat.resume_token, "last_seq": LONG + 1})).await;
    let page = child.expect_page(None).await;
    assert_eq!(page["more"], false);
    let texts: Vec<_> = messages_in(&page).iter().filter_map(|message| text_of(message).map(str::to_owned)).collect();
    assert_eq!(texts, ["missed one"]);

    // A page asked for past the end, or an empty range, is an empty page, not an error.
    let empty = child.request(json!({"type": "history", "after_seq": LONG + 5})).await;
    assert_eq!((empty["messages"].clone(), empty["more"].clone()), (json!([]), json!(false)));
    let empty = child.request(json!({"type": "history", "after_seq": 10, "before_seq": 5})).await;
    assert_eq!((empty["messages"].clone(), empty["more"].clone()), (json!([]), json!(false)));
}

#[tokio::test]
async fn the_counsellor_syncs_a_long_chat_after_a_reconnect_and_reopens_it_after_the_end() {
    let chat = long_chat(&[]).await;
    let mut sam = staff(&chat.server, "sam").await;
    let page = sam.request(json!({"type": "sync", "conversation_id": chat.conversation, "after_seq": 0})).await;
    assert_eq!((page["type"].as_str(), page["more"].as_bool()), (Some("history"), Some(true)));
    let history = sam.read_back(page, json!({"type": "history", "conversation_id": chat.conversation})).await;
    assert_whole(&history, LONG);

    // Syncing from near the end brings just the tail, in one page.
    let tail = sam.request(json!({"type": "sync", "conversation_id": chat.conversation, "after_seq": LONG - 3})).await;
    assert_eq!(tail["more"], false);
    assert_contiguous(&messages_in(&tail), LONG - 2, LONG);

    // After the end the chat is reopened the same way.
    sam.request(json!({"type": "end", "conversation_id": chat.conversation})).await;
    let id = sam.id();
    sam.send(json!({"type": "history", "id": id, "conversation_id": chat.conversation})).await;
    let page = sam.expect_page(Some(&id)).await;
    let history = sam.read_back(page, json!({"type": "history", "conversation_id": chat.conversation})).await;
    assert_eq!(history.len() as u64, LONG + 1, "the chat and its end notice");
    assert_contiguous(&history, 1, LONG + 1);

    // Someone else's chat stays closed.
    let mut bashir = staff(&chat.server, "bashir").await;
    let refused = bashir.refused(json!({"type": "history", "conversation_id": chat.conversation})).await;
    assert_eq!(refused, "not_yours");
}

#[tokio::test]
async fn the_http_transcript_of_a_long_chat_comes_in_pages() {
    let chat = long_chat(&[]).await;
    let mut sam = sam_back(&chat).await;
    sam.request(json!({"type": "end", "conversation_id": chat.conversation})).await;
    let cookie = sign_in(&chat.server, "sam").await;
    let id = chat.conversation.as_str().expect("id");
    let mut path = format!("/api/v1/conversations/{id}");
    let mut pages: Vec<Vec<Value>> = Vec::new();
    loop {
        let response = http(chat.server.addr, "GET", &path, &[("Cookie", &cookie)], None).await;
        assert_eq!(response.status, 200, "{path}: {}", response.body);
        assert!(response.bytes.len() < 256 * 1024, "a page of {} bytes", response.bytes.len());
        let transcript: Value = serde_json::from_slice(&response.bytes).expect("JSON");
        let messages = transcript["messages"].as_array().expect("messages").clone();
        assert!(!messages.is_empty() && messages.len() <= 100, "{} messages", messages.len());
        let first = messages[0]["seq"].clone();
        pages.push(messages);
        if transcript["more"] != true {
            break;
        }
        path = format!("/api/v1/conversations/{id}?before_seq={first}");
    }
    let all: Vec<Value> = pages.into_iter().rev().flatten().collect();
    assert_contiguous(&all, 1, LONG + 1);
    assert_whole(&all, LONG);
    // A bad cursor is a clear 400, not a page.
    let response =
        http(chat.server.addr, "GET", &format!("{path}&after_seq=minus-one"), &[("Cookie", &cookie)], None).await;
    assert_eq!(response.status, 400, "{}", response.body);
    let error: Value = serde_json::from_str(&response.body).expect("a JSON error");
    assert_eq!(error["error"], "bad_request");
}

#[tokio::test]
async fn a_coordinator_observes_a_long_chat() {
    let chat = long_chat(&[]).await;
    let mut sam = sam_back(&chat).await;
    let mut carla = staff(&chat.server, "carla").await;
    carla.request(json!({"type": "observe", "conversation_id": chat.conversation})).await;
    let history = read_all_after(&mut carla, "observing", &chat).await;
    assert_whole(&history, LONG);
    // Live messages follow as they are written.
    sam.request(json!({"type": "send", "conversation_id": chat.conversation, "text": "still here"})).await;
    carla.expect("a live message", |frame| text_of(frame) == Some("still here")).await;
    // Once the observation stops, so do the pages.
    carla.request(json!({"type": "stop_observing", "conversation_id": chat.conversation})).await;
    assert_eq!(carla.refused(json!({"type": "history", "conversation_id": chat.conversation})).await, "not_yours");
}

#[tokio::test]
async fn a_long_chat_transferred_reaches_the_new_counsellor_whole() {
    let chat = long_chat(&[]).await;
    let mut sam = sam_back(&chat).await;
    let mut bashir = staff(&chat.server, "bashir").await;
    bashir.request(json!({"type": "set_status", "status": "available"})).await;
    sam.request(json!({"type": "transfer", "conversation_id": chat.conversation,
        "target": {"kind": "counsellor", "username": "bashir"}, "note": "Long chat, please read back."}))
        .await;
    let history = read_all_after(&mut bashir, "assigned", &chat).await;
    assert_whole(&history, LONG);
    // Sam let it go: its pages are Bashir's now.
    assert_eq!(sam.refused(json!({"type": "history", "conversation_id": chat.conversation})).await, "not_yours");
}

#[tokio::test]
async fn a_long_chat_reassigned_by_a_coordinator_reaches_the_new_counsellor_whole() {
    let chat = long_chat(&[]).await;
    let _sam = sam_back(&chat).await;
    let mut bashir = staff(&chat.server, "bashir").await;
    bashir.request(json!({"type": "set_status", "status": "available"})).await;
    let mut carla = staff(&chat.server, "carla").await;
    carla
        .request(json!({"type": "reassign", "conversation_id": chat.conversation, "username": "bashir",
            "note": "Bashir takes over."}))
        .await;
    let history = read_all_after(&mut bashir, "assigned", &chat).await;
    assert_whole(&history, LONG);
}

#[tokio::test]
async fn a_long_chat_requeued_after_its_counsellor_left_reaches_the_next_one_whole() {
    let chat = long_chat(&["--counsellor-grace-secs", "1"]).await;
    let mut child = Client::child(&chat.server).await;
    child.request(json!({"type": "resume", "resume_token": chat.resume_token, "last_seq": LONG})).await;
    // Sam never comes back after the restart: past the grace period the child waits
    // again, first in line, and Bashir takes the chat.
    child
        .expect("the notice", |frame| messages_in(frame).iter().any(|m| m["body"]["notice"] == "counsellor_left"))
        .await;
    let (mut bashir, _) = available_counsellor(&chat.server, "bashir").await;
    let offer = bashir.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], chat.conversation);
    bashir.request(json!({"type": "accept", "conversation_id": chat.conversation})).await;
    let history = read_all_after(&mut bashir, "assigned", &chat).await;
    // Everything before Bashir's own joined notice, which comes live.
    let last = history.last().and_then(|last| last["seq"].as_u64()).expect("seq");
    assert_whole(&history, LONG);
    // It may come before the page or after it.
    let is_joined = |frame: &Value| frame["type"] == "message" && frame["body"]["notice"] == "counsellor_joined";
    if !bashir.seen.iter().any(is_joined) {
        bashir.expect("Bashir's joined notice", is_joined).await;
    }
    let joined: Vec<&Value> = bashir.seen.iter().filter(|frame| is_joined(frame)).collect();
    assert_eq!(joined.len(), 1, "{joined:?}");
    assert_eq!((joined[0]["seq"].as_u64(), &joined[0]["body"]["display_name"]), (Some(last + 1), &json!("Bashir")));
}

#[tokio::test]
async fn a_reader_closed_as_too_slow_makes_progress_on_every_reconnect() {
    let chat = long_chat(&[]).await;
    let _sam = sam_back(&chat).await;

    // A child that asks for page after page and reads none of them is closed with
    // 1013 once its queue is full (the server's log says so; the socket is not read
    // until then, as a stalled phone would not).
    let mut greedy = Client::child(&chat.server).await;
    greedy.request(json!({"type": "resume", "resume_token": chat.resume_token, "last_seq": 0})).await;
    for index in 0..2500 {
        greedy.send(json!({"type": "history", "id": format!("h-{index}"), "before_seq": LONG})).await;
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !chat.server.logs().contains("too slow") {
        assert!(std::time::Instant::now() < deadline, "the stalled reader was never closed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(greedy.expect_close().await, Some(1013));

    // Each reconnect then brings a page at once, and each page asked for brings the
    // next: the whole chat is read, however many times the reader was cut off.
    let mut have: Vec<Value> = Vec::new();
    let mut before: Option<u64> = None;
    for reconnect in 0.. {
        assert!(reconnect < 200, "no progress: {} messages after {reconnect} reconnects", have.len());
        let mut child = Client::child(&chat.server).await;
        child.request(json!({"type": "resume", "resume_token": chat.resume_token, "last_seq": 0})).await;
        let page = child.expect_page(None).await;
        let mut page = match before {
            None => page,
            Some(before) => child.request(json!({"type": "history", "before_seq": before})).await,
        };
        // Read three pages per connection, then drop it, as a flaky network would.
        for _ in 0..3 {
            let messages = messages_in(&page);
            assert!(!messages.is_empty() || page["more"] == false, "an empty page says more: {page}");
            before = messages.first().and_then(|first| first["seq"].as_u64()).or(before);
            have.splice(0..0, messages);
            if page["more"] != true {
                break;
            }
            page = child.request(json!({"type": "history", "before_seq": before})).await;
        }
        child.drop_connection().await;
        if before == Some(1) {
            break;
        }
    }
    assert_whole(&have, LONG);
}
