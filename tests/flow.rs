//! The whole core flow on the real server: an Arabic-speaking child reaches an
//! Arabic-speaking counsellor, never a French-only one; they chat; either side ends;
//! the counsellor is free for the next child.

mod support;

use std::time::Duration;

use serde_json::json;
use support::{http, sign_in, text_of, Client, Scratch};

#[tokio::test]
async fn arabic_child_reaches_arabic_counsellor_and_chats_in_real_time() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 3);
    scratch.add_user("francoise", "fr", 3);
    let server = scratch.start(&[]).await;

    // A French-only counsellor is on duty first.
    let francoise_cookie = sign_in(&server, "francoise").await;
    let mut francoise = Client::counsellor(&server, &francoise_cookie).await;
    francoise.request(json!({"type": "set_status", "status": "available"})).await;

    // The child starts in Arabic, without giving any name.
    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "ar"})).await;
    assert_eq!(attached["type"], "attached");
    assert_eq!(attached["state"], "waiting");
    assert_eq!(attached["resume_token"].as_str().map(str::len), Some(64));
    let conversation = attached["conversation_id"].clone();
    let queue = child.expect_type("queue").await;
    assert_eq!(queue["position"], 1);

    // The child may write while waiting.
    let early = child.request(json!({"type": "send", "text": "أحتاج مساعدة"})).await;
    assert_eq!(early["seq"], 1);

    francoise
        .expect_none("offer to a counsellor without Arabic", Duration::from_millis(1500), |frame| {
            frame["type"] == "offer"
        })
        .await;

    // Amira speaks Arabic: once available she is offered the child.
    let amira_cookie = sign_in(&server, "amira").await;
    let mut amira = Client::counsellor(&server, &amira_cookie).await;
    amira.request(json!({"type": "set_status", "status": "available"})).await;
    let offer = amira.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], conversation);
    assert_eq!(offer["language"], "ar");

    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    let assigned = amira.expect_type("assigned").await;
    assert_eq!(assigned["conversation_id"], conversation);
    let history = amira.expect_message("the child's early message", |message| text_of(message).is_some()).await;
    assert_eq!(text_of(&history), Some("أحتاج مساعدة"));

    let joined = child.expect("joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    assert_eq!(joined["body"]["display_name"], "Amira");
    assert_eq!(joined["author"], "system");

    // Real-time chat both ways.
    let ack = child.request(json!({"type": "send", "text": "مرحبا"})).await;
    let seq = ack["seq"].as_u64().expect("seq");
    let received = amira.expect("child message", |frame| text_of(frame) == Some("مرحبا")).await;
    assert_eq!(received["seq"].as_u64(), Some(seq));
    assert_eq!(received["author"], "child");

    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "أهلاً، أنا هنا"})).await;
    let reply = child.expect("counsellor reply", |frame| text_of(frame) == Some("أهلاً، أنا هنا")).await;
    assert_eq!(reply["author"], "counsellor");

    // The child ends the chat; both sides are told.
    child.send(json!({"type": "end", "id": "end-1"})).await;
    child.expect("ended", |frame| frame["type"] == "ended" && frame["by"] == "child").await;
    child.expect("ack of end", |frame| frame["type"] == "ack" && frame["id"] == "end-1").await;
    amira.expect("ended", |frame| frame["type"] == "ended" && frame["conversation_id"] == conversation).await;
    assert_eq!(child.refused(json!({"type": "send", "text": "hello?"})).await, "conversation_ended");

    // Amira is free for the next child; this time she ends the chat.
    let mut second = Client::child(&server).await;
    let attached = second.request(json!({"type": "start", "language": "ar"})).await;
    let second_conversation = attached["conversation_id"].clone();
    let offer = amira.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], second_conversation);
    amira.request(json!({"type": "accept", "conversation_id": second_conversation})).await;
    second.expect("joined notice", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    amira.request(json!({"type": "end", "conversation_id": second_conversation})).await;
    second.expect("ended by counsellor", |frame| frame["type"] == "ended" && frame["by"] == "counsellor").await;
    francoise
        .expect_none("offer to a counsellor without Arabic", Duration::from_millis(300), |frame| {
            frame["type"] == "offer"
        })
        .await;
}

#[tokio::test]
async fn an_offer_left_unanswered_passes_to_the_next_counsellor() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar", 1);
    scratch.add_user("bashir", "ar", 1);
    let server = scratch.start(&["--offer-timeout-secs", "1"]).await;
    let mut amira = Client::counsellor(&server, &sign_in(&server, "amira").await).await;
    amira.request(json!({"type": "set_status", "status": "available"})).await;

    let mut child = Client::child(&server).await;
    let attached = child.request(json!({"type": "start", "language": "ar"})).await;
    let conversation = attached["conversation_id"].clone();
    amira.expect_type("offer").await;

    let mut bashir = Client::counsellor(&server, &sign_in(&server, "bashir").await).await;
    bashir.request(json!({"type": "set_status", "status": "available"})).await;
    // Amira lets it lapse: it is withdrawn from her, she is set away, Bashir is offered.
    amira
        .expect("withdrawal", |frame| frame["type"] == "offer_withdrawn" && frame["conversation_id"] == conversation)
        .await;
    amira.expect("status away", |frame| frame["type"] == "status" && frame["status"] == "away").await;
    let offer = bashir.expect_type("offer").await;
    assert_eq!(offer["conversation_id"], conversation);
    // Amira can no longer take it; Bashir can.
    assert_eq!(amira.refused(json!({"type": "accept", "conversation_id": conversation})).await, "offer_gone");
    bashir.request(json!({"type": "accept", "conversation_id": conversation})).await;
}

#[tokio::test]
async fn the_child_page_is_in_the_browsers_language_from_the_first_byte() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let page = http(server.addr, "GET", "/", &[("Accept-Language", "ar-SY,ar;q=0.9,en;q=0.5")], None).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"<html lang="ar" dir="rtl">"#), "{}", &page.body[..200.min(page.body.len())]);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    let csp = page.header("content-security-policy").expect("CSP");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");

    let german = http(server.addr, "GET", "/", &[("Accept-Language", "de-DE,de;q=0.9")], None).await;
    assert!(german.body.contains(r#"<html lang="de" dir="ltr">"#));
    let unserved = http(server.addr, "GET", "/", &[("Accept-Language", "ja-JP,ja;q=0.9")], None).await;
    assert!(unserved.body.contains(r#"<html lang="en" dir="ltr">"#));
    let chosen = http(server.addr, "GET", "/?lang=fa", &[("Accept-Language", "en")], None).await;
    assert!(chosen.body.contains(r#"<html lang="fa" dir="rtl">"#));
    // The language picked earlier in this browser session (its cookie) wins over the
    // browser's; a link's `?lang=` wins over both; an unknown one is ignored.
    let remembered =
        http(server.addr, "GET", "/", &[("Accept-Language", "fr"), ("Cookie", "other=1; bl_lang=uk")], None).await;
    assert!(remembered.body.contains(r#"<html lang="uk" dir="ltr">"#));
    let linked = http(server.addr, "GET", "/?lang=ar", &[("Cookie", "bl_lang=uk")], None).await;
    assert!(linked.body.contains(r#"<html lang="ar" dir="rtl">"#));
    let unknown = http(server.addr, "GET", "/", &[("Accept-Language", "de"), ("Cookie", "bl_lang=xx")], None).await;
    assert!(unknown.body.contains(r#"<html lang="de" dir="ltr">"#));

    // Switching language loads the other locale's compiled messages; the console's
    // messages exist only where a staff translation does.
    let tigrinya = http(server.addr, "GET", "/l10n/ti/child.json", &[], None).await;
    assert_eq!(tigrinya.status, 200);
    let messages: serde_json::Value = serde_json::from_str(&tigrinya.body).expect("JSON catalog");
    assert!(messages["quick-exit-button"]["v"].is_array(), "{}", tigrinya.body);
    assert_eq!(http(server.addr, "GET", "/l10n/ti/staff.json", &[], None).await.status, 404);
    assert_eq!(http(server.addr, "GET", "/l10n/xx/child.json", &[], None).await.status, 404);
}

#[tokio::test]
async fn the_child_page_has_a_neutral_tab_title_unless_the_helpline_names_itself() {
    let title_of = |body: &str| {
        body.split("<title>").nth(1).and_then(|rest| rest.split("</title>").next()).unwrap_or_default().to_owned()
    };
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    let page = http(server.addr, "GET", "/", &[("Accept-Language", "fr")], None).await;
    let title = title_of(&page.body);
    assert!(!title.is_empty() && !title.contains("Bridgeline"), "by default the tab shows {title:?}");
    // The console keeps its own title.
    let console = http(server.addr, "GET", "/counsellor", &[], None).await;
    assert!(console.body.contains("<title>Bridgeline"), "{}", &console.body[..300.min(console.body.len())]);
    drop(server);

    let named = Scratch::new();
    let server = named.start(&["--neutral-title=false"]).await;
    let page = http(server.addr, "GET", "/", &[("Accept-Language", "fr")], None).await;
    assert!(title_of(&page.body).contains("Bridgeline"), "{}", title_of(&page.body));
}

/// Nothing of a visit stays in the browser's cache: the assets would show the site
/// was opened, `/l10n/<lang>/…` names the child's language.
#[tokio::test]
async fn no_response_is_kept_in_the_browsers_cache() {
    let scratch = Scratch::new();
    let server = scratch.start(&[]).await;
    for path in [
        "/",
        "/counsellor",
        "/assets/app.css",
        "/assets/boot.js",
        "/assets/bridgeline_web_child_bg.wasm",
        "/l10n/so/child.json",
        "/api/v1/locales",
        "/healthz",
        "/assets/no-such-file.js",
    ] {
        let response = http(server.addr, "GET", path, &[("Accept-Encoding", "br")], None).await;
        assert_eq!(response.header("cache-control"), Some("no-store"), "{path} ({})", response.status);
    }
}
