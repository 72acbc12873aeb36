//! The counsellor's chat log follows the conversation: 30 messages in, the newest is
//! on screen; a counsellor who scrolled up to read stays where they are when the next
//! one comes, and is offered "New messages ↓", which takes them to it.

mod support;

use serde_json::json;

use support::browser::{click, drive, script, sign_in_console, wait_for, wait_for_text, wait_until};
use support::{Client, Scratch, Server};

/// Whether the log's last line is inside both the log's box and the window.
const NEWEST_IN_VIEW: &str = "
    const log = document.querySelector('.chat-pane .log');
    const last = log.lastElementChild.getBoundingClientRect();
    const box = log.getBoundingClientRect();
    return last.bottom <= box.bottom + 1 && last.top >= box.top - 1
        && last.top >= 0 && last.bottom <= window.innerHeight + 1;";

#[tokio::test]
async fn the_chat_log_follows_new_messages_unless_the_counsellor_scrolled_up() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 2);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-chat-scroll", |browser, server| Box::pin(follows(browser, server))).await;
}

async fn follows(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.set_window_size(1360, 900).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "amira").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;
    let mut child = Client::child(server).await;
    child.request(json!({"type": "start", "language": "en"})).await;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane .log").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    for number in 1..=30 {
        child.request(json!({"type": "send", "text": format!("Message number {number}")})).await;
    }
    wait_for_text(browser, ".chat-pane .line .text", "Message number 30").await?;
    wait_until(browser, "the newest message in view after 30", NEWEST_IN_VIEW).await?;
    let overflows = script(
        browser,
        "const log = document.querySelector('.chat-pane .log'); return log.scrollHeight > log.clientHeight;",
    )
    .await?;
    if overflows != json!(true) {
        return Err("30 messages should overflow the log; the test proves nothing".into());
    }
    if script(browser, "return document.querySelector('.new-below') !== null;").await? != json!(false) {
        return Err("a reader following the chat is offered new messages".into());
    }

    // The counsellor scrolls up to reread; a new message does not move them.
    script(browser, "document.querySelector('.chat-pane .log').scrollTop = 200; return true;").await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let before = script(browser, "return document.querySelector('.chat-pane .log').scrollTop;").await?;
    child.request(json!({"type": "send", "text": "Message number 31"})).await;
    wait_for_text(browser, ".chat-pane .line .text", "Message number 31").await?;
    wait_for_text(browser, ".chat-pane .new-below", "New messages ↓").await?;
    let button_on_screen = script(
        browser,
        "const button = document.querySelector('.new-below').getBoundingClientRect();
         return button.top >= 0 && button.bottom <= window.innerHeight;",
    )
    .await?;
    if button_on_screen != json!(true) {
        return Err("the new-messages button is off screen".into());
    }
    let after = script(browser, "return document.querySelector('.chat-pane .log').scrollTop;").await?;
    if before.as_f64().zip(after.as_f64()).is_none_or(|(before, after)| (before - after).abs() > 1.0) {
        return Err(format!("the log moved under the reader: scrollTop {before} became {after}"));
    }
    if script(browser, NEWEST_IN_VIEW).await? != json!(false) {
        return Err("the reader scrolled up, yet the newest message is in view".into());
    }
    support::browser::snap(browser, "console-chat-new-messages").await?;

    // The button takes them down to the newest, and goes.
    click(browser, ".chat-pane .new-below").await?;
    wait_until(browser, "the newest message in view after the button", NEWEST_IN_VIEW).await?;
    wait_until(browser, "the button gone", "return document.querySelector('.new-below') === null").await?;
    // Following again: the next message comes into view by itself.
    child.request(json!({"type": "send", "text": "Message number 32"})).await;
    wait_for_text(browser, ".chat-pane .line .text", "Message number 32").await?;
    wait_until(browser, "the newest message in view after 32", NEWEST_IN_VIEW).await
}
