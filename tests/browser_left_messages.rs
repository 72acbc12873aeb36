//! Messages left while nobody is there, in the console, in a real browser (headless
//! Chromium) against the real server: a child writes when no counsellor is on duty
//! and leaves the message; a counsellor signs in later, sees it listed under its
//! language, takes it, reads it in the opened chat and answers it, live to the child
//! still attached; the list is empty afterwards, and a coordinator's board counted
//! the message while it waited. In Arabic, a coordinator's view of the list and the
//! board's column read right to left. Screenshots go to `target/screenshots/`.

mod support;

use serde_json::{json, Value};

use support::browser::{click, drive, script, sign_in_console, snap, type_into, wait_for, wait_for_text, wait_until};
use support::{sign_in, text_of, Client, Scratch, Server};

const WRITTEN: &str = "My brother hits me when our parents are out. I don't know who to tell.";
const ANSWER: &str = "I am glad you wrote to us. You are not to blame. Are you safe right now?";

/// The board's line of `language`, if it has one.
fn line<'a>(board: &'a Value, language: &str) -> Option<&'a Value> {
    board["languages"].as_array()?.iter().find(|line| line["language"] == language)
}

fn left_messages(board: &Value, language: &str) -> u64 {
    line(board, language).and_then(|line| line["left_messages"].as_u64()).unwrap_or(0)
}

/// A child who starts a chat (`start`, the fields past its type), writes `text` and
/// leaves it as a message; returns the child, still attached, and the chat's id.
async fn child_leaves_a_message(server: &Server, start: Value, text: &str) -> (Client, Value) {
    let mut child = Client::child(server).await;
    let mut start = start;
    start["type"] = json!("start");
    let attached = child.request(start).await;
    let conversation = attached["conversation_id"].clone();
    child.request(json!({"type": "send", "text": text})).await;
    let code = child.request(json!({"type": "leave_message"})).await;
    assert_eq!(code["type"], "code", "leave_message is answered with a code: {code}");
    assert_eq!(code["code"].as_str().map(str::len), Some(14), "a return code in three groups: {code}");
    (child, conversation)
}

#[tokio::test]
async fn a_counsellor_takes_a_message_left_while_nobody_was_there_and_answers_it() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-left-message-taken", |browser, server| Box::pin(taken(browser, server))).await;
}

async fn taken(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // A coordinator watches the board; no counsellor is on duty.
    let cookie = sign_in(server, "carla").await;
    let mut carla = Client::connect(server, "/ws/v1/staff", Some(&cookie), "coordinator").await;
    carla.expect_type("ready").await;

    let start = json!({"language": "en", "also_reads": ["fr"],
        "intake": {"topics": ["family", "violence"], "age_band": "13_15", "country": "GB"}});
    let (mut child, conversation) = child_leaves_a_message(server, start, WRITTEN).await;
    let told = |frame: &Value| frame["type"] == "left_message" && frame["message"]["conversation_id"] == conversation;
    let counted = |frame: &Value| frame["type"] == "board" && left_messages(frame, "en") == 1;
    let frames = carla.expect_each("the message told and counted on the board", &[&told, &counted]).await;
    let oldest = line(&frames[1], "en").map(|line| line["oldest_left_message_seconds"].clone());
    if !oldest.as_ref().is_some_and(Value::is_u64) {
        return Err(format!("the board counts the message but not its age: {oldest:?}"));
    }

    // Later, Amira signs in: the message is listed under English, with its age.
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "amira").await?;
    let card = format!(".left-language[data-language=en] .left-message[data-conversation={conversation}]");
    wait_for(browser, &card).await?;
    wait_for_text(browser, ".left-language[data-language=en] h3", "English 1").await?;
    wait_for_text(browser, "#left-messages-heading", "Messages left while nobody was there 1").await?;
    wait_until(
        browser,
        "the message's age in words",
        &format!(
            "const when = document.querySelector('{card} .left-message-when'); \
             return when !== null && /^Left less than a minute ago · /.test(when.textContent.replace(/[\\u2068\\u2069]/g, ''));"
        ),
    )
    .await?;
    // What the child said before, as an offer shows it, and the language they also read.
    for line in ["Topics: family, violence", "Age: 13–15", "Country: United Kingdom", "Also reads: French"] {
        wait_for_text(browser, &format!("{card} .offer-details li"), line).await?;
    }
    if support::browser::present(browser, &format!("{card} .returning")).await? {
        return Err("a first-time child is called returning".to_owned());
    }
    snap(browser, "console-left-messages").await?;

    // She takes it: the chat opens with what the child wrote.
    click(browser, &format!("{card} button.take")).await?;
    wait_for(browser, ".chat-pane").await?;
    wait_for_text(browser, ".chat-pane .line .text", WRITTEN).await?;
    wait_until(
        browser,
        "the focus on the answer's field (the button pressed is gone)",
        "return document.activeElement?.id === 'staff-message-input';",
    )
    .await?;
    child.expect("the counsellor joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    let gone = |frame: &Value| frame["type"] == "left_message_gone" && frame["conversation_id"] == conversation;
    let uncounted = |frame: &Value| frame["type"] == "board" && left_messages(frame, "en") == 0;
    carla.expect_each("the message gone from the coordinator's list and the board", &[&gone, &uncounted]).await;

    // The answer reaches the child, still attached, live; then she ends the chat.
    type_into(browser, "#staff-message-input", ANSWER).await?;
    click(browser, ".chat-pane button.send").await?;
    wait_for_text(browser, ".chat-pane .line .text", ANSWER).await?;
    child.expect("the answer, live", |frame| text_of(frame) == Some(ANSWER)).await;
    click(browser, ".chat-pane button.end").await?;
    child.expect("the chat ended", |frame| frame["type"] == "ended").await;
    wait_for(browser, ".chat-pane .ended-note").await?;

    // Nothing waits any more, and the list says so in words.
    wait_for_text(browser, ".left-messages .empty", "No messages are waiting for an answer.").await?;
    let cards = script(browser, "return document.querySelectorAll('.left-message').length;").await?;
    if cards != json!(0) {
        return Err(format!("{cards} messages still listed after the only one was answered"));
    }
    snap(browser, "console-left-message-answered").await?;
    Ok(())
}

#[tokio::test]
async fn in_arabic_a_coordinator_sees_the_messages_left_and_the_boards_column() {
    let scratch = Scratch::new();
    scratch.add_staff("layla", "coordinator", "ar,fa", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "ar", "console-left-messages-ar", |browser, server| Box::pin(arabic(browser, server))).await;
}

async fn arabic(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    // A child takes a return code in a first chat, and comes back with it later.
    let code = {
        let mut first_visit = Client::child(server).await;
        first_visit.request(json!({"type": "start", "language": "ar"})).await;
        first_visit.request(json!({"type": "send", "text": "مرحبا"})).await;
        let code = first_visit.request(json!({"type": "take_code"})).await;
        first_visit.request(json!({"type": "end"})).await;
        code["code"].clone()
    };
    let (_first, returning) =
        child_leaves_a_message(server, json!({"language": "ar", "return_code": code}), "أحتاج إلى من أتحدث معه").await;
    let (_second, _) = child_leaves_a_message(server, json!({"language": "fa"}), "کسی هست؟").await;
    let (_third, _) = child_leaves_a_message(server, json!({"language": "ar"}), "مرحبا").await;

    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "layla").await?;
    // The board's column: two in Arabic, one in Persian; blank where none wait.
    wait_until(
        browser,
        "the board's column of messages left",
        "const cell = document.querySelector('.board-table tr[data-language=ar] .left-messages-cell'); \
         return cell !== null && cell.textContent.replace(/[\\u2068\\u2069]/g, '').startsWith('2،');",
    )
    .await?;
    script(browser, "document.querySelector('.board-languages').scrollIntoView(); return true;").await?;
    snap(browser, "console-board-left-messages-ar").await?;

    // The view of the list, with its count in the view switch.
    wait_until(
        browser,
        "the count beside the view's name",
        "return document.querySelector('.view-left-messages .count')?.textContent === '3';",
    )
    .await?;
    click(browser, ".view-left-messages").await?;
    wait_for(browser, ".left-language[data-language=fa] .left-message").await?;
    let groups = script(
        browser,
        "return Array.from(document.querySelectorAll('.left-language')).map(group => \
         [group.dataset.language, group.querySelectorAll('.left-message').length]);",
    )
    .await?;
    if groups != json!([["ar", 2], ["fa", 1]]) {
        return Err(format!("expected Arabic (2) before Persian (1), oldest first: {groups}"));
    }
    let returning_cards = script(
        browser,
        "return Array.from(document.querySelectorAll('.left-message')).filter(card => \
         card.querySelector('.returning') !== null).map(card => card.dataset.conversation);",
    )
    .await?;
    if returning_cards != json!([returning]) {
        return Err(format!("only the child who came back with a code is returning: {returning_cards}"));
    }
    let direction =
        script(browser, "return getComputedStyle(document.querySelector('.left-messages')).direction;").await?;
    if direction != json!("rtl") {
        return Err(format!("the list reads {direction}, not right to left"));
    }
    snap(browser, "console-left-messages-ar").await?;
    Ok(())
}
