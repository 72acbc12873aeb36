//! A 10,000-message chat in Chromium: after the server restarts under them, the child's
//! page and the counsellor's console each show the newest page, and scrolling to the
//! top (or the "earlier messages" button) brings every earlier page until the first
//! message, each message once.

mod support;

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use support::browser::{click, drive_with_for, script, sign_in_console, snap, wait_for, wait_for_text};
use support::long_chat::{fill, short_text, LONG};
use support::{available_counsellor, Client, Scratch, Server};

/// How long reading back the whole chat may take (a hundred pages, each a request and
/// a render of a list growing to ten thousand lines).
/// Generous: a loaded 2-core machine took over 150 s; a broken pager never finishes.
const SCROLL_LIMIT_SECS: u64 = 300;

/// The whole scenario: the scrolling, and the chat started before it.
const LIMIT: Duration = Duration::from_secs(SCROLL_LIMIT_SECS + 40);

/// Kills the server (SIGKILL), fills `conversation` up to [`LONG`] messages, and starts
/// a new server on the same address, where the open page reconnects by itself.
async fn restart_with_long_chat(server: &Server, scratch: &Scratch, conversation: &Value) -> Result<Server, String> {
    let pid = server.pid().ok_or("no server pid")?;
    let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    tokio::time::sleep(Duration::from_millis(200)).await;
    fill(&scratch.database(), conversation.as_str().ok_or("no conversation id")?, short_text).await;
    Ok(scratch.start_at(&server.addr.to_string(), &[]).await)
}

/// Scrolls `scroller` (a script expression for the scrolling element) to its top again
/// and again, as a reader going up through the chat does, until `log` holds `count`
/// lines and the button for earlier messages is gone. Returns the lines' texts.
async fn scroll_to_the_first_message(
    browser: &fantoccini::Client,
    scroller: &str,
    log: &str,
    count: usize,
) -> Result<Vec<String>, String> {
    let deadline = Instant::now() + Duration::from_secs(SCROLL_LIMIT_SECS);
    let step = format!(
        "const s = {scroller}; s.scrollTo(0, 400); s.scrollTo(0, 0);
         const b = document.querySelector('button.earlier');
         return [document.querySelectorAll('{log} > li').length, !b || b.hidden || b.offsetParent === null];"
    );
    loop {
        let state = script(browser, &step).await?;
        let (lines, button_gone) = (state[0].as_u64().unwrap_or(0) as usize, state[1].as_bool().unwrap_or(false));
        if lines >= count && button_gone {
            break;
        }
        if Instant::now() > deadline {
            return Err(format!("after {SCROLL_LIMIT_SECS} s of scrolling up: {lines} lines of {count}"));
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let texts =
        script(browser, &format!("return [...document.querySelectorAll('{log} > li')].map(li => li.textContent);"))
            .await?;
    Ok(texts.as_array().ok_or("no lines")?.iter().map(|text| text.as_str().unwrap_or("").to_owned()).collect())
}

/// Waits until the last line of `log` shows the newest seeded message.
async fn newest_shown(browser: &fantoccini::Client, log: &str) -> Result<(), String> {
    let code = format!(
        "return document.querySelector('{log} > li:last-child')?.textContent.includes({:?}) === true;",
        short_text(LONG)
    );
    support::browser::wait_until(browser, "the newest message", &code).await
}

/// Whether the last line of `log` is in view: in the log's own box when the log
/// scrolls (the console), in the window when the page does (the child's page).
async fn newest_in_view(browser: &fantoccini::Client, log: &str) -> Result<bool, String> {
    let code = format!(
        "const log = document.querySelector('{log}'); const last = log.lastElementChild.getBoundingClientRect();
         const box = log.getBoundingClientRect(); const scrolls = log.scrollHeight > log.clientHeight;
         return scrolls ? last.bottom <= box.bottom + 2 && last.top >= box.top - 2
                        : last.bottom <= window.innerHeight + 2 && last.top >= 0;"
    );
    script(browser, &code).await?.as_bool().ok_or_else(|| "no answer".to_owned())
}

/// Every seeded message is there once, in order, after the joined notice (seq 1).
fn check_lines(texts: &[String]) -> Result<(), String> {
    if texts.len() != LONG as usize {
        return Err(format!("{} lines for {LONG} messages", texts.len()));
    }
    for (index, text) in texts.iter().enumerate().skip(1) {
        let seq = index as u64 + 1;
        // "message 12" is in "message 123" too: compare up to the end of the number.
        let number_ends = |at: usize| !text[at..].starts_with(|c: char| c.is_ascii_digit());
        let seeded = short_text(seq);
        if !text.match_indices(&seeded).any(|(at, _)| number_ends(at + seeded.len())) {
            return Err(format!("line {index} should be message {seq}, reads {:?}", &text[..text.len().min(60)]));
        }
    }
    Ok(())
}

#[tokio::test]
async fn the_child_page_scrolls_back_through_ten_thousand_messages() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    drive_with_for(LIMIT, &server, "en", "child-long-history", &scratch, |browser, server, scratch| {
        Box::pin(child_scrolls_back(browser, server, scratch))
    })
    .await;
}

async fn child_scrolls_back(browser: &fantoccini::Client, server: &Server, scratch: &Scratch) -> Result<(), String> {
    let (mut amira, cookie) = available_counsellor(server, "amira").await;
    browser.goto(&server.url("/")).await.map_err(|error| format!("goto: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    let offer = amira.expect_type("offer").await;
    let conversation = offer["conversation_id"].clone();
    amira.request(json!({"type": "accept", "conversation_id": conversation})).await;
    wait_for_text(browser, ".counsellor-name bdi", "Amira").await?;

    let restarted = restart_with_long_chat(server, scratch, &conversation).await?;
    // Amira's console comes back too (her session survived), keeping the chat.
    let mut amira = Client::counsellor(&restarted, &cookie).await;
    // The page resumes by itself: the newest page, and a way to the earlier ones.
    newest_shown(browser, "ol.log").await?;
    wait_for(browser, "button.earlier:not([hidden])").await?;
    support::browser::wait_until(browser, "the newest message in view", "return window.scrollY > 0;").await?;
    if !newest_in_view(browser, "ol.log").await? {
        return Err("the resumed chat does not show its newest message".into());
    }
    snap(browser, "child-long-history-newest").await?;
    // The button (for keyboards and screen readers) brings one more page, and the
    // line that was first stays where it was on the screen.
    // Scrolled to it first, as a person does (the page learns where the reader is from
    // the scroll event, a frame later).
    script(browser, "document.querySelector('button.earlier').scrollIntoView(); return true;").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let first_before = script(
        browser,
        "const first = document.querySelector('ol.log > li');
         first.dataset.mark = 'was-first'; const top = first.getBoundingClientRect().top;
         document.querySelector('button.earlier').click(); return [document.querySelectorAll('ol.log > li').length, top];",
    )
    .await?;
    let more = format!("return document.querySelectorAll('ol.log > li').length > {};", first_before[0]);
    support::browser::wait_until(browser, "an earlier page after the button", &more).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let top_after =
        script(browser, "return document.querySelector('[data-mark=was-first]').getBoundingClientRect().top;").await?;
    let moved = (top_after.as_f64().unwrap_or(f64::MAX) - first_before[1].as_f64().unwrap_or(0.0)).abs();
    if moved > 60.0 {
        return Err(format!("the earlier page moved what the child was reading by {moved} px"));
    }

    let texts = scroll_to_the_first_message(browser, "window", "ol.log", LONG as usize).await?;
    snap(browser, "child-long-history-first").await?;
    check_lines(&texts)?;

    // Back at the bottom, the child follows the chat again.
    script(browser, "window.scrollTo(0, document.documentElement.scrollHeight); return true;").await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    amira.request(json!({"type": "send", "conversation_id": conversation, "text": "still with you"})).await;
    let code =
        "return document.querySelector('ol.log > li:last-child')?.textContent.includes('still with you') === true;";
    support::browser::wait_until(browser, "the live message", code).await?;
    tokio::time::sleep(Duration::from_millis(300)).await;
    if !newest_in_view(browser, "ol.log").await? {
        return Err("a new message at the bottom did not scroll into view".into());
    }
    Ok(())
}

#[tokio::test]
async fn the_console_scrolls_back_through_ten_thousand_messages() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    drive_with_for(LIMIT, &server, "en", "console-long-history", &scratch, |browser, server, scratch| {
        Box::pin(console_scrolls_back(browser, server, scratch))
    })
    .await;
}

async fn console_scrolls_back(browser: &fantoccini::Client, server: &Server, scratch: &Scratch) -> Result<(), String> {
    sign_in_console(browser, server, "amira").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;
    let mut child = Client::child(server).await;
    let attached = child.request(json!({"type": "start", "language": "en"})).await;
    let conversation = attached["conversation_id"].clone();
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;
    child.expect("joined", |frame| frame["body"]["notice"] == "counsellor_joined").await;

    let _restarted = restart_with_long_chat(server, scratch, &conversation).await?;
    // The console reconnects and catches up: the newest page, then earlier ones.
    newest_shown(browser, ".chat-pane ol.log").await?;
    wait_for(browser, ".chat-pane button.earlier").await?;
    support::browser::wait_until(
        browser,
        "the log at its newest message",
        "return document.querySelector('.chat-pane ol.log').scrollTop > 0;",
    )
    .await?;
    if !newest_in_view(browser, ".chat-pane ol.log").await? {
        return Err("the console does not show the chat's newest message".into());
    }
    snap(browser, "console-long-history-newest").await?;
    let texts = scroll_to_the_first_message(
        browser,
        "document.querySelector('.chat-pane ol.log')",
        ".chat-pane ol.log",
        LONG as usize,
    )
    .await?;
    snap(browser, "console-long-history-first").await?;
    check_lines(&texts)
}
