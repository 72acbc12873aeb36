//! Several nodes on one PostgreSQL database, each a real `bridgeline serve` process:
//! every node serves, one leads and the others relay their sockets to it. A child on
//! one node chats with a counsellor on another; two counsellors on two nodes pressing
//! accept at once give one winner; when a node is killed with SIGKILL its sockets
//! resume elsewhere, and when it was the leader another takes over within 5 seconds
//! from the database, with nothing lost, nothing doubled, no child forgotten or offered
//! twice.
//!
//! These run in `./x test`'s PostgreSQL pass (`BRIDGELINE_TEST_POSTGRES` set); on
//! SQLite, one file belongs to one process, and they say so and stop.

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::{available_counsellor, http, messages_in, sign_in, text_of, Client, Scratch, Server};

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

/// Waits (bounded) until `node` serves: a follower once its link to the leader is up.
async fn until_ready(node: &Server, within: Duration) {
    let deadline = Instant::now() + within;
    while !node.ready().await {
        assert!(Instant::now() < deadline, "{} is not ready after {within:?}:\n{}", node.addr, node.logs());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Starts `count` nodes on the scratch's database; the first leads (it is ready
/// before the others start), the others follow it and are ready once linked. Returns
/// them in start order.
async fn nodes(scratch: &Scratch, count: usize) -> Vec<Server> {
    let first = scratch.start(&[]).await;
    assert!(first.leads().await, "the first node leads");
    let mut nodes = vec![first];
    for _ in 1..count {
        let node = scratch.start(&[]).await;
        until_ready(&node, Duration::from_secs(5)).await;
        assert!(!node.leads().await, "a second node leads");
        nodes.push(node);
    }
    nodes
}

/// Waits until exactly one of `nodes` leads; returns its index. Fails past
/// [`TAKEOVER`] (and a margin for the check itself).
async fn leader(nodes: &[&Server], since: Instant) -> usize {
    loop {
        let mut leading = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            if node.leads().await {
                leading.push(index);
            }
        }
        assert!(leading.len() <= 1, "two nodes lead at once: {leading:?}");
        if let [index] = leading[..] {
            return index;
        }
        assert!(since.elapsed() < TAKEOVER, "no node took over within {TAKEOVER:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The answer to the request `id` among a client's frames.
async fn answer(client: &mut Client, id: &str) -> Value {
    client.expect("the answer", |frame| frame["id"] == id).await
}

/// Both sides of a chat send 40 messages each, without waiting for the acks.
async fn burst(child: &mut Client, counsellor: &mut Client, conversation: &Value) {
    for index in 0..40 {
        child.send(json!({"type": "send", "id": format!("c-{index}"), "text": format!("child says {index}")})).await;
        counsellor
            .send(json!({"type": "send", "id": format!("s-{index}"), "conversation_id": conversation,
                         "text": format!("sam says {index}")}))
            .await;
    }
}

/// Reads the next ack of a burst (`c-` ids from the child, `s-` from the counsellor)
/// and notes which text it acknowledged under its `seq`.
async fn acknowledged_one(client: &mut Client, acknowledged: &mut BTreeMap<u64, String>) {
    let ack = client.expect("ack", |frame| frame["type"] == "ack").await;
    let id = ack["id"].as_str().expect("an ack's id");
    let text = match (id.strip_prefix("c-"), id.strip_prefix("s-")) {
        (Some(index), _) => format!("child says {index}"),
        (_, Some(index)) => format!("sam says {index}"),
        _ => panic!("an ack for no message of the burst: {ack}"),
    };
    acknowledged.insert(ack["seq"].as_u64().expect("seq"), text);
}

/// After a resume: nothing was stored twice, and the child's page resends every
/// message of its burst (it never saw some acknowledged): each is stored once, a
/// stored one under its old `seq`.
async fn resend_the_burst(child: &mut Client, stored: &BTreeMap<u64, String>) {
    let mut texts: Vec<&String> = stored.values().collect();
    let all = texts.len();
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), all, "a message was stored twice");
    for index in 0..40 {
        let text = format!("child says {index}");
        child.send(json!({"type": "send", "id": format!("c-{index}"), "text": text})).await;
        let ack = child.expect("ack", |frame| frame["id"] == format!("c-{index}").as_str()).await;
        assert_eq!(ack["type"], "ack", "{ack}");
        if let Some(seq) = stored.iter().find_map(|(seq, stored)| (*stored == text).then_some(*seq)) {
            assert_eq!(ack["seq"], seq, "a resent message got a new seq");
        }
    }
}

#[tokio::test]
async fn every_node_serves_one_leads_and_another_takes_over_with_the_waiting_children() {
    if !on_postgres("every_node_serves") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut nodes = nodes(&scratch, 3).await;

    // Followers serve: pages, readiness, metrics that say who leads and show the
    // helpline's queues.
    for follower in &nodes[1..] {
        assert_eq!(readyz(follower).await, (200, "ready".to_owned()));
        assert_eq!(http(follower.addr, "GET", "/", &[], None).await.status, 200);
        let metrics = http(follower.addr, "GET", "/metrics", &[], None).await;
        assert!(metrics.body.lines().any(|line| line == "bridgeline_leader 0"), "{}", metrics.body);
        assert!(metrics.body.contains("bridgeline_staff_online 0"), "{}", metrics.body);
    }
    // Another node's link needs the leader's secret.
    let forged = [("Authorization", "Bearer not-the-secret")];
    assert_eq!(support::handshake_status(&nodes[0], "/internal/v1/link", &forged).await, 403);
    assert_eq!(support::handshake_status(&nodes[1], "/internal/v1/link", &forged).await, 404);

    // Three children wait, on the two followers: nobody is on duty yet.
    let mut tokens = Vec::new();
    let mut conversations = Vec::new();
    let mut waiting = Vec::new();
    for n in 0..3 {
        let mut child = Client::child(&nodes[1 + n % 2]).await;
        let attached = child.request(json!({"type": "start", "language": "en"})).await;
        assert_eq!(attached["state"], "waiting");
        child.request(json!({"type": "send", "text": format!("child {n} waits")})).await;
        tokens.push(attached["resume_token"].as_str().expect("token").to_owned());
        conversations.push(attached["conversation_id"].clone());
        waiting.push(child);
    }
    let metrics = http(nodes[2].addr, "GET", "/metrics", &[], None).await;
    assert!(metrics.body.contains("bridgeline_queue_waiting{language=\"en\"} 3"), "{}", metrics.body);

    // The leader dies: the followers close their sockets (the children will resume),
    // and one of them takes over in time.
    nodes[0].kill();
    let died = Instant::now();
    for child in &mut waiting {
        assert_eq!(child.expect_close().await, Some(1012), "a follower's socket closes when its leader dies");
    }
    let survivors: Vec<&Server> = nodes[1..].iter().collect();
    let next = survivors[leader(&survivors, died).await];
    eprintln!("taken over after {:?}", died.elapsed());
    let follower = nodes[1..].iter().find(|node| node.addr != next.addr).expect("the other survivor");
    until_ready(follower, TAKEOVER).await;
    assert!(!follower.leads().await, "the other survivor follows the new leader");

    // The children come back through the remaining follower and find their place.
    let mut children = Vec::new();
    for (n, token) in tokens.iter().enumerate() {
        let mut child = Client::child(follower).await;
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
}

#[tokio::test]
async fn a_child_and_a_counsellor_on_two_followers_chat_and_a_coordinator_and_an_admin_act_through_them() {
    if !on_postgres("cross_node_chat") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    scratch.add_staff("carla", "coordinator", "en", 3);
    scratch.add_staff("ada", "admin", "en", 1);
    let nodes = nodes(&scratch, 3).await;
    let (leader, child_node, counsellor_node) = (&nodes[0], &nodes[1], &nodes[2]);

    // Every client is on a follower: the leader holds none of them.
    let carla_cookie = sign_in(child_node, "carla").await;
    let mut carla = Client::connect(child_node, "/ws/v1/staff", Some(&carla_cookie), "carla").await;
    carla.expect_type("ready").await;
    let (mut sam, sam_cookie) = available_counsellor(counsellor_node, "sam").await;
    let (mut child, conversation, _) = support::resumable_pair(child_node, &mut sam, "en").await;
    carla
        .expect("the chat on the board", |frame| {
            frame["type"] == "board"
                && frame["chats"].as_array().is_some_and(|chats| {
                    chats.iter().any(|chat| chat["conversation_id"] == conversation && chat["username"] == "sam")
                })
        })
        .await;

    // Both ways, each message acknowledged to its sender and delivered to the other.
    for round in 0..5 {
        let text = format!("child on one node, round {round}");
        let ack = child.request(json!({"type": "send", "text": text})).await;
        assert_eq!(ack["type"], "ack", "{ack}");
        let seen = sam.expect("the child's message", |frame| text_of(frame) == Some(text.as_str())).await;
        assert_eq!(seen["seq"], ack["seq"]);
        let text = format!("counsellor on another, round {round}");
        let ack = sam.request(json!({"type": "send", "conversation_id": conversation, "text": text})).await;
        assert_eq!(ack["type"], "ack", "{ack}");
        let seen = child.expect("the counsellor's message", |frame| text_of(frame) == Some(text.as_str())).await;
        assert_eq!(seen["seq"], ack["seq"]);
    }
    // Typing and read marks cross too.
    let id = child.id();
    child.send(json!({"type": "typing", "id": id})).await;
    sam.expect("typing", |frame| frame["type"] == "typing").await;

    // An admin's settings change through one follower reaches the board on the other.
    let ada = sign_in(counsellor_node, "ada").await;
    let origin = format!("http://{}", counsellor_node.addr);
    let changed = http(
        counsellor_node.addr,
        "PUT",
        "/api/v1/settings",
        &[("Cookie", ada.as_str()), ("Origin", origin.as_str())],
        Some(&json!({"target_wait_secs": 30}).to_string()),
    )
    .await;
    assert_eq!(changed.status, 200, "{}", changed.body);
    let mut another = Client::child(leader).await;
    another.request(json!({"type": "start", "language": "en"})).await;
    carla.expect("the new target", |frame| frame["type"] == "board" && frame["target_wait_seconds"] == 30).await;

    // A sign-out on the child's node ends the counsellor's session on the third:
    // the very next frame is refused, without waiting for the periodic check.
    let signed_out = http(
        child_node.addr,
        "DELETE",
        "/api/v1/session",
        &[("Cookie", sam_cookie.as_str()), ("Origin", &format!("http://{}", child_node.addr))],
        None,
    )
    .await;
    assert_eq!(signed_out.status, 204, "{}", signed_out.body);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let id = sam.id();
    sam.send(json!({"type": "send", "id": id, "conversation_id": conversation, "text": "after sign-out"})).await;
    let refused = sam.expect("the refusal", |frame| frame["type"] == "error" || frame["type"] == "ack").await;
    assert_eq!(refused["code"], "unauthenticated", "{refused}");
    assert_eq!(sam.expect_close().await, Some(1008));
    child
        .expect_none("the refused message", Duration::from_millis(300), |frame| {
            text_of(frame) == Some("after sign-out")
        })
        .await;
}

#[tokio::test]
async fn simultaneous_accepts_from_counsellors_on_two_nodes_give_one_winner() {
    if !on_postgres("simultaneous_accepts") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 25);
    scratch.add_user("bashir", "en", 25);
    let nodes = nodes(&scratch, 3).await;
    let (mut amira, _) = available_counsellor(&nodes[1], "amira").await;
    let (mut bashir, _) = available_counsellor(&nodes[2], "bashir").await;

    for round in 0..20 {
        let mut child = Client::child(&nodes[round % 3]).await;
        let attached = child.request(json!({"type": "start", "language": "en"})).await;
        let conversation = attached["conversation_id"].clone();
        // Both press accept at the same moment, whoever holds the offer.
        let amira_id = amira.id();
        let bashir_id = bashir.id();
        let accept = |id: &str| json!({"type": "accept", "id": id, "conversation_id": conversation});
        tokio::join!(amira.send(accept(&amira_id)), bashir.send(accept(&bashir_id)));
        let (amira_answer, bashir_answer) =
            tokio::join!(answer(&mut amira, &amira_id), answer(&mut bashir, &bashir_id));
        let answers = [&amira_answer, &bashir_answer];
        let winners = answers.iter().filter(|reply| reply["type"] == "ack").count();
        assert_eq!(winners, 1, "round {round}: {answers:?}");
        let loser = answers.iter().find(|reply| reply["type"] != "ack").expect("a loser");
        assert_eq!(loser["code"], "offer_gone", "round {round}: {loser}");
        child.expect("one counsellor joins", |frame| frame["body"]["notice"] == "counsellor_joined").await;
        child
            .expect_none("a second join", Duration::from_millis(100), |frame| {
                frame["body"]["notice"] == "counsellor_joined"
            })
            .await;
    }
    let database = support::open_database(&nodes[0].database).await;
    let assignments: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM assignments").fetch_one(&database).await.expect("count");
    assert_eq!(assignments, 20, "one assignment per child");
}

#[tokio::test]
async fn every_acknowledged_message_is_delivered_exactly_once_after_a_node_holding_the_child_dies_mid_stream() {
    if !on_postgres("a_follower_dies_mid_stream") {
        return;
    }
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let mut nodes = nodes(&scratch, 3).await;
    let (mut sam, _) = available_counsellor(&nodes[2], "sam").await;
    let (mut child, conversation, token) = support::resumable_pair(&nodes[1], &mut sam, "en").await;

    // Both sides send a burst; the child's node is killed while acks still come.
    burst(&mut child, &mut sam, &conversation).await;
    let mut acknowledged: BTreeMap<u64, String> = BTreeMap::new();
    for _ in 0..8 {
        acknowledged_one(&mut child, &mut acknowledged).await;
    }
    nodes[1].kill();
    drop(child);
    // The counsellor's side is untouched: every one of its sends is acknowledged.
    for _ in 0..40 {
        acknowledged_one(&mut sam, &mut acknowledged).await;
    }

    // The child resumes on another node: every message once, in order, and each
    // acknowledged one among them.
    let support::Recovered { mut child, stored, .. } = support::recover_chat(&nodes[2], &token, &acknowledged).await;
    resend_the_burst(&mut child, &stored).await;
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "still with you"})).await;
    child.expect("on the new node", |frame| text_of(frame) == Some("still with you")).await;
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
    burst(&mut child, &mut sam, &conversation).await;
    let mut acknowledged: BTreeMap<u64, String> = BTreeMap::new();
    for _ in 0..8 {
        acknowledged_one(&mut child, &mut acknowledged).await;
        acknowledged_one(&mut sam, &mut acknowledged).await;
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
    resend_the_burst(&mut child, &stored).await;

    // The counsellor's chat came back with them; both sides go on.
    let mut sam = Client::connect(next, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = sam.expect_type("ready").await;
    let chats = ready["conversations"].as_array().expect("conversations");
    assert!(chats.iter().any(|chat| chat["conversation_id"] == conversation), "{ready}");
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "still with you"})).await;
    child.expect("after the takeover", |frame| text_of(frame) == Some("still with you")).await;
}
