//! Casework over real sockets and HTTP on the real server: risk and imminent alerts,
//! private notes, transfers (to a colleague, a coordinator, another language's queue),
//! canned answers in the child's language, wrap-ups (required before the next offer),
//! reopening a handled conversation, and the audit log of those reads.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use support::{available_counsellor, connected_pair, http, sign_in, Client, Scratch, Server};

async fn staff(server: &Server, username: &str) -> (Client, Value) {
    let cookie = sign_in(server, username).await;
    let mut client = Client::connect(server, "/ws/v1/staff", Some(&cookie), "staff").await;
    let ready = client.expect_type("ready").await;
    (client, ready)
}

async fn get_json(server: &Server, cookie: &str, path: &str) -> (u16, Value) {
    let response = http(server.addr, "GET", path, &[("Cookie", cookie)], None).await;
    let body = serde_json::from_slice(&response.bytes).unwrap_or(Value::Null);
    (response.status, body)
}

async fn audit_rows(server: &Server, conversation: &Value) -> Vec<(String, String)> {
    let pool = support::open_database(&server.database).await;
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT s.username, a.action FROM audit_log a JOIN staff s ON s.id = a.staff_id
         WHERE a.conversation_id = $1 ORDER BY a.at, a.id",
    )
    .bind(conversation.as_str().expect("id"))
    .fetch_all(&pool)
    .await
    .expect("read the audit log");
    pool.close().await;
    rows
}

#[tokio::test]
async fn imminent_risk_alerts_every_coordinator_online_at_once_and_one_acknowledges() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    scratch.add_staff("dario", "coordinator", "en", 1);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut carla, _) = staff(&server, "carla").await;
    let (mut dario, _) = staff(&server, "dario").await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "ar").await;

    amira.request(json!({"type": "set_risk", "conversation_id": conversation, "level": "high"})).await;
    amira.expect("risk echo", |frame| frame["type"] == "risk" && frame["level"] == "high").await;
    carla.expect_none("an alert for high risk", Duration::from_millis(300), |frame| frame["type"] == "alert").await;

    amira.request(json!({"type": "set_risk", "conversation_id": conversation, "level": "imminent"})).await;
    for coordinator in [&mut carla, &mut dario] {
        let alert = coordinator.expect_type("alert").await;
        assert_eq!(alert["conversation_id"], conversation);
        assert_eq!(alert["language"], "ar");
        assert_eq!(alert["raised_by"], "Amira");
    }
    // Setting imminent again raises no second alert while the first is open.
    amira.request(json!({"type": "set_risk", "conversation_id": conversation, "level": "imminent"})).await;
    carla.expect_none("a second alert", Duration::from_millis(300), |frame| frame["type"] == "alert").await;
    // The child learns nothing of it.
    child.expect_none("risk data", Duration::from_millis(200), |frame| frame.to_string().contains("imminent")).await;

    // An admin connecting now sees the open alert; a counsellor may not acknowledge.
    let (mut ada, ready) = staff(&server, "ada").await;
    assert_eq!(ready["role"], "admin");
    let alert_id = ready["alerts"][0]["alert_id"].as_str().expect("an open alert").to_owned();
    let refused = amira.refused(json!({"type": "acknowledge_alert", "alert_id": alert_id})).await;
    assert_eq!(refused, "forbidden");

    carla.request(json!({"type": "acknowledge_alert", "alert_id": alert_id})).await;
    for other in [&mut dario, &mut ada] {
        let acknowledged = other.expect_type("alert_acknowledged").await;
        assert_eq!(acknowledged["by"], "Carla");
    }
    assert_eq!(dario.refused(json!({"type": "acknowledge_alert", "alert_id": alert_id})).await, "invalid_field");
    let (_, ready) = staff(&server, "dario").await;
    assert!(ready.get("alerts").is_none(), "no open alerts left: {ready}");
}

#[tokio::test]
async fn transfer_to_a_colleague_keeps_the_history_tells_the_child_and_hands_over_the_note() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 2);
    scratch.add_user("bashir", "ar", 2);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "ar").await;
    child.request(json!({"type": "send", "text": "مرحبا"})).await;
    amira.request(json!({"type": "add_note", "conversation_id": conversation, "text": "Talks about school."})).await;
    let note = amira.expect_type("note").await;
    assert_eq!(note["kind"], "note");
    child.expect_none("a private note", Duration::from_millis(300), |frame| frame.to_string().contains("school")).await;

    // Bashir is not online yet; then he is, but away.
    let target = json!({"kind": "counsellor", "username": "bashir"});
    let transfer =
        json!({"type": "transfer", "conversation_id": conversation, "target": target, "note": "Needs Bashir."});
    assert_eq!(amira.refused(transfer.clone()).await, "target_unavailable");
    let (mut bashir, _) = staff(&server, "bashir").await;
    assert_eq!(amira.refused(transfer.clone()).await, "target_unavailable");
    bashir.request(json!({"type": "set_status", "status": "available"})).await;
    // Nobody can transfer to themselves.
    let to_self = json!({"type": "transfer", "conversation_id": conversation,
        "target": {"kind": "counsellor", "username": "amira"}, "note": "x"});
    assert_eq!(amira.refused(to_self).await, "target_unavailable");
    let blank = json!({"type": "transfer", "conversation_id": conversation, "target": target, "note": "  "});
    assert_eq!(amira.refused(blank).await, "empty_text");

    amira.request(transfer).await;
    let released = amira.expect_type("released").await;
    assert_eq!(released["reason"], "transferred");
    child.expect("the transfer notice", |frame| frame["body"]["notice"] == "transferred").await;
    let joined = child.expect("Bashir joins", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    assert_eq!(joined["body"]["display_name"], "Bashir");

    let assigned = bashir.expect_type("assigned").await;
    assert_eq!(assigned["conversation_id"], conversation);
    let notes = assigned["notes"].as_array().expect("notes");
    assert_eq!(notes.len(), 2, "{assigned}");
    assert_eq!(notes[0]["text"], "Talks about school.");
    assert_eq!(notes[1]["kind"], "transfer");
    assert_eq!(notes[1]["text"], "Needs Bashir.");
    assert_eq!(notes[1]["author"], "Amira");
    let history =
        bashir.expect_message("the child's first message", |message| message["body"]["text"] == "مرحبا").await;
    assert_eq!(history["seq"], 2);

    // The chat goes on with Bashir; Amira can no longer write in it.
    bashir.request(json!({"type": "send", "conversation_id": conversation, "text": "أنا هنا"})).await;
    child.expect("Bashir's message", |frame| frame["body"]["text"] == "أنا هنا").await;
    let refused = amira.refused(json!({"type": "send", "conversation_id": conversation, "text": "?"})).await;
    assert_eq!(refused, "not_yours");
    assert!(audit_rows(&server, &conversation).await.contains(&("bashir".into(), "read_on_transfer".into())));
}

#[tokio::test]
async fn transfer_to_another_language_queue_puts_the_child_first_and_imminent_before_all() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 3);
    scratch.add_user("francoise", "fr", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut first, first_id) = connected_pair(&server, &mut amira, "ar").await;
    let (mut second, second_id) = connected_pair(&server, &mut amira, "ar").await;
    // A French child already waits (nobody French is on duty yet).
    let mut waiting = Client::child(&server).await;
    waiting.request(json!({"type": "start", "language": "fr"})).await;

    let to_french = |conversation: &Value| {
        json!({"type": "transfer", "conversation_id": conversation,
               "target": {"kind": "language", "language": "fr"}, "note": "Reads French better."})
    };
    let unknown = json!({"type": "transfer", "conversation_id": first_id,
        "target": {"kind": "language", "language": "xx"}, "note": "n"});
    assert_eq!(amira.refused(unknown).await, "unknown_language");
    amira.request(to_french(&first_id)).await;
    first.expect("the transfer notice", |frame| frame["body"]["notice"] == "transferred").await;
    let queue = first.expect_type("queue").await;
    assert_eq!(queue["position"], 1, "answered once: ahead of the child not yet answered: {queue}");

    amira.request(json!({"type": "set_risk", "conversation_id": second_id, "level": "imminent"})).await;
    amira.request(to_french(&second_id)).await;
    let queue = second.expect_type("queue").await;
    assert_eq!(queue["position"], 1, "imminent risk goes first of all: {queue}");

    let (mut francoise, _) = available_counsellor(&server, "francoise").await;
    let offer = francoise.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], second_id);
    francoise.request(json!({"type": "accept", "conversation_id": second_id})).await;
    let assigned = francoise.expect_type("assigned").await;
    assert_eq!(assigned["risk"], "imminent");
    assert_eq!(assigned["language"], "fr");
    assert_eq!(assigned["notes"][0]["text"], "Reads French better.");
}

#[tokio::test]
async fn transfer_to_a_coordinator_who_then_chats_with_the_child() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 2);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "en").await;
    let to_coordinator = json!({"type": "transfer", "conversation_id": conversation,
        "target": {"kind": "coordinator"}, "note": "Please take over: possible trafficking."});
    assert_eq!(amira.refused(to_coordinator.clone()).await, "target_unavailable");

    let (mut carla, _) = staff(&server, "carla").await;
    // A coordinator takes no children from the queue.
    assert_eq!(carla.refused(json!({"type": "set_status", "status": "available"})).await, "forbidden");
    amira.request(to_coordinator).await;
    let assigned = carla.expect_type("assigned").await;
    assert_eq!(assigned["notes"][0]["text"], "Please take over: possible trafficking.");
    carla.request(json!({"type": "send", "conversation_id": conversation, "text": "Hello, I am Carla."})).await;
    child.expect("Carla's message", |frame| frame["body"]["text"] == "Hello, I am Carla.").await;
    carla.request(json!({"type": "end", "conversation_id": conversation})).await;
    child.expect_type("ended").await;
}

#[tokio::test]
async fn a_canned_answer_reaches_the_child_in_the_child_s_language() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "fr,en", 2);
    scratch.add_staff("ada", "admin", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, cookie) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "fr").await;

    let (status, library) = get_json(&server, &cookie, "/api/v1/canned?lang=en").await;
    assert_eq!(status, 200);
    let welcome = library
        .as_array()
        .expect("a list")
        .iter()
        .find(|answer| answer["key"] == "canned-greeting-welcome")
        .expect("the welcome answer")
        .clone();
    assert_eq!(welcome["purpose"], "greeting");
    assert!(welcome["text"].as_str().is_some_and(|text| text.contains("Amira")), "{welcome}");
    assert!(welcome["languages"].as_array().is_some_and(|codes| codes.contains(&json!("fr"))));
    let purposes: Vec<&str> = library.as_array().unwrap().iter().filter_map(|a| a["purpose"].as_str()).collect();
    assert_eq!(purposes.first(), Some(&"greeting"));
    assert_eq!(purposes.last(), Some(&"closing"));

    let ack = amira
        .request(json!({"type": "send_canned", "conversation_id": conversation, "key": "canned-greeting-welcome"}))
        .await;
    assert!(ack["seq"].is_u64());
    let message = child.expect("the canned answer", |frame| frame["body"]["kind"] == "canned").await;
    let text = message["body"]["text"].as_str().expect("text");
    assert!(text.contains("Amira"), "{text}");
    assert_ne!(text, welcome["text"].as_str().unwrap(), "in French, not English");
    let unknown =
        amira.refused(json!({"type": "send_canned", "conversation_id": conversation, "key": "staff-page-title"})).await;
    assert_eq!(unknown, "invalid_field");

    // Translation coverage: admins only.
    assert_eq!(get_json(&server, &cookie, "/api/v1/canned/coverage").await.0, 403);
    let admin = sign_in(&server, "ada").await;
    let (status, coverage) = get_json(&server, &admin, "/api/v1/canned/coverage").await;
    assert_eq!(status, 200);
    assert_eq!(coverage["missing"]["en"], json!([]));
    assert!(coverage["total"].as_u64().is_some_and(|total| total >= 10), "{coverage}");
    assert_eq!(http(server.addr, "GET", "/api/v1/canned", &[], None).await.status, 401);
}

#[tokio::test]
async fn with_wrap_ups_required_no_offer_comes_until_the_ended_chat_is_wrapped_up() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&["--wrap-up-required"]).await;
    let (mut amira, cookie) = available_counsellor(&server, "amira").await;
    let (_child, conversation) = connected_pair(&server, &mut amira, "en").await;
    let early = json!({"type": "wrap_up", "conversation_id": conversation,
        "wrap_up": {"categories": ["family"], "outcome": "supported", "cross_border": false}});
    assert_eq!(amira.refused(early.clone()).await, "invalid_field", "not before the end");
    amira.request(json!({"type": "end", "conversation_id": conversation})).await;

    let mut next = Client::child(&server).await;
    next.request(json!({"type": "start", "language": "en"})).await;
    amira
        .expect_none("an offer before the wrap-up", Duration::from_millis(500), |frame| frame["type"] == "offer")
        .await;

    // A reloaded console still shows the chat that owes its wrap-up.
    drop(amira);
    let mut amira = Client::connect(&server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = amira.expect_type("ready").await;
    assert_eq!(ready["wrap_up_required"], true);
    assert_eq!(ready["conversations"][0]["conversation_id"], conversation);
    assert_eq!(ready["conversations"][0]["state"], "ended");
    assert!(ready.get("offer").is_none(), "{ready}");

    for bad in [json!([]), json!(["violence.runaway"]), json!(["nonsense"])] {
        let frame = json!({"type": "wrap_up", "conversation_id": conversation,
            "wrap_up": {"categories": bad, "outcome": "supported", "cross_border": false}});
        assert_eq!(amira.refused(frame).await, "invalid_field");
    }
    amira
        .request(json!({"type": "add_note", "conversation_id": conversation, "text": "Follow-up: school counsellor."}))
        .await;
    let done = json!({"type": "wrap_up", "conversation_id": conversation,
        "wrap_up": {"categories": ["missing.runaway", "family"], "outcome": "referred", "cross_border": true}});
    amira.request(done).await;
    amira.expect_type("wrapped_up").await;
    amira.expect_type("offer").await;

    // The wrap-up and the note are in the transcript.
    let (status, transcript) =
        get_json(&server, &cookie, &format!("/api/v1/conversations/{}", conversation.as_str().unwrap())).await;
    assert_eq!(status, 200);
    assert_eq!(transcript["wrap_up"]["categories"], json!(["missing.runaway", "family"]));
    assert_eq!(transcript["wrap_up"]["cross_border"], true);
    assert_eq!(transcript["notes"][0]["text"], "Follow-up: school counsellor.");
}

#[tokio::test]
async fn staff_reopen_only_conversations_they_handled_and_every_read_is_audited() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_user("bashir", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut amira, amira_cookie) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "en").await;
    child.request(json!({"type": "send", "text": "I need help"})).await;
    amira.request(json!({"type": "end", "conversation_id": conversation})).await;
    let id = conversation.as_str().expect("id");

    let (status, list) = get_json(&server, &amira_cookie, "/api/v1/conversations").await;
    assert_eq!(status, 200);
    assert_eq!(list[0]["conversation_id"], conversation);
    assert_eq!(list[0]["wrapped_up"], false);
    let (status, transcript) = get_json(&server, &amira_cookie, &format!("/api/v1/conversations/{id}")).await;
    assert_eq!(status, 200);
    assert!(transcript["messages"].as_array().unwrap().iter().any(|m| m["body"]["text"] == "I need help"));

    let bashir = sign_in(&server, "bashir").await;
    assert_eq!(get_json(&server, &bashir, &format!("/api/v1/conversations/{id}")).await.0, 404);
    assert_eq!(get_json(&server, &bashir, "/api/v1/conversations").await.1, json!([]));
    assert_eq!(get_json(&server, &bashir, "/api/v1/conversations/nope").await.0, 404);
    let carla = sign_in(&server, "carla").await;
    assert_eq!(get_json(&server, &carla, &format!("/api/v1/conversations/{id}")).await.0, 200);
    assert_eq!(http(server.addr, "GET", &format!("/api/v1/conversations/{id}"), &[], None).await.status, 401);

    let audit = audit_rows(&server, &conversation).await;
    let reads: Vec<&(String, String)> = audit.iter().filter(|(_, action)| action == "read_transcript").collect();
    assert_eq!(
        reads,
        vec![&("amira".to_owned(), "read_transcript".to_owned()), &("carla".into(), "read_transcript".into())]
    );
    assert!(audit.contains(&("amira".into(), "read_on_accept".into())), "{audit:?}");
}

#[tokio::test]
async fn a_counsellor_gone_too_long_with_an_imminent_child_gives_them_back_first_in_line() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_user("bashir", "en", 1);
    let server = scratch.start(&["--counsellor-grace-secs", "1"]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (_calm, _) = connected_pair(&server, &mut amira, "en").await;
    let (mut urgent, urgent_id) = connected_pair(&server, &mut amira, "en").await;
    amira.request(json!({"type": "set_risk", "conversation_id": urgent_id, "level": "imminent"})).await;
    amira.drop_connection().await;
    urgent.expect("the notice", |frame| frame["body"]["notice"] == "counsellor_left").await;
    let (mut bashir, _) = available_counsellor(&server, "bashir").await;
    let offer = bashir.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], urgent_id, "the imminent child first");
}

#[tokio::test]
async fn a_referral_card_reaches_the_child_in_their_language_and_is_recorded() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 2);
    let server = scratch.start(&[]).await;
    let (mut amira, cookie) = available_counsellor(&server, "amira").await;
    let (mut child, conversation) = connected_pair(&server, &mut amira, "ar").await;

    let (status, services) = get_json(&server, &cookie, "/api/v1/directory?topic=missing&open_now=true").await;
    assert_eq!(status, 200);
    assert!(services.as_array().is_some_and(|list| list.iter().any(|service| service["id"] == "eu-116000")));
    let refer = |service: &str| {
        json!({"type": "refer", "conversation_id": conversation, "service_id": service,
               "reason": "Ran away from the reception centre", "child_agreed": true})
    };
    assert_eq!(amira.refused(refer("no-such-service")).await, "unknown_service");
    let blank = json!({"type": "refer", "conversation_id": conversation, "service_id": "eu-116000",
        "reason": " ", "child_agreed": false});
    assert_eq!(amira.refused(blank).await, "empty_text");
    // Sent twice with one id (a resend after a lost ack): one card, one record.
    let frame = {
        let mut frame = refer("eu-116000");
        frame["id"] = json!("refer-1");
        frame
    };
    amira.send(frame.clone()).await;
    let first = amira.expect("the ack", |reply| reply["id"] == "refer-1").await;
    amira.send(frame).await;
    let second = amira.expect("the second ack", |reply| reply["id"] == "refer-1").await;
    assert_eq!(first["seq"], second["seq"]);

    let card = child.expect("the card", |frame| frame["body"]["kind"] == "referral").await;
    assert_eq!(card["body"]["phone"], "116 000");
    assert_eq!(card["body"]["always_open"], true);
    let description = card["body"]["description"].as_str().expect("a description");
    assert!(description.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "in Arabic: {description}");
    child.expect_none("a second card", Duration::from_millis(300), |frame| frame["body"]["kind"] == "referral").await;

    let id = conversation.as_str().expect("id");
    let (_, transcript) = get_json(&server, &cookie, &format!("/api/v1/conversations/{id}")).await;
    let referrals = transcript["referrals"].as_array().expect("referrals");
    assert_eq!(referrals.len(), 1, "{transcript}");
    assert_eq!(referrals[0]["service_id"], "eu-116000");
    assert_eq!(referrals[0]["child_agreed"], true);
    assert_eq!(referrals[0]["reason"], "Ran away from the reception centre");
}
