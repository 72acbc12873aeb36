//! Presence from the child's real page (headless Chromium): the quick exit takes a
//! waiting child out of the counsellor's queue at once (not after the two-minute
//! grace period), leaving the page does too, and with nobody who speaks the child's
//! language on duty the waiting screen does not say "next in line".

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use support::browser::{click, drive, script, type_into, wait_for, wait_for_text, wait_until};
use support::{available_counsellor, sign_in, Client, Scratch, Server};

/// The grace period a dropped connection keeps (the default, 120 s) is far longer than
/// this: only a deliberate leave is this fast.
const PROMPT: Duration = Duration::from_secs(3);

fn waiting(board: &Value, language: &str) -> Option<u64> {
    board["languages"].as_array()?.iter().find(|line| line["language"] == language)?["waiting"].as_u64()
}

#[tokio::test]
async fn the_quick_exit_takes_the_child_out_of_the_queue_at_once() {
    let scratch = Scratch::new();
    scratch.add_user("sam", "en", 1);
    let server = scratch.start(&["--quick-exit-url", "/healthz"]).await;
    drive(&server, "en", "presence-quick-exit", |browser, server| Box::pin(quick_exit(browser, server))).await;
}

async fn quick_exit(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let (mut sam, _) = available_counsellor(server, "sam").await;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    let offer = sam.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    wait_until(browser, "a resume token", "return sessionStorage.length > 0").await?;

    // Escape: the page is gone, and so is the offer, at once.
    let started = Instant::now();
    type_into(browser, "#message-input", "\u{E00C}").await?;
    sam.expect("the offer withdrawn", |frame| {
        frame["type"] == "offer_withdrawn" && frame["conversation_id"] == conversation
    })
    .await;
    if started.elapsed() > PROMPT {
        return Err(format!("the offer was withdrawn after {:?}", started.elapsed()));
    }
    wait_until(browser, "the neutral page", "return location.pathname === '/healthz'").await?;
    let code = sam.refused(json!({"type": "accept", "conversation_id": conversation})).await;
    if code != "child_left" {
        return Err(format!("accepting a child who left got {code}"));
    }
    Ok(())
}

#[tokio::test]
async fn leaving_the_page_takes_the_child_out_of_the_queue_and_nobody_is_promised() {
    let scratch = Scratch::new();
    scratch.add_staff("carla", "coordinator", "en", 1);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "presence-page-closed", |browser, server| Box::pin(page_closed(browser, server))).await;
}

async fn page_closed(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let cookie = sign_in(server, "carla").await;
    let mut carla = Client::connect(server, "/ws/v1/staff", Some(&cookie), "coordinator").await;
    carla.expect_type("ready").await;
    browser.goto(&server.url("/readyz")).await.map_err(|error| format!("goto: {error}"))?;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;

    // Nobody speaks English here: the page says so and what will happen, and no line
    // says "next in line" as if someone were coming now.
    wait_for(browser, ".no-counsellor").await?;
    wait_for_text(
        browser,
        ".no-counsellor .queue-position",
        "When a counsellor who speaks your language comes, you are first in line.",
    )
    .await?;
    wait_for_text(
        browser,
        ".no-counsellor .next-on-duty",
        "We do not know yet when a counsellor who speaks your language will be here.",
    )
    .await?;
    let page = script(browser, "return document.body.innerText").await?;
    if page.as_str().is_some_and(|text| text.contains("next in line")) {
        return Err(format!("the page promises a place next in line: {page}"));
    }
    carla.expect("one waiting", |frame| frame["type"] == "board" && waiting(frame, "en") == Some(1)).await;

    // The child goes back (the page is closed, not kept): out of the queue at once.
    let started = Instant::now();
    browser.back().await.map_err(|error| format!("back: {error}"))?;
    // A language with nobody waiting, on duty or answered today leaves the board.
    let gone =
        carla.expect("nobody waiting", |frame| frame["type"] == "board" && waiting(frame, "en").unwrap_or(0) == 0);
    if tokio::time::timeout(PROMPT, gone).await.is_err() {
        return Err(format!("the board still showed the child after {:?}", started.elapsed()));
    }
    Ok(())
}
