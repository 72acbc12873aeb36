//! Hostile text in real browsers (headless Chromium) against the real server: a child
//! writes `photo` U+202E `gnp.exe`, which a plain page would show as `photoexe.png`.
//! The console shows the control as a visible mark in its place and never applies
//! it: the letters stay in the order the child typed them, measured on screen. A text
//! with a control character is refused in words on both pages. The console working
//! at all here also shows that its reads (sent without `Origin` by the browser) pass
//! the server's origin check.

mod support;

use support::browser::{
    click, drive, open_tab, script, sign_in_console, switch_tab, wait_for, wait_for_text, wait_until,
};
use support::{Scratch, Server};

/// The child's text: a file name disguised by a right-to-left override.
const DISGUISED: &str = "photo\u{202E}gnp.exe";

#[tokio::test]
async fn bidi_controls_show_as_marks_and_control_characters_are_refused_in_words() {
    let scratch = Scratch::new();
    scratch.add_user("amira", "en", 3);
    let server = scratch.start(&[]).await;
    drive(&server, "en", "hostile-text-en", |browser, server| Box::pin(run(browser, server))).await;
}

/// Types `text` into the textarea `selector` as a paste would (any character at all),
/// then submits its form.
async fn paste_and_send(browser: &fantoccini::Client, selector: &str, text: &str) -> Result<(), String> {
    let code = format!(
        "const box = document.querySelector({selector:?});
         box.value = {text};
         box.dispatchEvent(new Event('input', {{ bubbles: true }}));
         box.form.querySelector('button[type=submit]').click();
         return true;",
        text = serde_json::to_string(text).map_err(|error| error.to_string())?,
    );
    script(browser, &code).await.map(|_| ())
}

async fn run(browser: &fantoccini::Client, server: &Server) -> Result<(), String> {
    browser.set_window_size(1360, 1000).await.map_err(|error| format!("window size: {error}"))?;
    sign_in_console(browser, server, "amira").await?;
    click(browser, ".statuses button:first-child").await?;
    wait_for_text(browser, ".statuses button[aria-pressed=true]", "Available").await?;

    // The child, in a second tab.
    let console = open_tab(browser, &server.url("/?lang=en")).await?;
    let child_page = browser.window().await.map_err(|error| format!("tab: {error}"))?;
    click(browser, ".intro button.start").await?;
    click(browser, ".intake button.skip").await?;
    wait_for(browser, ".queue").await?;
    switch_tab(browser, &console).await?;
    click(browser, ".offer button.accept").await?;
    wait_for(browser, ".chat-pane").await?;

    // The child sends the disguised name, then a text with a bell character in it.
    switch_tab(browser, &child_page).await?;
    wait_for(browser, "#message-input").await?;
    paste_and_send(browser, "#message-input", DISGUISED).await?;
    wait_until(browser, "the child's message delivered", "return document.querySelector('.line.own .status')?.textContent.includes('Delivered') || document.querySelector('.line.own .status')?.textContent.includes('Read');").await?;
    paste_and_send(browser, "#message-input", "ring\u{7}ring").await?;
    wait_until(
        browser,
        "the child told in words",
        "return document.querySelector('.error[role=alert]')?.textContent.includes('hidden character');",
    )
    .await?;
    let kept = script(browser, "return document.querySelector('#message-input').value;").await?;
    if kept.as_str() != Some("ring\u{7}ring") {
        return Err(format!("the refused text should stay in the box to be fixed: {kept}"));
    }
    // The child's page isolates each message, so a control in one reorders nothing
    // outside it.
    let isolation =
        script(browser, "return getComputedStyle(document.querySelector('.line .text')).unicodeBidi;").await?;
    if isolation.as_str() != Some("isolate") {
        return Err(format!("the child's message text is not isolated: {isolation}"));
    }

    // The console: the control is a visible mark, not applied.
    switch_tab(browser, &console).await?;
    wait_for(browser, ".chat-pane .line.counsellor .bidi-control").await?;
    let line = script(
        browser,
        "const text = document.querySelector('.chat-pane .line.counsellor .text');
         const mark = text.querySelector('.bidi-control');
         return { text: text.textContent, mark: mark.textContent, title: mark.title };",
    )
    .await?;
    if line["text"] != "photo⟨RLO⟩gnp.exe" {
        return Err(format!("the console should show the control as a mark in its place: {line}"));
    }
    if !line["title"].as_str().is_some_and(|title| title.contains("U+202E") && title.contains("RLO")) {
        return Err(format!("the mark should name the control and its code point: {line}"));
    }
    // On screen, `g` (typed first) is left of `e` (typed last): nothing reversed.
    let order = script(
        browser,
        "const text = document.querySelector('.chat-pane .line.counsellor .text');
         const node = [...text.childNodes].find(node => node.nodeType === 3 && node.textContent === 'gnp.exe');
         const at = index => { const range = document.createRange(); range.setStart(node, index); range.setEnd(node, index + 1); return range.getBoundingClientRect().left; };
         const markRight = text.querySelector('.bidi-control').getBoundingClientRect().right;
         return { g: at(0), e: at(6), markRight };",
    )
    .await?;
    let (g, e, mark_right) = (order["g"].as_f64(), order["e"].as_f64(), order["markRight"].as_f64());
    match (g, e, mark_right) {
        (Some(g), Some(e), Some(mark_right)) if g < e && mark_right <= g + 0.5 => {}
        _ => return Err(format!("the text after the control was reordered on screen: {order}")),
    }

    // A counsellor pasting a control character is told in words too.
    paste_and_send(browser, "#staff-message-input", "escape\u{1b}[2J").await?;
    wait_until(
        browser,
        "the counsellor told in words",
        "return document.querySelector('.error-banner')?.textContent.includes('invisible control character');",
    )
    .await
}
