//! Several nodes on one PostgreSQL database, each a real `bridgeline serve` process:
//! one leads (serves the helpline), the others stand by and answer 503; when the
//! leader is killed with SIGKILL another takes over within 5 seconds from the
//! database, and every socket resumes on it with nothing lost, nothing doubled, no
//! child forgotten or offered twice.
//!
//! These run in `./x test`'s PostgreSQL pass (`BRIDGELINE_TEST_POSTGRES` set); on
//! SQLite, one file belongs to one process, and they say so and stop.

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::json;
use support::{available_counsellor, handshake_status, http, messages_in, text_of, Client, Scratch, Server};

/// How long a takeover may take, from the leader's death to another node serving.
const TAKEOVER: Duration = Duration::from_secs(5);

fn on_postgres(test: &str) -> bool {
    let there = support::postgres_server().is_some();
    if !there {
        eprintln!("{test}: runs in the PostgreSQL pass of ./x test (BRIDGELINE_TEST_POSTGRES)");
    }
    there
}

async fn readyz(server: &Server) -> (u16, String) {
    let response = http(server.addr, "GET", "/readyz", &[], None).await;
    (response.status, response.body)
}

/// Starts `count` nodes on the scratch's database; the first leads (it is ready
/// before the others start). Returns them in start order.
async fn nodes(scratch: &Scratch, count: usize) -> Vec<Server> {
    let first = scratch.start(&[]).await;
    assert!(first.ready().await, "the first node leads");
    let mut nodes = vec![first];
    for _ in 1..count {
        let node = scratch.start(&[]).await;
        nodes.push(node);
    }
    nodes
}

/// Waits until exactly one of `nodes` is ready; returns its index and how long that
/// took. Fails past [`TAKEOVER`] (and a margin for the check itself).
async fn leader(nodes: &[&Server], since: Instant) -> usize {
    loop {
        let mut ready = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            if node.ready().await {
                ready.push(index);
            }
        }
        assert!(ready.len() <= 1, "two nodes lead at once: {ready:?}");
        if let [index] = ready[..] {
            return index;
        }
        assert!(since.elapsed() < TAKEOVER, "no node took over within {TAKEOVER:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn one_node_leads_the_others_stand_by_and_one_takes_over_with_the_waiting_children() {
    if !on_postgres("one_node_leads") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut nodes = nodes(&scratch, 3).await;

    // Standbys are alive, not ready, and serve nobody: not the page, not a socket.
    for standby in &nodes[1..] {
        assert_eq!(readyz(standby).await, (503, "standby".to_owned()));
        assert_eq!(http(standby.addr, "GET", "/healthz", &[], None).await.status, 200);
        assert_eq!(http(standby.addr, "GET", "/", &[], None).await.status, 503);
        assert_eq!(handshake_status(standby, "/ws/v1/child", &[]).await, 503);
        let metrics = http(standby.addr, "GET", "/metrics", &[], None).await;
        assert!(metrics.body.lines().any(|line| line == "bridgeline_leader 0"), "{}", metrics.body);
    }
    let metrics = http(nodes[0].addr, "GET", "/metrics", &[], None).await;
    assert!(metrics.body.lines().any(|line| line == "bridgeline_leader 1"), "{}", metrics.body);

    // Three children wait on the leader: nobody is on duty yet.
    let mut tokens = Vec::new();
    let mut conversations = Vec::new();
    for n in 0..3 {
        let mut child = Client::child(&nodes[0]).await;
        let attached = child.request(json!({"type": "start", "language": "en"})).await;
        assert_eq!(attached["state"], "waiting");
        child.request(json!({"type": "send", "text": format!("child {n} waits")})).await;
        tokens.push(attached["resume_token"].as_str().expect("token").to_owned());
        conversations.push(attached["conversation_id"].clone());
    }

    // The leader dies; one of the other two takes over in time.
    nodes[0].kill();
    let died = Instant::now();
    let survivors: Vec<&Server> = nodes[1..].iter().collect();
    let next = survivors[leader(&survivors, died).await];
    eprintln!("taken over after {:?}", died.elapsed());

    // The children come back to it and find their place in the queue.
    let mut children = Vec::new();
    for (n, token) in tokens.iter().enumerate() {
        let mut child = Client::child(next).await;
        let resumed = child.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
        assert_eq!(resumed["state"], "waiting", "child {n}: {resumed}");
        assert_eq!(resumed["conversation_id"], conversations[n]);
        let kept = format!("child {n} waits");
        let [_, position] = &child
            .expect_each(
                "the kept message and the queue position",
                &[
                    &|frame| messages_in(frame).iter().any(|message| text_of(message) == Some(kept.as_str())),
                    &|frame| frame["type"] == "queue",
                ],
            )
            .await[..]
        else {
            unreachable!("expect_each returns one frame per predicate")
        };
        assert!(position["position"].as_u64().is_some_and(|place| place >= 1), "child {n}: {position}");
        children.push(child);
    }

    // A counsellor comes on duty on the new leader: each child is offered once, in
    // the order they came, and reaches them.
    let (mut sam, _) = available_counsellor(next, "sam").await;
    let mut offered = Vec::new();
    while offered.len() < 3 {
        // The next offer may have come while an accept waited for its answer.
        let seen = sam.seen.iter().filter(|frame| frame["type"] == "offer").map(|frame| &frame["conversation_id"]);
        let next_offer = match seen.clone().find(|id| !offered.contains(*id)) {
            Some(id) => id.clone(),
            None => sam.expect_type("offer").await["conversation_id"].clone(),
        };
        offered.push(next_offer.clone());
        sam.request(json!({"type": "accept", "conversation_id": next_offer})).await;
    }
    assert_eq!(offered, conversations, "offers follow the order the children came in");
    sam.expect_none("an offer more", Duration::from_millis(500), |frame| frame["type"] == "offer").await;
    let offers = sam.seen.iter().filter(|frame| frame["type"] == "offer").count();
    assert_eq!(offers, 3, "each child is offered once");
    for child in &mut children {
        child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    }
    let standby = nodes[1..].iter().find(|node| node.addr != next.addr).expect("a standby");
    assert_eq!(readyz(standby).await, (503, "standby".to_owned()), "the third node still stands by");
}

#[tokio::test]
async fn every_acknowledged_message_is_delivered_exactly_once_after_the_leader_dies_mid_stream() {
    if !on_postgres("every_acknowledged_message") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut nodes = nodes(&scratch, 3).await;
    let (mut sam, cookie) = available_counsellor(&nodes[0], "sam").await;
    let (mut child, conversation, token) = support::resumable_pair(&nodes[0], &mut sam, "en").await;

    // Both sides send a burst; the leader is killed while acks are still coming.
    for index in 0..40 {
        child.send(json!({"type": "send", "id": format!("c-{index}"), "text": format!("child says {index}")})).await;
        sam.send(json!({"type": "send", "id": format!("s-{index}"), "conversation_id": conversation,
                        "text": format!("sam says {index}")}))
            .await;
    }
    let mut acknowledged: BTreeMap<u64, String> = BTreeMap::new();
    for _ in 0..8 {
        let ack = child.expect("ack", |frame| frame["type"] == "ack").await;
        let index = ack["id"].as_str().and_then(|id| id.strip_prefix("c-")).expect("a child message id");
        acknowledged.insert(ack["seq"].as_u64().expect("seq"), format!("child says {index}"));
        let ack = sam.expect("ack", |frame| frame["type"] == "ack").await;
        let index = ack["id"].as_str().and_then(|id| id.strip_prefix("s-")).expect("a counsellor message id");
        acknowledged.insert(ack["seq"].as_u64().expect("seq"), format!("sam says {index}"));
    }
    nodes[0].kill();
    let died = Instant::now();
    drop(child);
    drop(sam);
    let survivors: Vec<&Server> = nodes[1..].iter().collect();
    let next = survivors[leader(&survivors, died).await];

    // The child resumes on the new leader: every message once, in order, and each
    // acknowledged one among them.
    let support::Recovered { mut child, stored, .. } = support::recover_chat(next, &token, &acknowledged).await;
    let mut texts: Vec<&String> = stored.values().collect();
    let all = texts.len();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), all, "a message was stored twice");

    // The page resends what it never saw acknowledged: stored once, same seq.
    for index in 0..40 {
        let text = format!("child says {index}");
        child.send(json!({"type": "send", "id": format!("c-{index}"), "text": text})).await;
        let ack = child.expect("ack", |frame| frame["id"] == format!("c-{index}").as_str()).await;
        assert_eq!(ack["type"], "ack", "{ack}");
        if let Some(seq) = stored.iter().find_map(|(seq, stored)| (*stored == text).then_some(*seq)) {
            assert_eq!(ack["seq"], seq, "a resent message got a new seq");
        }
    }

    // The counsellor's chat came back with them; both sides go on.
    let mut sam = Client::connect(next, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = sam.expect_type("ready").await;
    let chats = ready["conversations"].as_array().expect("conversations");
    assert!(chats.iter().any(|chat| chat["conversation_id"] == conversation), "{ready}");
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "still with you"})).await;
    child.expect("after the takeover", |frame| text_of(frame) == Some("still with you")).await;
}
