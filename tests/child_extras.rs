//! The child's side beyond plain chat, over real sockets: the optional questions,
//! the queue status when nobody speaks the language, moving to another queue, typing,
//! read marks and the rating.

mod support;

use std::time::Duration;

use serde_json::json;

use support::{available_counsellor, connected_pair, Client, Scratch};

#[tokio::test]
async fn answers_are_checked_kept_and_shown_with_the_offer() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;
    let mut child = Client::child(&server).await;
    let bad_country = json!({"type": "start", "language": "ar", "intake": {"country": "germany"}});
    assert_eq!(child.refused(bad_country).await, "invalid_field");
    let unknown_topic = json!({"type": "start", "language": "ar", "intake": {"topics": ["pirates"]}});
    assert_eq!(child.refused(unknown_topic).await, "invalid_field");

    let intake = json!({"topics": ["migration", "family", "migration"], "age_band": "10_12", "country": "GR"});
    child.request(json!({"type": "start", "language": "ar", "intake": intake})).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let offer = amira.expect_type("offer").await;
    assert_eq!(offer["intake"], json!({"topics": ["family", "migration"], "age_band": "10_12", "country": "GR"}));
}

#[tokio::test]
async fn a_child_nobody_can_answer_is_told_at_once_and_can_move_to_a_staffed_queue() {
    let scratch = Scratch::new();
    scratch.add_user("olena", "uk", 2);
    let server = scratch.start(&[]).await;
    let (mut olena, _) = available_counsellor(&server, "olena").await;

    let mut child = Client::child(&server).await;
    child.request(json!({"type": "start", "language": "ru"})).await;
    let queue = child.expect_type("queue").await;
    assert_eq!(queue["position"], 1);
    assert_eq!(queue["counsellor_on_duty"], false);
    assert_eq!(queue["languages_on_duty"], json!(["uk"]));
    assert!(queue.get("estimated_wait_seconds").is_none(), "no estimate without anyone on duty: {queue}");
    olena
        .expect_none("an offer of a Russian-speaking child", Duration::from_millis(300), |frame| {
            frame["type"] == "offer"
        })
        .await;

    // Moving to Ukrainian: announced in the conversation, and Olena is offered the child.
    assert_eq!(child.refused(json!({"type": "change_language", "language": "xx"})).await, "unknown_language");
    child.request(json!({"type": "change_language", "language": "uk"})).await;
    let notice = child.expect("the notice", |frame| frame["body"]["notice"] == "language_changed").await;
    assert_eq!(notice["body"]["language"], "uk");
    let offer = olena.expect_type("offer").await;
    assert_eq!(offer["language"], "uk");
    olena.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    // Once in a chat, the queue cannot be changed.
    assert_eq!(child.refused(json!({"type": "change_language", "language": "ru"})).await, "invalid_field");
}

#[tokio::test]
async fn typing_is_passed_on_sparingly_and_read_marks_only_go_up() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "fr", 2);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "fr").await;

    // Two typing signals in quick succession reach the counsellor once.
    child.request(json!({"type": "typing"})).await;
    child.request(json!({"type": "typing"})).await;
    amira.expect_type("typing").await;
    amira.expect_none("a second typing signal", Duration::from_millis(500), |frame| frame["type"] == "typing").await;
    amira.request(json!({"type": "typing", "conversation_id": conversation})).await;
    child.expect_type("typing").await;

    let sent = amira.request(json!({"type": "send", "conversation_id": conversation, "text": "Bonjour"})).await;
    let seq = sent["seq"].as_u64().expect("seq");
    assert_eq!(child.refused(json!({"type": "read", "seq": seq + 5})).await, "invalid_field");
    child.request(json!({"type": "read", "seq": seq})).await;
    let read = amira.expect_type("read").await;
    assert_eq!((read["conversation_id"].clone(), read["seq"].as_u64()), (conversation.clone(), Some(seq)));
    // A lower mark changes nothing and tells nobody.
    child.request(json!({"type": "read", "seq": 1})).await;
    amira.expect_none("a lower read mark", Duration::from_millis(300), |frame| frame["type"] == "read").await;

    let mine = child.request(json!({"type": "send", "text": "salut"})).await;
    amira.request(json!({"type": "read", "conversation_id": conversation, "seq": mine["seq"]})).await;
    assert_eq!(child.expect_type("read").await["seq"], mine["seq"]);
}

#[tokio::test]
async fn a_chat_is_rated_once_it_has_ended_and_the_marks_survive_a_resume() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].clone();
    let offer = amira.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    let mine = child.request(json!({"type": "send", "text": "hello"})).await;
    amira.request(json!({"type": "read", "conversation_id": conversation, "seq": mine["seq"]})).await;

    assert_eq!(child.refused(json!({"type": "rate", "rating": "helped"})).await, "invalid_field");
    child.request(json!({"type": "end"})).await;
    child.request(json!({"type": "rate", "rating": "somewhat"})).await;
    let rated = amira.expect_type("rated").await;
    assert_eq!((rated["conversation_id"].clone(), rated["rating"].clone()), (conversation, json!("somewhat")));

    // A new tab resumes the ended chat: it still knows what the counsellor read.
    child.close().await;
    let mut again = Client::child(&server).await;
    let resumed = again.request(json!({"type": "resume", "resume_token": token})).await;
    assert_eq!(resumed["state"], "ended");
    assert_eq!(resumed["counsellor_read_seq"], mine["seq"]);
}
