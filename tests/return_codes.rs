//! Returning children (issue 12) on the real binary: a child takes a return code,
//! comes back with it and is offered first to the counsellor they spoke with, who sees
//! the earlier contact; wrong codes are refused and throttled; "forget me" leaves
//! nothing tied to the code; a code unused past the retention period stops working.

mod support;

use std::process::Command;

use bridgeline::return_code::ReturnCode;
use serde_json::{json, Value};
use support::{available_counsellor, binary, connected_pair, scalar, Client, Scratch, Server};

/// A code with a valid check digit that no case has (from the seed's bytes).
fn made_up_code(seed: u8) -> String {
    let random: Vec<u8> =
        (0..ReturnCode::RANDOM_BYTES as u8).map(|byte| byte.wrapping_mul(31).wrapping_add(seed)).collect();
    ReturnCode::from_random(&random).expect("enough bytes").display()
}

/// A child's first chat with `counsellor`: a message, a code taken, a note, the end
/// and the wrap-up. Returns (the code, the conversation id).
async fn first_visit(server: &Server, counsellor: &mut Client) -> (String, Value) {
    let (mut child, conversation) = connected_pair(server, counsellor, "en").await;
    child.request(json!({"type": "send", "text": "my brother hits me"})).await;
    let code = child.request(json!({"type": "take_code"})).await;
    assert_eq!(code["type"], "code", "{code}");
    let code = code["code"].as_str().expect("a code").to_owned();
    assert!(ReturnCode::parse(&code).is_ok(), "{code} reads back");
    counsellor
        .request(json!({"type": "add_note", "conversation_id": conversation, "text": "Brother; school knows."}))
        .await;
    child.request(json!({"type": "end"})).await;
    counsellor.expect("ended", |frame| frame["type"] == "ended" && frame["conversation_id"] == conversation).await;
    counsellor
        .request(json!({"type": "wrap_up", "conversation_id": conversation,
            "wrap_up": {"categories": ["violence"], "outcome": "supported", "cross_border": false}}))
        .await;
    child.close().await;
    (code, conversation)
}

#[tokio::test]
async fn a_child_who_comes_back_is_offered_first_to_the_same_counsellor_who_sees_the_earlier_contact() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    scratch.add_user("basel", "en", 3);
    let server = scratch.start(&[]).await;
    // Basel signs in first and stays away for now; Amira takes the first chat.
    let basel_cookie = support::sign_in(&server, "basel").await;
    let mut basel = Client::counsellor(&server, &basel_cookie).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (code, earlier_conversation) = first_visit(&server, &mut amira).await;

    // Basel comes on duty: idle the longest, he would be given a new child.
    basel.request(json!({"type": "set_status", "status": "available"})).await;
    let mut stranger = Client::child(&server).await;
    let attached = stranger.request(json!({"type": "start", "language": "en"})).await;
    let offer = basel.expect("the stranger's offer", |frame| frame["type"] == "offer").await;
    assert_eq!(offer["conversation_id"], attached["conversation_id"], "a new child goes to the less busy counsellor");
    assert!(offer.get("returning").is_none(), "{offer}");
    basel.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;

    // Days later, on another device: the code, typed with dashes.
    let mut back = Client::child(&server).await;
    let attached =
        back.request(json!({"type": "start", "language": "en", "return_code": code.replace(' ', "-")})).await;
    let conversation = attached["conversation_id"].clone();
    assert_ne!(conversation, earlier_conversation, "a new chat, in the same case");
    let offer = amira.expect("the returning child's offer", |frame| frame["type"] == "offer").await;
    assert_eq!(offer["conversation_id"], conversation);
    assert_eq!(offer["returning"], true, "{offer}");
    basel
        .expect_none("an offer of the returning child", std::time::Duration::from_millis(500), |frame| {
            frame["type"] == "offer"
        })
        .await;

    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    let case = amira.expect("the case", |frame| frame["type"] == "case").await;
    assert_eq!(case["conversation_id"], conversation);
    let earlier = case["earlier"].as_array().expect("earlier contacts");
    assert_eq!(earlier.len(), 1, "{case}");
    assert_eq!(earlier[0]["conversation_id"], earlier_conversation);
    assert_eq!(earlier[0]["counsellor"], "Amira");
    assert_eq!(earlier[0]["transcript_kept"], true);
    assert_eq!(earlier[0]["wrap_up"]["categories"], json!(["violence"]));
    assert_eq!(earlier[0]["notes"][0]["text"], "Brother; school knows.");

    // The earlier transcript: hers to read now (audited), not Basel's.
    let page = amira.request(json!({"type": "history", "conversation_id": earlier_conversation, "after_seq": 0})).await;
    let texts: Vec<String> = support::messages_in(&page)
        .iter()
        .filter_map(|message| message["body"]["text"].as_str().map(str::to_owned))
        .collect();
    assert!(texts.iter().any(|text| text == "my brother hits me"), "{page}");
    let refused =
        basel.refused(json!({"type": "history", "conversation_id": earlier_conversation, "after_seq": 0})).await;
    assert_eq!(refused, "not_yours");
    assert!(
        scalar(&server, "SELECT COUNT(*) FROM audit_log WHERE action = 'read_history' AND staff_id IS NOT NULL").await
            >= 1,
        "reading an earlier contact is audited"
    );

    // A console that reconnects (a reload) gets the case again, after `ready`.
    drop(amira);
    let cookie = support::sign_in(&server, "amira").await;
    let mut amira = Client::counsellor(&server, &cookie).await;
    let again = amira.expect("the case after reconnecting", |frame| frame["type"] == "case").await;
    assert_eq!(again["conversation_id"], conversation);
}

#[tokio::test]
async fn wrong_codes_are_refused_and_throttled_and_a_mistyped_digit_costs_no_attempt() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let mut child = Client::child(&server).await;

    // A mistyped check digit is caught before any lookup: it never counts.
    let good = made_up_code(1);
    let mut digits: Vec<char> = good.chars().collect();
    digits[0] = if digits[0] == '1' { '2' } else { '1' };
    let mistyped: String = digits.into_iter().collect();
    for _ in 0..12 {
        let code = child.refused(json!({"type": "start", "language": "en", "return_code": mistyped})).await;
        assert_eq!(code, "wrong_code");
    }
    for code in ["", "12345", "abcd efgh ijkl"] {
        assert_eq!(child.refused(json!({"type": "start", "language": "en", "return_code": code})).await, "wrong_code");
    }

    // Codes with a right check digit that no case has: wrong, then slowed, then locked.
    let mut answers = Vec::new();
    for seed in 0..14u8 {
        let id = child.id();
        child.send(json!({"type": "start", "id": id, "language": "en", "return_code": made_up_code(seed + 10)})).await;
        let answer = child.expect("an answer", |frame| frame["id"] == id.as_str()).await;
        assert_eq!(answer["type"], "error", "{answer}");
        answers.push(answer);
    }
    let codes: Vec<&str> = answers.iter().map(|answer| answer["code"].as_str().unwrap_or_default()).collect();
    assert_eq!(&codes[..5], ["wrong_code"; 5], "the first few are only wrong: {codes:?}");
    assert!(codes.contains(&"too_many_attempts"), "guessing is throttled: {codes:?}");
    let throttled = answers.iter().find(|answer| answer["code"] == "too_many_attempts").expect("throttled");
    assert!(throttled["until"].as_i64().is_some_and(|until| until > 0), "says until when: {throttled}");
    // Nothing was started by any of it.
    assert_eq!(scalar(&server, "SELECT COUNT(*) FROM conversations").await, 0);
}

#[tokio::test]
async fn forget_me_leaves_no_row_tied_to_the_code_and_the_code_stops_working() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (code, first) = first_visit(&server, &mut amira).await;

    // Back again, and still chatting: erasing waits for the end.
    let mut back = Client::child(&server).await;
    let attached = back.request(json!({"type": "start", "language": "en", "return_code": code})).await;
    let second = attached["conversation_id"].clone();
    let offer = amira.expect("the offer", |frame| frame["type"] == "offer").await;
    amira.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    back.request(json!({"type": "send", "text": "it happened again"})).await;
    assert_eq!(back.refused(json!({"type": "forget_me", "code": code})).await, "chat_live");
    back.request(json!({"type": "end"})).await;

    let ids = format!("'{}', '{}'", first.as_str().unwrap(), second.as_str().unwrap());
    let stored = scalar(&server, &format!("SELECT COUNT(*) FROM messages WHERE conversation_id IN ({ids})")).await;
    assert!(stored > 0, "both chats' messages are there before");
    back.request(json!({"type": "forget_me", "code": code})).await;
    let erased = amira.expect("case_erased", |frame| frame["type"] == "case_erased").await;
    let erased: Vec<&Value> = erased["conversation_ids"].as_array().expect("ids").iter().collect();
    assert_eq!(erased.len(), 2, "{erased:?}");

    for (what, sql) in [
        ("cases", "SELECT COUNT(*) FROM cases".to_owned()),
        ("chats in a case", "SELECT COUNT(*) FROM conversations WHERE case_id IS NOT NULL".to_owned()),
        ("messages", format!("SELECT COUNT(*) FROM messages WHERE conversation_id IN ({ids})")),
        ("notes", format!("SELECT COUNT(*) FROM notes WHERE conversation_id IN ({ids})")),
        ("audit lines naming the chats", format!("SELECT COUNT(*) FROM audit_log WHERE conversation_id IN ({ids})")),
        (
            "resumable chats",
            format!("SELECT COUNT(*) FROM conversations WHERE id IN ({ids}) AND resume_token_hash NOT LIKE 'erased:%'"),
        ),
    ] {
        assert_eq!(scalar(&server, &sql).await, 0, "{what} left after forget me");
    }
    assert_eq!(scalar(&server, "SELECT COUNT(*) FROM audit_log WHERE action = 'case_erased'").await, 1);
    assert_eq!(
        scalar(
            &server,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'case_erased' AND detail LIKE '%2 conversations%'"
        )
        .await,
        1,
        "audited without content"
    );

    let mut later = Client::child(&server).await;
    assert_eq!(later.refused(json!({"type": "start", "language": "en", "return_code": code})).await, "wrong_code");
    assert_eq!(later.refused(json!({"type": "forget_me", "code": code})).await, "wrong_code");
}

#[tokio::test]
async fn a_code_unused_past_the_retention_period_stops_working() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut amira, _) = available_counsellor(&server, "amira").await;
    let (code, _) = first_visit(&server, &mut amira).await;

    // The purge as it will run 91 days from now (the default period is 90 days).
    let as_of = bridgeline::secrets::unix_millis() + 91 * 24 * 3600 * 1000;
    let output = Command::new(binary())
        .args(["retention", "purge", "--database", &server.database, "--as-of", &as_of.to_string()])
        .output()
        .expect("run retention purge");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(scalar(&server, "SELECT COUNT(*) FROM cases").await, 0);
    assert_eq!(scalar(&server, "SELECT COUNT(*) FROM conversations WHERE case_id IS NOT NULL").await, 0);

    let mut back = Client::child(&server).await;
    assert_eq!(back.refused(json!({"type": "start", "language": "en", "return_code": code})).await, "wrong_code");
}
