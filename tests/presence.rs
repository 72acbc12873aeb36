//! Presence, over the real sockets: a child who leaves on purpose (`leave`: the quick
//! exit, the page closed) is out of the queue at once and cannot be accepted; the
//! counsellor sees `left`, `connection_lost` and `connected` within moments; a reload
//! within the grace period gives the child their place back; and the counsellor's own
//! dropped connection is shown to the child. The waiting state says what will happen
//! when nobody who speaks the language is on duty.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use support::{available_counsellor, connected_pair, sign_in, Client, Scratch};

/// Presence changes must reach the other side within this.
const PROMPT: Duration = Duration::from_secs(3);

fn line<'a>(board: &'a Value, language: &str) -> Option<&'a Value> {
    board["languages"].as_array()?.iter().find(|line| line["language"] == language)
}

/// Waits for the staff `presence` frame of `conversation` saying `state`, and checks it
/// came promptly.
async fn expect_child_presence(counsellor: &mut Client, conversation: &Value, state: &str) {
    let started = Instant::now();
    counsellor
        .expect(&format!("presence {state}"), |frame| {
            frame["type"] == "presence" && frame["conversation_id"] == *conversation && frame["child"] == state
        })
        .await;
    assert!(started.elapsed() < PROMPT, "presence {state} took {:?}", started.elapsed());
}

async fn expect_counsellor_presence(child: &mut Client, state: &str) {
    let started = Instant::now();
    child
        .expect(&format!("counsellor presence {state}"), |frame| {
            frame["type"] == "presence" && frame["counsellor"] == state
        })
        .await;
    assert!(started.elapsed() < PROMPT, "presence {state} took {:?}", started.elapsed());
}

#[tokio::test]
async fn a_waiting_child_who_leaves_is_out_of_the_queue_at_once_and_cannot_be_accepted() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 1);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let carla_cookie = sign_in(&server, "carla").await;
    let mut carla = Client::connect(&server, "/ws/v1/staff", Some(&carla_cookie), "coordinator").await;
    carla.expect_type("ready").await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;

    // Two children wait; the first is offered to Sam.
    let mut first = Client::child(&server).await;
    let attached = first.request(json!({"type": "start", "language": "en"})).await;
    let gone = attached["conversation_id"].clone();
    sam.expect("the offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == gone).await;
    let mut second = Client::child(&server).await;
    let attached = second.request(json!({"type": "start", "language": "en"})).await;
    let staying = attached["conversation_id"].clone();
    carla
        .expect("two waiting", |frame| {
            frame["type"] == "board" && line(frame, "en").is_some_and(|en| en["waiting"] == 2)
        })
        .await;

    // The first child quick-exits: the offer goes at once, the next child is offered.
    let started = Instant::now();
    first.request(json!({"type": "leave"})).await;
    sam.expect("the offer withdrawn", |frame| frame["type"] == "offer_withdrawn" && frame["conversation_id"] == gone)
        .await;
    sam.expect("the next child offered", |frame| frame["type"] == "offer" && frame["conversation_id"] == staying).await;
    assert!(started.elapsed() < PROMPT, "leaving took {:?}", started.elapsed());
    // An accept that crosses the leave is told plainly.
    assert_eq!(sam.refused(json!({"type": "accept", "conversation_id": gone})).await, "child_left");
    // The board no longer counts the child who left.
    let started = Instant::now();
    carla
        .expect("one waiting", |frame| {
            frame["type"] == "board" && line(frame, "en").is_some_and(|en| en["waiting"] == 1)
        })
        .await;
    assert!(started.elapsed() < PROMPT, "the board took {:?}", started.elapsed());
    // The socket that left is no longer attached to anything.
    assert_eq!(first.refused(json!({"type": "send", "text": "still there?"})).await, "no_conversation");
    assert_eq!(first.refused(json!({"type": "leave"})).await, "no_conversation");

    // The child still waiting is answered.
    sam.request(json!({"type": "accept", "conversation_id": staying})).await;
    second.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    // Sam holds their one chat: the child who left is never offered again.
    sam.expect_none("an offer of the child who left", Duration::from_millis(500), |frame| frame["type"] == "offer")
        .await;
}

#[tokio::test]
async fn a_reload_after_leaving_puts_the_child_back_in_their_place() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    // Nobody on duty: two children in line for English.
    let mut first = Client::child(&server).await;
    let attached = first.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().expect("token").to_owned();
    first.expect("place 1", |frame| frame["type"] == "queue" && frame["position"] == 1).await;
    let mut second = Client::child(&server).await;
    second.request(json!({"type": "start", "language": "en"})).await;
    second.expect("place 2", |frame| frame["type"] == "queue" && frame["position"] == 2).await;

    // The first page is closed (or reloaded: the browser cannot tell): out of line.
    first.request(json!({"type": "leave"})).await;
    first.close().await;
    second.expect("place 1 once the first left", |frame| frame["type"] == "queue" && frame["position"] == 1).await;

    // The page comes back within the grace period: first in line again.
    let mut again = Client::child(&server).await;
    let resumed = again.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    assert_eq!(resumed["state"], "waiting");
    again.expect("place 1 again", |frame| frame["type"] == "queue" && frame["position"] == 1).await;
    second.expect("place 2 again", |frame| frame["type"] == "queue" && frame["position"] == 2).await;
}

#[tokio::test]
async fn the_counsellor_sees_left_connection_lost_and_connected_within_seconds() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().expect("token").to_owned();
    let conversation = attached["conversation_id"].clone();
    let offer = sam.expect_type("offer").await;
    sam.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    // With the chat comes the child's presence.
    expect_child_presence(&mut sam, &conversation, "connected").await;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    // The network drops: "connection lost", then "connected" after the resume.
    child.drop_connection().await;
    expect_child_presence(&mut sam, &conversation, "connection_lost").await;
    let mut child = Client::child(&server).await;
    let resumed = child.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    assert_eq!(resumed["state"], "active");
    expect_counsellor_presence(&mut child, "connected").await;
    expect_child_presence(&mut sam, &conversation, "connected").await;

    // The child quick-exits: "left", at once; the chat is still the counsellor's.
    child.request(json!({"type": "leave"})).await;
    expect_child_presence(&mut sam, &conversation, "left").await;
    child.close().await;
    sam.expect_none("a second presence", Duration::from_millis(500), |frame| frame["type"] == "presence").await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "Take care."})).await;

    // A console opened now is told the same, after `ready`.
    let cookie = sign_in(&server, "sam").await;
    let mut tab = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "second tab").await;
    tab.expect_type("ready").await;
    expect_child_presence(&mut tab, &conversation, "left").await;

    // A reload after all: back, and the counsellor sees it.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    expect_child_presence(&mut sam, &conversation, "connected").await;
    expect_child_presence(&mut tab, &conversation, "connected").await;
}

#[tokio::test]
async fn the_child_sees_the_counsellor_connection_lost_and_back() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let server = scratch.start(&[]).await;
    let (mut sam, cookie) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;

    sam.drop_connection().await;
    expect_counsellor_presence(&mut child, "connection_lost").await;
    let mut sam = Client::counsellor(&server, &cookie).await;
    expect_counsellor_presence(&mut child, "connected").await;
    expect_child_presence(&mut sam, &conversation, "connected").await;
    // A second tab is no change for the child.
    let mut tab = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "second tab").await;
    tab.expect_type("ready").await;
    child
        .expect_none("a presence for a second tab", Duration::from_millis(500), |frame| frame["type"] == "presence")
        .await;
}

#[tokio::test]
async fn with_nobody_for_the_language_the_queue_says_so_and_what_can_happen() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let server = scratch.start(&[]).await;
    let (_sam, _) = available_counsellor(&server, "sam").await;

    // Nobody speaks Tigrinya: no estimate (nobody is coming now), English answered.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "start", "language": "ti"})).await;
    let queue = child.expect_type("queue").await;
    assert_eq!(queue["counsellor_on_duty"], false, "{queue}");
    assert!(queue.get("estimated_wait_seconds").is_none(), "{queue}");
    assert_eq!(queue["languages_on_duty"], json!(["en"]));
    assert!(queue.get("also_reads_on_duty").is_none(), "the child reads no English: {queue}");

    // A child who also reads English may be answered by Sam after the delay: said so.
    let mut reader = Client::child(&server).await;
    reader.request(json!({"type": "start", "language": "ti", "also_reads": ["en"]})).await;
    let queue = reader.expect_type("queue").await;
    assert_eq!(queue["counsellor_on_duty"], false, "{queue}");
    assert_eq!(queue["also_reads_on_duty"], true, "{queue}");
}

#[tokio::test]
async fn a_chat_whose_child_left_goes_back_to_a_queue_without_being_offered() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    scratch.add_user("lea", "fr", 2);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut lea, _) = available_counsellor(&server, "lea").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().expect("token").to_owned();
    let conversation = attached["conversation_id"].clone();
    sam.expect_type("offer").await;
    sam.request(json!({"type": "accept", "conversation_id": conversation})).await;

    // The child quick-exits; Sam passes the chat on to the French queue anyway.
    child.request(json!({"type": "leave"})).await;
    expect_child_presence(&mut sam, &conversation, "left").await;
    let target = json!({"kind": "language", "language": "fr"});
    sam.request(json!({"type": "transfer", "conversation_id": conversation, "target": target, "note": "French?"}))
        .await;
    // Nobody is offered a child who is not there.
    lea.expect_none("an offer of a child who left", Duration::from_millis(800), |frame| frame["type"] == "offer").await;
    // The page comes back (a reload): the child is in line, and offered.
    let mut child = Client::child(&server).await;
    child.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
    lea.expect("the offer", |frame| frame["type"] == "offer" && frame["conversation_id"] == conversation).await;
}

/// A connection that dies without closing (a phone out of coverage) sends nothing, not
/// even the pong every live client answers the server's pings with: after the idle
/// limit it counts as gone, so the counsellor sees "connection lost" and a waiting child
/// would start their grace period, instead of looking connected for hours.
#[tokio::test]
async fn a_connection_that_goes_silent_counts_as_lost_after_the_idle_limit() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let server = scratch.start(&["--socket-idle-secs", "3"]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let conversation = attached["conversation_id"].clone();
    let offer = sam.expect_type("offer").await;
    sam.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    expect_child_presence(&mut sam, &conversation, "connected").await;

    // The counsellor keeps reading (so answers pings) well past the limit; the child's
    // socket is open but never read again, so it never answers.
    let started = Instant::now();
    sam.expect("presence connection_lost", |frame| {
        frame["type"] == "presence" && frame["conversation_id"] == conversation && frame["child"] == "connection_lost"
    })
    .await;
    let after = started.elapsed();
    assert!(after >= Duration::from_secs(2) && after < Duration::from_secs(8), "lost after {after:?}");
    // The counsellor, who answered every ping, is still connected and can write.
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "Are you still there?"})).await;
    drop(child);
}
