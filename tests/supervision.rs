//! Coordinators supervising live chats on the real server: observing read-only (the
//! counsellor sees who observes; every observation is audited) and reassigning a chat.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::{available_counsellor, connected_pair, sign_in, Client, Scratch, Server};

async fn staff(server: &Server, username: &str) -> Client {
    let cookie = sign_in(server, username).await;
    let mut client = Client::connect(server, "/ws/v1/staff", Some(&cookie), "staff").await;
    client.expect_type("ready").await;
    client
}

fn observed_by(frame: &Value) -> Option<Vec<String>> {
    (frame["type"] == "observed").then(|| {
        frame["by"].as_array().map(|names| names.iter().filter_map(|name| name.as_str().map(str::to_owned)).collect())
    })?
}

#[tokio::test]
async fn a_coordinator_observes_read_only_and_reassigns_a_chat() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_user("bashir", "ar", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "ar").await;
    child.request(json!({"type": "send", "text": "before"})).await;
    let mut carla = staff(&server, "carla").await;

    // Counsellors cannot observe or reassign.
    let (mut bashir, _) = available_counsellor(&server, "bashir").await;
    assert_eq!(bashir.refused(json!({"type": "observe", "conversation_id": conversation})).await, "forbidden");
    let reassign = json!({"type": "reassign", "conversation_id": conversation, "username": "bashir", "note": "n"});
    assert_eq!(bashir.refused(reassign).await, "forbidden");
    assert_eq!(carla.refused(json!({"type": "observe", "conversation_id": "nope"})).await, "no_conversation");

    carla.request(json!({"type": "observe", "conversation_id": conversation})).await;
    let observing = carla.expect_type("observing").await;
    assert_eq!(observing["conversation_id"], conversation);
    carla.expect_message("the history", |message| message["body"]["text"] == "before").await;
    let seen = amira.expect("who observes", |frame| observed_by(frame).is_some()).await;
    assert_eq!(observed_by(&seen), Some(vec!["Carla".to_owned()]));
    // Live messages reach the observer; the observer cannot write.
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "from amira"})).await;
    carla.expect("a live message", |frame| frame["body"]["text"] == "from amira").await;
    let refused = carla.refused(json!({"type": "send", "conversation_id": conversation, "text": "hi"})).await;
    assert_eq!(refused, "not_yours");
    child.expect_none("the observer", Duration::from_millis(300), |frame| frame.to_string().contains("Carla")).await;

    // Reassigned to Bashir, with Carla's note; the observation goes on.
    let note = "Bashir knows this family's case.";
    let reassign = json!({"type": "reassign", "conversation_id": conversation, "username": "bashir", "note": note});
    carla.request(reassign).await;
    let released = amira.expect_type("released").await;
    assert_eq!(released["reason"], "reassigned");
    let assigned = bashir.expect_type("assigned").await;
    let notes = assigned["notes"].as_array().expect("notes");
    assert_eq!(
        notes.last().map(|last| (last["kind"].clone(), last["author"].clone(), last["text"].clone())),
        Some((json!("transfer"), json!("Carla"), json!(note)))
    );
    child.expect("the transfer notice", |frame| frame["body"]["notice"] == "transferred").await;
    child.expect("Bashir joins", |frame| frame["body"]["display_name"] == "Bashir").await;
    let seen = bashir.expect("who observes", |frame| observed_by(frame).is_some()).await;
    assert_eq!(observed_by(&seen), Some(vec!["Carla".to_owned()]));
    bashir.request(json!({"type": "send", "conversation_id": conversation, "text": "from bashir"})).await;
    carla.expect("Bashir's message", |frame| frame["body"]["text"] == "from bashir").await;

    // Stopping, or leaving, ends the observation; the counsellor is told.
    carla.request(json!({"type": "stop_observing", "conversation_id": conversation})).await;
    let seen = bashir.expect("nobody observes", |frame| observed_by(frame).is_some()).await;
    assert_eq!(observed_by(&seen), Some(vec![]));
    assert_eq!(
        carla.refused(json!({"type": "stop_observing", "conversation_id": conversation})).await,
        "invalid_field"
    );
    carla.request(json!({"type": "observe", "conversation_id": conversation})).await;
    bashir.expect("Carla again", |frame| observed_by(frame).is_some_and(|by| by == ["Carla"])).await;
    carla.close().await;
    bashir.expect("Carla gone", |frame| observed_by(frame).is_some_and(|by| by.is_empty())).await;

    let pool = support::open_database(&server.database).await;
    let observations: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'observe' AND conversation_id = $1")
            .bind(conversation.as_str().unwrap())
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!(observations, 2);
}
