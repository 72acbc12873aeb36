//! The server is killed with SIGKILL mid-chat and restarted on the same database: both
//! sides resume, and every message either side saw acknowledged is still there.

mod support;

use std::collections::BTreeMap;

use serde_json::json;
use support::{available_counsellor, connected_pair, messages_in, text_of, Client, Scratch};

#[tokio::test]
async fn nothing_acknowledged_is_lost_across_sigkill_and_restart() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut server = scratch.start(&[]).await;
    let (mut sam, cookie) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;
    // The resume token comes from the first attach; connected_pair does not return it,
    // so this test opens its own conversation to keep it.
    child.request(json!({"type": "end"})).await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().unwrap().to_owned();
    let conversation_id = attached["conversation_id"].clone();
    assert_ne!(conversation_id, conversation);
    sam.expect("offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == conversation_id).await;
    sam.request(json!({"type": "accept", "conversation_id": conversation_id})).await;

    // A burst from both sides; the server is killed while acks are still coming.
    for index in 0..30 {
        child
            .send(json!({"type": "send", "id": format!("burst-child-{index}"), "text": format!("child says {index}")}))
            .await;
        sam.send(json!({"type": "send", "id": format!("burst-sam-{index}"), "conversation_id": conversation_id, "text": format!("sam says {index}")})).await;
    }
    let mut acknowledged: BTreeMap<u64, String> = BTreeMap::new();
    for _ in 0..10 {
        let ack = child.expect("ack", |frame| frame["type"] == "ack").await;
        let index: u64 = ack["id"].as_str().unwrap().trim_start_matches("burst-child-").parse().unwrap();
        acknowledged.insert(ack["seq"].as_u64().unwrap(), format!("child says {index}"));
        let ack = sam.expect("ack", |frame| frame["type"] == "ack").await;
        let index: u64 = ack["id"].as_str().unwrap().trim_start_matches("burst-sam-").parse().unwrap();
        acknowledged.insert(ack["seq"].as_u64().unwrap(), format!("sam says {index}"));
    }
    server.kill();
    drop(child);
    drop(sam);

    // A new process on the same database file.
    let server = scratch.start(&[]).await;
    let support::Recovered { mut child, resumed, .. } = support::recover_chat(&server, &token, &acknowledged).await;
    assert_eq!(resumed["counsellor"], "Sam");

    // The counsellor's session and assignment survived too; the chat carries on.
    let mut sam = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = sam.expect_type("ready").await;
    let conversations = ready["conversations"].as_array().unwrap();
    assert!(conversations.iter().any(|chat| chat["conversation_id"] == conversation_id), "{ready}");
    sam.request(json!({"type": "send", "conversation_id": conversation_id, "text": "back again"})).await;
    child.expect("after restart", |frame| text_of(frame) == Some("back again")).await;
    child.request(json!({"type": "send", "text": "me too"})).await;
    sam.expect("after restart", |frame| text_of(frame) == Some("me too")).await;
}

#[tokio::test]
async fn a_waiting_child_keeps_their_place_across_a_restart() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut server = scratch.start(&[]).await;
    let mut first = Client::child(&server).await;
    let first_attached = first.request(json!({"type": "start", "language": "en"})).await;
    let first_token = first_attached["resume_token"].as_str().unwrap().to_owned();
    let mut second = Client::child(&server).await;
    let second_token =
        second.request(json!({"type": "start", "language": "en"})).await["resume_token"].as_str().unwrap().to_owned();
    second.request(json!({"type": "send", "text": "waiting"})).await;
    server.kill();

    let server = scratch.start(&[]).await;
    let mut second = Client::child(&server).await;
    let resumed = second.request(json!({"type": "resume", "resume_token": second_token, "last_seq": 0})).await;
    assert_eq!(resumed["state"], "waiting");
    let [_, position] = &second
        .expect_each(
            "the kept message and the queue position",
            &[&|frame| messages_in(frame).iter().any(|message| text_of(message) == Some("waiting")), &|frame| {
                frame["type"] == "queue"
            }],
        )
        .await[..]
    else {
        unreachable!("expect_each returns one frame per predicate")
    };
    assert_eq!(position["position"], 2, "the second child is still second");
    let mut first = Client::child(&server).await;
    first.request(json!({"type": "resume", "resume_token": first_token, "last_seq": 0})).await;
    assert_eq!(first.expect_type("queue").await["position"], 1);

    // The first in line is offered first.
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let offer = sam.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], first_attached["conversation_id"]);
}
