//! Handing a child's case to a partner helpline (issue 14), between two real servers on
//! loopback, each with its own database: Rome (this helpline) and Berlin (its
//! partner). The child is asked in their language and the answer recorded; nothing
//! goes without consent (checked in Berlin's database); an accepted handover moves the
//! child's page to Berlin's counsellor, who has the summary; a refusal reaches the
//! sender with its reason; a coordinator may send without consent only for a child in
//! imminent danger, and the child is told; forged, replayed and stale requests are
//! refused and store nothing.

mod support;

use serde_json::{json, Value};
use support::partners::{Partners, BERLIN, ROME};
use support::{available_counsellor, connected_pair, scalar, sign_in, Client, Scratch};

/// Rome and Berlin as each other's partners (`support::partners`): Rome with Amira
/// (Arabic) and a coordinator, Berlin with Giulia (Arabic, German), Hans (German only)
/// and a coordinator.
async fn pair() -> Partners {
    let (rome_scratch, berlin_scratch) = (Scratch::new(), Scratch::new());
    rome_scratch.add_user("amira", "ar,en", 3);
    rome_scratch.add_staff("cora", "coordinator", "ar,en,it", 3);
    berlin_scratch.add_user("giulia", "ar,de", 3);
    berlin_scratch.add_user("hans", "de", 3);
    berlin_scratch.add_staff("bea", "coordinator", "de", 3);
    Partners::start(rome_scratch, berlin_scratch).await
}

fn summary(country: &str) -> Value {
    json!({
        "categories": ["migration"],
        "risk": "medium",
        "languages": ["ar"],
        "country": country,
        "what_happened": "Travelling alone; separated from her older brother two days ago.",
        "child_wants": "To find her brother and a safe place to sleep.",
        "done_so_far": "Gave the 116 000 number.",
        "referrals": ["116 000"]
    })
}

/// The counsellor asks; the child's page gets the question; the child answers; the
/// counsellor sees the answer. Returns the consent id.
async fn ask_and_answer(
    counsellor: &mut Client,
    child: &mut Client,
    conversation: &Value,
    transcript: bool,
    answer: &str,
) -> String {
    counsellor
        .request(json!({"type": "ask_handover_consent", "conversation_id": conversation, "partner": BERLIN, "transcript": transcript}))
        .await;
    let asked = counsellor.expect("the question", |frame| frame["type"] == "handover_consent").await;
    assert!(asked.get("answer").is_none(), "{asked}");
    let question = child.expect_type("handover_consent_asked").await;
    assert_eq!(question["partner"], BERLIN);
    assert_eq!(question["countries"], json!(["DE", "AT"]));
    assert_eq!(question["transcript"], transcript);
    let consent_id = question["consent_id"].as_str().expect("consent id").to_owned();
    assert_eq!(asked["consent_id"], consent_id.as_str());
    child.request(json!({"type": "handover_consent", "consent_id": consent_id, "answer": answer})).await;
    let answered = counsellor
        .expect("the answer", |frame| frame["type"] == "handover_consent" && frame.get("answer").is_some())
        .await;
    assert_eq!(answered["answer"], answer);
    consent_id
}

#[tokio::test]
async fn with_consent_an_accepted_handover_moves_the_child_to_the_partners_counsellor() {
    let pair = pair().await;
    let (mut amira, _) = available_counsellor(&pair.rome, "amira").await;
    let (mut child, conversation) = connected_pair(&pair.rome, &mut amira, "ar").await;
    child.request(json!({"type": "send", "text": "أخي ضاع في المحطة"})).await;
    let (mut giulia, _) = available_counsellor(&pair.berlin, "giulia").await;
    let (mut hans, _) = available_counsellor(&pair.berlin, "hans").await;
    let mut bea = Client::counsellor(&pair.berlin, &sign_in(&pair.berlin, "bea").await).await;

    // Asked with the chat; the child agrees to the summary only.
    let consent = ask_and_answer(&mut amira, &mut child, &conversation, true, "summary_only").await;
    let stored = scalar(
        &pair.rome,
        "SELECT COUNT(*) FROM handover_consents WHERE language = 'ar' AND answer = 'summary_only'
             AND transcript_asked = 1 AND answered_at IS NOT NULL",
    )
    .await;
    assert_eq!(stored, 1, "the question, its language and the answer are recorded");

    // The chat itself cannot go on that answer; the summary can.
    let send = |transcript: bool| {
        json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
               "consent_id": consent, "transcript": transcript, "summary": summary("DE")})
    };
    assert_eq!(amira.refused(send(true)).await, "no_consent");
    amira.request(send(false)).await;
    let sending = amira.expect("the handover", |frame| frame["type"] == "handover").await;
    assert_eq!(sending["transcript"], false);
    let notice = child.expect_type("handover_sent").await;
    assert_eq!(notice["consented"], true);
    assert_eq!(notice["partner"], BERLIN);
    amira.expect("delivered", |frame| frame["type"] == "handover" && frame["status"] == "delivered").await;

    // Berlin: Giulia (Arabic) and the coordinator see it; Hans (German only) does not.
    let incoming = giulia.expect_type("incoming_handover").await;
    assert_eq!(incoming["partner"], ROME);
    assert_eq!(incoming["summary"]["child_wants"], "To find her brother and a safe place to sleep.");
    assert_eq!(incoming["consent"]["kind"], "child");
    assert_eq!(incoming["consent"]["language"], "ar");
    assert!(incoming.get("transcript").is_none(), "{incoming}");
    assert_eq!(incoming["child_in_chat"], true);
    bea.expect_type("incoming_handover").await;
    hans.expect_none("a handover in languages he does not read", std::time::Duration::from_millis(300), |frame| {
        frame["type"] == "incoming_handover"
    })
    .await;
    // Nothing of the chat reached Berlin's database.
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in WHERE transcript IS NOT NULL").await, 0);
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in WHERE summary LIKE '%المحطة%'").await, 0);

    // Giulia accepts; a second answer finds it gone.
    let handover_id = incoming["handover_id"].clone();
    giulia.request(json!({"type": "answer_handover", "handover_id": handover_id, "accept": true})).await;
    bea.expect("gone", |frame| frame["type"] == "incoming_handover_gone" && frame["status"] == "accepted").await;
    assert_eq!(
        bea.refused(json!({"type": "answer_handover", "handover_id": handover_id, "accept": false, "reason": "x"}))
            .await,
        "handover_gone"
    );

    // Rome: Amira sees it accepted by Giulia; the child's page is moved, and the chat
    // here ends.
    let accepted = amira.expect("accepted", |frame| frame["type"] == "handover" && frame["status"] == "accepted").await;
    assert_eq!(accepted["decided_by"], "Giulia");
    let transfer = child.expect_type("handover_transfer").await;
    assert_eq!(transfer["socket_url"], format!("ws://{}/ws/v1/child", pair.berlin.addr).as_str());
    assert_eq!(transfer["page_url"], format!("http://{}/", pair.berlin.addr).as_str());
    assert_eq!(transfer["return_code"].as_str().map(str::len), Some(14), "{transfer}");
    let ended = child.expect_type("ended").await;
    assert_eq!(ended["by"], "system");

    // The page joins Berlin's chat with the token, from Rome's origin.
    let rome_origin = format!("http://{}", pair.rome.addr);
    let mut moved = Client::connect_url(transfer["socket_url"].as_str().unwrap(), &rome_origin, "moved child").await;
    let token = transfer["token"].as_str().unwrap();
    let attached = moved.request(json!({"type": "join_handover", "token": token})).await;
    assert_eq!(attached["type"], "attached");
    assert_eq!(attached["language"], "ar");
    let offer = giulia.expect_type("offer").await;
    assert_eq!(offer["returning"], true, "offered first to Giulia, who accepted: {offer}");
    giulia.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    let context = giulia.expect_type("handover_context").await;
    assert_eq!(context["conversation_id"], offer["conversation_id"]);
    assert_eq!(context["handover"]["summary"]["what_happened"], summary("DE")["what_happened"]);
    giulia
        .request(json!({"type": "send", "conversation_id": offer["conversation_id"], "text": "أنا جوليا، أنا هنا"}))
        .await;
    moved.expect("Giulia's message", |frame| support::text_of(frame) == Some("أنا جوليا، أنا هنا")).await;
    moved.request(json!({"type": "send", "text": "شكرا"})).await;
    giulia.expect("the child's message", |frame| support::text_of(frame) == Some("شكرا")).await;
    amira.expect("transferred", |frame| frame["type"] == "handover" && frame["status"] == "transferred").await;

    // The token works once.
    let mut again = Client::connect_url(transfer["socket_url"].as_str().unwrap(), &rome_origin, "replayed").await;
    assert_eq!(again.refused(json!({"type": "join_handover", "token": token})).await, "invalid_handover_token");

    // Both sides audited it, and both reports count it under Germany.
    for (server, actions) in [
        (
            &pair.rome,
            &["handover_consent_asked", "handover_consent_answered", "handover_sent", "handover_answer_received"][..],
        ),
        (&pair.berlin, &["handover_received", "handover_answered"][..]),
    ] {
        for action in actions {
            let lines = scalar(server, &format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'")).await;
            assert_eq!(lines, 1, "{action}");
        }
    }
    let today = bridgeline::reports::date(bridgeline::secrets::unix_millis());
    for (server, who, direction) in [(&pair.rome, "cora", "sent"), (&pair.berlin, "bea", "received")] {
        let cookie = sign_in(server, who).await;
        let report = support::http(
            server.addr,
            "GET",
            &format!("/api/v1/reports?from={today}&to={today}"),
            &[("Cookie", &cookie), ("x-bridgeline-client", "1")],
            None,
        )
        .await;
        assert_eq!(report.status, 200, "{}", report.body);
        let report: Value = serde_json::from_str(&report.body).expect("JSON");
        assert_eq!(
            report["handovers"],
            json!([{"direction": direction, "country": "DE", "total": 1, "accepted": 1, "declined": 0}])
        );
    }
    drop(pair.rome_scratch);
    drop(pair.berlin_scratch);
}

#[tokio::test]
async fn no_means_nothing_is_sent_a_refusal_reaches_the_sender_and_only_a_coordinator_overrides_for_imminent_risk() {
    let pair = pair().await;
    let (mut amira, amira_cookie) = available_counsellor(&pair.rome, "amira").await;
    let (mut child, conversation) = connected_pair(&pair.rome, &mut amira, "ar").await;
    child.request(json!({"type": "send", "text": "لا أريد أن يعرف أحد"})).await;
    let (mut giulia, _) = available_counsellor(&pair.berlin, "giulia").await;

    // The child says no: nothing can be sent, and Berlin receives nothing.
    let refused = ask_and_answer(&mut amira, &mut child, &conversation, true, "no").await;
    let send = |consent: &str, transcript: bool| {
        json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
               "consent_id": consent, "transcript": transcript, "summary": summary("DE")})
    };
    assert_eq!(amira.refused(send(&refused, false)).await, "no_consent");
    // Without consent: a counsellor may not; a coordinator may not unless the risk is
    // imminent.
    let without = json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
                         "without_consent_reason": "She said she will be taken tonight.", "summary": summary("DE")});
    assert_eq!(amira.refused(without.clone()).await, "forbidden");
    let mut cora = Client::counsellor(&pair.rome, &sign_in(&pair.rome, "cora").await).await;
    assert_eq!(cora.refused(without.clone()).await, "no_consent");
    assert_eq!(
        amira
            .refused(json!({"type": "ask_handover_consent", "conversation_id": conversation, "partner": "Nobody"}))
            .await,
        "unknown_partner"
    );
    giulia
        .expect_none("a handover", std::time::Duration::from_millis(500), |frame| frame["type"] == "incoming_handover")
        .await;
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in").await, 0, "nothing reached Berlin");

    // She changes her mind and agrees to the chat too: it goes, and Berlin has it.
    let consent = ask_and_answer(&mut amira, &mut child, &conversation, true, "yes").await;
    amira.request(send(&consent, true)).await;
    let incoming = giulia.expect_type("incoming_handover").await;
    let lines = incoming["transcript"].as_array().expect("the chat went with consent");
    assert!(lines.iter().any(|line| line["text"] == "لا أريد أن يعرف أحد" && line["author"] == "child"), "{incoming}");
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in WHERE transcript IS NOT NULL").await, 1);
    // The answer is final once sent on.
    assert_eq!(
        child.refused(json!({"type": "handover_consent", "consent_id": consent, "answer": "no"})).await,
        "no_conversation"
    );

    // Berlin declines, saying why; Amira reads it. The child stays in Rome's chat.
    let reason = "No Arabic-speaking counsellor before Monday; please give 116 000.";
    assert_eq!(
        giulia
            .refused(json!({"type": "answer_handover", "handover_id": incoming["handover_id"], "accept": false}))
            .await,
        "invalid_field",
        "declining needs a reason"
    );
    giulia
        .request(json!({"type": "answer_handover", "handover_id": incoming["handover_id"], "accept": false, "reason": reason}))
        .await;
    let declined = amira.expect("declined", |frame| frame["type"] == "handover" && frame["status"] == "declined").await;
    assert_eq!(declined["reason"], reason);
    assert_eq!(declined["decided_by"], "Giulia");
    child.request(json!({"type": "send", "text": "ما زلت هنا"})).await;
    amira.expect("the child, still here", |frame| support::text_of(frame) == Some("ما زلت هنا")).await;
    // A reloaded console finds the questions, the answers and the refusal.
    let mut reloaded = Client::connect(&pair.rome, "/ws/v1/staff", Some(&amira_cookie), "reloaded").await;
    let ready = reloaded.expect_type("ready").await;
    let answers: Vec<&str> = ready["handover_consents"]
        .as_array()
        .expect("consents")
        .iter()
        .filter_map(|view| view["answer"].as_str())
        .collect();
    assert_eq!(answers, ["no", "yes"]);
    assert_eq!(ready["handovers"][0]["status"], "declined");
    assert_eq!(ready["handovers"][0]["reason"], reason);
    reloaded.close().await;

    // Imminent danger: the coordinator sends without consent, with a reason; the child
    // is told; the chat does not go.
    amira.request(json!({"type": "set_risk", "conversation_id": conversation, "level": "imminent"})).await;
    let mut with_chat = without.clone();
    with_chat["transcript"] = json!(true);
    assert_eq!(cora.refused(with_chat).await, "no_consent", "the chat never goes without consent");
    cora.request(without).await;
    let notice = child.expect_type("handover_sent").await;
    assert_eq!(notice["consented"], false);
    let urgent = giulia.expect_type("incoming_handover").await;
    assert_eq!(urgent["consent"]["kind"], "imminent_risk");
    assert_eq!(urgent["consent"]["reason"], "She said she will be taken tonight.");
    assert!(urgent.get("transcript").is_none());
    let audited = scalar(
        &pair.rome,
        "SELECT COUNT(*) FROM audit_log WHERE action = 'handover_sent' AND detail LIKE '%without consent%taken tonight%'",
    )
    .await;
    assert_eq!(audited, 1);
    drop(pair.rome_scratch);
    drop(pair.berlin_scratch);
}

#[tokio::test]
async fn forged_replayed_stale_or_malformed_handovers_are_refused_and_store_nothing() {
    use bridgeline::partners::signature::{sign, MAX_SKEW_MILLIS};
    let pair = pair().await;
    let rome_key = {
        assert_eq!(support::http_exact(pair.rome.addr, "GET", "/healthz", &[], None).await.status, 200);
        let pool = support::open_database(&pair.rome.database).await;
        let seed: Vec<u8> = sqlx::query_scalar("SELECT key FROM server_keys WHERE name = 'partner_signing'")
            .fetch_one(&pool)
            .await
            .expect("key");
        bridgeline::partners::signing_key(&seed).expect("32 bytes")
    };
    let path = "/api/v1/partners/handovers";
    let body = json!({
        "handover_id": "0123456789abcdef0123456789abcdef",
        "language": "ar",
        "summary": summary("DE"),
        "consent": {"kind": "child", "language": "ar", "answered_at": 1},
        "child_in_chat": false
    })
    .to_string();
    let now = bridgeline::secrets::unix_millis();
    let nonce = |n: u8| format!("{n:02x}").repeat(16);
    let berlin_addr = pair.berlin.addr;
    let post = |signed: bridgeline::partners::signature::Signed, body: String| {
        let addr = berlin_addr;
        async move {
            let headers = signed.headers();
            support::http_exact(addr, "POST", path, &headers, Some(&body)).await
        }
    };
    let error = |response: &support::HttpResponse| -> (u16, String) {
        let parsed: Value = serde_json::from_str(&response.body).unwrap_or(Value::Null);
        (response.status, parsed["error"].as_str().unwrap_or_default().to_owned())
    };

    let stranger = bridgeline::partners::SigningKey::from_bytes(&[42; 32]);
    let unknown = post(sign(&stranger, "POST", path, body.as_bytes(), now, &nonce(1)), body.clone()).await;
    assert_eq!(error(&unknown), (401, "unknown_partner".into()));
    let stale = sign(&rome_key, "POST", path, body.as_bytes(), now - MAX_SKEW_MILLIS - 60_000, &nonce(2));
    assert_eq!(error(&post(stale, body.clone()).await), (401, "stale".into()));
    // Signed for one body, sent with another (a summary changed on the way).
    let tampered = body.replace("To find her brother", "To go home");
    let signed = sign(&rome_key, "POST", path, body.as_bytes(), now, &nonce(3));
    assert_eq!(error(&post(signed, tampered).await), (401, "bad_signature".into()));
    assert_eq!(
        error(&support::http_exact(pair.berlin.addr, "POST", path, &[], Some(&body)).await),
        (401, "unsigned".into())
    );
    // Without consent, a transcript is refused even when signed.
    let smuggled = json!({
        "handover_id": "fedcba9876543210fedcba9876543210",
        "language": "ar",
        "summary": summary("DE"),
        "consent": {"kind": "imminent_risk", "reason": "danger"},
        "transcript": [{"author": "child", "text": "secret", "sent_at": 1}],
        "child_in_chat": false
    })
    .to_string();
    let signed = sign(&rome_key, "POST", path, smuggled.as_bytes(), now, &nonce(4));
    assert_eq!(error(&post(signed, smuggled).await), (400, "invalid_transcript".into()));
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in").await, 0, "nothing stored");

    // The genuine request is taken once; its replay is refused, also by a restarted
    // server.
    let genuine = sign(&rome_key, "POST", path, body.as_bytes(), now, &nonce(5));
    assert_eq!(post(genuine.clone(), body.clone()).await.status, 202);
    assert_eq!(error(&post(genuine.clone(), body.clone()).await), (401, "replayed".into()));
    let mut pair = pair;
    pair.berlin.kill();
    pair.berlin = pair.berlin_scratch.start_at(&pair.berlin.addr.to_string(), &[]).await;
    assert_eq!(support::http_exact(pair.berlin.addr, "GET", "/healthz", &[], None).await.status, 200);
    assert_eq!(error(&post(genuine, body.clone()).await), (401, "replayed".into()));
    // A retry of the same handover, newly signed, changes nothing.
    let retry = sign(&rome_key, "POST", path, body.as_bytes(), now, &nonce(6));
    assert_eq!(post(retry, body).await.status, 200);
    assert_eq!(scalar(&pair.berlin, "SELECT COUNT(*) FROM handovers_in").await, 1);
    // An answer about a handover Rome never sent to Berlin is refused.
    let berlin_key = {
        let pool = support::open_database(&pair.berlin.database).await;
        let seed: Vec<u8> = sqlx::query_scalar("SELECT key FROM server_keys WHERE name = 'partner_signing'")
            .fetch_one(&pool)
            .await
            .expect("key");
        bridgeline::partners::signing_key(&seed).expect("32 bytes")
    };
    let answer_path = "/api/v1/partners/handovers/0123456789abcdef0123456789abcdef/answer";
    let answer = json!({"decision": "declined", "decided_by": "Giulia", "reason": "no"}).to_string();
    let signed = sign(&berlin_key, "POST", answer_path, answer.as_bytes(), now, &nonce(7));
    let headers = signed.headers();
    let response = support::http_exact(pair.rome.addr, "POST", answer_path, &headers, Some(&answer)).await;
    assert_eq!(error(&response), (404, "unknown_handover".into()));
    assert!(pair.berlin.logs().contains("a partner request was refused"), "refusals are logged");
    let _ = (&pair.rome_scratch, &pair.berlin_scratch);
}

#[tokio::test]
async fn a_child_away_when_the_partner_accepts_is_moved_on_return_and_the_return_code_reaches_the_partner_by_hand() {
    let pair = pair().await;
    let (mut amira, _) = available_counsellor(&pair.rome, "amira").await;
    let (mut child, conversation) = connected_pair(&pair.rome, &mut amira, "ar").await;
    let attached = child.seen.iter().find(|frame| frame["type"] == "attached").cloned().expect("attached");
    let resume_token = attached["resume_token"].as_str().expect("resume token").to_owned();
    let (mut giulia, _) = available_counsellor(&pair.berlin, "giulia").await;
    let consent = ask_and_answer(&mut amira, &mut child, &conversation, false, "yes").await;
    amira
        .request(json!({"type": "send_handover", "conversation_id": conversation, "partner": BERLIN,
                        "consent_id": consent, "summary": summary("IT")}))
        .await;
    let incoming = giulia.expect_type("incoming_handover").await;

    // The child's network drops; Berlin accepts meanwhile.
    child.drop_connection().await;
    amira.expect("connection lost", |frame| frame["type"] == "presence" && frame["child"] == "connection_lost").await;
    giulia.request(json!({"type": "answer_handover", "handover_id": incoming["handover_id"], "accept": true})).await;
    amira.expect("accepted", |frame| frame["type"] == "handover" && frame["status"] == "accepted").await;

    // Back, the page is moved at once, and the chat here ends.
    let mut back = Client::child(&pair.rome).await;
    back.request(json!({"type": "resume", "resume_token": resume_token, "last_seq": 0})).await;
    let transfer = back.expect_type("handover_transfer").await;
    back.expect("ended", |frame| frame["type"] == "ended" && frame["by"] == "system").await;

    // The page could not join (say the token ran out): the child starts at Berlin's page
    // with the return code. Giulia, who accepted, is offered the child first and has
    // the summary.
    let mut by_hand = Client::child(&pair.berlin).await;
    by_hand.request(json!({"type": "start", "language": "ar", "return_code": transfer["return_code"]})).await;
    let offer = giulia.expect_type("offer").await;
    assert_eq!(offer["returning"], true);
    giulia.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    let context = giulia.expect_type("handover_context").await;
    assert_eq!(context["handover"]["summary"]["country"], "IT");
    by_hand.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    let _ = (&pair.rome_scratch, &pair.berlin_scratch);
}

#[tokio::test]
async fn an_unanswered_question_is_asked_again_when_the_page_comes_back_even_after_a_restart() {
    let mut pair = pair().await;
    let (mut amira, amira_cookie) = available_counsellor(&pair.rome, "amira").await;
    let (mut child, conversation) = connected_pair(&pair.rome, &mut amira, "ar").await;
    let attached = child.seen.iter().find(|frame| frame["type"] == "attached").cloned().expect("attached");
    let resume_token = attached["resume_token"].as_str().expect("resume token").to_owned();
    amira.request(json!({"type": "ask_handover_consent", "conversation_id": conversation, "partner": BERLIN})).await;
    let question = child.expect_type("handover_consent_asked").await;

    // The page reloads: asked again.
    child.drop_connection().await;
    let mut back = Client::child(&pair.rome).await;
    back.request(json!({"type": "resume", "resume_token": resume_token, "last_seq": 0})).await;
    let again = back.expect_type("handover_consent_asked").await;
    assert_eq!(again, question);

    // The server restarts: still asked again, countries and all.
    back.drop_connection().await;
    amira.close().await;
    pair.rome.kill();
    pair.rome = pair.rome_scratch.start_at(&pair.rome.addr.to_string(), &[]).await;
    let mut after = Client::child(&pair.rome).await;
    after.request(json!({"type": "resume", "resume_token": resume_token, "last_seq": 0})).await;
    assert_eq!(after.expect_type("handover_consent_asked").await, question);

    // Answered, it is not asked again.
    let mut amira = Client::counsellor(&pair.rome, &amira_cookie).await;
    after.request(json!({"type": "handover_consent", "consent_id": question["consent_id"], "answer": "no"})).await;
    amira.expect("the answer", |frame| frame["type"] == "handover_consent" && frame["answer"] == "no").await;
    after.drop_connection().await;
    let mut last = Client::child(&pair.rome).await;
    last.request(json!({"type": "resume", "resume_token": resume_token, "last_seq": 0})).await;
    last.expect_none("the question again", std::time::Duration::from_millis(500), |frame| {
        frame["type"] == "handover_consent_asked"
    })
    .await;
}
