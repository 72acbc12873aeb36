//! Messages left while nobody is there (issue 12), on the real binary: a child with no
//! counsellor on duty leaves what they wrote and gets a return code; the message waits
//! out of the queue, across a restart and past every grace period, in the consoles
//! that may take it and on the board; a counsellor takes it and answers; the child
//! comes back with the code and reads the answer. "Forget me" withdraws one nobody
//! has taken.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use support::{messages_in, scalar, Client, Scratch, Server};

async fn staff_socket(server: &Server, username: &str) -> (Client, Value) {
    let cookie = support::sign_in(server, username).await;
    let mut client = Client::connect(server, "/ws/v1/staff", Some(&cookie), "staff").await;
    let ready = client.expect_type("ready").await;
    (client, ready)
}

/// A child who finds nobody on duty in `language`, writes `text` and leaves it.
/// Returns (the child, the conversation id, the code).
async fn leave_a_message(server: &Server, language: &str, text: &str) -> (Client, Value, String) {
    let mut child = Client::child(server).await;
    let attached = child.request(json!({"type": "start", "language": language})).await;
    let queue = child.expect_type("queue").await;
    assert_eq!(queue["counsellor_on_duty"], false, "{queue}");
    child.request(json!({"type": "send", "text": text})).await;
    let code = child.request(json!({"type": "leave_message"})).await;
    assert_eq!(code["type"], "code", "{code}");
    let code = code["code"].as_str().expect("a code").to_owned();
    (child, attached["conversation_id"].clone(), code)
}

fn texts(page: &Value) -> Vec<String> {
    messages_in(page).iter().filter_map(|message| message["body"]["text"].as_str().map(str::to_owned)).collect()
}

#[tokio::test]
async fn a_left_message_is_taken_answered_and_read_back_with_the_code() {
    let scratch = Scratch::new();
    scratch.add_user("tesfay", "ti", 2);
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;

    // Nothing written yet: nothing to leave.
    let mut early = Client::child(&server).await;
    early.request(json!({"type": "start", "language": "ti"})).await;
    assert_eq!(early.refused(json!({"type": "leave_message"})).await, "invalid_field");
    early.request(json!({"type": "end"})).await;

    let (mut child, conversation, code) = leave_a_message(&server, "ti", "ሓገዝ የድልየኒ").await;
    child
        .expect_none("a queue frame after leaving a message", Duration::from_millis(300), |frame| {
            frame["type"] == "queue"
        })
        .await;

    // Tesfay (Tigrinya) sees it on connecting; Amira (Arabic) does not; the board
    // counts it apart from the queue.
    let (mut tesfay, ready) = staff_socket(&server, "tesfay").await;
    let listed = ready["left_messages"].as_array().expect("left messages in ready");
    assert_eq!(listed.len(), 1, "{ready}");
    assert_eq!(listed[0]["conversation_id"], conversation);
    assert_eq!(listed[0]["language"], "ti");
    assert_eq!(listed[0]["returning"], false);
    assert!(listed[0]["left_at"].as_i64().is_some(), "{ready}");
    let (mut amira, ready) = staff_socket(&server, "amira").await;
    assert!(ready.get("left_messages").is_none(), "{ready}");
    let (mut carla, ready) = staff_socket(&server, "carla").await;
    assert!(ready.get("left_messages").is_none(), "Carla speaks no Tigrinya: {ready}");
    let board = carla.expect_type("board").await;
    let line = board["languages"]
        .as_array()
        .and_then(|lines| lines.iter().find(|line| line["language"] == "ti"))
        .cloned()
        .expect("a Tigrinya line");
    assert_eq!((line["waiting"].clone(), line["left_messages"].clone()), (json!(0), json!(1)), "{board}");
    let metrics = support::http(server.addr, "GET", "/metrics", &[], None).await.body;
    assert!(metrics.lines().any(|line| line == "bridgeline_left_messages_waiting{language=\"ti\"} 1"), "{metrics}");
    assert!(metrics.lines().any(|line| line == "bridgeline_queue_waiting{language=\"ti\"} 0"), "{metrics}");

    // A second message from the child goes with it; a counsellor coming on duty is
    // not offered it.
    child.request(json!({"type": "send", "text": "ብኽብረትኩም"})).await;
    tesfay.request(json!({"type": "set_status", "status": "available"})).await;
    tesfay
        .expect_none("an offer of the left message", Duration::from_millis(500), |frame| frame["type"] == "offer")
        .await;
    assert_eq!(
        amira.refused(json!({"type": "take_left_message", "conversation_id": conversation})).await,
        "invalid_field",
        "Amira reads no Tigrinya"
    );

    // Tesfay takes it: the chat is his, with what the child wrote, and the child (still
    // on the page) sees him join.
    let ack = tesfay.request(json!({"type": "take_left_message", "conversation_id": conversation})).await;
    assert_eq!(ack["type"], "ack");
    let assigned = tesfay.expect_type("assigned").await;
    assert_eq!(assigned["conversation_id"], conversation);
    let page = tesfay.expect_type("history").await;
    assert_eq!(texts(&page), ["ሓገዝ የድልየኒ", "ብኽብረትኩም"], "{page}");
    child.expect("the joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    assert_eq!(
        tesfay.refused(json!({"type": "take_left_message", "conversation_id": conversation})).await,
        "not_yours",
        "taken already"
    );

    tesfay.request(json!({"type": "send", "conversation_id": conversation, "text": "ሰላም፡ ኣለኹ"})).await;
    tesfay.request(json!({"type": "end", "conversation_id": conversation})).await;
    child.expect_type("ended").await;
    child.close().await;

    // Back with the code on another device: the chat is listed, and its answer read.
    let mut back = Client::child(&server).await;
    let stranger = back.refused(json!({"type": "history", "conversation_id": conversation, "after_seq": 0})).await;
    assert_eq!(stranger, "not_yours", "before the code, nothing of the case can be read");
    let earlier = back.request(json!({"type": "open_case", "code": code})).await;
    assert_eq!(earlier["type"], "earlier_chats", "{earlier}");
    let chats = earlier["chats"].as_array().expect("chats");
    assert_eq!(chats.len(), 1, "{earlier}");
    assert_eq!(chats[0]["conversation_id"], conversation);
    assert_eq!(chats[0]["left_message"], true);
    assert_eq!(chats[0]["state"], "ended");
    assert_eq!(chats[0]["counsellor"], "Tesfay");
    assert_eq!(chats[0]["transcript_kept"], true);
    let page = back.request(json!({"type": "history", "conversation_id": conversation, "after_seq": 0})).await;
    assert_eq!(texts(&page), ["ሓገዝ የድልየኒ", "ብኽብረትኩም", "ሰላም፡ ኣለኹ"], "{page}");
    let other = back.refused(json!({"type": "history", "conversation_id": "0123456789abcdef", "after_seq": 0})).await;
    assert_eq!(other, "not_yours");
    // Opening the case attached the socket to nothing.
    assert_eq!(back.refused(json!({"type": "take_code"})).await, "no_conversation");
}

#[tokio::test]
async fn a_left_message_outlives_grace_periods_and_a_restart_and_forget_me_withdraws_it() {
    let scratch = Scratch::new();
    scratch.add_user("tesfay", "ti", 2);
    let flags = ["--abandon-after-secs", "1"];
    let mut server = scratch.start(&flags).await;
    let (child, conversation, code) = leave_a_message(&server, "ti", "I will come back").await;
    let id = conversation.as_str().expect("an id").to_owned();
    child.drop_connection().await;
    // Well past the waiting child's grace period, it still waits.
    tokio::time::sleep(Duration::from_millis(2_500)).await;
    let (tesfay, ready) = staff_socket(&server, "tesfay").await;
    assert_eq!(ready["left_messages"][0]["conversation_id"], conversation, "{ready}");
    drop(tesfay);

    server.kill();
    let server = scratch.start(&flags).await;
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let (mut tesfay, ready) = staff_socket(&server, "tesfay").await;
    assert_eq!(ready["left_messages"][0]["conversation_id"], conversation, "after a restart: {ready}");
    assert_eq!(
        scalar(&server, &format!("SELECT COUNT(*) FROM conversations WHERE id = '{id}' AND state = 'waiting'")).await,
        1
    );

    // The child changes their mind: "forget me" withdraws the message, and Tesfay's
    // list loses it.
    let mut back = Client::child(&server).await;
    back.request(json!({"type": "forget_me", "code": code})).await;
    let gone = tesfay.expect_type("left_message_gone").await;
    assert_eq!(gone["conversation_id"], conversation);
    assert_eq!(
        tesfay.refused(json!({"type": "take_left_message", "conversation_id": conversation})).await,
        "not_yours"
    );
    let tied = format!(
        "SELECT (SELECT COUNT(*) FROM messages WHERE conversation_id = '{id}') +
                (SELECT COUNT(*) FROM conversations WHERE id = '{id}' AND (case_id IS NOT NULL OR state <> 'ended'))"
    );
    assert_eq!(scalar(&server, &tied).await, 0, "nothing of it is left, and it has ended");
    assert_eq!(scalar(&server, "SELECT COUNT(*) FROM cases").await, 0);
}

#[tokio::test]
async fn a_left_message_taken_by_two_at_once_goes_to_one() {
    let scratch = Scratch::new();
    scratch.add_user("tesfay", "ti", 2);
    scratch.add_user("yonas", "ti,en", 2);
    let server = scratch.start(&[]).await;
    for round in 0..5 {
        let (mut child, conversation, _) = leave_a_message(&server, "ti", &format!("round {round}")).await;
        let (mut tesfay, _) = staff_socket(&server, "tesfay").await;
        let (mut yonas, _) = staff_socket(&server, "yonas").await;
        let take = json!({"type": "take_left_message", "conversation_id": conversation});
        let (one, other) = (tesfay.id(), yonas.id());
        let (mut first, mut second) = (take.clone(), take);
        first["id"] = json!(one);
        second["id"] = json!(other);
        tokio::join!(tesfay.send(first), yonas.send(second));
        let tesfay_answer =
            tesfay.expect("an answer", |frame| frame["id"] == one.as_str() || frame["type"] == "error").await;
        let yonas_answer =
            yonas.expect("an answer", |frame| frame["id"] == other.as_str() || frame["type"] == "error").await;
        let won = [&tesfay_answer, &yonas_answer].iter().filter(|answer| answer["type"] == "ack").count();
        assert_eq!(won, 1, "round {round}: {tesfay_answer} / {yonas_answer}");
        let lost = if tesfay_answer["type"] == "ack" { &yonas_answer } else { &tesfay_answer };
        assert!(["offer_gone", "not_yours"].contains(&lost["code"].as_str().unwrap_or("")), "{lost}");
        child.expect("the joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
        child.request(json!({"type": "end"})).await;
    }
}

#[tokio::test]
async fn a_taken_message_whose_counsellor_does_not_come_back_returns_to_the_list_not_the_queue() {
    let scratch = Scratch::new();
    scratch.add_user("tesfay", "ti", 2);
    scratch.add_user("yonas", "ti", 2);
    let server = scratch.start(&["--counsellor-grace-secs", "1"]).await;
    let (child, conversation, _) = leave_a_message(&server, "ti", "are you there?").await;
    child.drop_connection().await;
    let (mut tesfay, _) = staff_socket(&server, "tesfay").await;
    tesfay.request(json!({"type": "take_left_message", "conversation_id": conversation})).await;
    tesfay.expect_type("assigned").await;
    // Yonas, on duty and free, is told it is gone; Tesfay's console then closes.
    let (mut yonas, ready) = staff_socket(&server, "yonas").await;
    assert!(ready.get("left_messages").is_none(), "taken: {ready}");
    yonas.request(json!({"type": "set_status", "status": "available"})).await;
    drop(tesfay);
    // Past Tesfay's grace period the message is back in the list, and nobody is
    // offered it: the child is not there to be answered live.
    let back = yonas.expect_type("left_message").await;
    assert_eq!(back["message"]["conversation_id"], conversation);
    yonas
        .expect_none("an offer of the left message", Duration::from_millis(500), |frame| frame["type"] == "offer")
        .await;
    yonas.request(json!({"type": "take_left_message", "conversation_id": conversation})).await;
    let page = yonas.expect_type("history").await;
    assert!(texts(&page).contains(&"are you there?".to_owned()), "{page}");
}

#[tokio::test]
async fn a_reloaded_page_is_told_its_message_waits_and_when_someone_will_be_there() {
    let scratch = Scratch::new();
    let schedule = scratch.dir.path().join("schedule.json");
    std::fs::write(&schedule, r#"{"utc_offset_minutes": 0, "languages": {"*": ["mon-sun 03:00-04:00"]}}"#)
        .expect("write the schedule");
    let server = scratch.start(&["--schedule", &schedule.display().to_string()]).await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "ti"})).await;
    let token = attached["resume_token"].clone();
    assert!(attached.get("left_message_at").is_none(), "{attached}");
    let queue = child.expect_type("queue").await;
    let next = queue["next_on_duty_at"].as_i64().expect("the schedule knows");
    child.request(json!({"type": "send", "text": "later then"})).await;
    child.request(json!({"type": "leave_message"})).await;
    child.drop_connection().await;

    // The reloaded page: the message waits, and when someone will be there comes with
    // `attached`, since no queue frame follows.
    let mut reloaded = Client::child(&server).await;
    let attached = reloaded.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    assert_eq!(attached["state"], "waiting");
    assert!(attached["left_message_at"].as_i64().is_some(), "{attached}");
    assert_eq!(attached["next_on_duty_at"].as_i64(), Some(next), "{attached}");
    reloaded
        .expect_none("a queue frame for a left message", Duration::from_millis(300), |frame| frame["type"] == "queue")
        .await;
}
