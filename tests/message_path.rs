//! The message path off the hub: messages from many chats at once are stored in group
//! commits, each numbered once and delivered once; a socket's requests still apply in
//! the order it sent them, whichever part of the server carries them out; and the
//! store, not memory, decides who may write.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};
use support::{available_counsellor, connected_pair, text_of, Client, Scratch};

const CHATS: usize = 8;
const EACH: usize = 20;

/// Reads frames until `acks` acks and `messages` text messages by `author` have come;
/// returns (ack seqs by id, message seqs by conversation and text).
async fn collect(
    client: &mut Client,
    acks: usize,
    author: &str,
    messages: usize,
) -> (BTreeMap<String, u64>, Vec<Value>) {
    let mut acked = BTreeMap::new();
    let mut received = Vec::new();
    while acked.len() < acks || received.len() < messages {
        let frame = client.expect("acks and messages", |_| true).await;
        match frame["type"].as_str() {
            Some("ack") => {
                let seq =
                    frame["seq"].as_u64().unwrap_or_else(|| panic!("{}: an ack without seq: {frame}", client.name));
                assert!(acked.insert(frame["id"].as_str().unwrap_or_default().to_owned(), seq).is_none());
            }
            Some("message") if frame["author"] == author && text_of(&frame).is_some() => received.push(frame),
            Some("error") => panic!("{}: refused: {frame}", client.name),
            _ => {}
        }
    }
    (acked, received)
}

#[tokio::test]
async fn many_chats_writing_at_once_get_each_message_numbered_once_and_delivered_once() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", u32::try_from(CHATS).unwrap());
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let mut chats = Vec::new();
    for _ in 0..CHATS {
        chats.push(connected_pair(&server, &mut sam, "en").await);
    }

    // Every frame goes out before any answer is read: the writer sees many at once.
    for (index, (child, _)) in chats.iter_mut().enumerate() {
        for message in 0..EACH {
            child.send(json!({"type": "send", "id": format!("c{index}-{message}"), "text": format!("child {index} says {message}")})).await;
        }
    }
    for (index, (_, conversation)) in chats.iter().enumerate() {
        for message in 0..EACH {
            let text = format!("sam tells {index}: {message}");
            sam.send(json!({"type": "send", "id": format!("s{index}-{message}"), "conversation_id": conversation, "text": text})).await;
        }
    }

    let children = futures_util::future::join_all(
        chats.iter_mut().map(|(child, _)| async move { collect(child, EACH, "counsellor", EACH).await }),
    );
    let (children, (sam_acks, sam_received)) =
        tokio::join!(children, collect(&mut sam, CHATS * EACH, "child", CHATS * EACH));

    for (index, ((child_acks, child_received), (_, conversation))) in children.into_iter().zip(&chats).enumerate() {
        // Seq 1 is the joined notice; then 40 messages, each numbered once.
        let sam_seqs: BTreeMap<u64, &str> = sam_acks
            .iter()
            .filter(|(id, _)| id.starts_with(&format!("s{index}-")))
            .map(|(id, seq)| (*seq, id.as_str()))
            .collect();
        let child_seqs: BTreeSet<u64> = child_acks.values().copied().collect();
        assert_eq!(sam_seqs.len(), EACH);
        assert_eq!(child_seqs.len(), EACH);
        let all: BTreeSet<u64> = child_seqs.iter().copied().chain(sam_seqs.keys().copied()).collect();
        assert_eq!(all, (2..=(1 + 2 * EACH as u64)).collect(), "chat {index}: seqs are not 2..=41 once each");

        // The child got each of Sam's messages once, with the seq Sam was told, in the
        // order Sam sent them.
        let got: Vec<(u64, &str)> =
            child_received.iter().map(|frame| (frame["seq"].as_u64().unwrap(), text_of(frame).unwrap())).collect();
        assert_eq!(got.len(), EACH);
        for (seq, text) in &got {
            let id = sam_seqs.get(seq).unwrap_or_else(|| panic!("chat {index}: seq {seq} was not one of Sam's"));
            assert_eq!(*text, format!("sam tells {index}: {}", id.trim_start_matches(&format!("s{index}-"))));
        }
        assert!(got.windows(2).all(|pair| pair[0].0 < pair[1].0), "chat {index}: Sam's messages out of order");

        // Sam got each of the child's once, on the right conversation.
        let from_child: Vec<&Value> =
            sam_received.iter().filter(|frame| frame["conversation_id"] == *conversation).collect();
        assert_eq!(from_child.len(), EACH, "chat {index}");
        let seqs: BTreeSet<u64> = from_child.iter().map(|frame| frame["seq"].as_u64().unwrap()).collect();
        assert_eq!(seqs, child_seqs, "chat {index}: Sam saw other seqs than the child was told");
    }
}

#[tokio::test]
async fn a_sockets_requests_apply_in_the_order_it_sent_them() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;

    // `start` (the hub) and at once `send` (the writer): the send finds the chat.
    let mut child = Client::child(&server).await;
    child.send(json!({"type": "start", "id": "start", "language": "en"})).await;
    child.send(json!({"type": "send", "id": "first", "text": "are you there?"})).await;
    let attached = child.expect("attached", |frame| frame["type"] == "attached" || frame["type"] == "error").await;
    assert_eq!(attached["type"], "attached", "{attached}");
    let ack = child.expect("the send's answer", |frame| frame["id"] == "first").await;
    assert_eq!(ack["type"], "ack", "a send right after start was refused: {ack}");
    assert_eq!(ack["seq"], 1);

    let offer = sam.expect("offer", |frame| frame["type"] == "offer").await;
    sam.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    child.expect("joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    // `send` (the writer) and at once `end` (the hub): the message is stored before
    // the chat ends, and both are answered.
    child.send(json!({"type": "send", "id": "last", "text": "bye, thank you"})).await;
    child.send(json!({"type": "end", "id": "end"})).await;
    let last = child.expect("the last send's answer", |frame| frame["id"] == "last").await;
    assert_eq!(last["type"], "ack", "{last}");
    let end = child.expect("the end's answer", |frame| frame["id"] == "end").await;
    assert_eq!(end["type"], "ack", "{end}");
    let message = sam.expect("the last message", |frame| text_of(frame) == Some("bye, thank you")).await;
    assert_eq!(message["seq"], last["seq"]);
    let ended = sam.expect("ended", |frame| frame["type"] == "ended").await;
    assert_eq!(ended["by"], "child");
}

#[tokio::test]
async fn the_store_decides_who_may_write() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    scratch.add_user("kim", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;
    let (mut kim, _) = available_counsellor(&server, "kim").await;

    let frame = json!({"type": "send", "conversation_id": conversation, "text": "hello"});
    assert_eq!(kim.refused(frame.clone()).await, "not_yours");
    let unknown = json!({"type": "send", "conversation_id": "no-such-chat", "text": "hello"});
    assert_eq!(kim.refused(unknown).await, "not_yours");
    assert_eq!(sam.request(frame.clone()).await["type"], "ack");
    // Refused text is refused before anything is stored.
    assert_eq!(child.refused(json!({"type": "send", "text": "  "})).await, "empty_text");

    child.request(json!({"type": "end"})).await;
    assert_eq!(sam.refused(frame).await, "conversation_ended");
    assert_eq!(child.refused(json!({"type": "send", "text": "still there?"})).await, "conversation_ended");
    let mut stranger = Client::child(&server).await;
    assert_eq!(stranger.refused(json!({"type": "send", "text": "hi"})).await, "no_conversation");
}

/// While the database's write lock is held elsewhere (a slow disk, a long write), store
/// work waits, but the hub does not: a note waiting for the disk holds up nobody's
/// typing signal, nor a coordinator's view of the queue, and is stored (and
/// acknowledged) once the disk is free.
#[tokio::test]
async fn the_hub_goes_on_while_store_work_waits_for_the_disk() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 2);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;

    // Another connection takes the write lock (SQLite's one, or PostgreSQL's lock on
    // the notes) and keeps it.
    let pool = support::open_database(&server.database).await;
    let mut holder = pool.acquire().await.expect("a connection");
    if support::postgres_server().is_some() {
        sqlx::query("BEGIN").execute(&mut *holder).await.expect("begin");
        sqlx::query("LOCK TABLE notes IN EXCLUSIVE MODE").execute(&mut *holder).await.expect("lock the notes");
    } else {
        sqlx::query("BEGIN IMMEDIATE").execute(&mut *holder).await.expect("take the write lock");
    }

    sam.send(
        json!({"type": "add_note", "id": "note-1", "conversation_id": conversation, "text": "Waits for the disk."}),
    )
    .await;
    // The note is queued behind the lock; the hub answers the child's typing at once.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let asked = std::time::Instant::now();
    child.send(json!({"type": "typing", "id": "t-1"})).await;
    child.expect("typing ack", |frame| frame["type"] == "ack" && frame["id"] == "t-1").await;
    sam.expect("typing", |frame| frame["type"] == "typing" && frame["conversation_id"] == conversation).await;
    let waited = asked.elapsed();
    assert!(
        waited < std::time::Duration::from_secs(3),
        "the hub answered a typing signal only after {waited:?}: it waited for the disk"
    );
    sam.expect_none("the note's ack while the disk is held", std::time::Duration::from_millis(300), |frame| {
        frame["id"] == "note-1"
    })
    .await;

    sqlx::query("ROLLBACK").execute(&mut *holder).await.expect("release the write lock");
    let acked = sam.expect("the note's ack", |frame| frame["id"] == "note-1").await;
    assert_eq!(acked["type"], "ack", "the note was refused: {acked}");
    sam.expect("the note", |frame| frame["type"] == "note" && frame["text"] == "Waits for the disk.").await;
}
