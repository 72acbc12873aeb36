//! Return codes on the child's page, in a real browser (headless Chromium) against the
//! real server, with counsellors as Rust clients:
//!
//! - a child chats, takes a code and ends; in a fresh browser profile they come back
//!   with it, see the earlier chat listed, read both sides of it again, and "chat now"
//!   offers them to the same counsellor as a returning child;
//! - a wrong code is refused in words; "erase everything" says it is done, and the
//!   same code is then refused (in Arabic, right to left, the code's digits left to
//!   right);
//! - with nobody on duty a child leaves a message and is given a code; a counsellor
//!   takes it while the page is open (the page moves to the chat), answers and ends;
//!   the child comes back with the code in a fresh profile and reads the answer.
//!
//! Screenshots of each new screen go to `target/screenshots/child-codes-*.png`.

mod support;

use serde_json::{json, Value};

use support::browser::{
    child_in_chat, click, drive, drive_two, script, snap, type_into, wait_for, wait_for_text, wait_for_words,
    wait_until,
};
use support::{available_counsellor, connected_pair, repo_root, sign_in, Client, Scratch, Server};

const CHILD_SAYS: &str = "My brother hits me when nobody is home";
const COUNSELLOR_SAYS: &str = "Thank you for telling me. You did the right thing.";
const LEFT_MESSAGE: &str = "I am scared to go home tonight";
const ANSWER: &str = "I read your message. You can call 116 111 at any time, and we are here from 9.";

/// A message of a locale's `codes.ftl` as written there (no placeables).
fn codes_message(locale: &str, id: &str) -> String {
    let text = std::fs::read_to_string(repo_root().join(format!("locales/{locale}/codes.ftl"))).expect("codes.ftl");
    let prefix = format!("{id} = ");
    text.lines().find_map(|line| line.strip_prefix(&prefix)).unwrap_or_else(|| panic!("{id} in {locale}")).to_owned()
}

/// The code shown on the page, checked for its form: three groups of four digits,
/// laid out left to right whatever the page's direction.
async fn shown_code(browser: &fantoccini::Client) -> Result<String, String> {
    wait_for(browser, ".code-panel .code").await?;
    let shown = script(
        browser,
        "const code = document.querySelector('.code-panel .code'); \
         return [code.textContent.trim(), getComputedStyle(code).direction];",
    )
    .await?;
    let code = shown[0].as_str().unwrap_or_default().to_owned();
    let groups: Vec<&str> = code.split(' ').collect();
    if groups.len() != 3 || groups.iter().any(|group| group.len() != 4 || !group.bytes().all(|b| b.is_ascii_digit())) {
        return Err(format!("the code shown is not three groups of four digits: {code:?}"));
    }
    if shown[1] != json!("ltr") {
        return Err(format!("the code is laid out {}, not left to right", shown[1]));
    }
    Ok(code)
}

/// From the first screen: "I have a return code", the code typed (with dashes, as a
/// child may write it) and sent.
async fn come_back_with(browser: &fantoccini::Client, code: &str) -> Result<(), String> {
    click(browser, ".intro button.have-code").await?;
    wait_for(browser, "#return-code").await?;
    type_into(browser, "#return-code", &code.replace(' ', "-")).await?;
    click(browser, ".code-form button.open-case").await
}

#[tokio::test]
async fn a_child_takes_a_code_comes_back_with_it_reads_the_chat_and_chats_again() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "en", "child-codes-back", |first, second, server| Box::pin(come_back(first, second, server)))
        .await;
}

async fn come_back(first: &fantoccini::Client, second: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut amira, _) = available_counsellor(server, "amira").await;

    // The first visit: a chat, a code taken, the end.
    let conversation = child_in_chat(first, &server.url("/?lang=en"), &mut amira).await?;
    type_into(first, "#message-input", CHILD_SAYS).await?;
    click(first, "button.send").await?;
    amira.expect("the child's message", |frame| support::text_of(frame) == Some(CHILD_SAYS)).await;
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": COUNSELLOR_SAYS})).await;
    wait_for_text(first, ".log .text", COUNSELLOR_SAYS).await?;
    click(first, "button.take-code").await?;
    let code = shown_code(first).await?;
    // Focus moves on the frame after the code is drawn, so it is waited for.
    wait_until(first, "focus on the code", "return document.activeElement.className === 'code-panel';").await?;
    snap(first, "child-codes-en-code").await?;
    // Put away: the code is gone from the page, and nothing of it was stored.
    click(first, ".code-panel button").await?;
    wait_for(first, "button.take-code").await?;
    let stored = script(
        first,
        &format!(
            "return [document.body.textContent.includes({code:?}), JSON.stringify(sessionStorage).includes({code:?}), \
             JSON.stringify(localStorage).includes({code:?}), document.cookie.includes({code:?})];"
        ),
    )
    .await?;
    if stored != json!([false, false, false, false]) {
        return Err(format!("the code stayed on the page or in storage (page, session, local, cookie): {stored}"));
    }
    click(first, "button.end").await?;
    wait_for(first, ".ended h1").await?;
    amira.expect_type("ended").await;

    // Coming back, in a fresh profile: the earlier chat listed, then read.
    second.goto(&server.url("/?lang=en")).await.map_err(|error| format!("goto: {error}"))?;
    wait_for(second, ".intro button.have-code").await?;
    snap(second, "child-codes-en-intro").await?;
    click(second, ".intro button.have-code").await?;
    wait_for(second, "#return-code").await?;
    snap(second, "child-codes-en-entry").await?;
    type_into(second, "#return-code", &code.replace(' ', "-")).await?;
    click(second, ".code-form button.open-case").await?;
    wait_for(second, ".case .earlier-chat").await?;
    wait_for_words(second, ".case .earlier-chat", "with Amira").await?;
    snap(second, "child-codes-en-case").await?;
    click(second, ".case .earlier-chat").await?;
    wait_for_text(second, ".read .log .line.own .text", CHILD_SAYS).await?;
    wait_for_text(second, ".read .log .line.counsellor .text", COUNSELLOR_SAYS).await?;
    if support::browser::present(second, ".read #message-input").await? {
        return Err("an earlier chat is read only, but has a message box".into());
    }
    snap(second, "child-codes-en-read").await?;

    // "Chat now": offered to Amira first, as a returning child.
    click(second, ".read button.back-to-case").await?;
    click(second, ".case button.chat-now").await?;
    let offer = amira.expect_type("offer").await;
    if offer["returning"] != json!(true) {
        return Err(format!("the offer does not say the child is returning: {offer}"));
    }
    amira.request(json!({"type": "accept", "conversation_id": offer["conversation_id"]})).await;
    wait_for(second, ".counsellor-name").await?;
    Ok(())
}

#[tokio::test]
async fn a_wrong_code_is_refused_in_words_and_erasing_everything_ends_the_code() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en,ar", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "ar", "child-codes-erase", |browser, server| Box::pin(erase(browser, server))).await;
}

async fn erase(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // An earlier chat, over the protocol, with a code taken.
    let code = {
        let (mut amira, _) = available_counsellor(server, "amira").await;
        let (mut child, conversation) = connected_pair(server, &mut amira, "ar").await;
        child.request(json!({"type": "send", "text": "مرحبا، أحتاج إلى مساعدة"})).await;
        amira.request(json!({"type": "send", "conversation_id": conversation, "text": "أنا هنا لأسمعك"})).await;
        let code = child.request(json!({"type": "take_code"})).await["code"].as_str().unwrap_or_default().to_owned();
        child.request(json!({"type": "end"})).await;
        code
    };

    browser.goto(&server.url("/?lang=ar")).await.map_err(|error| format!("goto: {error}"))?;
    wait_for(browser, ".intro button.have-code").await?;
    snap(browser, "child-codes-ar-intro").await?;

    // A mistyped digit: refused in words, and the code can be typed again.
    let mut wrong: Vec<char> = code.chars().collect();
    wrong[0] = if wrong[0] == '1' { '2' } else { '1' };
    come_back_with(browser, &wrong.into_iter().collect::<String>()).await?;
    wait_for_text(browser, ".returning .error", &codes_message("ar", "codes-error-wrong")).await?;
    snap(browser, "child-codes-ar-wrong").await?;
    let field = wait_for(browser, "#return-code").await?;
    field.clear().await.map_err(|error| format!("clear: {error}"))?;
    type_into(browser, "#return-code", &code).await?;
    click(browser, ".code-form button.open-case").await?;
    wait_for(browser, ".case .earlier-chat").await?;
    wait_for_words(browser, ".case .earlier-chat", "Amira").await?;
    snap(browser, "child-codes-ar-case").await?;
    click(browser, ".case .earlier-chat").await?;
    wait_for_text(browser, ".read .log .line.counsellor .text", "أنا هنا لأسمعك").await?;
    snap(browser, "child-codes-ar-read").await?;
    click(browser, ".read button.back-to-case").await?;

    // Erase everything: asked in plain words first, then done.
    click(browser, ".case button.erase").await?;
    wait_for_text(browser, ".erase h1", &codes_message("ar", "codes-erase-heading")).await?;
    snap(browser, "child-codes-ar-erase").await?;
    click(browser, ".erase button.erase-yes").await?;
    wait_for_text(browser, ".erased h1", &codes_message("ar", "codes-erased-heading")).await?;
    snap(browser, "child-codes-ar-erased").await?;

    // The same code no longer opens anything.
    click(browser, ".erased button.primary").await?;
    come_back_with(browser, &code).await?;
    wait_for_text(browser, ".returning .error", &codes_message("ar", "codes-error-wrong")).await?;
    let mut child = Client::child(server).await;
    let refused = child.refused(json!({"type": "open_case", "code": code})).await;
    if refused != "wrong_code" {
        return Err(format!("the erased code was answered {refused}, not wrong_code"));
    }
    Ok(())
}

#[tokio::test]
async fn with_nobody_on_duty_a_child_leaves_a_message_and_reads_the_answer_later() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en,ar", 2);
    let server = scratch.start(&[]).await;
    drive_two(&server, "ar", "child-codes-left", |first, second, server| Box::pin(leave(first, second, server))).await;
}

async fn leave(first: &fantoccini::Client, second: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // Nobody is on duty: the page offers to leave a message, usable once one is sent.
    first.goto(&server.url("/?lang=ar")).await.map_err(|error| format!("goto: {error}"))?;
    click(first, ".intro button.start").await?;
    click(first, ".intake button.skip").await?;
    wait_for(first, ".no-counsellor .leave-offer").await?;
    let disabled = script(first, "return document.querySelector('button.leave-message').disabled;").await?;
    if disabled != json!(true) {
        return Err("'leave my message' is usable before anything was written".into());
    }
    type_into(first, "#message-input", LEFT_MESSAGE).await?;
    click(first, "button.send").await?;
    wait_until(first, "the message stored", "return !document.querySelector('button.leave-message').disabled;").await?;
    snap(first, "child-codes-ar-leave-offer").await?;
    click(first, "button.leave-message").await?;
    let code = shown_code(first).await?;
    wait_for_text(first, ".left-message h1", &codes_message("ar", "codes-left-heading")).await?;
    snap(first, "child-codes-ar-left").await?;

    // A reload: still a left message (no queue), and a new code can be taken.
    first.refresh().await.map_err(|error| format!("reload: {error}"))?;
    wait_for_text(first, ".left-message h1", &codes_message("ar", "codes-left-heading")).await?;
    if support::browser::present(first, ".queue:not(.hidden)").await? {
        return Err("after a reload the left message shows the queue".into());
    }
    wait_for(first, "button.take-code").await?;
    snap(first, "child-codes-ar-left-reloaded").await?;

    // Amira comes on duty and takes it while the page is open: the chat goes on live.
    let cookie = sign_in(server, "amira").await;
    let mut amira = Client::connect(server, "/ws/v1/staff", Some(&cookie), "counsellor").await;
    let ready = amira.expect_type("ready").await;
    let conversation = ready["left_messages"][0]["conversation_id"].clone();
    if conversation == Value::Null {
        return Err(format!("no left message in ready: {ready}"));
    }
    amira.request(json!({"type": "take_left_message", "conversation_id": conversation})).await;
    wait_for(first, ".counsellor-name").await?;
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": ANSWER})).await;
    wait_for_text(first, ".log .line.counsellor .text", ANSWER).await?;
    amira.request(json!({"type": "end", "conversation_id": conversation})).await;
    wait_for(first, ".ended h1").await?;

    // Later, in a fresh profile: the message listed as one left, and its answer read.
    second.goto(&server.url("/?lang=ar")).await.map_err(|error| format!("goto: {error}"))?;
    come_back_with(second, &code).await?;
    wait_for_words(second, ".case .earlier-chat", &codes_message("ar", "codes-chat-left-message")).await?;
    click(second, ".case .earlier-chat").await?;
    wait_for_text(second, ".read .log .line.own .text", LEFT_MESSAGE).await?;
    wait_for_text(second, ".read .log .line.counsellor .text", ANSWER).await?;
    snap(second, "child-codes-ar-left-answer").await?;
    Ok(())
}
