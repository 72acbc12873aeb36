//! Bad input gets a clear, typed error and harms nobody: the socket that sent it
//! carries on (except a frame over the limit, closed with 1009), and so does every
//! other conversation.

mod support;

use std::time::Duration;

use serde_json::json;
use support::{available_counsellor, connected_pair, handshake_status, http, sign_in, text_of, Client, Scratch};

#[tokio::test]
async fn each_bad_child_frame_gets_a_typed_error_and_others_carry_on() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut bystander, bystander_conversation) = connected_pair(&server, &mut sam, "en").await;

    let mut child = Client::child(&server).await;
    child.send_raw("this is not json").await;
    assert_eq!(child.expect_type("error").await["code"], "malformed");
    child.send_raw("[1, 2, 3]").await;
    assert_eq!(child.expect_type("error").await["code"], "malformed");
    child.send_binary(vec![0, 1, 2]).await;
    assert_eq!(child.expect_type("error").await["code"], "malformed");
    assert_eq!(child.refused(json!({"type": "dance"})).await, "unknown_type");
    // Staff messages on the child socket are unknown there.
    assert_eq!(
        child.refused(json!({"type": "accept", "conversation_id": bystander_conversation})).await,
        "unknown_type"
    );
    assert_eq!(child.refused(json!({"type": "start", "language": {"code": "en"}})).await, "invalid_field");
    assert_eq!(child.refused(json!({"type": "start"})).await, "invalid_field");
    assert_eq!(child.refused(json!({"type": "start", "language": "xx-klingon"})).await, "unknown_language");
    assert_eq!(
        child.refused(json!({"type": "start", "language": "en", "also_reads": ["zz"]})).await,
        "unknown_language"
    );
    assert_eq!(child.refused(json!({"type": "send", "text": "hello"})).await, "no_conversation");
    assert_eq!(child.refused(json!({"type": "end"})).await, "no_conversation");

    child.request(json!({"type": "start", "language": "en"})).await;
    assert_eq!(child.refused(json!({"type": "start", "language": "en"})).await, "already_started");
    assert_eq!(child.refused(json!({"type": "send", "text": 42})).await, "invalid_field");
    assert_eq!(child.refused(json!({"type": "send", "text": "   "})).await, "empty_text");
    assert_eq!(child.refused(json!({"type": "send", "text": "x".repeat(4097)})).await, "too_long");
    // Exactly at the cap is fine.
    child.request(json!({"type": "send", "text": "x".repeat(4096)})).await;

    // Meanwhile the other conversation is untouched.
    bystander.request(json!({"type": "send", "text": "still fine"})).await;
    sam.expect("bystander message", |frame| text_of(frame) == Some("still fine")).await;

    // A frame over 64 KiB closes only that socket, with 1009.
    child.send_raw(&json!({"type": "send", "id": "big", "text": "y".repeat(70 * 1024)}).to_string()).await;
    assert_eq!(child.expect_close().await, Some(1009));
    sam.request(json!({"type": "send", "conversation_id": bystander_conversation, "text": "and still"})).await;
    bystander.expect("after the big frame", |frame| text_of(frame) == Some("and still")).await;
}

#[tokio::test]
async fn staff_requests_are_checked_for_ownership_role_and_session() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    scratch.add_user("kim", "en", 3);
    scratch.add_staff("cora", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    let (mut sam, _) = available_counsellor(&server, "sam").await;
    let (mut child, conversation) = connected_pair(&server, &mut sam, "en").await;

    // Another counsellor cannot write to, read, end or take sam's conversation.
    let kim_cookie = sign_in(&server, "kim").await;
    let mut kim = Client::counsellor(&server, &kim_cookie).await;
    assert_eq!(kim.refused(json!({"type": "send", "conversation_id": conversation, "text": "hi"})).await, "not_yours");
    assert_eq!(
        kim.refused(json!({"type": "sync", "conversation_id": conversation, "after_seq": 0})).await,
        "not_yours"
    );
    assert_eq!(kim.refused(json!({"type": "end", "conversation_id": conversation})).await, "not_yours");
    assert_eq!(kim.refused(json!({"type": "accept", "conversation_id": conversation})).await, "offer_gone");
    assert_eq!(
        kim.refused(json!({"type": "send", "conversation_id": "no-such-conversation", "text": "hi"})).await,
        "not_yours"
    );
    assert_eq!(kim.refused(json!({"type": "set_status", "status": "sleeping"})).await, "invalid_field");
    assert_eq!(kim.refused(json!({"type": "start", "language": "en"})).await, "unknown_type");
    assert_eq!(
        kim.refused(json!({"type": "send", "conversation_id": conversation, "text": "x".repeat(5000)})).await,
        "not_yours"
    );
    child
        .expect_none("a message from another counsellor", Duration::from_millis(300), |frame| text_of(frame).is_some())
        .await;

    // A coordinator is signed in but may not act as a counsellor.
    let cora_cookie = sign_in(&server, "cora").await;
    let mut cora = Client::counsellor(&server, &cora_cookie).await;
    assert_eq!(cora.refused(json!({"type": "set_status", "status": "available"})).await, "forbidden");

    // Signing out ends the session for the socket that is already open.
    let signed_out = http(server.addr, "DELETE", "/api/v1/session", &[("Cookie", &kim_cookie)], None).await;
    assert_eq!(signed_out.status, 204);
    kim.send(json!({"type": "set_status", "id": "after-logout", "status": "available"})).await;
    let error = kim.expect_type("error").await;
    assert_eq!(error["code"], "unauthenticated");
    assert_eq!(kim.expect_close().await, Some(1008));

    // Sam's conversation carried on through all of it.
    sam.request(json!({"type": "send", "conversation_id": conversation, "text": "all good"})).await;
    child.expect("sam's message", |frame| text_of(frame) == Some("all good")).await;
}

#[tokio::test]
async fn handshakes_without_a_session_or_from_another_origin_are_refused() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 3);
    let server = scratch.start(&[]).await;
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &[]).await, 401);
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &[("Cookie", "bl_session=forged")]).await, 401);
    assert_eq!(handshake_status(&server, "/ws/v1/child", &[("Origin", "http://evil.example")]).await, 403);
    let cookie = sign_in(&server, "sam").await;
    let cross_site = [("Origin", "http://evil.example"), ("Cookie", cookie.as_str())];
    assert_eq!(handshake_status(&server, "/ws/v1/staff", &cross_site).await, 403);
    let same_site = format!("http://{}", server.addr);
    assert_eq!(
        handshake_status(&server, "/ws/v1/staff", &[("Origin", same_site.as_str()), ("Cookie", cookie.as_str())]).await,
        101
    );

    let bad_password =
        http(server.addr, "POST", "/api/v1/session", &[], Some(r#"{"username":"sam","password":"wrong password"}"#))
            .await;
    assert_eq!(bad_password.status, 401);
    let unknown_user =
        http(server.addr, "POST", "/api/v1/session", &[], Some(r#"{"username":"nobody","password":"wrong password"}"#))
            .await;
    assert_eq!(unknown_user.status, 401);
    let malformed = http(server.addr, "POST", "/api/v1/session", &[], Some(r#"{"username":1}"#)).await;
    assert!(matches!(malformed.status, 400 | 422), "{}", malformed.status);
}
