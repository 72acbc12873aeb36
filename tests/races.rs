//! Races on the real server: a child's session sending "start" 100 times at once gets
//! one conversation; 100 tabs resuming one conversation at once leave exactly one
//! attached; two (and more) accepts of one child at the same moment give one winner,
//! and every other is told plainly.

mod support;

use futures_util::future::join_all;
use serde_json::{json, Value};

use support::{available_counsellor, sign_in, Client, Scratch, Server};

async fn count(server: &Server, sql: &'static str) -> i64 {
    let pool = support::open_database(&server.database).await;
    let count: i64 = sqlx::query_scalar(sql).fetch_one(&pool).await.expect("count");
    pool.close().await;
    count
}

/// Reads frames until every one of `ids` has its answer; returns the answers.
async fn answers(client: &mut Client, ids: &[String]) -> Vec<Value> {
    let mut found = Vec::new();
    while found.len() < ids.len() {
        let frame = client.next().await.expect("the socket stays open");
        if frame["id"].as_str().is_some_and(|id| ids.iter().any(|known| known == id)) {
            found.push(frame);
        }
    }
    found
}

#[tokio::test]
async fn a_hundred_starts_at_once_from_one_child_give_one_conversation() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let mut child = Client::child(&server).await;
    let ids: Vec<String> = (0..100).map(|_| child.id()).collect();
    // All written before any answer is read.
    for id in &ids {
        child.send(json!({"type": "start", "id": id, "language": "en"})).await;
    }
    let replies = answers(&mut child, &ids).await;
    let attached: Vec<&Value> = replies.iter().filter(|reply| reply["type"] == "attached").collect();
    let refused: Vec<&Value> = replies.iter().filter(|reply| reply["code"] == "already_started").collect();
    assert_eq!(attached.len(), 1, "{replies:?}");
    assert_eq!(refused.len(), 99);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM conversations").await, 1);
}

#[tokio::test]
async fn a_hundred_tabs_resuming_at_once_leave_one_attached_and_one_conversation() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let mut first = Client::child(&server).await;
    let attached = first.request(json!({"type": "start", "language": "en"})).await;
    let token = attached["resume_token"].as_str().expect("token").to_owned();
    first.request(json!({"type": "send", "text": "before the stampede"})).await;

    let tabs = join_all((0..100).map(|_| Client::child(&server))).await;
    let resumed = join_all(tabs.into_iter().map(|mut tab| {
        let token = token.clone();
        async move {
            let reply = tab.request(json!({"type": "resume", "resume_token": token, "last_seq": 0})).await;
            assert_eq!(reply["type"], "attached");
            tab
        }
    }))
    .await;
    assert_eq!(count(&server, "SELECT COUNT(*) FROM conversations").await, 1);
    // Exactly one tab is still attached: the others were closed with 4001, and the
    // child's message goes to that one tab only.
    let mut open = Vec::new();
    for mut tab in resumed {
        let id = tab.id();
        tab.send(json!({"type": "typing", "id": id})).await;
        loop {
            match tab.next().await {
                None => break,
                Some(frame) if frame["id"] == id.as_str() => {
                    if frame["type"] == "ack" {
                        open.push(tab);
                    }
                    break;
                }
                Some(_) => {}
            }
        }
    }
    assert_eq!(open.len(), 1, "one tab holds the conversation");
    assert_eq!(first.expect_close().await, Some(4001));
}

#[tokio::test]
async fn simultaneous_accepts_give_exactly_one_winner() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    scratch.add_user("bashir", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut amira, amira_cookie) = available_counsellor(&server, "amira").await;
    // Amira's second tab sees the same offer.
    let mut amira_tab = Client::counsellor(&server, &amira_cookie).await;
    let (mut bashir, _) = available_counsellor(&server, "bashir").await;
    let bashir_cookie = sign_in(&server, "bashir").await;
    let mut bashir_tab = Client::counsellor(&server, &bashir_cookie).await;

    for round in 0..5 {
        let mut child = Client::child(&server).await;
        let attached = child.request(json!({"type": "start", "language": "en"})).await;
        let conversation = attached["conversation_id"].clone();
        // Everyone presses accept at the same moment, whoever holds the offer.
        let clients = [&mut amira, &mut amira_tab, &mut bashir, &mut bashir_tab];
        let mut ids = Vec::new();
        for client in clients {
            let id = client.id();
            client.send(json!({"type": "accept", "id": id, "conversation_id": conversation})).await;
            ids.push(id);
        }
        let mut winners = 0;
        let mut told = 0;
        for (client, id) in [&mut amira, &mut amira_tab, &mut bashir, &mut bashir_tab].into_iter().zip(&ids) {
            let reply = client.expect("the answer", |frame| frame["id"] == id.as_str()).await;
            match reply["type"].as_str() {
                Some("ack") => winners += 1,
                Some("error") => {
                    assert_eq!(reply["code"], "offer_gone", "{reply}");
                    told += 1;
                }
                other => panic!("unexpected answer {other:?}: {reply}"),
            }
        }
        assert_eq!((winners, told), (1, 3), "round {round}");
        child.expect("one counsellor joins", |frame| frame["body"]["notice"] == "counsellor_joined").await;
        child
            .expect_none("a second join", std::time::Duration::from_millis(200), |frame| {
                frame["body"]["notice"] == "counsellor_joined"
            })
            .await;
    }
    assert_eq!(count(&server, "SELECT COUNT(*) FROM assignments").await, 5);
    assert_eq!(count(&server, "SELECT COUNT(*) FROM conversations WHERE state = 'active'").await, 5);
}
