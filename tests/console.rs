//! The counsellor's side over real sockets: status kept across a restart, and children
//! given back to the queue (and told) when their counsellor is gone too long.

mod support;

use std::time::Duration;

use serde_json::json;

use support::{available_counsellor, connected_pair, sign_in, Client, Scratch};

#[tokio::test]
async fn a_counsellor_s_status_survives_a_restart() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    let mut server = scratch.start(&[]).await;
    let (amira, _) = available_counsellor(&server, "amira").await;
    drop(amira);
    server.kill();

    let server = scratch.start(&[]).await;
    let cookie = sign_in(&server, "amira").await;
    let mut amira = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    assert_eq!(amira.expect_type("ready").await["status"], "available");
    // Available without asking again: a waiting child is offered at once.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "start", "language": "ar"})).await;
    amira.expect_type("offer").await;
}

#[tokio::test]
async fn children_of_a_counsellor_gone_too_long_go_back_first_in_line_and_are_told() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 1);
    scratch.add_user("bashir", "en", 1);
    let server = scratch.start(&["--counsellor-grace-secs", "1"]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut answered, conversation) = connected_pair(&server, &mut amira, "en").await;
    // A second child waits: Amira is full and Bashir is not here yet.
    let mut waiting = Client::child(&server).await;
    waiting.request(json!({"type": "start", "language": "en"})).await;

    amira.drop_connection().await;
    let notice = answered.expect("the notice", |frame| frame["body"]["notice"] == "counsellor_left").await;
    assert_eq!(notice["conversation_id"], conversation);
    let queue = answered.expect_type("queue").await;
    assert_eq!(queue["position"], 1, "answered once, so ahead of the child not yet answered: {queue}");

    // The next counsellor is offered the child who was left, first.
    let (mut bashir, _) = available_counsellor(&server, "bashir").await;
    let offer = bashir.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], conversation);
    bashir.request(json!({"type": "accept", "conversation_id": conversation})).await;
    answered.expect("Bashir joins", |frame| frame["body"]["display_name"] == "Bashir").await;

    // Amira comes back: the chat is not hers any more.
    let cookie = sign_in(&server, "amira").await;
    let mut amira = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    assert_eq!(amira.expect_type("ready").await["conversations"], json!([]));
    let refused = amira.refused(json!({"type": "send", "conversation_id": conversation, "text": "hello?"})).await;
    assert_eq!(refused, "not_yours");
}

#[tokio::test]
async fn a_counsellor_back_within_the_grace_period_keeps_their_chats() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&["--counsellor-grace-secs", "5"]).await;
    let (mut amira, cookie) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "en").await;
    amira.drop_connection().await;
    tokio::time::sleep(Duration::from_millis(300)).await;

    let mut amira = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = amira.expect_type("ready").await;
    assert_eq!(ready["conversations"][0]["conversation_id"], conversation);
    child
        .expect_none("a counsellor-left notice", Duration::from_secs(6), |frame| {
            frame["body"]["notice"] == "counsellor_left"
        })
        .await;
}
