//! The counsellor console in a real browser: sign in, become available, accept a
//! child, read what they wrote, reply. The child's page has its own suite
//! (`browser_child.rs`).

mod support;

use serde_json::json;

use support::browser::{alt_key, click, drive, snap, type_into, wait_for, wait_for_text, wait_until};
use support::{text_of, Client, Scratch, Server, PASSWORD};

#[tokio::test]
async fn a_counsellor_signs_in_accepts_and_replies_in_the_console() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "ar,en", 3);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "console-en", |browser, server| Box::pin(run_console(browser, server))).await;
}

async fn run_console(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.goto(&server.url("/counsellor")).await.map_err(|error| format!("goto: {error}"))?;
    type_into(browser, "#username", "amira").await?;
    type_into(browser, "#password", PASSWORD).await?;
    click(browser, ".sign-in button[type=submit]").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;

    let mut child = Client::child(server).await;
    let intake = json!({"topics": ["bullying", "online"], "age_band": "13_15", "country": "FR"});
    child.request(json!({"type": "start", "language": "en", "intake": intake})).await;
    child.request(json!({"type": "send", "text": "is anyone there?"})).await;
    // The offer says what the child said before the chat, in the counsellor's words.
    wait_for_text(browser, ".offer-details li", "Topics: bullying, online").await?;
    wait_for_text(browser, ".offer-details li", "Age: 13–15").await?;
    wait_for_text(browser, ".offer-details li", "Country: France").await?;
    snap(browser, "console-offer-en").await?;
    click(browser, ".offer button.accept").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    wait_for_text(browser, ".chat-pane .line .text", "is anyone there?").await?;
    // Notices read from the counsellor's side, not the child's.
    wait_for_text(browser, ".chat-pane .line.system .text", "Amira joined the chat.").await?;

    type_into(browser, "#staff-message-input", "Yes, I am here. What happened?").await?;
    click(browser, ".chat-pane button.send").await?;
    child.expect("the console's reply", |frame| text_of(frame) == Some("Yes, I am here. What happened?")).await;
    child.request(json!({"type": "send", "text": "thank you"})).await;
    wait_for_text(browser, ".chat-pane .line .text", "thank you").await?;

    // A second child; Alt+A accepts from the keyboard, Alt+1 goes back to the first chat.
    let mut second = Client::child(server).await;
    second.request(json!({"type": "start", "language": "ar"})).await;
    wait_for(browser, ".offer").await?;
    alt_key(browser, "a").await?;
    second.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;
    wait_until(browser, "two chat tabs", "return document.querySelectorAll('.tab').length === 2").await?;
    alt_key(browser, "1").await?;
    wait_until(
        browser,
        "the first chat open",
        "return document.querySelector('.tab[aria-selected=true]') === document.querySelectorAll('.tab')[0]",
    )
    .await?;
    Ok(())
}
